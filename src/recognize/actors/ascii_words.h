// ASCII byte classes and the word-run copy that tokenize() (match_text.cc)
// uses for the common case of plain ASCII words: a run of letters and digits
// copied lower-cased into the key buffer, lower-case letters eight at a time.
// Internal to the actor matcher's tokenizer.
#pragma once

#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/byte_words.h"

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

}  // namespace sitrep::actors::ascii_words
