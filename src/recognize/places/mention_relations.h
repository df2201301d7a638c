// Internal to the toponym finder: the passes over the mentions once they
// are found. Relations between neighbouring mentions ("Dublin, Ga.",
// "Homs and Hama"), and which single-word mentions name a person.
#pragma once

#include <string_view>

#include "recognize/places/toponym_finder.h"
#include "recognize/places/word_set.h"

namespace sitrep::places {

// Adds to found.relations what the text between each two neighbouring
// mentions of `text` says about them (place_relations.h).
void find_relations(std::string_view text, FoundToponyms& found);

// Marks person_strong a one-word mention whose key is among `person_words`
// (the first and last words of person names) unless the text also uses it
// as a place. Needs found.relations.
void mark_person_names(const WordSet& person_words, FoundToponyms& found);

}  // namespace sitrep::places
