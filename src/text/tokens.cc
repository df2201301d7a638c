#include "text/tokens.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>

#include "core/alnum_run.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

enum class Cls : uint8_t { kSpace, kLetter, kDigit, kHyphen, kApostrophe, kOther };

struct CharInfo {
  Cls cls = Cls::kOther;
  uint32_t len = 1;
};

constexpr std::array<Cls, 128> kAsciiClass = [] {
  std::array<Cls, 128> t{};
  for (int c = 0; c < 128; ++c) {
    Cls k = Cls::kOther;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k = Cls::kLetter;
    else if (c >= '0' && c <= '9') k = Cls::kDigit;
    else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') k = Cls::kSpace;
    else if (c == '-') k = Cls::kHyphen;
    else if (c == '\'') k = Cls::kApostrophe;
    t[static_cast<size_t>(c)] = k;
  }
  return t;
}();

// Per byte: 1 for an ASCII letter, 2 for an ASCII digit, 0 for any other
// byte (punctuation, space, UTF-8). The word scanner's inner loop runs on
// this alone, one table read per byte.
constexpr std::array<uint8_t, 256> kAsciiWordByte = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    if (kAsciiClass[static_cast<size_t>(c)] == Cls::kLetter) t[static_cast<size_t>(c)] = 1;
    if (kAsciiClass[static_cast<size_t>(c)] == Cls::kDigit) t[static_cast<size_t>(c)] = 2;
  }
  return t;
}();

// Per byte, whether it ends a word that starts with an ASCII letter and has
// only ASCII letters and digits before it (the tokenizer's plain word): space
// and ASCII punctuation end it at once; ',' '.' ':' only after a letter (they
// join digits) and not after a single letter ('.' makes "U.S."); hyphens,
// apostrophes and UTF-8 may join, so word() decides.
enum PlainWordEnd : uint8_t { kMayJoin = 0, kEndsWord = 1, kEndsWordAfterLetters = 2 };
constexpr std::array<uint8_t, 256> kPlainWordEnd = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 0; c < 128; ++c) {
    const Cls k = kAsciiClass[static_cast<size_t>(c)];
    if (c == ',' || c == '.' || c == ':') {
      t[static_cast<size_t>(c)] = kEndsWordAfterLetters;
    } else if (k == Cls::kSpace || k == Cls::kOther) {
      t[static_cast<size_t>(c)] = kEndsWord;
    }
  }
  return t;
}();

// Class of the character at s[i]; i < end <= s.size(). A multi-byte
// character cut by `end` counts as invalid bytes.
CharInfo classify_non_ascii(std::string_view s, size_t i, size_t end);

inline CharInfo classify(std::string_view s, size_t i, size_t end) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return {kAsciiClass[c], 1};
  return classify_non_ascii(s, i, end);
}

[[gnu::noinline]] CharInfo classify_non_ascii(std::string_view s, size_t i, size_t end) {
  const utf8::Decoded d = utf8::decode(s.substr(0, end), i);
  if (d.cp == utf8::kInvalid) return {Cls::kOther, 1};
  const char32_t cp = d.cp;
  if (utf8::is_unicode_space(cp)) return {Cls::kSpace, d.len};
  if (cp == 0x2010 || cp == 0x2011) return {Cls::kHyphen, d.len};
  if (cp == 0x2019) return {Cls::kApostrophe, d.len};
  if (cp == 0x200C || cp == 0x200D) return {Cls::kLetter, d.len};  // joiners inside words
  if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
      (cp >= 0x2066 && cp <= 0x2069) || cp == 0x00AD) {
    return {Cls::kSpace, d.len};  // invisible: separate like space
  }
  const auto u = static_cast<UChar32>(cp);
  if (u_isdigit(u)) return {Cls::kDigit, d.len};
  const int8_t type = u_charType(u);
  if (u_isalpha(u) || type == U_NON_SPACING_MARK || type == U_COMBINING_SPACING_MARK ||
      type == U_ENCLOSING_MARK) {
    return {Cls::kLetter, d.len};
  }
  return {Cls::kOther, d.len};
}

