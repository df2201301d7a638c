#include "text/visible.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/byte_words.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

// Whether byte c may lead an invisible format character: U+00AD is C2 AD,
// U+200B..U+206F start with E2, U+FE00..U+FE0F and U+FEFF with EF. Other
// bytes (ASCII, accented letters' leads, continuation bytes) are passed
// over, many at a time: no valid sequence hides one of these leads inside
// it, and an invalid byte decodes with length 1, so the positions decoded
// are those a character-by-character walk would reach.
bool may_lead_invisible(unsigned char c) { return c == 0xC2 || c == 0xE2 || c == 0xEF; }

#if defined(__SSE2__)
// Non-zero when some byte of the 64 at `p` is not ASCII.
int any_non_ascii_64(const char* p) {
  auto at = [p](int k) { return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 16 * k)); };
  return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(at(0), at(1)), _mm_or_si128(at(2), at(3))));
}

// One bit per byte of the 16 at `p` that may lead an invisible format character.
int lead_bits(const char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  auto is = [&x](unsigned char c) {
    return _mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(c)));
  };
  return _mm_movemask_epi8(_mm_or_si128(_mm_or_si128(is(0xC2), is(0xE2)), is(0xEF)));
}
#endif

// Offset of the first invisible format character at or after `from`, or
// npos. With SSE2 where available, ASCII runs are skipped 64 bytes at a
// time and other text up to its next possible lead byte 16 at a time (curly
// quotes and accented letters do not drop the walk to single bytes);
// else ASCII eight bytes at a time. Bytes skipped are bytes the walk would
// have passed one at a time.
size_t find_invisible(std::string_view s, size_t from, uint32_t* len) {
  size_t i = from;
  while (i < s.size()) {
#if defined(__SSE2__)
    while (i + 64 <= s.size() && any_non_ascii_64(s.data() + i) == 0) i += 64;
    if (i + 16 <= s.size()) {
      const int leads = lead_bits(s.data() + i);
      if (leads == 0) {
        i += 16;
        continue;
      }
      i += static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(leads)));
    }
#endif
    if (i + 8 <= s.size()) {
      if (!byte_words::any_non_ascii(byte_words::load(s.data() + i))) {
        i += 8;
        continue;
      }
    }
    if (!may_lead_invisible(static_cast<unsigned char>(s[i]))) {
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode(s, i);
    if (d.cp != utf8::kInvalid && is_invisible_format(d.cp)) {
      *len = d.len;
      return i;
    }
    i += d.len;
  }
  return std::string_view::npos;
}

}  // namespace

bool is_invisible_format(char32_t cp) {
  auto in = [cp](char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; };
  return cp == 0x00AD || cp == 0xFEFF || in(0x200B, 0x200F) || in(0x202A, 0x202E) ||
         in(0x2060, 0x2064) || in(0x2066, 0x206F) || in(0xFE00, 0xFE0F);
}

Span VisibleText::original_span(Span visible) const {
  const auto size = static_cast<uint32_t>(text.size());
  const uint32_t start = std::min(visible.start, size);
  const uint32_t end = std::min(visible.end, size);
  // to_original has one more entry, the original's size.
  if (end <= start) return {to_original[start], to_original[start]};
  return {to_original[start], to_original[end - 1] + 1};
}

bool strip_invisible(std::string_view original, VisibleText& out) {
  uint32_t len = 0;
  size_t at = find_invisible(original, 0, &len);
  if (at == std::string_view::npos) return false;
  out.text.clear();
  out.to_original.clear();
  out.text.reserve(original.size());
  out.to_original.reserve(original.size() + 1);
  size_t from = 0;
  while (true) {
    const size_t stop = at == std::string_view::npos ? original.size() : at;
    out.text.append(original.substr(from, stop - from));
    for (size_t i = from; i < stop; ++i) out.to_original.push_back(static_cast<uint32_t>(i));
    if (at == std::string_view::npos) break;
    from = at + len;
    at = find_invisible(original, from, &len);
  }
  out.to_original.push_back(static_cast<uint32_t>(original.size()));
  return true;
}

}  // namespace sitrep
