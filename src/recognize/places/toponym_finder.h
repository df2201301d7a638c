// Internal to the geoparser: finding the spans that may be place names and
// what the words around them say (unit words, "near", "Y, X" containment).
// Resolution (which place each span denotes) is geoparser.cc's job.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "recognize/places/gazetteer.h"
#include "recognize/places/lowercase_uses.h"
#include "recognize/places/place_relations.h"
#include "recognize/places/place_tokens.h"
#include "recognize/places/place_words.h"

namespace sitrep::places {

// `inner` lies in `outer` ("Dublin, Ga.", "Sheikh Maqsood in Aleppo",
// "Aleppo's Sheikh Maqsood": inner Sheikh Maqsood), or, for kList, the two
// are named together ("Homs and Hama"). Indices into mentions.
struct Relation {
  size_t inner = 0;
  size_t outer = 0;
  RelationKind kind = RelationKind::kComma;
};

struct RawMention {
  Span span;                   // the name ("Idlib")
  Span full_span;              // with an adjacent unit word ("Idlib province")
  std::string key;             // fold_name(name)
  int candidates = -1;         // index into FoundToponyms::candidate_lists; -1 none
  int words = 1;               // words in the name
  bool sentence_initial = false;
  bool all_caps = false;
  bool has_period = false;     // written with a period ("W.Va.", "U.S.")
  bool fuzzy = false;          // matched only through the skeleton key
  // Not in the gazetteer, but framed as a place ("the village of Naene",
  // "Mildu village", "the Juwaif area"): resolved to the place around it.
  bool unresolved = false;
  // Framed as a place ("village of X", "X area", "in X,"): when no
  // gazetteer candidate fits, it is reported as an unresolved place.
  bool framed = false;
  bool person_like = false;    // a capitalised word before or after it, "said" after it
  bool person_strong = false;  // a title before it ("Gen."), or a surname seen in a full name
  bool capital_neighbour = false;  // a capitalised word right before or after ("American Legion")
  bool locative = false;       // "in", "near", "from" right before it
  bool vicinity = false;       // "near X", "outskirts of X", "X countryside"
  UnitHint hint = UnitHint::kNone;
};

struct FoundToponyms {
  std::vector<RawMention> mentions;  // text order, non-overlapping
  // The places each name may denote, one list per name and not per mention:
  // a long report names the same few places thousands of times.
  std::vector<CandidateList> candidate_lists;
  std::vector<Relation> relations;
  // Which capitalised words (not all caps, not stopwords) the text also
  // uses in lowercase ("police"), to tell a sentence-initial common word
  // from a name. Asked with the word lowercased.
  LowercaseUses lowercase_uses;
  // The word lists the finder asked: the resolver's candidate filter asks
  // them too (is_stopword).
  const PlaceWordLists* words = nullptr;

  [[nodiscard]] const std::vector<Candidate>& candidates_of(const RawMention& m) const {
    static const std::vector<Candidate> kNone;
    return m.candidates < 0 ? kNone : *candidate_lists[static_cast<size_t>(m.candidates)];
  }
};

// Finds candidate toponyms and the cues around them, telling names from
// common words, people and organisations with `words`, which must outlive
// the result (FoundToponyms::words points to it).
FoundToponyms find_toponyms(std::string_view text, const Gazetteer& gazetteer,
                            const PlaceWordLists& words);

}  // namespace sitrep::places
