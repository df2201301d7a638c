// Internal to the toponym finder: what the words next to each mention say
// about it, once the mentions are found. A title before it ("Mr", "Gen.")
// or a speech verb after it makes it a person's name; a capitalised
// neighbour makes it look like part of one; a preposition of place ("in",
// "near") or a unit word ("the province of X", "X district") makes it a
// place, with a unit hint; a vicinity word ("outskirts of", "X countryside")
// makes it an approximate location.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>
#include <vector>

#include "recognize/places/place_tokens.h"
#include "recognize/places/place_words.h"
#include "recognize/places/token_facts.h"
#include "recognize/places/toponym_finder.h"

namespace sitrep::places {

// Sets the cue fields (person_strong, person_like, capital_neighbour,
// locative, vicinity, hint, full_span) of found.mentions, whose m-th
// mention spans tokens first_token[m]..last_token[m] of `tokens` (the
// words of `text`).
void mark_mention_cues(std::string_view text, std::span<const Token> tokens, TokenFacts& facts,
                       const PlaceWordLists& words, const std::vector<size_t>& first_token,
                       const std::vector<size_t>& last_token, FoundToponyms& found);

}  // namespace sitrep::places
