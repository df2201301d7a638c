// Internal to the geoparser: the votes a document's names cast for the
// countries and provinces their candidate places lie in, so that each name
// leans towards the places the other names agree on.
//
// Codes ("SY", "SY.09") get small per-document ids (CodeIds) and votes add
// up in arrays: resolution votes three times per document, and maps keyed
// by code strings were a fifth of its time. A name's own votes (which the share it
// sees must leave out) sit in one flat array of slots, one per distinct code
// of the name, laid out once per document: each pass only zeroes and refills
// them, with no vector per name to allocate and free.
#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace sitrep::places {

// One kind of code (countries, or provinces): every name's votes by code id,
// and each name's own part of them.
class CodeVotes {
 public:
  // Layout, once per document, name by name in order: the slot of code `id`
  // among the slots of the name being laid out (begin_name), new or known;
  // -1 for id -1. Slots keep the order of first use, as the votes are
  // tallied in that order.
  // Forced inline, as slot(): the compiler made this one line a call per name.
  [[gnu::always_inline]] void begin_name() { name_first_.push_back(slots_.size()); }
  // Starts a document's layout (forgetting any earlier one), with room for
  // `names` names and `slots` slots.
  void start(size_t names, size_t slots) {
    name_first_.clear();
    slots_.clear();
    name_first_.reserve(names);
    slots_.reserve(slots);
    latest_slot_.assign(slots, -1);  // codes number at most the slots: rarely grown
  }
  // A name with many candidates ("Springfield") looked through its own
  // slots once per candidate; the code's latest slot answers at once (one
  // at or after the name's first slot is the name's own). Inlined by force:
  // with push_back in it the compiler calls it, and the call cost what the
  // lookup saved (most codes are new to their name).
  [[gnu::always_inline]] int slot(int id) {
    if (id < 0) return -1;
    const auto code = static_cast<size_t>(id);
    if (code >= latest_slot_.size()) grow(code);
    int& latest = latest_slot_[code];
    if (latest < 0 || static_cast<size_t>(latest) < name_first_.back()) {
      latest = static_cast<int>(slots_.size());
      slots_.push_back({id, 0.0});
    }
    return latest;
  }

  // Forgets the last pass; `codes` is the number of code ids.
  void reset(size_t codes);
  // Adds to slot `slot` (-1: nothing).
  void add(int slot, double vote) {
    if (slot >= 0) slots_[static_cast<size_t>(slot)].sum += vote;
  }
  // tally() for a name whose every vote went to slot `slot` (-1: none):
  // its other slots hold 0, and adding 0 changes no total.
  void tally_slot(int slot) {
    if (slot < 0) return;
    const Slot& s = slots_[static_cast<size_t>(slot)];
    totals_[static_cast<size_t>(s.id)] += s.sum;
  }
  // Adds name `name`'s own votes to the totals, once all are cast.
  void tally(size_t name) {
    const size_t end = name + 1 < name_first_.size() ? name_first_[name + 1] : slots_.size();
    for (size_t s = name_first_[name]; s < end; ++s)
      totals_[static_cast<size_t>(slots_[s].id)] += slots_[s].sum;
  }
  // The share of the other names' votes (`others`: their total weight) that
  // go to the code of `slot`, 0..1; 0 when `slot` is -1 or no other name votes.
  [[nodiscard]] double share(int slot, double others) const {
    if (others <= 0 || slot < 0) return 0;
    const Slot& s = slots_[static_cast<size_t>(slot)];
    return std::clamp((totals_[static_cast<size_t>(s.id)] - s.sum) / others, 0.0, 1.0);
  }

 private:
  // Room for code id `code` (ids are dense): rare, out of line.
  [[gnu::noinline]] void grow(size_t code) {
    latest_slot_.resize(std::max(code + 1, 2 * latest_slot_.size()), -1);
  }

  struct Slot {
    int id = -1;
    double sum = 0;  // the name's own votes this pass
  };
  std::vector<double> totals_;      // by code id: every name's votes
  std::vector<Slot> slots_;         // name by name
  std::vector<size_t> name_first_;  // per name: its first slot
  std::vector<int> latest_slot_;    // by code id: its latest slot, -1 none
};

// The votes of one pass over every name (groups of mentions of one name).
struct ContextVotes {
  CodeVotes countries;
  CodeVotes admin1;
  std::vector<double> own_weight;  // per name: the weight of its vote
  double total = 0;                // sum of own_weight

  // Forgets the last pass; `names` names, codes numbered by the CodeIds.
  void reset(size_t names, size_t country_codes, size_t admin1_codes) {
    countries.reset(country_codes);
    admin1.reset(admin1_codes);
    own_weight.assign(names, 0);
    total = 0;
  }
  void tally(size_t name) {
    countries.tally(name);
    admin1.tally(name);
  }
  // tally() for a name that gave all its vote to one choice, of these slots.
  void tally_choice(int country_slot, int admin1_slot) {
    countries.tally_slot(country_slot);
    admin1.tally_slot(admin1_slot);
  }
};

}  // namespace sitrep::places
