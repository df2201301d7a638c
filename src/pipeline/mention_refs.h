// What the pipeline keeps of the recognisers' mentions: plain PlaceRef and
// ActorRef values (extract/analysis.h), so an AnalyzedDocument does not
// depend on the recognisers' types; plus the ordering and the country
// context analyze() builds from them.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "core/string_arena.h"
#include "extract/analysis.h"
#include "recognize/actors/actor_matcher.h"
#include "recognize/places/geoparser.h"

namespace sitrep {

// Appends the PlaceRef of a place mention to `out`, taking its strings;
// `dateline`: the mention is the story's dateline or in its byline.
void append_place_ref(std::vector<PlaceRef>& out, places::PlaceMention&& m, bool dateline);
// Appends the ActorRef of an actor mention to `out`. Its strings view the
// knowledge base, or for a pattern's own words a copy in `own_words`
// (AnalyzedDocument::word_text), which must live as long as the ref.
void append_actor_ref(std::vector<ActorRef>& out, const actors::ActorMention& m,
                      StringArena& own_words);

// The article's countries (ISO2), most mentioned first, counting every
// place mention but demonyms: the context for generic actor words ("troops"
// in a Syrian story are Syria's).
std::vector<std::string> countries_by_mentions(const std::vector<places::PlaceMention>& places);

// Orders mentions by where they start. They mostly arrive in order already,
// and std::sort moves every element even then (two string-laden moves
// apiece); with strictly increasing starts the sorted order is the only one,
// so skipping the sort gives exactly what std::sort would.
template <class Mention>
void sort_by_start(std::vector<Mention>& v) {
  auto not_before = [](const Mention& a, const Mention& b) { return a.span.start >= b.span.start; };
  if (std::adjacent_find(v.begin(), v.end(), not_before) == v.end()) return;
  std::sort(v.begin(), v.end(),
            [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
}

}  // namespace sitrep
