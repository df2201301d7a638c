// Code points for the actor tokenizer (match_text.cc) outside plain ASCII:
// UTF-8 decoding, the classes that split words (apostrophes, hyphens, phrase
// breaks) and the folding of a letter to its key form (case folded, Latin
// diacritics stripped through ICU NFKD). The tokenizer's ASCII fast path
// (ascii_words.h) never calls these. Internal to the actor matcher.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sitrep::actors::fold_chars {

constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes one UTF-8 code point at text[i]; sets `len`. Invalid sequences give
// kInvalid with len 1, which acts as a separator.
char32_t decode(std::string_view text, size_t i, size_t& len);

bool is_apostrophe(char32_t cp);
// Invisible characters that may sit inside a word (soft hyphen, zero-width).
bool is_ignorable(char32_t cp);
bool is_hyphen(char32_t cp);
// Punctuation that ends a phrase: an alias never spans it.
bool is_break(char32_t cp);
// A letter, digit or combining mark.
bool is_word(char32_t cp);
bool is_upper(char32_t cp);
bool is_lower(char32_t cp);
// Appends the folded form of `cp` to `key`.
void append_folded(std::string& key, char32_t cp);

}  // namespace sitrep::actors::fold_chars
