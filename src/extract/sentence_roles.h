// What a sentence with a trigger is doing in the article, beyond reporting
// an event: giving background, echoing an event already told, summing up
// several incidents, or captioning a photo. The extractor codes none of
// these as new events.
#pragma once

#include <vector>

#include "extract/sentence_view.h"
#include "extract/triggers.h"

namespace sitrep {

// An earlier incident mentioned in passing whose day the text does not fix
// ("in April", "last month"): not coded (GUIDELINES: earlier incidents only
// when the day can be fixed).
bool is_background(const SentenceView& s);

// Whether a place follows the event noun at word `noun` closely enough to be
// its own ("the strike at Mai Tsebri").
bool names_its_place(const SentenceView& s, size_t noun);

// "That offensive was backed by ...": the trigger names an event the reader
// already knows, and the sentence gives it no place of its own.
bool names_known_event(const SentenceView& s, const TriggerHit& hit);

// "in two separate attacks", or more than two places: several incidents.
bool is_summary(const SentenceView& s, const std::vector<const PlaceRef*>& places);

// A photo caption kept in the text: a present-tense verb right after the
// subject ("A soldier fires an RPG during clashes ..."), no source, and the
// picture's place and date at the end ("..., Iraq October 20, 2016").
bool is_caption(const SentenceView& s);

}  // namespace sitrep
