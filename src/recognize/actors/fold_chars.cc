#include "recognize/actors/fold_chars.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>

namespace sitrep::actors::fold_chars {
namespace {

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

}  // namespace

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

bool is_apostrophe(char32_t cp) {
  switch (cp) {
    case U'\'': case U'`': case 0xB4: case 0x2018: case 0x2019: case 0x201B: case 0x2032:
    case 0x02B9: case 0x02BB: case 0x02BC: case 0x02BE: case 0x02BF:
      return true;
    default:
      return false;
  }
}

bool is_ignorable(char32_t cp) {
  return cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
}

bool is_hyphen(char32_t cp) { return cp == U'-' || cp == 0x2010 || cp == 0x2011; }

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

}  // namespace sitrep::actors::fold_chars
