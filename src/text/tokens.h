// Tokens of the original document text, as byte spans.
//
// Rules (they decide what the number and date scanners see):
//   - whitespace (ASCII and Unicode spaces) separates tokens and is dropped;
//   - a word is a run of letters, digits and combining marks (any script),
//     joined across
//       * a hyphen (-, U+2010, U+2011) followed by a letter, or preceded by a
//         letter and followed by a digit: "al-Nusra", "two-year-old",
//         "6,000-strong", "F-16"; a hyphen between two digits does NOT join,
//         so "4-5", "2016-10-28" and phone numbers come out piece by piece;
//       * ',' '.' ':' between two digits: "2,000", "2.5", "13:22";
//       * an apostrophe (' or ’) followed by a letter: "O'Brien", "don't" —
//         except the possessive: "Aleppo's" → "Aleppo" + "'s" (a kWord);
//         a trailing apostrophe ("rebels'") is punctuation;
//   - dotted single-letter acronyms keep their dots: "U.S.", "U.N.", "a.m.";
//   - kind: kNumber when the token starts with a digit and has no letter
//     ("2,000", "13:22"), otherwise kWord ("5th", "72-hour", "F-16");
//   - anything else is kPunct, one code point per token ("...” is three),
//     and each invalid UTF-8 byte is a kPunct of its own.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace sitrep {

enum class TokenKind : uint8_t { kWord, kNumber, kPunct };

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  // Some byte of the token is not ASCII ("Kabul’s", "São", "“"): the
  // tokenizer knows, so a caller that treats ASCII words apart (the
  // lexicon keys) need not look at the bytes again.
  bool non_ascii = false;
};

// Tokens of text[within.start, within.end), in order; `within` is clamped to
// the text. Spans index `text`, which must outlive their use.
std::vector<Token> tokenize(std::string_view text, Span within);
// Same, appending to `out` (not cleared) so callers can reuse one vector.
void tokenize_into(std::string_view text, Span within, std::vector<Token>& out);

}  // namespace sitrep
