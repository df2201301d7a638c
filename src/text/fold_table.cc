#include "text/fold_table.h"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep::detail {
namespace {

// Blocks with folding rules. Everything outside them is kept as is, which
// covers the non-Latin scripts the spec wants passed through unchanged.
constexpr char32_t kLowEnd = 0x3040;     // Latin, punctuation, spaces, ideographic space
constexpr char32_t kLigStart = 0xFB00;   // ﬁ ﬂ ﬃ ...
constexpr char32_t kLigEnd = 0xFB50;
constexpr char32_t kFormsStart = 0xFE00; // variation selectors, small/fullwidth forms, BOM
constexpr char32_t kFormsEnd = 0xFF70;

Fold replace(std::string_view with) {
  Fold f;
  f.keep = false;
  f.len = static_cast<uint8_t>(with.size());
  for (size_t i = 0; i < with.size() && i < sizeof f.out; ++i) f.out[i] = with[i];
  return f;
}

bool in(char32_t cp, char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; }

// Punctuation, spaces and invisibles, decided by hand because the spec fixes
// their output (Latin-ASCII would, e.g., keep « » as << >>).
std::optional<std::string_view> punctuation_rule(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x2035:
    case 0x2039: case 0x203A: case 0x00B4: case 0x02B9: case 0x02BB: case 0x02BC:
    case 0x02BD: case 0x02BE: case 0x02BF: case 0x02C8: case 0xFF07:
      return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x2036:
    case 0x00AB: case 0x00BB: case 0x02BA: case 0xFF02:
      return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015:
    case 0x2212: case 0x2043: case 0xFE58: case 0xFE63: case 0xFF0D: case 0x2E3A: case 0x2E3B:
      return "-";
    case 0x0085: case 0x00A0: case 0x1680: case 0x2028: case 0x2029: case 0x202F:
    case 0x205F: case 0x3000:
      return " ";
    case 0x2026:
      return "...";
    case 0x00AD: case 0x061C: case 0x180E: case 0xFEFF:
      return "";
    default:
      break;
  }
  if (in(cp, 0x2000, 0x200A)) return " ";
  if (in(cp, 0x200B, 0x200F) || in(cp, 0x202A, 0x202E) || in(cp, 0x2060, 0x2064) ||
      in(cp, 0x2066, 0x206F) || in(cp, 0xFE00, 0xFE0F)) {
    return "";  // zero-width, bidi controls, invisible operators, variation selectors
  }
  // Combining diacritics: after a Latin base they are accents to strip.
  if (in(cp, 0x0300, 0x036F) || in(cp, 0x1AB0, 0x1AFF) || in(cp, 0x1DC0, 0x1DFF) ||
      in(cp, 0x20D0, 0x20FF) || in(cp, 0xFE20, 0xFE2F)) {
    return "";
  }
  return std::nullopt;
}

class Builder {
 public:
  Builder() {
    UErrorCode status = U_ZERO_ERROR;
    latin_.reset(icu::Transliterator::createInstance("Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) latin_.reset();  // no ICU data: diacritics stay unfolded
  }

  Fold make(char32_t cp) {
    if (auto rule = punctuation_rule(cp)) return replace(*rule);
    if (in(cp, 0xFF01, 0xFF5E)) {  // fullwidth ASCII
      const char c = static_cast<char>(cp - 0xFEE0);
      return replace(std::string_view(&c, 1));
    }
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(static_cast<UChar32>(cp), &status);
    if (!latin_ || U_FAILURE(status) || script != USCRIPT_LATIN || !u_isalpha(static_cast<UChar32>(cp))) {
      return {};
    }
    icu::UnicodeString s(static_cast<UChar32>(cp));
    latin_->transliterate(s);
    std::string ascii;
    s.toUTF8String(ascii);
    if (ascii.empty() || ascii.size() > sizeof(Fold::out)) return {};
    for (char c : ascii) {
      if (static_cast<unsigned char>(c) >= 0x80) return {};  // not foldable to ASCII
    }
    return replace(ascii);
  }

 private:
  std::unique_ptr<icu::Transliterator> latin_;
};

struct Tables {
  std::array<Fold, kLowEnd> low;
  std::array<Fold, kLigEnd - kLigStart> ligatures;
  std::array<Fold, kFormsEnd - kFormsStart> forms;
};

std::unique_ptr<Tables> build() {
  auto t = std::make_unique<Tables>();
  Builder b;
  for (char32_t cp = 0x80; cp < kLowEnd; ++cp) t->low[cp] = b.make(cp);
  for (char32_t cp = kLigStart; cp < kLigEnd; ++cp) t->ligatures[cp - kLigStart] = b.make(cp);
  for (char32_t cp = kFormsStart; cp < kFormsEnd; ++cp) t->forms[cp - kFormsStart] = b.make(cp);
  return t;
}

const Tables& tables() {
  static const std::unique_ptr<Tables> t = build();
  return *t;
}

}  // namespace

const Fold& fold_for(char32_t cp) {
  static const Fold kKeep;
  const Tables& t = tables();
  if (cp < kLowEnd) return t.low[cp];
  if (cp >= kLigStart && cp < kLigEnd) return t.ligatures[cp - kLigStart];
  if (cp >= kFormsStart && cp < kFormsEnd) return t.forms[cp - kFormsStart];
  return kKeep;
}

}  // namespace sitrep::detail
