// ASCII byte classes and the word tests and copies that tokenize()
// (match_text.cc) uses for the common case of ASCII words: a plain word
// (lower case, but maybe the first letter) or a word of letters and digits
// tested and lower-cased sixteen bytes at a time, else a run of letters and
// digits copied lower-cased into the key buffer, eight bytes at a time.
// Internal to the actor matcher's tokenizer.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/byte_words.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sitrep::actors::ascii_words {

// ASCII byte classes, so the common case needs no decoding.
enum : uint8_t {
  kWordByte = 1,
  kBreakByte = 2,
  kHyphenByte = 4,
  kApostropheByte = 8,
  kUpperByte = 16,
  kLowerByte = 32,
  kArticleStartByte = 64  // 'a', 'e', 'u': what every article key starts with
};

// 256 entries, non-ASCII bytes all 0, so one lookup also rejects them.
constexpr std::array<uint8_t, 256> make_ascii_classes() {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kWordByte | kLowerByte;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kWordByte | kUpperByte;
  for (int c = '0'; c <= '9'; ++c) t[c] = kWordByte;
  for (char c : std::string_view(".,;:!?()[]{}\"\n\r|"))
    t[static_cast<unsigned char>(c)] = kBreakByte;
  t['-'] = kHyphenByte;
  t['\''] = kApostropheByte;
  t['`'] = kApostropheByte;
  for (char c : std::string_view("aeu")) t[static_cast<unsigned char>(c)] |= kArticleStartByte;
  return t;
}
inline constexpr std::array<uint8_t, 256> kAscii = make_ascii_classes();

constexpr std::array<char, 128> make_ascii_lower() {
  std::array<char, 128> t{};
  for (int c = 0; c < 128; ++c) t[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return t;
}
inline constexpr std::array<char, 128> kAsciiLower = make_ascii_lower();

// How many of the eight bytes in `x` (text order) are lower-case ASCII
// letters before the first one that is not. Per byte, x + 0x1F sets the high
// bit from 'a' up and x + 0x05 from '{' up; for ASCII bytes neither carries
// into the next byte, and a non-ASCII byte (which may carry) is itself the
// first non-letter, so every byte before it is judged exactly.
inline size_t lower_letter_prefix(uint64_t x) {
  using namespace byte_words;
  const uint64_t from_a = (x + kOnes * (0x80 - 'a')) & kHigh;
  const uint64_t after_z = (x + kOnes * (0x80 - 'z' - 1)) & kHigh;
  const uint64_t not_lower = (~from_a | after_z | x) & kHigh;
  return not_lower == 0 ? 8 : static_cast<size_t>(std::countr_zero(not_lower)) / 8;
}

// What a word's letters say about its case, gathered as its bytes are copied.
struct LetterCase {
  int letters = 0;           // letters so far
  bool lower = false;        // some letter is lower-case
  bool inner_upper = false;  // a capital after the first letter ("LeT")

  void add_upper() {
    if (letters > 0) inner_upper = true;
    ++letters;
  }
  void add_lower(int n = 1) {
    lower = true;
    letters += n;
  }
};

// Copies the ASCII letters and digits at the start of `s`, lower-cased, to
// `out` (which has `room` bytes); returns how many and adds their letters
// to `cases`. Lower-case letters, most of a word's bytes, go eight at a time
// (the copy may write up to eight bytes past the run, never past `room`);
// other bytes one at a time, which is where capitals are counted.
inline size_t copy_ascii_run(std::string_view s, char* out, size_t room, LetterCase& cases) {
  size_t k = 0;
  for (;;) {
    if (k + 8 <= s.size() && k + 8 <= room) {
      const uint64_t word = byte_words::load(s.data() + k);
      const size_t lower = lower_letter_prefix(word);
      if (lower > 0) {
        std::memcpy(out + k, &word, 8);
        cases.add_lower(static_cast<int>(lower));
        k += lower;
        if (lower == 8) continue;
      }
    }
    if (k >= s.size()) break;
    const auto b = static_cast<unsigned char>(s[k]);
    const uint8_t cls = kAscii[b];
    if ((cls & kWordByte) == 0) break;  // also every non-ASCII byte
    if (cls & kUpperByte) {
      cases.add_upper();
    } else if (cls & kLowerByte) {
      cases.add_lower();
    }
    out[k] = kAsciiLower[b];
    ++k;
  }
  return k;
}

// The length of the word at text[i] if it is a plain ASCII word of one to
// fifteen letters, lower-case but maybe the first, that ends at a space or
// punctuation ("said", "Syria", "government"), most words of a text; else 0.
// Such a word's key is its own bytes, the first lower-cased: the sixteen
// bytes from text[i], so lowered, go to `out` whatever the answer (bytes
// past the word are the text's; the next key overwrites them).
inline size_t plain_word(std::string_view text, size_t i, bool capitalised, char* out) {
  if (i + 16 > text.size()) return 0;
  const char first_lowered = capitalised ? 0x20 : 0;
#if defined(__SSE2__)
  // The whole word in one compare, and no loop whose exit depends on its
  // length. Adding 0x80 - 'a' takes 'a'..'z', and only those, to the 26
  // lowest signed bytes (-128..-103): every other byte compares greater.
  const __m128i x = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i)),
                                 _mm_cvtsi32_si128(first_lowered));
  const __m128i not_lower = _mm_cmpgt_epi8(_mm_add_epi8(x, _mm_set1_epi8(0x80 - 'a')),
                                           _mm_set1_epi8(static_cast<char>(-128 + 25)));
  // Bit 16 set: sixteen letters give 16 (no word end seen).
  const auto size = static_cast<size_t>(
      std::countr_zero(static_cast<uint32_t>(_mm_movemask_epi8(not_lower)) | 0x10000u));
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out), x);
#else
  const uint64_t chunks[2] = {
      byte_words::load(text.data() + i) | static_cast<uint64_t>(first_lowered),
      byte_words::load(text.data() + i + 8)};
  size_t size = lower_letter_prefix(chunks[0]);
  if (size == 8) size += lower_letter_prefix(chunks[1]);
  std::memcpy(out, chunks, 16);
