// Where a run of ASCII letters and digits ends: the inner step of the text
// tokenizer and of the toponym tokenizer, which both meet a word at nearly
// every few bytes of every article.
#pragma once

#include <array>
#include <bit>
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

// The end of the run of ASCII letters and digits starting at p[k], looking
// no further than p[e] (k <= e). With SSE2, sixteen bytes are classified per
// step: most words end within the first, and then no branch depends on the
// word's length (a byte loop's exit mispredicts on it). The byte loop takes
// the last fifteen bytes before e.
inline size_t end_of_alnum_run(const char* p, size_t k, size_t e) {
#if defined(__SSE2__)
  const __m128i case_bit = _mm_set1_epi8(0x20);
  const __m128i before_a = _mm_set1_epi8('a' - 1);
  const __m128i after_z = _mm_set1_epi8('z' + 1);
  const __m128i before_0 = _mm_set1_epi8('0' - 1);
  const __m128i after_9 = _mm_set1_epi8('9' + 1);
  while (k + 16 <= e) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
    // Signed compares: bytes past 0x7F read as negative and fall in neither
    // range; 'A'..'Z' with the case bit set read as 'a'..'z'.
    const __m128i folded = _mm_or_si128(x, case_bit);
    const __m128i letter =
        _mm_and_si128(_mm_cmpgt_epi8(folded, before_a), _mm_cmplt_epi8(folded, after_z));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, before_0), _mm_cmplt_epi8(x, after_9));
    const auto alnum = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
    if (alnum != 0xFFFF) return k + static_cast<size_t>(std::countr_one(alnum));
    k += 16;
  }
#endif
  while (k < e && is_ascii_alnum(p[k])) ++k;
  return k;
}

}  // namespace sitrep