bool is_alnum(Cls c) { return c == Cls::kLetter || c == Cls::kDigit; }

class Tokenizer {
 public:
  Tokenizer(std::string_view text, size_t end, std::vector<Token>& out)
      : text_(text), end_(end), out_(out) {}

  void run(size_t i) {
    // Read through locals: emit()'s stores would otherwise make the
    // compiler reload the members for every token.
    const char* p = text_.data();
    const size_t end = end_;
    while (i < end) {
      // Most tokens are plain words: a run of ASCII letters and digits that
      // a space, the end or punctuation joining nothing ends ("said",
      // "Kabul." "(Reuters)", "2016", the rarer "5th"). Such a word is
      // emitted here, from one alnum-run step, without word()'s state for
      // joins and numbers; one starting with a digit is a number unless a
      // letter follows.
      const uint8_t first_byte = kAsciiWordByte[static_cast<unsigned char>(p[i])];
      if (first_byte != 0) {
        const size_t run_end = end_of_alnum_run(p, i + 1, end);
        const bool space_after = run_end < end && p[run_end] == ' ';
        if (space_after || run_end == end || ends_plain_word(i, run_end)) {
          const bool number = first_byte == 2 && !has_ascii_letter(i + 1, run_end);
          emit(i, run_end, number ? TokenKind::kNumber : TokenKind::kWord, false);
          i = run_end + space_after;  // past the space, which ends the word
          continue;
        }
        i = word(i, first_byte == 1 ? Cls::kLetter : Cls::kDigit, run_end);
        continue;
      }
      const CharInfo ci = classify(text_, i, end_);
      if (ci.cls == Cls::kSpace) {
        i += ci.len;
      } else if (is_alnum(ci.cls)) {
        i = word(i, ci.cls, i);
      } else if (ci.cls == Cls::kApostrophe && possessive_at(i)) {
        const size_t e = i + ci.len + 1;
        emit(i, e, TokenKind::kWord, ci.len > 1);
        i = e;
      } else {
        emit(i, i + ci.len, TokenKind::kPunct, is_high(text_[i]));
        i += ci.len;
      }
    }
  }

 private:
  // Whether the plain word text_[start, run_end) ends at run_end < end_.
  bool ends_plain_word(size_t start, size_t run_end) const {
    const char* p = text_.data();
    const uint8_t end = kPlainWordEnd[static_cast<unsigned char>(p[run_end])];
    return end == kEndsWord || (end == kEndsWordAfterLetters && run_end - start > 1 &&
                                kAsciiWordByte[static_cast<unsigned char>(p[run_end - 1])] == 1);
  }

  // Whether text_[start, end) holds an ASCII letter.
  bool has_ascii_letter(size_t start, size_t end) const {
    for (size_t j = start; j < end; ++j) {
      if (kAsciiWordByte[static_cast<unsigned char>(text_[j])] == 1) return true;
    }
    return false;
  }

  static bool is_high(char c) { return static_cast<unsigned char>(c) >= 0x80; }
  Cls cls_at(size_t i) const { return i < end_ ? classify(text_, i, end_).cls : Cls::kSpace; }
  char byte_at(size_t i) const { return i < end_ ? text_[i] : '\0'; }

  // "'s" / "’s" followed by a non-letter: the possessive suffix.
  bool possessive_at(size_t i) const {
    const size_t len = classify(text_, i, end_).len;
    const char s = byte_at(i + len);
    return (s == 's' || s == 'S') && !is_alnum(cls_at(i + len + 1));
  }

