#include "recognize/places/place_tokens.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <iterator>

#include "core/alnum_run.h"

namespace sitrep::places {
namespace {

bool is_apostrophe(UChar32 c) {
  return c == '\'' || c == 0x2019 || c == 0x2018 || c == 0x02BF || c == 0x02BE || c == 0x02BB ||
         c == '`';
}

bool is_hyphen(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// ICU's character classes, answered inline for ASCII: news text is almost
// all ASCII, and the calls into ICU for every byte were most of the
// tokenizer's time. Same answers as ICU (ASCII has no titlecase letter).
bool is_alpha(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return u_isalpha(c);
}
bool is_alnum(UChar32 c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  return u_isalnum(c);
}
bool is_upper(UChar32 c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(c);
}
bool is_title(UChar32 c) { return c >= 0x80 && u_istitle(c); }

// The same three classes for every ASCII byte, in one table the tokenizer's
// loops read instead of decoding and testing byte by byte.
enum AsciiClass : uint8_t { kAlnum = 1, kAlpha = 2, kUpper = 4 };
constexpr std::array<uint8_t, 128> kAsciiClasses = [] {
  std::array<uint8_t, 128> classes{};
  for (int c = '0'; c <= '9'; ++c) classes[static_cast<size_t>(c)] = kAlnum;
  for (int c = 'a'; c <= 'z'; ++c) classes[static_cast<size_t>(c)] = kAlnum | kAlpha;
  for (int c = 'A'; c <= 'Z'; ++c) classes[static_cast<size_t>(c)] = kAlnum | kAlpha | kUpper;
  return classes;
}();

// What the tokenizer's main loop does with a byte, in one lookup: most
// bytes of news text are spaces or start a plain word.
enum ByteRole : uint8_t {
  kOtherByte,  // ASCII punctuation that changes nothing
  kSpaceByte,
  kNewlineByte,      // starts a line and a sentence
  kSentenceEndByte,  // . ! ?
  kClauseBreakByte,  // , ;  (a sentence does not start after them)
  kWordStartByte,    // an ASCII letter or digit
  kMultibyte,        // UTF-8: the general loop reads it
};
constexpr std::array<uint8_t, 256> kByteRoles = [] {
  std::array<uint8_t, 256> roles{};
  for (size_t c = 0; c < 256; ++c) {
    uint8_t& role = roles[c];
    if (c >= 0x80)
      role = kMultibyte;
    else if (kAsciiClasses[c] & kAlnum)
      role = kWordStartByte;
    else if (c == ' ')
      role = kSpaceByte;
    else if (c == '\n')
      role = kNewlineByte;
    else if (c == '.' || c == '!' || c == '?')
      role = kSentenceEndByte;
    else if (c == ',' || c == ';')
      role = kClauseBreakByte;
    else
      role = kOtherByte;
  }
  return roles;
}();

// What the byte after a plain word's ASCII letters and digits says, in one
// lookup: the word ends there, and may chain to a word after a space, or
// may go on (an apostrophe, backtick, hyphen or period: joins_nothing()
// decides), or it is a byte of UTF-8, left to the general loop.
// The two that need a closer look come last: `after >= kMayJoin` asks for
// either.
enum AfterPlainWord : uint8_t {
  kEndsWord,  // ASCII that cannot continue a word
  kSpaceAfter,
  kMayJoin,
  kUtf8After,
};
constexpr std::array<uint8_t, 256> kAfterPlainWord = [] {
  std::array<uint8_t, 256> after{};
  for (size_t c = 0; c < 256; ++c) {
    if (c >= 0x80)
      after[c] = kUtf8After;
    else if (c == ' ')
      after[c] = kSpaceAfter;
    else if (c == '\'' || c == '`' || c == '-' || c == '.')
      after[c] = kMayJoin;
    else
      after[c] = kEndsWord;  // a letter or digit never follows the run
  }
  return after;
}();

// An apostrophe, hyphen or period at `pos` (after letters or digits) with
// no letter after it ends the word, as the general loop would decide:
// "said.", "rebels' ", "pro- and".
bool joins_nothing(std::string_view text, size_t pos) {
  const auto mark = static_cast<unsigned char>(text[pos]);
  if (mark != '.' && mark != '\'' && mark != '`' && mark != '-') return false;  // UTF-8
  if (pos + 1 >= text.size()) return true;
  const auto next = static_cast<unsigned char>(text[pos + 1]);
  return next < 0x80 && !(kAsciiClasses[next] & kAlpha);
}

// Whether a plain word (ASCII letters and digits) is all caps: two letters
// or more, none lowercase. Asked only of a word that does not start with a
// lowercase letter; a capitalised word stops at its second letter.
bool plain_all_caps(std::string_view word) {
  uint32_t letters = 0;
  for (const char c : word) {
    const uint8_t classes = kAsciiClasses[static_cast<unsigned char>(c)];
    if ((classes & (kAlpha | kUpper)) == kAlpha) return false;
    letters += (classes & kUpper) ? 1 : 0;
  }
  return letters >= 2;
}

// Takes the plain word at `i` and those that follow it one space apart
// ("in the north of"), moving `i` past the last; false, with `i` at the
// first word it could not take, which the general loop then reads.
//
// A plain word is ASCII letters and digits ending at the text's end or at
// a byte that cannot continue a word. Its token needs none of the general
// loop's checks: it holds no hyphen (so no article prefix) and ASCII has no
// titlecase letter.
bool take_plain_words(std::string_view text, const AlnumBits& alnum, int32_t& i,
                      std::vector<Token>& out, std::vector<size_t>& capitals, bool& sentence_start,
                      bool& line_start) {
  auto start = static_cast<size_t>(i);
  // Only the first word taken can start a sentence or a line. Kept in
  // locals and written back once: stores through the references would
  // make the compiler reload the vectors' ends after each.
  bool starts_sentence = sentence_start;
  bool starts_line = line_start;
  for (;;) {
    const size_t end = alnum.run_end(start);
    const uint8_t after = end < text.size() ? kAfterPlainWord[static_cast<unsigned char>(text[end])]
                                            : static_cast<uint8_t>(kEndsWord);
    if (after >= kMayJoin && (after == kUtf8After || !joins_nothing(text, end))) {
      i = static_cast<int32_t>(start);  // the general loop takes this word
      sentence_start = starts_sentence;
      line_start = starts_line;
      return false;
    }
    Token& t = out.emplace_back();
    t.start = static_cast<uint32_t>(start);
    t.end = static_cast<uint32_t>(end);
    const auto first = static_cast<unsigned char>(text[start]);
    t.capitalised = (kAsciiClasses[first] & kUpper) != 0;
    if (t.capitalised) capitals.push_back(out.size() - 1);
    // Most words start with a lowercase letter: never all caps.
    t.all_caps = !(first >= 'a' && first <= 'z') && plain_all_caps(word_of(text, t));
    t.sentence_start = starts_sentence;
    t.line_start = starts_line;
    starts_sentence = starts_line = false;
    if (after == kSpaceAfter && end + 1 < text.size() &&
        kByteRoles[static_cast<unsigned char>(text[end + 1])] == kWordStartByte) {
      start = end + 1;
      continue;
    }
    i = static_cast<int32_t>(end);
    sentence_start = line_start = false;
    return true;
  }
}

// peek() past ASCII: out of line, so that the ASCII path, nearly every byte
// of news text, inlines into the tokenizer's loops.
[[gnu::noinline]] UChar32 peek_multibyte(std::string_view text, int32_t pos, int32_t* next) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  UChar32 c = 0;
  U8_NEXT(s, pos, n, c);
  if (next) *next = pos;
  return c;
}

// Reads the code point at `pos` without moving; -1 at the end or on a bad byte.
inline UChar32 peek(std::string_view text, int32_t pos, int32_t* next = nullptr) {
  if (pos >= static_cast<int32_t>(text.size())) return -1;
  const auto byte = static_cast<uint8_t>(text[static_cast<size_t>(pos)]);
  if (byte < 0x80) {  // ASCII: what U8_NEXT would read, without it
    if (next) *next = pos + 1;
    return byte;
  }
  return peek_multibyte(text, pos, next);
}

bool article_prefixed(std::string_view word) {
  // "al-Raqqa", "ez-Zor", "ash-Shaddadi": a lowercase article, a hyphen, a capital.
  const size_t hyphen = word.find('-');
  if (hyphen == std::string_view::npos || hyphen < 2 || hyphen > 3 || hyphen + 1 >= word.size()) {
    return false;
  }
  const std::string_view article = word.substr(0, hyphen);
  static constexpr std::string_view kArticles[] = {"al", "el", "ad", "an", "ar", "as", "ash", "at",
                                                   "az", "ed", "ez", "es", "en", "er", "et", "ul"};
  if (std::find(std::begin(kArticles), std::end(kArticles), article) == std::end(kArticles)) return false;
  const UChar32 c = peek(word, static_cast<int32_t>(hyphen + 1));
  return c >= 0 && is_upper(c);
}

// After a hyphen: a part without any capital ("-area", "-based", "-born")
// is a suffix on a name, not part of it; "-en-Provence" is part of it.
bool splits_after_hyphen(std::string_view text, int32_t pos) {
  const auto n = static_cast<int32_t>(text.size());
  while (pos < n) {
    int32_t next = pos;
    const UChar32 c = peek(text, pos, &next);
    if (c < 0) break;
    if (is_upper(c)) return false;
    if (!(is_alpha(c) || is_hyphen(c))) break;
    pos = next;
  }
  return true;
}

}  // namespace

std::vector<Token> tokenize_words(std::string_view text) {
  std::vector<size_t> capitals;
  return tokenize_words(text, capitals);
}

std::vector<Token> tokenize_words(std::string_view text, std::vector<size_t>& capitals) {
  std::vector<Token> out;
  out.reserve(text.size() / 5);  // news English: about one word per six bytes
  capitals.clear();
  capitals.reserve(text.size() / 25);  // and a fifth of them capitalised
  const auto n = static_cast<int32_t>(text.size());
  bool sentence_start = true;
  bool line_start = true;
  const AlnumBits alnum(text);
  for (int32_t i = 0; i < n;) {
    const auto first_byte = static_cast<unsigned char>(text[static_cast<size_t>(i)]);
    switch (kByteRoles[first_byte]) {
      case kSpaceByte:
      case kOtherByte:
        ++i;
        continue;
      case kNewlineByte:
        ++i;
        sentence_start = line_start = true;
        continue;
      case kSentenceEndByte:
        ++i;
        sentence_start = true;
        continue;
      case kClauseBreakByte:
        ++i;
        sentence_start = false;
        continue;
      case kWordStartByte:
        // Plain words, and the plain words after them one space apart:
        // most of a text, read without going back through this switch.
        if (take_plain_words(text, alnum, i, out, capitals, sentence_start, line_start)) continue;
        break;
      case kMultibyte:
        break;  // UTF-8, or a word the plain scan cannot take: the general loop
      default:
        // kByteRoles holds no other role. Said so that the switch needs no
        // range check, whose out-of-range edge GCC moved to a cold section:
        // each UTF-8 byte then jumped there and back, and callgrind counted
        // the rest of the tokenizer under a "[clone .cold]" recursion.
        __builtin_unreachable();
    }
    const int32_t start = i;
    int32_t next = i;
    const UChar32 c = peek(text, i, &next);
    i = next;
    if (c < 0) continue;
    if (c == '\n') {
      sentence_start = line_start = true;
      continue;
    }
    if (c == '.' || c == '!' || c == '?') {
      sentence_start = true;
      continue;
    }
    if (!is_alnum(c)) {
      if (c == ',' || c == ';') sentence_start = false;
      continue;
    }
    Token t;
    t.start = static_cast<uint32_t>(start);
    t.sentence_start = sentence_start;
    t.line_start = line_start;
    int letters = is_alpha(c) ? 1 : 0;
    int uppers = is_upper(c) ? 1 : 0;
    int segment = 1;  // letters since the last abbreviation period
    bool segment_upper = is_upper(c);
    int32_t end = i;
    while (end < n) {
      const auto byte = static_cast<unsigned char>(text[static_cast<size_t>(end)]);
      if (byte < 0x80 &&
          (kAsciiClasses[byte] & kAlnum)) {  // most letters: as below, without decoding
        letters += (kAsciiClasses[byte] & kAlpha) ? 1 : 0;
        uppers += (kAsciiClasses[byte] & kUpper) ? 1 : 0;
        ++segment;
        ++end;
        continue;
      }
      int32_t after = end;
      const UChar32 d = peek(text, end, &after);
      if (d >= 0 && is_alnum(d)) {
        letters += is_alpha(d) ? 1 : 0;
        uppers += is_upper(d) ? 1 : 0;
        ++segment;
        end = after;
        continue;
      }
      if (d < 0 || !(is_apostrophe(d) || is_hyphen(d) || d == '.')) break;
      int32_t after2 = after;
      const UChar32 e = peek(text, after, &after2);
      if (e < 0 || !is_alpha(e)) break;
      if (is_hyphen(d) && is_upper(c) && (splits_after_hyphen(text, after) || end - start == 1)) {
        break;  // "Gainesville-area", "D-Charleston": the name is a word of its own
      }
      if (is_apostrophe(d) && (e == 's' || e == 'S')) {
        const UChar32 f = peek(text, after2);
        if (f < 0 || !is_alpha(f)) break;  // possessive 's
      }
      if (d == '.') {
        if (segment > 2 || !segment_upper) break;  // "U.S", "W.Va" but not "end.Next"
        segment_upper = is_upper(e);
      }
      segment = 1;
      letters += 1;
      uppers += is_upper(e) ? 1 : 0;
      end = after2;
    }
    t.end = static_cast<uint32_t>(end);
    i = end;
    const std::string_view word = text.substr(t.start, t.end - t.start);
    t.capitalised = is_upper(c) || is_title(c) || article_prefixed(word);
    t.all_caps = letters >= 2 && uppers == letters;
    if (t.capitalised) capitals.push_back(out.size());
    out.push_back(t);
    sentence_start = false;
    line_start = false;
  }
  return out;
}

}  // namespace sitrep::places
