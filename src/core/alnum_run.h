// Where a run of ASCII letters and digits ends: the inner step of the text
// tokenizer and of the toponym tokenizer, which both meet a word at nearly
// every few bytes of every article.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

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

}  // namespace sitrep
