// Invariants the fuzz targets check on every result, beyond "no crash":
// a broken one aborts, so libFuzzer saves the input like any crash.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace sitrep::fuzz {

[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

inline void check(bool ok, const char* what) {
  if (!ok) fail(what);
}

// Inside [0, size] and not reversed.
inline void check_span(Span s, size_t size, const char* what) {
  check(s.start <= s.end && s.end <= size, what);
}

// Each span valid, in order, none overlapping the next.
template <class T, class SpanOf>
void check_ordered(const std::vector<T>& items, size_t size, SpanOf span_of, const char* what) {
  uint32_t previous_end = 0;
  for (const T& item : items) {
    const Span s = span_of(item);
    check_span(s, size, what);
    check(s.start >= previous_end, what);
    previous_end = s.end;
  }
}

// Well-formed UTF-8 (no overlongs, surrogates or truncated sequences).
inline bool valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  for (size_t i = 0; i < n;) {
    const unsigned b = p[i];
    size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (b < 0x80) len = 1;
    else if (b >= 0xC2 && b <= 0xDF) len = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
      len = 3;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      len = 4;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    } else {
      return false;
    }
    if (i + len > n) return false;
    for (size_t k = 1; k < len; ++k) {
      const unsigned c = p[i + k];
      if (c < (k == 1 ? lo : 0x80u) || c > (k == 1 ? hi : 0xBFu)) return false;
    }
    i += len;
  }
  return true;
}

}  // namespace sitrep::fuzz
