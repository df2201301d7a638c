// Internal to the text stage: reads one number phrase starting at a token —
// digits ("2,000", "2.5 million"), words ("twenty-one", "a hundred", "two
// thousand and five"), vague plurals ("dozens", "tens of thousands"),
// indefinite words ("several", "a few") and hyphen compounds
// ("6,000-strong", "two-year-old"). The qualifier words around it ("more
// than", "at least") and the decision whether the number is a count at all
// (years, times, dates) belong to numbers.cc.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "text/lower_tokens.h"
#include "text/number_vocabulary.h"
#include "text/tokens.h"

namespace sitrep::detail {

struct NumberParse {
  size_t tokens = 0;          // tokens consumed; 0 = no number phrase here
  long value = 0;             // saturates at LONG_MAX
  bool from_digits = false;   // the phrase starts with a digit token
  bool has_scale = false;     // "million", "thousand"... follows the digits
  bool fraction = false;      // digits with a decimal part and no scale ("2.5")
  bool vague = false;         // dozens, scores, hundreds, tens of, several
  bool indefinite = false;    // several, a few, numerous: no figure given
  bool is_age = false;        // "two-year-old", "25-year-old"
  bool adjective = false;     // number compound that is not a count: "72-hour"
};

// Parses the number phrase that starts at tokens[i]; `lower` holds the same
// tokens lowercased. Never throws; numbers too large for long saturate.
NumberParse parse_number_at(std::string_view text, const std::vector<Token>& tokens,
                            const LowerTokens& lower, size_t i);
// The same for a token that may_start_number() already said yes to (as
// TokenStarts::may_start_number does for the quantity scanner): the word is
// not looked up a second time.
NumberParse parse_number_at_starter(std::string_view text, const std::vector<Token>& tokens,
                                    const LowerTokens& lower, size_t i);

// Saturating arithmetic on non-negative values.
long saturating_add(long a, long b);
long saturating_mul(long a, long b);

}  // namespace sitrep::detail
