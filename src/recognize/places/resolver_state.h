// Internal to the resolver (resolver.cc, resolver_passes.cc): the state one
// resolution works on. Each name's mentions form a Group; its candidate
// places are Choices, side by side in one flat array; the containers live in
// a per-thread Scratch reused from one document to the next.
#pragma once

#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "core/scratch_room.h"
#include "recognize/places/code_ids.h"
#include "recognize/places/context_votes.h"
#include "recognize/places/gazetteer.h"
#include "recognize/places/geoparser.h"
#include "recognize/places/nearby_places.h"
#include "recognize/places/toponym_finder.h"
#include "recognize/places/word_set.h"

namespace sitrep::places::resolution {

// Weights of the resolution score. A candidate's score is its prior (kind,
// population) plus what the document says (context shares, containment).
constexpr double kCountryContext = 5.0;    // all other names point to its country
constexpr double kAdmin1Context = 4.0;     // all other names point to its province/state
constexpr double kContainment = 6.0;       // "Y, X" / "Y in X" with X containing it
constexpr double kContainerSupport = 1.5;  // X contains the Y written next to it
constexpr double kParentMentioned = 4.0;   // a custom place whose parent the text names
constexpr double kCountryHint = 3.0;       // GeoContext::country_hint
constexpr double kSingleWordThreshold = 5.0;
constexpr double kMultiWordThreshold = 2.5;

inline double sigmoid(double x) { return 1 / (1 + std::exp(-x)); }

// One candidate place of one name, in the resolver's flat array of them
// (each name's candidates side by side: one allocation per document, not
// seven vectors per name).
struct Choice {
  const Candidate* candidate = nullptr;  // in FoundToponyms::candidate_lists
  double prior = 0;
  double bonus = 0;       // containment, parent, hint: fixed for the document
  double score = 0;       // prior + bonus + context, per pass
  int country_vote = -1;  // its country code's slot in ContextVotes::countries, -1 none
  int admin1_vote = -1;   // its province code's slot in ContextVotes::admin1, -1 none
  bool local = false;     // neither a big unit nor a province: nearby places count for it
  bool fuzzy = false;     // a fuzzy match: needs backing (score_pass)

  [[nodiscard]] const PlaceView& place() const { return candidate->place; }
};

// The mentions of one name (folded key and unit hint) and its choices.
struct Group {
  size_t first = 0;  // its choices: Scratch::choices[first, first + count)
  size_t count = 0;
  size_t mentions = 0;
  double threshold = kSingleWordThreshold;
  bool demonym = false;
  bool plain_use = false;  // some use is not flanked by capitalised words
  bool place_cue = false;  // some use has "in", "near", "from"... before it, or is a long name
  int best = -1;           // among its choices
  double weight = 1.0;
  // vote(): the weight of its vote for the top score `weighed_top` (NaN:
  // none yet). Passes often leave a name's top score as it was, and the
  // sigmoid is then not worked out again. It also reads `weight` and the
  // threshold, which build_groups fixes before the first vote: one that
  // changed them later would have to reset weighed_top.
  double weighed_top = std::numeric_limits<double>::quiet_NaN();
  double vote_weight = 0;
};

// The containers a resolution fills, kept by each thread from one document
// to the next (with the room the largest one needed): a document's
// resolution allocated some twenty of them and freed them at its end. The
// resolver empties or lays out each anew before it reads it.
struct Scratch {
  std::vector<Group> groups;
  std::vector<Choice> choices;  // each group's side by side
  std::vector<int> group_of;    // per mention; -1 = dropped
  std::vector<int> group_by_key_hint;
  std::vector<const Candidate*> candidates;
  CodeIds country_ids, admin1_ids;
  ContextVotes votes;
  std::vector<double> share;  // vote(): one name's split of its vote over its candidates
  NearbyPlaces nearby;        // score_pass(hard): the names heavy enough to back a neighbour
  std::vector<const PlaceView*> resolved;  // document_area(): asked many times
  std::vector<size_t> unresolved;
  std::vector<int> first_result;

  static Scratch& of_thread() {
    thread_local Scratch scratch;
    return scratch;
  }
  // Called after each text: frees the room if `text_bytes` was over the
  // limit (core/scratch_room.h; here some tens of bytes per place name).
  void settle_after(size_t text_bytes) {
    if (text_bytes > kKeepScratchRoomUpToTextBytes) *this = Scratch{};
  }
};

class Resolver {
 public:
  Resolver(const FoundToponyms& found, std::string_view text, const GeoContext& context,
           const Gazetteer& gazetteer, Scratch& scratch)
      : found_(found), text_(text), context_(context), gazetteer_(gazetteer), scratch_(scratch) {
    scratch_.groups.clear();
    scratch_.choices.clear();
    scratch_.country_ids.clear();
    scratch_.admin1_ids.clear();
  }

  std::vector<PlaceMention> run(const GeoparserOptions& options);

 private:
  void build_groups();
  void add_fixed_bonuses();
  // One instance per kind of pass: the per-choice loop carries no test of
  // which kind it is.
  template <bool hard>
  void score_pass();
  std::optional<Place> document_area() const;
  template <bool hard>
  void vote();

  [[nodiscard]] std::span<Choice> choices(const Group& g) {
    return {scratch_.choices.data() + g.first, g.count};
  }
  [[nodiscard]] std::span<const Choice> choices(const Group& g) const {
    return {scratch_.choices.data() + g.first, g.count};
  }
  [[nodiscard]] const Choice& best_choice(const Group& g) const {
    return scratch_.choices[g.first + static_cast<size_t>(g.best)];
  }

  const FoundToponyms& found_;
  std::string_view text_;
  const GeoContext& context_;
  const Gazetteer& gazetteer_;
  Scratch& scratch_;  // every container the resolution fills
  WordSet keys_;      // the names' keys (build_groups), all mentions' when asked
};

}  // namespace sitrep::places::resolution
