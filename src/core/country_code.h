// Country codes of two capital letters ("SY"), as every ISO 3166-1 alpha-2
// code is, numbered 0..675: tables indexed by the number answer "which
// country" without hashing the code (the actor classes per country, the
// place resolver's country votes).
#pragma once

#include <cstddef>
#include <string_view>

namespace sitrep {

inline constexpr size_t kTwoLetterCodes = 26 * 26;

// (first - 'A') * 26 + (second - 'A') for a code of two capital letters;
// kTwoLetterCodes for any other code.
constexpr size_t two_letter_code_index(std::string_view code) {
  if (code.size() != 2) return kTwoLetterCodes;
  const unsigned first = static_cast<unsigned char>(code[0]) - 'A';
  const unsigned second = static_cast<unsigned char>(code[1]) - 'A';
  return first < 26 && second < 26 ? first * 26 + second : kTwoLetterCodes;
}

}  // namespace sitrep
