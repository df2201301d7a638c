#include "export/json_writer.h"

#include <charconv>
#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/byte_words.h"

namespace sitrep {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

void append_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '"':
      out += "\\\"";
      return;
    case '\\':
      out += "\\\\";
      return;
    case '\b':
      out += "\\b";
      return;
    case '\f':
      out += "\\f";
      return;
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      break;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  const char u[] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
  out.append(u, sizeof u);
}

// The allowed range of the byte after a lead byte, per the Unicode standard's
// table of well-formed UTF-8 (3-7): this rules out overlong forms, surrogates
// and code points past U+10FFFF, as the DFA inside nlohmann's dump does.
// Returns the sequence length, 0 for a byte that cannot start one.
int sequence_length(unsigned char lead, unsigned char& lo, unsigned char& hi) {
  lo = 0x80;
  hi = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (lead == 0xE0) lo = 0xA0;
    if (lead == 0xED) hi = 0x9F;
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (lead == 0xF0) lo = 0x90;
    if (lead == 0xF4) hi = 0x8F;
    return 4;
  }
  return 0;
}

// True when none of the 8 bytes at `p` needs a look of its own: each is in
// 0x20..0x7F and none is '"' or '\\'. Most of the output is plain prose, so
// the byte loop below skips it eight bytes at a time.
bool plain_ascii8(const unsigned char* p) {
  using namespace byte_words;
  const uint64_t x = load(p);
  return (any_non_ascii(x) | any_below(x, 0x20) | any_equal(x, '"') | any_equal(x, '\\')) == 0;
}

// Where the first eight-byte block of s that may need a look of its own
// starts, or s.size() when every byte is plain (then the string is copied
// as it is). A short string, or the tail of a long one, is read as one
// block: padded with spaces, or overlapping the block before it.
size_t plain_prefix(const unsigned char* p, size_t n) {
  if (n < 8) {
    unsigned char padded[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
    if (n > 0) std::memcpy(padded, p, n);
    return plain_ascii8(padded) ? n : 0;
  }
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes a step where SSE2 is there. The signed compare flags the
  // bytes below 0x20 and, read as negative, those of 0x80 and up.
  const __m128i space = _mm_set1_epi8(0x20);
  const __m128i quote = _mm_set1_epi8('"');
  const __m128i backslash = _mm_set1_epi8('\\');
  for (; i + 16 <= n; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m128i needs_look =
        _mm_or_si128(_mm_cmplt_epi8(x, space),
                     _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)));
    if (_mm_movemask_epi8(needs_look) != 0) return i;
  }
#endif
  for (; i + 8 <= n; i += 8) {
    if (!plain_ascii8(p + i)) return i;
  }
  return i == n || plain_ascii8(p + n - 8) ? n : i;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t i = plain_prefix(p, n);
  if (i == n) {
    // The usual case: nothing to escape or check.
    const size_t at = out.size();
    out.resize(at + n + 2);
    char* o = out.data() + at;
    o[0] = '"';
    if (n > 0) std::memcpy(o + 1, s.data(), n);
    o[n + 1] = '"';
    return;
  }
  out += '"';
  size_t clean = 0;  // start of the bytes not yet copied; they need no escaping
  while (i < n) {
    if (i + 8 <= n && plain_ascii8(p + i)) {
      i += 8;
      continue;
    }
    const unsigned char c = p[i];
    if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
      ++i;
      continue;
    }
    if (c < 0x80) {
      out.append(s.data() + clean, i - clean);
      append_escape(out, c);
      clean = ++i;
      continue;
    }
    unsigned char lo = 0;
    unsigned char hi = 0;
    const int len = sequence_length(c, lo, hi);
    int ok = len ? 1 : 0;  // bytes of the sequence that checked out so far
    while (ok > 0 && ok < len && i + ok < n && p[i + ok] >= lo && p[i + ok] <= hi) {
      ++ok;
      lo = 0x80;
      hi = 0xBF;
    }
    if (ok == len && len > 0) {  // well-formed: stays in the copied run
      i += len;
      continue;
    }
    // Ill-formed. nlohmann drops the bytes of the broken sequence, writes one
    // U+FFFD, and starts over at the byte that broke it, which may begin a
    // valid character ("\xC3(" is U+FFFD then "("). A bad lead byte is
    // consumed on its own; a sequence cut off by the string's end is one
    // U+FFFD for all its bytes.
    out.append(s.data() + clean, i - clean);
    out += kReplacement;
    i += ok > 0 ? static_cast<size_t>(ok) : 1;
    clean = i;
  }
  out.append(s.data() + clean, n - clean);
  out += '"';
}

void append_json_int(std::string& out, int64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<size_t>(r.ptr - buf));
}

void append_json_uint(std::string& out, uint64_t v) {
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<size_t>(r.ptr - buf));
}

void append_json_double(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  // nlohmann's own Grisu2 formatter, the one its dump() calls. std::to_chars
  // is not a substitute: it prints the shortest round-trip digits, Grisu2 at
  // times one digit more (nlohmann writes -179.99512 as -179.99511999999999,
  // about one 5-decimal longitude in 800), and those bytes are in today's
  // output. It allocates nothing, so it costs little.
  char buf[64];
  const char* end = nlohmann::detail::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, static_cast<size_t>(end - buf));
}

}  // namespace sitrep