  // Scans a word or number starting at i, whose first character is of class
  // `first`; returns its end, or one past it when a space follows.
  // `first_run_end` is end_of_alnum_run(i), which the caller has taken.
  size_t word(size_t i, Cls first, size_t first_run_end) {
    const size_t start = i;
    const bool starts_with_digit = first == Cls::kDigit;
    // Whether a letter was seen, as far as the token's kind needs it: a token
    // that starts with anything but a digit is a word whatever follows.
    bool has_letter = !starts_with_digit;
    // Bytes past 0x80, the first included, are read only through
    // classify() below (the fast path takes ASCII letters and digits alone).
    bool non_ascii = false;
    Cls prev = Cls::kOther;
    const char* p = text_.data();
    const size_t e = end_;
    while (i < e) {
      // Fast path: a run of ASCII letters and digits, kept in registers.
      const size_t k = i == start ? first_run_end : end_of_alnum_run(p, i, e);
      if (k > i) {
        // Only a token that starts with a digit may lack a letter; the
        // bytes are looked at again only for those (short) tokens.
        has_letter = has_letter || has_ascii_letter(i, k);
        i = k;
        if (i >= e) break;
        if (p[i] == ' ') break;  // the usual end of a word
        prev = kAsciiClass[static_cast<unsigned char>(p[i - 1])];
      }
      const CharInfo ci = classify(text_, i, end_);
      if (is_alnum(ci.cls)) {
        has_letter |= ci.cls == Cls::kLetter;
        non_ascii |= is_high(text_[i]);
        prev = ci.cls;
        i += ci.len;
        continue;
      }
      if (ci.cls == Cls::kSpace) break;  // the usual end of a word; a space joins nothing
      const Cls next = cls_at(i + ci.len);
      const char b = text_[i];
      if (prev == Cls::kDigit && next == Cls::kDigit && (b == ',' || b == '.' || b == ':')) {
        i += 1;
        continue;
      }
      if (ci.cls == Cls::kHyphen &&
          (next == Cls::kLetter || (prev == Cls::kLetter && next == Cls::kDigit))) {
        non_ascii |= is_high(text_[i]);
        i += ci.len;
        continue;
      }
      if (ci.cls == Cls::kApostrophe && next == Cls::kLetter && prev == Cls::kLetter &&
          !possessive_at(i)) {
        non_ascii |= is_high(text_[i]);
        i += ci.len;
        continue;
      }
      break;
    }
    // Dotted acronym: single letters each followed by '.', at least two.
    if (i - start == 1 && !starts_with_digit && byte_at(i) == '.') {
      size_t j = i;
      int letters = 1;
      while (byte_at(j) == '.' && cls_at(j + 1) == Cls::kLetter &&
             static_cast<unsigned char>(byte_at(j + 1)) < 0x80 &&
             byte_at(j + 2) == '.' && !is_alnum(cls_at(j + 3))) {
        j += 2;
        ++letters;
      }
      if (letters >= 2) i = j + 1;
    }
    emit(start, i, starts_with_digit && !has_letter ? TokenKind::kNumber : TokenKind::kWord,
         non_ascii);
    // The space that usually follows is skipped here rather than by
    // another turn of run().
    return i < end_ && text_[i] == ' ' ? i + 1 : i;
  }

  void emit(size_t s, size_t e, TokenKind kind, bool non_ascii) {
    out_.push_back({Span{static_cast<uint32_t>(s), static_cast<uint32_t>(e)}, kind, non_ascii});
  }

  std::string_view text_;
  size_t end_;
  std::vector<Token>& out_;
};

}  // namespace

void tokenize_into(std::string_view text, Span within, std::vector<Token>& out) {
  const size_t end = std::min<size_t>(within.end, text.size());
  const size_t start = std::min<size_t>(within.start, end);
  Tokenizer(text, end, out).run(start);
}

std::vector<Token> tokenize(std::string_view text, Span within) {
  std::vector<Token> out;
  out.reserve(std::min<size_t>(within.size(), text.size()) / 5 + 4);
  tokenize_into(text, within, out);
  return out;
}

}  // namespace sitrep
