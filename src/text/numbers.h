// Quantities in text: "more than 40", "at least six", "Over two thousand",
// "dozens", "2.5 million", "6,000-strong", "a two-year-old".
//
// Values follow ACLED's conservative reading of vague words: "tens" = 10,
// "dozens" = 12, "scores" = 20, "hundreds" = 100, "thousands" = 1000,
// "tens of thousands" = 10000, "a dozen" = 12, "half a dozen" = 6. Ranges
// give their lower end ("10-15", "two or three", "between 5 and 8" → kAtLeast).
// "no one", "nobody", "none" are quantities with value 0.
//
// Not quantities: years ("2016", unless a qualifier precedes: "over 2000"),
// times ("13:22", "6 a.m.", "0500 GMT"), ordinals ("5th", "16th Battalion"),
// dates ("Oct 28", "28 October", "4-5 May", "2016-10-28"), phone numbers
// and digit groups ("+1 555 0123", "555-0123"), money and percentages
// ("$5", "40%", "12 percent"), labels ("No. 5", "Resolution 2254"), number
// adjectives ("72-hour", "two-week-long"), and decimals without a scale
// word ("2.5"; "2.5 million" is one).
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "text/lower_tokens.h"
#include "text/token_starts.h"
#include "text/tokens.h"

namespace sitrep {

enum class Bound {
  kExact,     // "40"
  kAtLeast,   // "at least 40", "no fewer than 40", "40 or more", ranges
  kMoreThan,  // "more than 40", "over 40", "upwards of 40"
  kAbout,     // "about", "around", "nearly", "almost", "some", "approximately"
  kAtMost,    // "up to", "as many as", "less than", "under", "no more than"
};

struct Quantity {
  Span span;       // the whole phrase incl. qualifier: "more than 40", "dozens"
  Span number;     // the number words alone: "40", "two thousand"
  long value = 0;  // saturates at LONG_MAX, never throws
  Bound bound = Bound::kExact;
  bool vague = false;       // dozens, scores, hundreds, thousands, tens of, several
  bool indefinite = false;  // several, numerous, a few: no figure given (value 3);
                            // ACLED-style counts usually leave these out
  bool is_age = false;      // "two-year-old", "aged 25", "25 years old": an age,
                            // not a count of people
};

// Quantities in text[within], in order, not overlapping. Spans index `text`.
std::vector<Quantity> find_quantities(std::string_view text, Span within);
// Same over tokens the caller already has (from tokenize() on `text`).
std::vector<Quantity> find_quantities(std::string_view text, const std::vector<Token>& tokens);
// Same, sharing the lowercased tokens (LowerTokens(text, tokens)) with the
// caller's other scans of the sentence.
std::vector<Quantity> find_quantities(std::string_view text, const std::vector<Token>& tokens,
                                      const LowerTokens& lower);
// Same, also sharing TokenStarts(tokens, lower), and appending to `out` so a
// caller reading many sentences reuses one vector.
void find_quantities(std::string_view text, const std::vector<Token>& tokens,
                     const LowerTokens& lower, const TokenStarts& starts,
                     std::vector<Quantity>& out);

// The value of a number phrase, optionally with a qualifier: "2,000",
// "2.5 million", "six", "twenty-one", "two thousand", "a hundred", "dozens",
// "more than 40" (40). nullopt when the phrase is not entirely one number,
// is an age ("two-year-old"), or is a decimal without a scale word ("2.5").
std::optional<long> parse_number(std::string_view phrase);

}  // namespace sitrep
