// Internal to the text stage: the number words ("two", "hundred", "dozens",
// "several") with their kind and value, and the words a number phrase can
// start with. number_words.cc parses phrases from them; token_starts.cc
// tells the scanners which tokens to try.
#pragma once

#include <string_view>
#include <vector>

namespace sitrep::detail {

enum class WordKind { kNone, kUnit, kTen, kHundred, kScale, kDozen, kVague, kIndefinite };

struct WordInfo {
  WordKind kind = WordKind::kNone;
  long value = 0;
};

// The kind and value of a lowercase number word; kNone for other words.
WordInfo word_info(std::string_view lower);

// Cheap pre-test on a word token's lowercase form: false means no number
// phrase starts there (parse_number_at() would consume no tokens). Almost
// every word fails it.
bool may_start_number(std::string_view lower);

// The lowercase words that may_start_number() accepts as a word's leading
// letters: every number word and the words parse_number_at() tests by name.
const std::vector<std::string_view>& number_starter_words();

// The lowercase number words that count units or tens ("one", "fifteen",
// "thirty"): the counts a relative date may start with ("two days ago").
const std::vector<std::string_view>& count_words();

}  // namespace sitrep::detail
