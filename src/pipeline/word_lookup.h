// One hash probe per word for the two tables every word of every sentence
// is looked up in: the lexicon's phrase words (Lexicon::mark) and the words
// that start a number phrase or a date (TokenStarts). Each did its own
// lookup before, so every word was hashed twice. Built at load from both;
// read-only after, so threads share it.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "extract/lexicon.h"
#include "extract/word_ids.h"
#include "text/token_starts.h"

namespace sitrep {

class WordLookup {
 public:
  explicit WordLookup(const Lexicon& lexicon);

  // For each of `words` (resizing both outputs to their count):
  // phrase_ids[i], the id Lexicon::mark takes for words[i]
  // (lexicon.phrase_words().find(words[i])), and starts[i], the flags
  // TokenStarts::starter_words() gives words[i], or 0 when it is none.
  void look_up(std::span<const std::string_view> words, std::vector<uint32_t>& phrase_ids,
               std::vector<StartFlags>& starts) const;

 private:
  // The lexicon's phrase words first, under the lexicon's own ids, then the
  // starter words it lacks.
  WordIds table_;
  // Both answers for one word, side by side: one index, one cache line.
  struct Answers {
    uint32_t phrase_id = WordIds::kNone;  // kNone for a starter word only
    StartFlags starts = 0;                // 0 for a phrase word only
  };
  // By table id + 1, so that a miss (WordIds::kNone + 1 wraps to 0) reads
  // slot 0 without a branch.
  std::vector<Answers> answers_;
};

}  // namespace sitrep
