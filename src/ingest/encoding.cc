#include "ingest/encoding.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "core/byte_words.h"

namespace sitrep::ingest {
namespace {

enum class Seq { kValid, kInvalid, kTruncated };

// Length of the UTF-8 sequence at s[i] (at least 1) and whether it is well
// formed, following Unicode's table of well-formed byte sequences (no
// overlongs, no surrogates, nothing above U+10FFFF). An ill-formed sequence
// covers its maximal subpart, so each one becomes exactly one U+FFFD.
size_t next_sequence(std::string_view s, size_t i, Seq& kind) {
  const auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    kind = Seq::kValid;
    return 1;
  }
  size_t need = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // range of the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    kind = Seq::kInvalid;
    return 1;
  }
  size_t n = 1;
  for (; n <= need; ++n) {
    if (i + n >= s.size()) {
      kind = Seq::kTruncated;
      return n;
    }
    const auto b = static_cast<unsigned char>(s[i + n]);
    const unsigned char min = n == 1 ? lo : 0x80;
    const unsigned char max = n == 1 ? hi : 0xBF;
    if (b < min || b > max) {
      kind = Seq::kInvalid;
      return n;
    }
  }
  kind = Seq::kValid;
  return n;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool is_control(unsigned char c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0) || c == 0x7F;
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool is_binary(const ByteStats& st) {
  if (st.nul > 0) return true;
  return (st.invalid + st.control) * 10 > st.bytes * 3;
}

bool is_utf8_name(std::string_view cs) {
  return cs == "utf-8" || cs == "utf8" || cs == "unicode-1-1-utf-8";
}

// Converts with ICU; substitutes U+FFFD for bytes the charset cannot map.
// Returns false when ICU does not know the charset.
bool convert_with_icu(std::string_view bytes, const std::string& charset, std::string& out) {
  icu::UnicodeString u(bytes.data(), static_cast<int32_t>(bytes.size()), charset.c_str());
  if (u.isBogus()) return false;
  out.clear();
  u.toUTF8String(out);
  return true;
}

// True when the 8 bytes at p are all printable ASCII (0x20..0x7E), which
// scan_bytes() would pass over without counting anything.
bool printable_ascii_word(const char* p) {
  using namespace byte_words;
  const uint64_t x = load(p);
  return (any_non_ascii(x) | any_below(x, 0x20) | any_equal(x, 0x7F)) == 0;
}

}  // namespace

ByteStats scan_bytes(std::string_view bytes) {
  ByteStats st;
  st.bytes = bytes.size();
  for (size_t i = 0; i < bytes.size();) {
    if (i + 8 <= bytes.size() && printable_ascii_word(bytes.data() + i)) {
      i += 8;
      continue;
    }
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      if (c == 0) ++st.nul;
      if (is_control(c)) ++st.control;
      ++i;
      continue;
    }
    Seq kind = Seq::kValid;
    const size_t n = next_sequence(bytes, i, kind);
    if (kind == Seq::kInvalid) st.invalid += n;
    if (kind == Seq::kValid) ++st.multibyte;
    i += n;
  }
  return st;
}

bool looks_binary(std::string_view sample) { return is_binary(scan_bytes(sample)); }

bool has_utf16_bom(std::string_view bytes) {
  return bytes.size() >= 2 && ((bytes[0] == '\xFF' && bytes[1] == '\xFE') ||
                               (bytes[0] == '\xFE' && bytes[1] == '\xFF'));
}

std::string repair_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  size_t run = 0;  // start of the current run of valid bytes
  for (size_t i = 0; i < bytes.size();) {
    if (static_cast<unsigned char>(bytes[i]) < 0x80) {
      ++i;
      continue;
    }
    Seq kind = Seq::kValid;
    const size_t n = next_sequence(bytes, i, kind);
    if (kind != Seq::kValid) {
      out.append(bytes.substr(run, i - run));
      out.append(kReplacement);
      run = i + n;
    }
    i += n;
  }
  out.append(bytes.substr(run));
  return out;
}

std::string sniff_html_charset(std::string_view html) {
  const std::string head = lower(html.substr(0, 4096));
  size_t pos = head.find("charset");
  while (pos != std::string::npos) {
    size_t i = pos + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t')) ++i;
    if (i < head.size() && head[i] == '=') {
      ++i;
      while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) ++i;
      size_t end = i;
      while (end < head.size() && (std::isalnum(static_cast<unsigned char>(head[end])) ||
                                   head[end] == '-' || head[end] == '_' || head[end] == ':' ||
                                   head[end] == '.')) {
        ++end;
      }
      if (end > i) return head.substr(i, end - i);
    }
    pos = head.find("charset", pos + 7);
  }
  return "";
}

Result<std::string> decode_text(std::string_view bytes, std::string_view declared_charset) {
  std::string out;
  if (has_utf16_bom(bytes) && convert_with_icu(bytes, "UTF-16", out)) return decode_text(out);
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  const ByteStats st = scan_bytes(bytes);
  std::string charset = lower(declared_charset);
  // As browsers do (WHATWG Encoding), Latin-1 and ASCII labels mean windows-1252.
  if (charset == "iso-8859-1" || charset == "latin1" || charset == "us-ascii" ||
      charset == "ascii" || charset == "l1") {
    charset = "windows-1252";
  }
  // A page cannot declare UTF-16 in its own ASCII-compatible bytes (WHATWG: read as UTF-8).
  const bool legacy = !charset.empty() && !is_utf8_name(charset) && charset.rfind("utf-16", 0) != 0;
  // In a declared 8-bit charset every byte is a character: only NULs and
  // control characters say binary.
  if (legacy ? (st.nul > 0 || st.control * 10 > st.bytes * 3) : is_binary(st)) {
    return Error{"binary file, skipped"};
  }
  // Valid UTF-8 is UTF-8 whatever the page declares: pages often keep a
  // stale Latin-1 declaration after moving to UTF-8, and legacy text that
  // happens to be valid UTF-8 is vanishingly rare.
  if (st.invalid == 0) return std::string(bytes);
  if (legacy && convert_with_icu(bytes, charset, out)) return out;
  if (st.multibyte == 0 && convert_with_icu(bytes, "windows-1252", out)) return out;
  return repair_utf8(bytes);
}

}  // namespace sitrep::ingest
