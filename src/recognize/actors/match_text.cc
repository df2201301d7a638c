#include "recognize/actors/match_text.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <string>

#include "recognize/actors/ascii_words.h"

namespace sitrep::actors {
namespace {

constexpr char32_t kInvalid = 0xFFFFFFFF;

// Decodes one UTF-8 code point at text[i]; sets `len`. Invalid sequences give
// kInvalid with len 1, which acts as a separator.
char32_t decode(std::string_view text, size_t i, size_t& len) {
  const auto b0 = static_cast<unsigned char>(text[i]);
  if (b0 < 0x80) {
    len = 1;
    return b0;
  }
  size_t n = 0;
  char32_t cp = 0;
  if ((b0 & 0xE0) == 0xC0) {
    n = 2;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    n = 3;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    n = 4;
    cp = b0 & 0x07;
  } else {
    len = 1;
    return kInvalid;
  }
  if (i + n > text.size()) {
    len = 1;
    return kInvalid;
  }
  for (size_t k = 1; k < n; ++k) {
    const auto b = static_cast<unsigned char>(text[i + k]);
    if ((b & 0xC0) != 0x80) {
      len = 1;
      return kInvalid;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  len = n;
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

bool is_apostrophe(char32_t cp) {
  switch (cp) {
    case U'\'': case U'`': case 0xB4: case 0x2018: case 0x2019: case 0x201B: case 0x2032:
    case 0x02B9: case 0x02BB: case 0x02BC: case 0x02BE: case 0x02BF:
      return true;
    default:
      return false;
  }
}

// Invisible characters that may sit inside a word (soft hyphen, zero-width).
bool is_ignorable(char32_t cp) {
  return cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

bool is_hyphen(char32_t cp) { return cp == U'-' || cp == 0x2010 || cp == 0x2011; }

// Punctuation that ends a phrase: an alias never spans it.
bool is_break(char32_t cp) {
  switch (cp) {
    case U'.': case U',': case U';': case U':': case U'!': case U'?': case U'(': case U')':
    case U'[': case U']': case U'{': case U'}': case U'"': case U'\n': case U'\r': case U'|':
    case 0xAB: case 0xBB: case 0x201C: case 0x201D: case 0x201E: case 0x2013: case 0x2014:
    case 0x2026:
      return true;
    default:
      return false;
  }
}

bool is_word(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9');
  }
  if (cp == kInvalid || is_apostrophe(cp)) return false;
  const auto c = static_cast<UChar32>(cp);
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

// Folded forms of U+0080..U+1FFF (Latin letters with diacritics lose them),
// built once from ICU's NFKD data; thread-safe as a function-local static.
class FoldTable {
 public:
  static constexpr char32_t kSize = 0x2000;
  FoldTable() : forms_(std::make_unique<std::array<std::string, kSize>>()) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
    for (char32_t cp = 0x80; cp < kSize; ++cp) (*forms_)[cp] = build(nfkd, cp);
  }
  [[nodiscard]] const std::string& operator[](char32_t cp) const { return (*forms_)[cp]; }

 private:
  static std::string build(const icu::Normalizer2* nfkd, char32_t cp) {
    const auto c = static_cast<UChar32>(cp);
    if ((U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) return "";  // combining mark: dropped
    switch (cp) {
      case 0xDF: return "ss";
      case 0xE6: case 0xC6: return "ae";
      case 0xF8: case 0xD8: return "o";
      case 0x111: case 0x110: case 0xF0: case 0xD0: return "d";
      case 0x142: case 0x141: return "l";
      case 0x131: return "i";
      case 0x153: case 0x152: return "oe";
      case 0xFE: case 0xDE: return "th";
      case 0x127: case 0x126: return "h";
      default: break;
    }
    std::string out;
    icu::UnicodeString decomposed;
    if (nfkd != nullptr && nfkd->getDecomposition(c, decomposed)) {
      bool latin = true;
      for (int32_t k = 0; k < decomposed.length(); ++k) {
        const UChar32 d = decomposed.char32At(k);
        if (d > 0xFFFF) ++k;
        if (d < 0x80 && ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') || (d >= '0' && d <= '9'))) {
          out += static_cast<char>(d >= 'A' && d <= 'Z' ? d + 32 : d);
        } else if ((U_GET_GC_MASK(d) & U_GC_M_MASK) == 0) {
          latin = false;
        }
      }
      if (latin && !out.empty()) return out;
      out.clear();
    }
    append_utf8(out, static_cast<char32_t>(u_tolower(c)));
    return out;
  }
  std::unique_ptr<std::array<std::string, kSize>> forms_;
};

const FoldTable& fold_table() {
  static const FoldTable table;
  return table;
}

void append_folded(std::string& key, char32_t cp) {
  if (cp < 0x80) {
    key += static_cast<char>(cp >= U'A' && cp <= U'Z' ? cp + 32 : cp);
  } else if (cp < FoldTable::kSize) {
    key += fold_table()[cp];
  } else {
    append_utf8(key, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  }
}

bool is_upper(char32_t cp) {
  if (cp < 0x80) return cp >= U'A' && cp <= U'Z';
  return u_isupper(static_cast<UChar32>(cp));
}
bool is_lower(char32_t cp) {
  if (cp < 0x80) return cp >= U'a' && cp <= U'z';
  return u_islower(static_cast<UChar32>(cp));
}

bool is_article_key(std::string_view key, bool next_hyphenated) {
  if (key.size() < 2 || key.size() > 3) return false;  // most words: no compares
  if (key == "al" || key == "el") return true;
  if (!next_hyphenated) return false;
  static constexpr std::string_view kHyphenArticles[] = {"ad", "ar", "as", "ash", "at", "az",
                                                         "an", "ud", "ul", "ed", "es", "ez"};
  for (auto a : kHyphenArticles) {
    if (key == a) return true;
  }
  return false;
}

}  // namespace

namespace {

using namespace ascii_words;  // byte classes and the word-run copy

// The code point at text[i] and its length, with an ASCII fast path.
inline char32_t next_cp(std::string_view text, size_t i, size_t& len) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  return decode(text, i, len);
}
inline bool word_cp(char32_t cp) { return cp < 0x80 ? (kAscii[cp] & kWordByte) != 0 : is_word(cp); }
inline bool apostrophe_cp(char32_t cp) { return cp < 0x80 ? (kAscii[cp] & kApostropheByte) != 0 : is_apostrophe(cp); }

}  // namespace

Tokens tokenize(std::string_view text, const KeyIndex* vocabulary) {
  Tokens result;
  std::vector<Token>& tokens = result.items_;
  tokens.reserve(text.size() / 6 + 1);
  // Keys go into one buffer that never moves, so the views stay valid. A
  // folded character is not longer than twice its UTF-8 bytes. Eight zero
  // bytes past the end let a vocabulary read any key eight bytes at a time.
  const size_t capacity = 2 * text.size() + 8;
  result.keys_ = std::make_unique<char[]>(capacity + 8);
  char* const keys = result.keys_.get();
  size_t used = 0;
  // What lies between the previous token and the next one.
  int gap_breaks = 0;
  bool gap_period_only = true;  // every break in the gap is a '.'
  int gap_cps = 0;
  bool gap_hyphen = false;
  std::string key;

  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    if (text[i] == ' ') {  // most gaps are one space: no class to look up
      ++gap_cps;
      ++i;
      continue;
    }
    size_t len = 0;
    const char32_t cp = next_cp(text, i, len);
    if (!word_cp(cp)) {
      ++gap_cps;
      if (cp < 0x80) {
        const uint8_t cls = kAscii[cp];
        if (cls & kHyphenByte) gap_hyphen = true;
        if (cls & kBreakByte) {
          ++gap_breaks;
          if (cp != U'.') gap_period_only = false;
        }
      } else {
        if (is_hyphen(cp)) gap_hyphen = true;
        if (is_break(cp)) {
          ++gap_breaks;
          gap_period_only = false;
        }
      }
      i += len;
      continue;
    }
    bool brk = tokens.empty() || gap_breaks > 0;
    const bool hyphen_before = gap_cps == 1 && gap_hyphen;
    if (!tokens.empty()) {
      Token& previous = tokens.back();
      if (gap_breaks == 1 && gap_period_only && previous.key.size() == 1) {
        brk = false;  // "U.S. military": initials do not end a phrase
      }
      // Whether the previous word is an article depends on this gap. Articles
      // are two or three bytes: most words are rejected by length alone.
      const size_t size = previous.key.size();
      if (size >= 2 && size <= 3 && !brk) previous.article = is_article_key(previous.key, hyphen_before);
    }
    Token& tok = tokens.emplace_back();  // filled in place
    tok.start = static_cast<uint32_t>(i);
    tok.capitalised = is_upper(cp);
    tok.numeric = cp < 0x80 && cp >= U'0' && cp <= U'9';
    const size_t key_start = used;
    LetterCase cases;
    bool possessive = false;
    size_t end = i;
    while (i < n) {
      const size_t run = copy_ascii_run(std::string_view(text.data() + i, n - i), keys + used, capacity - used, cases);
      if (run > 0) {  // the common case: ASCII letters and digits
        used += run;
        i += run;
        end = i;
        if (i >= n) break;
      }
      // An ASCII byte here is no letter or digit (the run took those): unless
      // it is an apostrophe ("Hay'at", "Assad's") the word ends. Most words
      // end so, at a space or punctuation.
      if (const auto b = static_cast<unsigned char>(text[i]);
          b < 0x80 && (kAscii[b] & kApostropheByte) == 0)
        break;
      const char32_t c = next_cp(text, i, len);
      if (word_cp(c)) {
        key.clear();
        append_folded(key, c);
        // Guard the "twice the bytes" bound rather than trust it.
        const size_t room = std::min(key.size(), capacity - used);
        std::memcpy(keys + used, key.data(), room);
        used += room;
        if (is_upper(c)) {
          cases.add_upper();
        } else if (is_lower(c)) {
          cases.add_lower();
        }
        i += len;
        end = i;
        continue;
      }
      if (c >= 0x80 && is_ignorable(c)) {
        i += len;
        continue;
      }
      if (apostrophe_cp(c) && i + len < n) {
        size_t len2 = 0;
        const char32_t after = next_cp(text, i + len, len2);
        if (word_cp(after)) {
          size_t len3 = 0;
          const bool s_ends = (after == U's' || after == U'S') &&
                              (i + len + len2 >= n || !word_cp(next_cp(text, i + len + len2, len3)));
          if (s_ends) {
            possessive = true;
            i += len + len2;  // the "'s" belongs to no token and breaks nothing
            break;
          }
          i += len;  // "Hay'at": the apostrophe joins
          continue;
        }
      }
      break;
    }
    tok.key = std::string_view(keys + key_start, used - key_start);
    if (vocabulary != nullptr) tok.id = vocabulary->find_padded(tok.key);
    tok.end = static_cast<uint32_t>(end);
    tok.possessive = possessive;
    tok.all_upper = cases.letters >= 2 && !cases.lower;
    tok.inner_upper = cases.inner_upper && !tok.all_upper;
    tok.hyphen_before = hyphen_before;
    tok.break_before = brk;
    gap_breaks = 0;
    gap_period_only = true;
    gap_cps = 0;
    gap_hyphen = false;
  }
  return result;
}

std::string fold_key(std::string_view text) {
  std::string out;
  for (const Token& t : tokenize(text)) {
    if (t.article) continue;
    if (!out.empty()) out += ' ';
    out += t.key;
  }
  return out;
}

}  // namespace sitrep::actors
