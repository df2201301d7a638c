// Folding place names into lookup keys, so that the many spellings of one
// name in news text and in GeoNames meet in one key:
//
//   fold_name("Deir ez-Zor")   == "deir al zor"
//   fold_name("Dayr az Zawr")  == "dayr al zawr"
//
// (skeleton_key.h makes the fuzzy key of a folded one.) The gazetteer builder and every lookup use
// these same functions; changing them changes the index format (bump kFormatVersion in
// gazetteer_format.h).
#pragma once

#include <span>
#include <string>
#include <string_view>

namespace sitrep::places {

// The exact-match key: lowercase ASCII, diacritics stripped (ICU NFKD plus a
// table for letters without a decomposition: ß, ø, ł, ı, ...), ʿayn/hamza
// marks and apostrophes dropped ("Ma'arrat" -> "maarrat"), periods dropped
// ("U.S." -> "us"), hyphens and other punctuation turned into single spaces,
// Arabic articles before another word made "al" ("ash-Shaddadi" ->
// "al shaddadi"), and a leading "St"/"Mt"/"Ft" spelled out ("saint", "mount",
// "fort"). Returns "" when the name holds a letter outside the Latin script
// (those names are not indexed) or no letter or digit at all.
std::string fold_name(std::string_view utf8);

// fold_name in two steps, for a caller that folds many overlapping runs of
// the same words (the toponym finder tries up to six runs of words at every
// capitalised word): each piece of text folded into words once, then the key
// of any run of them joined from those words. For pieces a and b of a name
// with spaces or periods between them, the words of a followed by those of b
// join into fold_name(a + " " + b).
//
// Appends the folded words of `utf8` to `words`, a space before each; false
// when `utf8` holds a letter outside the Latin script (fold_name gives "").
bool append_folded_words(std::string_view utf8, std::string& words);
// Writes into `key` the fold_name key of `words`: words with spaces between
// them, as append_folded_words leaves them ("" when there is none).
void join_folded_words(std::string_view words, std::string& key);
// The same for words already apart (each one word of append_folded_words'
// output, in order).
void join_folded_words(std::span<const std::string_view> words, std::string& key);

// first_word_of_run of a word of two or three letters, the only ones it
// changes.
std::string_view first_short_word_of_run(std::string_view word);

// The first word of the key of a run of two words or more whose first
// word (one folded word) is `word`: an article is made "al", a leading
// "st"/"ste"/"mt"/"ft" spelled out, as join_folded_words does. Inline up
// to the length test that passes most words, as are the two below: the
// finder asks them of nearly every capitalised word, and each was a call.
inline std::string_view first_word_of_run(std::string_view word) {
  if (word.size() < 2 || word.size() > 3) return word;  // every article and abbreviation has 2 or 3
  return first_short_word_of_run(word);
}

// True when `key` (a fold_name result) starts with the article "al ".
inline bool has_leading_article(std::string_view key) {
  return key.size() > 3 && key.substr(0, 3) == "al ";
}
// `key` without a leading "al " (unchanged when there is none).
inline std::string_view strip_leading_article(std::string_view key) {
  return has_leading_article(key) ? key.substr(3) : key;
}

}  // namespace sitrep::places
