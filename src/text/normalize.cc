#include "text/normalize.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstring>

#include "core/byte_words.h"
#include "text/fold_table.h"
#include "text/utf8.h"

namespace sitrep {
Span NormalizedText::original_span(uint32_t start, uint32_t end) const {
  const auto size = static_cast<uint32_t>(text.size());
  start = std::min(start, size);
  end = std::min(end, size);
  if (end <= start) return {to_original[start], to_original[start]};
  // The end is where the next different source character begins, so a
  // character expanded into several bytes ("ß" → "ss") is never cut.
  const uint32_t last = to_original[end - 1];
  uint32_t j = end;
  while (j < size && to_original[j] == last) ++j;
  return {to_original[start], to_original[j]};
}

NormalizedText normalize_for_matching(std::string_view in) {
  NormalizedText out;
  const size_t n = in.size();
  // Invariant: capacity >= o + (n - i), so the ASCII path never checks room.
  // Only a replacement longer than its source can break it; that path grows.
  size_t cap = n + 8;
  out.text.resize(cap);
  out.to_original.resize(cap + 1);
  char* dst = out.text.data();
  uint32_t* map = out.to_original.data();
  size_t o = 0;
  size_t i = 0;
  while (i < n) {
    // Fast path: eight ASCII bytes at a time.
    while (i + 8 <= n) {
      if (byte_words::any_non_ascii(byte_words::load(in.data() + i))) break;
      std::memcpy(dst + o, in.data() + i, 8);
      for (uint32_t k = 0; k < 8; ++k) map[o + k] = static_cast<uint32_t>(i + k);
      o += 8;
      i += 8;
    }
    if (i >= n) break;
    const auto c = static_cast<unsigned char>(in[i]);
    if (c < 0x80) {
      dst[o] = static_cast<char>(c);
      map[o++] = static_cast<uint32_t>(i++);
      continue;
    }
    const utf8::Decoded d = utf8::decode(in, i);
    const auto origin = static_cast<uint32_t>(i);
    if (d.cp == utf8::kInvalid) {
      dst[o] = ' ';
      map[o++] = origin;
      i += 1;
      continue;
    }
    const detail::Fold& f = detail::fold_for(d.cp);
    const char* src = f.keep ? in.data() + i : f.out;
    const size_t len = f.keep ? d.len : f.len;
    i += d.len;
    if (o + len + (n - i) > cap) {
      cap = (o + len + (n - i)) * 2 + 8;
      out.text.resize(cap);
      out.to_original.resize(cap + 1);
      dst = out.text.data();
      map = out.to_original.data();
    }
    for (size_t k = 0; k < len; ++k) {
      dst[o] = src[k];
      map[o++] = origin;
    }
  }
  out.text.resize(o);
  out.to_original.resize(o + 1);
  out.to_original[o] = static_cast<uint32_t>(n);
  return out;
}

void fold_key_into(std::string_view s, std::string& out) {
  out.clear();
  out.reserve(s.size());
  bool pending_space = false;
  auto put = [&](char c) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      pending_space = !out.empty();
      return;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c);
  };
  size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      put(static_cast<char>(c));
      ++i;
      continue;
    }
    const utf8::Decoded d = utf8::decode(s, i);
    i += d.len;
    if (d.cp == utf8::kInvalid) {
      put(' ');
      continue;
    }
    const detail::Fold& f = detail::fold_for(d.cp);
    if (!f.keep) {
      for (size_t k = 0; k < f.len; ++k) put(f.out[k]);
      continue;
    }
    // Kept non-ASCII letter (Cyrillic, Greek...): simple lowercase mapping.
    if (pending_space) out.push_back(' ');
    pending_space = false;
    char buf[4];
    const size_t len = utf8::encode(static_cast<char32_t>(u_tolower(static_cast<UChar32>(d.cp))), buf);
    out.append(buf, len);
  }
}

std::string fold_key(std::string_view s) {
  std::string out;
  fold_key_into(s, out);
  return out;
}

}  // namespace sitrep