#endif
  if (size == 16) return 0;
  const auto end = static_cast<unsigned char>(text[i + size]);
  if (end >= 0x80 || (kAscii[end] & (kWordByte | kApostropheByte)) != 0) return 0;
  return size;
}

// The length of the word at text[i] if it is an ASCII word of one to
// fifteen letters and digits that ends at a space or punctuation, what
// plain_word() leaves of most words ("ISIS", "2024", "McCain"); else 0.
// When it answers non-zero, the word's key, lower-cased, is at `out` (with
// the rest of the sixteen bytes, as plain_word() leaves them) and its
// letters' case in `cases`, as copy_word() would gather it; on 0 neither
// is written.
inline size_t ascii_word(std::string_view text, size_t i, char* out, LetterCase& cases) {
#if defined(__SSE2__)
  if (i + 16 > text.size()) return 0;
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
  // The bytes from `first` to `first + count - 1`, as plain_word() tests 'a'..'z'.
  auto in_range = [&x](char first, char count) {
    return _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(-128 + count)),
                          _mm_add_epi8(x, _mm_set1_epi8(static_cast<char>(0x80 - first))));
  };
  const __m128i upper = in_range('A', 26);
  const auto upper_bits = static_cast<unsigned>(_mm_movemask_epi8(upper));
  const auto lower_bits = static_cast<unsigned>(_mm_movemask_epi8(in_range('a', 26)));
  const auto digit_bits = static_cast<unsigned>(_mm_movemask_epi8(in_range('0', 10)));
  const auto size = static_cast<size_t>(std::countr_zero(~(upper_bits | lower_bits | digit_bits)));
  if (size == 0 || size >= 16) return 0;
  const auto end = static_cast<unsigned char>(text[i + size]);
  if (end >= 0x80 || (kAscii[end] & kApostropheByte) != 0) return 0;
  _mm_storeu_si128(reinterpret_cast<__m128i*>(out),
                   _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
  const unsigned in_word = (1u << size) - 1;
  const unsigned upper_letters = upper_bits & in_word;
  const unsigned letters = (upper_bits | lower_bits) & in_word;
  cases.letters = std::popcount(letters);
  cases.lower = (lower_bits & in_word) != 0;
  cases.inner_upper = (upper_letters & (letters - 1)) != 0;  // a capital past the first letter
  return size;
#else
  (void)text, (void)i, (void)out, (void)cases;
  return 0;  // copy_word() takes every word
#endif
}

}  // namespace sitrep::actors::ascii_words
