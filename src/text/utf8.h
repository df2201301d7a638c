// Strict UTF-8 decoding and the whitespace tests every scanner of the text
// stage shares. Header-only because these sit in the innermost loops.
//
// Invalid input never throws: a byte that does not start a well-formed
// sequence (stray continuation byte, overlong form, surrogate, > U+10FFFF,
// truncated sequence) decodes as kInvalid with length 1, so callers advance
// one byte and stay in step with the original offsets.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace sitrep::utf8 {

inline constexpr char32_t kInvalid = 0xFFFFFFFFu;

struct Decoded {
  char32_t cp = kInvalid;
  uint32_t len = 1;  // bytes consumed; always >= 1
};

// Decodes the code point starting at s[i]; i must be < s.size().
inline Decoded decode(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  const unsigned b0 = p[0];
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](size_t k) { return k < left && (p[k] & 0xC0u) == 0x80u; };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    if (!cont(1)) return {};
    return {static_cast<char32_t>(((b0 & 0x1Fu) << 6) | (p[1] & 0x3Fu)), 2};
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) return {};
    const unsigned b1 = p[1];
    if (b0 == 0xE0 && b1 < 0xA0) return {};  // overlong
    if (b0 == 0xED && b1 > 0x9F) return {};  // surrogate
    return {static_cast<char32_t>(((b0 & 0x0Fu) << 12) | ((b1 & 0x3Fu) << 6) | (p[2] & 0x3Fu)), 3};
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return {};
    const unsigned b1 = p[1];
    if (b0 == 0xF0 && b1 < 0x90) return {};  // overlong
    if (b0 == 0xF4 && b1 > 0x8F) return {};  // > U+10FFFF
    return {static_cast<char32_t>(((b0 & 0x07u) << 18) | ((b1 & 0x3Fu) << 12) |
                                  ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu)),
            4};
  }
  return {};
}

// Writes cp as UTF-8 into out (room for 4 bytes); returns the byte count.
inline size_t encode(char32_t cp, char* out) {
  if (cp < 0x80) {
    out[0] = static_cast<char>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<char>(0xC0 | (cp >> 6));
    out[1] = static_cast<char>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (cp >> 12));
    out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (cp >> 18));
  out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (cp & 0x3F));
  return 4;
}

inline bool is_ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Unicode spaces that news text carries (NBSP, thin, ideographic...), plus
// the invisible BOM, which scanners treat like space.
inline bool is_unicode_space(char32_t cp) {
  return cp == 0x00A0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0xFEFF ||
         cp == 0x0085;
}

// Byte length of the whitespace character at s[i] (ASCII or Unicode), or 0.
inline size_t space_at(std::string_view s, size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return is_ascii_space(c) ? 1 : 0;
  if (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
  const Decoded d = decode(s, i);
  return is_unicode_space(d.cp) ? d.len : 0;
}

// Byte length of the whitespace character that ends just before s[i], or 0.
inline size_t space_before(std::string_view s, size_t i) {
  if (i == 0) return 0;
  const auto c = static_cast<unsigned char>(s[i - 1]);
  if (c < 0x80) return is_ascii_space(c) ? 1 : 0;
  // Walk back to the lead byte (at most 3 continuation bytes).
  size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0u) == 0x80u) {
    --start;
  }
  const Decoded d = decode(s, start);
  return d.cp != kInvalid && start + d.len == i && is_unicode_space(d.cp) ? d.len : 0;
}

// Start of the code point that ends just before s[i] (i > 0).
inline size_t previous_start(std::string_view s, size_t i) {
  size_t start = i - 1;
  while (start > 0 && i - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0u) == 0x80u) {
    --start;
  }
  const Decoded d = decode(s, start);
  return d.cp != kInvalid && start + d.len == i ? start : i - 1;
}

}  // namespace sitrep::utf8
