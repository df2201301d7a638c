#include "export/json_writer.h"

#include <algorithm>
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

// Writes the escape for an ASCII byte that needs one: at most six bytes.
size_t write_escape(char* o, unsigned char c) {
  char short_form = 0;
  switch (c) {
    case '"':
      short_form = '"';
      break;
    case '\\':
      short_form = '\\';
      break;
    case '\b':
      short_form = 'b';
      break;
    case '\f':
      short_form = 'f';
      break;
    case '\n':
      short_form = 'n';
      break;
    case '\r':
      short_form = 'r';
      break;
    case '\t':
      short_form = 't';
      break;
    default:
      break;
  }
  o[0] = '\\';
  if (short_form) {
    o[1] = short_form;
    return 2;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  const char u[] = {'u', '0', '0', kHex[c >> 4], kHex[c & 0xF]};
  std::memcpy(o + 1, u, sizeof u);
  return 1 + sizeof u;
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

#if defined(__SSE2__)
// Bit k set when byte k of the 16 at p needs a look. The signed compare
// flags the bytes below 0x20 and, read as negative, those of 0x80 and up.
unsigned needs_look16(const unsigned char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i needs_look = _mm_or_si128(
      _mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')), _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
  return static_cast<unsigned>(_mm_movemask_epi8(needs_look));
}
#endif

bool needs_look(unsigned char c) { return c < 0x20 || c >= 0x80 || c == '"' || c == '\\'; }

// How many bytes of the n at p need no look of their own (all of them in
// the usual case). Reads up to kScanPad bytes past p + n, which must be
// readable; what they hold does not matter.
constexpr size_t kScanPad = 16;
size_t plain_prefix(const unsigned char* p, size_t n) {
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes a step; bits past n are dropped.
  for (; i < n; i += 16) {
    unsigned flagged = needs_look16(p + i);
    if (n - i < 16) flagged &= (1u << (n - i)) - 1;
    if (flagged != 0) return i + static_cast<size_t>(__builtin_ctz(flagged));
  }
  return n;
#else
  for (; i + 8 <= n && plain_ascii8(p + i); i += 8) {
  }
  for (; i < n && !needs_look(p[i]); ++i) {
  }
  return i;
#endif
}

// The first byte at or after i, of the n at p, that needs a look (n when
// none), reading no byte past p + n: for the rest of a string after one
// that needed escaping or a UTF-8 check, where there is no room to read on.
size_t next_to_look_at(const unsigned char* p, size_t i, size_t n) {
#if defined(__SSE2__)
  for (; i + 16 <= n; i += 16) {
    if (const unsigned flagged = needs_look16(p + i); flagged != 0) {
      return i + static_cast<size_t>(__builtin_ctz(flagged));
    }
  }
#endif
  for (; i + 8 <= n && plain_ascii8(p + i); i += 8) {
  }
  for (; i < n && !needs_look(p[i]); ++i) {
  }
  return i;
}

// memcpy for the short strings most fields are, without the library call:
// two overlapping fixed-size moves cover any length in [k, 2k], reading and
// writing only the n bytes asked for.
inline void copy_bytes(char* to, const char* from, size_t n) {
  if (n > 16) {
    std::memcpy(to, from, n);
  } else if (n >= 8) {
    uint64_t head, tail;
    std::memcpy(&head, from, 8);
    std::memcpy(&tail, from + n - 8, 8);
    std::memcpy(to, &head, 8);
    std::memcpy(to + n - 8, &tail, 8);
  } else if (n >= 4) {
    uint32_t head, tail;
    std::memcpy(&head, from, 4);
    std::memcpy(&tail, from + n - 4, 4);
    std::memcpy(to, &head, 4);
    std::memcpy(to + n - 4, &tail, 4);
  } else {
    for (size_t i = 0; i < n; ++i) to[i] = from[i];
  }
}

}  // namespace

void JsonBuffer::grow(size_t n) {
  // In blocks, so that a record's many small writes grow the string once or
  // twice; std::string doubles its capacity as the blocks add up.
  constexpr size_t kBlock = 4096;
  out_.resize(used_ + std::max(n, kBlock));
}

void JsonBuffer::string(std::string_view s) {
  const size_t n = s.size();
  // Copied first and checked where it landed: the room past the copy makes
  // the last block's over-read safe, and a plain string is then done.
  char* o = room(n + 2 + kScanPad);
  o[0] = '"';
  copy_bytes(o + 1, s.data(), n);
  const size_t plain = plain_prefix(reinterpret_cast<const unsigned char*>(o + 1), n);
  if (plain == n) {
    o[n + 1] = '"';
    used_ += n + 2;
    return;
  }
  used_ += 1 + plain;
  escaped_rest(s, plain);
}

// The bytes of s from `i` on, the first of which needs a look, and the
// closing quote.
void JsonBuffer::escaped_rest(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t n = s.size();
  size_t clean = i;  // start of the bytes not yet copied; they need no escaping
  while (i < n) {
    i = next_to_look_at(p, i, n);
    if (i == n) break;
    const unsigned char c = p[i];
    if (c < 0x80) {
      raw(s.data() + clean, i - clean);
      used_ += write_escape(room(6), c);
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
    raw(s.data() + clean, i - clean);
    raw(kReplacement.data(), kReplacement.size());
    i += ok > 0 ? static_cast<size_t>(ok) : 1;
    clean = i;
  }
  raw(s.data() + clean, n - clean);
  raw('"');
}

void JsonBuffer::integer(int64_t v) {
  char* o = room(24);
  used_ += static_cast<size_t>(std::to_chars(o, o + 24, v).ptr - o);
}

void JsonBuffer::unsigned_integer(uint64_t v) {
  char* o = room(24);
  used_ += static_cast<size_t>(std::to_chars(o, o + 24, v).ptr - o);
}

void JsonBuffer::real(double v) {
  if (!std::isfinite(v)) {
    null();
    return;
  }
  // nlohmann's own Grisu2 formatter, the one its dump() calls. std::to_chars
  // is not a substitute: it prints the shortest round-trip digits, Grisu2 at
  // times one digit more (nlohmann writes -179.99512 as -179.99511999999999,
  // about one 5-decimal longitude in 800), and those bytes are in today's
  // output. It allocates nothing, so it costs little.
  constexpr size_t kRoom = 64;
  char* o = room(kRoom);
  used_ += static_cast<size_t>(nlohmann::detail::to_chars(o, o + kRoom, v) - o);
}

void append_json_string(std::string& out, std::string_view s) { JsonBuffer(out).string(s); }
void append_json_int(std::string& out, int64_t v) { JsonBuffer(out).integer(v); }
void append_json_uint(std::string& out, uint64_t v) { JsonBuffer(out).unsigned_integer(v); }
void append_json_double(std::string& out, double v) { JsonBuffer(out).real(v); }

}  // namespace sitrep
