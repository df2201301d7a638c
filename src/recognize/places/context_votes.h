// Internal to the geoparser: the votes a document's names cast for the
// countries and provinces their candidate places lie in, so that each name
// leans towards the places the other names agree on.
//
// Codes ("SY", "SY.09") get small per-document ids and votes add up in
// arrays: resolution votes three times per document, and maps keyed by code
// strings were a fifth of its time.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "recognize/places/word_set.h"

namespace sitrep::places {

// Small integer ids for the codes of one document's candidates.
class CodeIds {
 public:
  // The id of `code`, new or known; -1 for "" (no code).
  int id(std::string_view code) { return code.empty() ? -1 : ids_.insert(code); }
  [[nodiscard]] size_t size() const { return ids_.size(); }

 private:
  WordSet ids_;  // codes are views into the gazetteer; ids in order of first use
};

// One name's votes by code id: a few entries (its candidates' codes).
class OwnVotes {
 public:
  void add(int id, double vote);
  [[nodiscard]] double of(int id) const;  // 0 when it cast none for `id`
  [[nodiscard]] const std::vector<std::pair<int, double>>& entries() const { return votes_; }

 private:
  std::vector<std::pair<int, double>> votes_;
};

// The votes of one pass over every name (groups of mentions of one name).
struct ContextVotes {
  std::vector<double> countries;  // by country code id: every name's votes
  std::vector<double> admin1;     // by province code id
  std::vector<OwnVotes> own_countries;  // per name: its own share of `countries`
  std::vector<OwnVotes> own_admin1;
  std::vector<double> own_weight;  // per name: the weight of its vote
  double total = 0;                // sum of own_weight

  // Forgets the last pass; `groups` names, codes sized by the CodeIds.
  void reset(size_t groups, size_t country_codes, size_t admin1_codes);
  // Adds name `group`'s own votes to the totals, once all are cast.
  void tally(size_t group);

  // The share of the other names' votes (`others`: their total weight) that
  // go to code `id`, 0..1; 0 when `id` is -1 or no other name votes.
  [[nodiscard]] double country_share(size_t group, int id, double others) const;
  [[nodiscard]] double admin1_share(size_t group, int id, double others) const;
};

}  // namespace sitrep::places
