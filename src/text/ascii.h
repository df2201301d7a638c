// ASCII case helpers for keyword tests in the text stage's scanners. The
// keyword lists (months, number words, qualifiers) are English and ASCII, so
// comparing bytes case-insensitively is exact and allocation-free.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sitrep::ascii {

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return is_upper(c) || is_lower(c); }

// Case-insensitive equality; `b` is expected in lowercase.
inline bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (lower(a[i]) != b[i]) return false;
  }
  return true;
}

inline bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

}  // namespace sitrep::ascii
