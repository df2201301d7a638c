// Tests on eight bytes of text at once, for the scanners that pass over long
// runs of plain ASCII (sentence ends, UTF-8 checks, JSON escapes, case
// folding). Each says whether ANY byte of the word has a property; the usual
// bit tricks are exact for that question (a borrow can only flag a byte after
// one that truly has the property), not for which byte it is.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace sitrep::byte_words {

constexpr uint64_t kOnes = 0x0101010101010101ull;
constexpr uint64_t kHigh = kOnes * 0x80;

// The eight bytes at p (no alignment needed).
inline uint64_t load(const char* p) {
  uint64_t x;
  std::memcpy(&x, p, 8);
  return x;
}
inline uint64_t load(const unsigned char* p) { return load(reinterpret_cast<const char*>(p)); }

// Non-zero when some byte has its high bit set (not ASCII).
constexpr uint64_t any_non_ascii(uint64_t x) { return x & kHigh; }

// Non-zero when some byte is 0.
constexpr uint64_t any_zero(uint64_t x) { return (x - kOnes) & ~x & kHigh; }

// Non-zero when some byte equals b.
constexpr uint64_t any_equal(uint64_t x, unsigned char b) { return any_zero(x ^ (kOnes * b)); }

// Non-zero when some byte is below n (n <= 0x80).
constexpr uint64_t any_below(uint64_t x, unsigned char n) { return (x - kOnes * n) & ~x & kHigh; }

// `x` (eight or four bytes) with every byte of 'A'..'Z' lowercased: its high
// bit, found as in a range test on the low seven bits (no carry between
// bytes), shifted down to 0x20. Other bytes, 0x80 and up too, stay as they are.
template <class Word>
constexpr Word lower_letters(Word x) {
  constexpr Word ones = static_cast<Word>(~Word{0}) / 0xFF;
  constexpr Word high = ones * 0x80;
  const Word low7 = x & ~high;
  const Word upper = (low7 + ones * (0x80 - 'A')) & ~(low7 + ones * (0x80 - 'Z' - 1)) & ~x & high;
  return x | upper >> 2;
}

// Whether the n bytes at a and at b are equal, for the short words of
// keyword tables and key indexes: two overlapping loads of the widest size that fits in n
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

// Whether two words are equal, inline: words are short, and a call to
// memcmp for each compare costs more than the compare itself.
inline bool same_word(std::string_view a, std::string_view b) {
  return a.size() == b.size() && same_bytes(a.data(), b.data(), a.size());
}

}  // namespace sitrep::byte_words
