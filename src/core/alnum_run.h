// Where a run of ASCII letters and digits ends: the inner step of the text
// tokenizer and of the toponym tokenizer, which both meet a word at nearly
// every few bytes of every article. One step at a time (end_of_alnum_run)
// or from a bitmap of the whole text made once (AlnumBits).
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sitrep {

// Whether c is an ASCII letter or digit (as std::isalnum in the C locale).
// A table: one load, no branch on which range the byte is in.
inline constexpr std::array<bool, 256> kAsciiAlnum = [] {
  std::array<bool, 256> t{};
  for (int c = '0'; c <= '9'; ++c) t[static_cast<size_t>(c)] = true;
  for (int c = 'a'; c <= 'z'; ++c)
    t[static_cast<size_t>(c)] = t[static_cast<size_t>(c - 32)] = true;
  return t;
}();
constexpr bool is_ascii_alnum(char c) { return kAsciiAlnum[static_cast<unsigned char>(c)]; }

#if defined(__SSE2__)
// Which of the sixteen bytes from p are ASCII letters or digits, a bit per
// byte (bit i for p[i]). One signed compare per range: adding (0x80 - first)
// moves a range's bytes to the bottom of the signed byte order (-128 up),
// below a limit one past the range's last byte. Wrapping addition keeps the
// map one-to-one, so no other byte (UTF-8 included) lands in the range.
// 'A'..'Z' with the case bit set read as 'a'..'z'. Inlined into a loop, the
// constants are set up once.
inline unsigned alnum_mask16(const char* p) {
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i letter_shift = _mm_set1_epi8(static_cast<char>(0x80 - 'a'));
  const __m128i letter_limit = _mm_set1_epi8(static_cast<char>(-128 + 26));
  const __m128i digit_shift = _mm_set1_epi8(static_cast<char>(0x80 - '0'));
  const __m128i digit_limit = _mm_set1_epi8(static_cast<char>(-128 + 10));
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i letter =
      _mm_cmplt_epi8(_mm_add_epi8(_mm_or_si128(x, case_bit), letter_shift), letter_limit);
  const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(x, digit_shift), digit_limit);
  return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
}
#endif

// The end of the run of ASCII letters and digits starting at p[k], looking
// no further than p[e] (k <= e). With SSE2, sixteen bytes are classified per
// step: most words end within the first, and then no branch depends on the
// word's length (a byte loop's exit mispredicts on it). The byte loop takes
// the last fifteen bytes before e.
inline size_t end_of_alnum_run(const char* p, size_t k, size_t e) {
#if defined(__SSE2__)
  while (k + 16 <= e) {
    const unsigned stops = alnum_mask16(p + k) ^ 0xFFFFu;
    // __builtin_ctz, not std::countr_zero: stops is not zero here, and the
    // std form pays a branch or a select for the zero case.
    if (stops != 0) return k + static_cast<size_t>(__builtin_ctz(stops));
    k += 16;
  }
#endif
  while (k < e && is_ascii_alnum(p[k])) ++k;
  return k;
}

// Which bytes of a text are ASCII letters or digits, a bit per byte, made
// in one pass sixteen bytes at a time: where a word ends is then a count of
// one bits. Finding each word's end with a vector step of its own (its
// constants set up again for every word) was the tokenizer's largest cost.
class AlnumBits {
 public:
  explicit AlnumBits(std::string_view text) : bits_(text.size() / 64 + 1, 0) {
    const char* p = text.data();
    const size_t n = text.size();
    size_t k = 0;
#if defined(__SSE2__)
    // Sixty-four bytes make a word of bits, stored once.
    for (; k + 64 <= n; k += 64) {
      bits_[k / 64] = static_cast<uint64_t>(alnum_mask16(p + k)) |
                      static_cast<uint64_t>(alnum_mask16(p + k + 16)) << 16 |
                      static_cast<uint64_t>(alnum_mask16(p + k + 32)) << 32 |
                      static_cast<uint64_t>(alnum_mask16(p + k + 48)) << 48;
    }
    for (; k + 16 <= n; k += 16) {
      const auto alnum = static_cast<uint64_t>(alnum_mask16(p + k));
      bits_[k / 64] |= alnum << (k % 64);
    }
#endif
    for (; k < n; ++k) {
      if (is_ascii_alnum(p[k])) bits_[k / 64] |= uint64_t{1} << (k % 64);
    }
  }

  // The end of the run of ASCII letters and digits starting at byte k (k
  // itself when that byte is none): no bit is set past the text's end.
  [[nodiscard]] size_t run_end(size_t k) const {
    for (;;) {
      const size_t shift = k % 64;
      const auto run = static_cast<size_t>(std::countr_one(bits_[k / 64] >> shift));
      if (run < 64 - shift) return k + run;
      k += run;  // the run goes on into the next word of bits
    }
  }

 private:
  std::vector<uint64_t> bits_;  // bit k % 64 of word k / 64: byte k is a letter or digit
};

}  // namespace sitrep
