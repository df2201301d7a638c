// ASCII case helpers for keyword tests in the text stage's scanners. The
// keyword lists (months, number words, qualifiers) are English and ASCII, so
// comparing bytes case-insensitively is exact and allocation-free.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
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

// Whether the n bytes at a and at b are equal, for the short words of
// keyword tables: two overlapping loads of the widest size that fits in n
// (the first and last 8, 4 or 2 bytes) instead of a byte loop or a call to
// memcmp. Reads nothing outside [a, a + n) and [b, b + n).
inline bool same_bytes(const char* a, const char* b, size_t n) {
  auto differ = [&](auto word, size_t at) {
    decltype(word) x;
    decltype(word) y;
    std::memcpy(&x, a + at, sizeof x);
    std::memcpy(&y, b + at, sizeof y);
    return x != y;
  };
  if (n >= 8) {
    for (size_t k = 0; k + 8 < n; k += 8) {
      if (differ(uint64_t{}, k)) return false;
    }
    return !differ(uint64_t{}, n - 8);
  }
  if (n >= 4) return !differ(uint32_t{}, 0) && !differ(uint32_t{}, n - 4);
  if (n >= 2) return !differ(uint16_t{}, 0) && !differ(uint16_t{}, n - 2);
  return n == 0 || a[0] == b[0];
}

inline bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!is_digit(c)) return false;
  }
  return true;
}

}  // namespace sitrep::ascii
