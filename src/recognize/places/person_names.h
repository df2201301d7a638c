// Internal to the toponym finder: the words of an article that name people.
//
// In a run of capitalised words, each stretch between role words
// ("Huntsville City Manager | Bill Baine") of two to four plain words that
// is no place is a person ("Chiquita Raquel Henry"), as is one word after a
// title ("Gov. Perdue", "coach Ripley"). Their first and last words mark
// later lone uses as the person, unless the text also uses them as a place
// ("in Henry"): that last part is the finder's.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "recognize/places/candidate_lists.h"
#include "recognize/places/place_tokens.h"
#include "recognize/places/token_facts.h"
#include "recognize/places/token_folds.h"
#include "recognize/places/word_set.h"

namespace sitrep::places {

// The folded first and last words of the person names of `text` (views
// into `folds`). `tokens` are tokenize_words(text), `capitals` the indices
// of its capitalised ones in order; `lists` says which runs of words the
// gazetteer knows.
WordSet find_person_words(std::string_view text, std::span<const Token> tokens,
                          const std::vector<size_t>& capitals, TokenFolds& folds, TokenFacts& facts,
                          CandidateLists& lists);

}  // namespace sitrep::places
