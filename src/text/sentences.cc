#include "text/sentences.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <iterator>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/byte_words.h"
#include "text/ascii.h"
#include "text/utf8.h"

namespace sitrep {
namespace {

enum class Abbrev { kNone, kTitle, kNumberPrefix, kOther };

// Never end a sentence: they precede a name.
constexpr std::string_view kTitles[] = {
    "Mr",   "Mrs",  "Ms",   "Mx",    "Dr",     "Prof", "Gen",  "Gens", "Lt",   "Col",  "Maj",
    "Capt", "Cpt",  "Sgt",  "Cpl",   "Pvt",    "Pfc",  "Spc",  "Adm",  "Brig", "Cmdr", "Cdr",
    "Gov",  "Sen",  "Sens", "Rep",   "Reps",   "Rev",  "Hon",  "Rt",   "Pres", "Supt", "Insp",
    "Lieut", "Messrs", "Mme", "Mlle", "Fr",   "Amb",  "Det",  "vs",   "Ens"};
// End a sentence unless a digit follows ("No. 5").
constexpr std::string_view kNumberPrefixes[] = {
    "No", "no", "Nos", "nos", "Art", "art", "Vol", "vol", "Fig",
    "fig", "Ch", "Sec", "sec", "Para", "p", "pp", "Tel", "Ref"};
// End a sentence only before a typical sentence opener.
constexpr std::string_view kOtherAbbrevs[] = {
    "Jan",  "Feb",  "Mar",  "Apr",  "Jun",  "Jul",  "Aug",  "Sep",  "Sept", "Oct",
    "Nov",  "Dec",  "Mon",  "Tue",  "Tues", "Wed",  "Thu",  "Thur", "Thurs", "Fri",
    "Sat",  "Sun",  "Jr",   "Sr",   "Inc",  "Ltd",  "Co",   "Corp", "Bros", "St",
    "Mt",   "Ft",   "Ave",  "Rd",   "approx", "est", "etc", "al",  "Dept"};
// Capitalised words that usually open a sentence rather than continue a name.
constexpr std::string_view kOpeners[] = {
    "The",      "A",         "An",       "He",        "She",       "It",       "They",
    "We",       "I",         "You",      "This",      "That",      "These",    "Those",
    "There",    "Here",      "His",      "Her",       "Its",       "Their",    "Our",
    "My",       "Your",      "In",       "On",        "At",        "As",       "By",
    "For",      "From",      "To",       "With",      "Without",   "But",      "And",
    "Or",       "So",        "Yet",      "If",        "When",      "While",    "Where",
    "Whether",  "After",     "Before",   "Since",     "During",    "Although", "Though",
    "Because",  "Despite",   "According", "However",  "Meanwhile", "Also",     "Earlier",
    "Later",    "Last",      "Now",      "Then",      "Some",      "Many",     "Most",
    "All",      "Both",      "Several",  "No",        "Other",     "Another",  "Such",
    "Each",     "Every",     "One",      "What",      "Who",       "Why",      "How",
    "Which",    "Nobody",    "Nothing",  "Only",      "Still",     "Instead",  "Moreover",
    "Thus",     "Therefore", "Separately", "Elsewhere", "Following", "Until",  "Over",
    "Under"};

template <size_t N>
bool contains(const std::string_view (&list)[N], std::string_view w) {
  return std::find(std::begin(list), std::end(list), w) != std::end(list);
}

bool is_dotted_acronym(std::string_view w) {  // "U.S", "a.m", "e.g" (final dot excluded)
  if (w.size() < 3 || w.size() % 2 == 0) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    if (i % 2 == 0 ? !ascii::is_alpha(w[i]) : w[i] != '.') return false;
  }
  return true;
}

// Classifies the word that ends at the '.' at text[dot].
Abbrev abbreviation_before(std::string_view text, size_t line_start, size_t dot) {
  size_t b = dot;
  while (b > line_start && (ascii::is_alpha(text[b - 1]) || text[b - 1] == '.')) --b;
  while (b < dot && text[b] == '.') ++b;
  const std::string_view w = text.substr(b, dot - b);
  if (w.empty()) return Abbrev::kNone;
  if (b > line_start) {
    const auto before = static_cast<unsigned char>(text[b - 1]);
    if (ascii::is_digit(static_cast<char>(before)) || before >= 0x80) return Abbrev::kNone;
  }
  if (w.find('.') != std::string_view::npos) {
    return is_dotted_acronym(w) ? Abbrev::kOther : Abbrev::kNone;
  }
  if (contains(kTitles, w)) return Abbrev::kTitle;
  if (contains(kNumberPrefixes, w)) return Abbrev::kNumberPrefix;
  if (w.size() == 1 || contains(kOtherAbbrevs, w)) return Abbrev::kOther;
  return Abbrev::kNone;
}

bool is_terminal_at(std::string_view text, size_t i, size_t end, size_t& len) {
  const char c = text[i];
  if (c == '.' || c == '!' || c == '?') {
    len = 1;
    return true;
  }
  if (c == '\xE2' && i + 2 < end && text[i + 1] == '\x80' && text[i + 2] == '\xA6') {
    len = 3;  // …
    return true;
  }
  return false;
}

inline bool may_start_terminal(char c) { return c == '.' || c == '!' || c == '?' || c == '\xE2'; }

// The first position in [i, end) whose byte may_start_terminal(), or end.
// Prose has such a byte every few dozen bytes, so whole blocks are passed
// over at once: sixteen bytes with SSE2 (four byte compares and a mask per
// block, whose lowest set bit is the answer), else eight with word tricks and
// the byte loop then finds it; the byte loop also covers the last few bytes.
size_t next_terminal_candidate(std::string_view text, size_t i, size_t end) {
#if defined(__SSE2__)
  const __m128i dot = _mm_set1_epi8('.');
  const __m128i bang = _mm_set1_epi8('!');
  const __m128i question = _mm_set1_epi8('?');
  const __m128i lead = _mm_set1_epi8(static_cast<char>(0xE2));
  for (; i + 16 <= end; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i hits =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, dot), _mm_cmpeq_epi8(x, bang)),
                     _mm_or_si128(_mm_cmpeq_epi8(x, question), _mm_cmpeq_epi8(x, lead)));
    // The first hit's offset in the block: no byte loop over the bytes
    // before it.
    if (const int mask = _mm_movemask_epi8(hits); mask != 0) return i + __builtin_ctz(mask);
  }
#else
  using namespace byte_words;
  for (; i + 8 <= end; i += 8) {
    const uint64_t x = load(text.data() + i);
    if (any_equal(x, '.') | any_equal(x, '!') | any_equal(x, '?') | any_equal(x, 0xE2)) break;
  }
#endif
  while (i < end && !may_start_terminal(text[i])) ++i;
  return i;
}

size_t closing_at(std::string_view text, size_t i, size_t end) {
  const char c = text[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') return 1;
  if (i + 1 < end && c == '\xC2' && text[i + 1] == '\xBB') return 2;  // »
  if (i + 2 < end && c == '\xE2' && text[i + 1] == '\x80' &&
      (text[i + 2] == '\x99' || text[i + 2] == '\x9D' || text[i + 2] == '\xBA')) {
    return 3;  // ’ ” ›
  }
  return 0;
}

// Whether the character at text[i] carries the sentence on ("and", ", ").
bool continues_sentence(std::string_view text, size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) {
    return ascii::is_lower(static_cast<char>(c)) || c == ',' || c == ';' || c == ':' ||
           c == ')' || c == ']' || c == '}' || c == '%';
  }
  const utf8::Decoded d = utf8::decode(text, i);
  return d.cp != utf8::kInvalid && u_islower(static_cast<UChar32>(d.cp));
}

// The word starting at text[i], after an optional opening quote.
std::string_view next_word(std::string_view text, size_t i, size_t end) {
  if (i < end && (text[i] == '"' || text[i] == '\'')) ++i;
  if (i + 2 < end && text[i] == '\xE2' && text[i + 1] == '\x80' &&
      (text[i + 2] == '\x9C' || text[i + 2] == '\x98')) {
    i += 3;  // “ ‘
  }
  size_t j = i;
  while (j < end && ascii::is_alpha(text[j])) ++j;
  return text.substr(i, j - i);
}

class Splitter {
 public:
  Splitter(std::string_view text, std::vector<Span>& out) : text_(text), out_(out) {}

  void line(size_t ls, size_t le) {
    size_t start = ls;
    size_t i = ls;
    while (i < le) {
      // Most bytes cannot start a terminal ('.', '!', '?', or the lead byte
      // of '…'): pass over them without the full test.
      i = next_terminal_candidate(text_, i, le);
      if (i >= le) break;
      size_t tlen = 0;
      if (!is_terminal_at(text_, i, le, tlen)) {
        ++i;
        continue;
      }
      const size_t run_start = i;
      i += tlen;
      while (i < le && is_terminal_at(text_, i, le, tlen)) i += tlen;
      const bool single_dot = i - run_start == 1 && text_[run_start] == '.';
      if (single_dot && glued_boundary(ls, run_start, le)) {
        emit(start, i);
        start = i;
        continue;
      }
      size_t k = i;
      while (k < le) {
        const size_t c = closing_at(text_, k, le);
        if (c == 0) break;
        k += c;
      }
      const size_t space = k < le ? utf8::space_at(text_, k) : 0;
      if (space == 0) {
        i = std::max(i, k);
        continue;  // "2.5", "Lt.-Gen.", line end (handled by the line split)
      }
      size_t m = k;
      while (m < le) {
        const size_t s = utf8::space_at(text_, m);
        if (s == 0) break;
        m += s;
      }
      if (m >= le) {
        i = m;
        continue;
      }
      if (ends_here(ls, run_start, single_dot && k == i, m, le)) {
        emit(start, k);
        start = m;
      }
      i = m;
    }
    emit(start, le);
  }

 private:
  bool ends_here(size_t ls, size_t dot, bool check_abbrev, size_t next, size_t le) const {
    if (continues_sentence(text_, next)) return false;
    if (!check_abbrev) return true;
    switch (abbreviation_before(text_, ls, dot)) {
      case Abbrev::kNone:
        return true;
      case Abbrev::kTitle:
        return false;
      case Abbrev::kNumberPrefix:
        return !ascii::is_digit(text_[next]);
      case Abbrev::kOther:
        return contains(kOpeners, next_word(text_, next, le));
    }
    return true;
  }

  // "...Media Cell.Medical sources": a period with the space missing.
  bool glued_boundary(size_t ls, size_t dot, size_t le) const {
    // The glued word must look like a real word ("Medical"), not a domain
    // suffix ("example.Com").
    if (dot + 4 >= le || !ascii::is_upper(text_[dot + 1]) || !ascii::is_lower(text_[dot + 2]) ||
        !ascii::is_lower(text_[dot + 3]) || !ascii::is_lower(text_[dot + 4])) {
      return false;
    }
    size_t b = dot;
    while (b > ls && ascii::is_alpha(text_[b - 1])) --b;
    if (dot - b < 3 || !ascii::is_lower(text_[dot - 1])) return false;
    if (b > ls) {
      const char before = text_[b - 1];
      if (before == '.' || before == '/' || before == '@' || ascii::is_digit(before)) return false;
    }
    return true;
  }

  void emit(size_t s, size_t e) {
    while (s < e) {
      const size_t n = utf8::space_at(text_, s);
      if (n == 0) break;
      s += n;
    }
    while (e > s) {
      const size_t n = utf8::space_before(text_, e);
      if (n == 0) break;
      e -= n;
    }
    if (e > s) out_.push_back({static_cast<uint32_t>(s), static_cast<uint32_t>(e)});
  }

  std::string_view text_;
  std::vector<Span>& out_;
};

}  // namespace

namespace {

struct Line {
  size_t start = 0;
  size_t end = 0;             // excludes the '\n'
  bool blank = true;
  bool terminated = false;    // last visible character closes a sentence
  bool starts_lower = false;  // first visible character is a lowercase letter
};

Line describe_line(std::string_view text, size_t ls, size_t le) {
  Line l{ls, le};
  size_t s = ls;
  while (s < le && utf8::space_at(text, s) > 0) s += utf8::space_at(text, s);
  size_t e = le;
  while (e > s && utf8::space_before(text, e) > 0) e -= utf8::space_before(text, e);
  if (s >= e) return l;
  l.blank = false;
  const auto first = static_cast<unsigned char>(text[s]);
  if (first < 0x80) {
    l.starts_lower = ascii::is_lower(static_cast<char>(first));
  } else {
    const utf8::Decoded d = utf8::decode(text, s);
    l.starts_lower = d.cp != utf8::kInvalid && u_islower(static_cast<UChar32>(d.cp));
  }
  const size_t last = utf8::previous_start(text, e);
  const char c = text[last];
  size_t len = 0;
  l.terminated = c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '"' ||
                 c == ')' || c == ']' || c == '\'' || closing_at(text, last, e) > 0 ||
                 is_terminal_at(text, last, e, len);
  return l;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text) {
  std::vector<Line> lines;
  for (size_t ls = 0; ls <= text.size();) {
    size_t le = text.find('\n', ls);
    if (le == std::string_view::npos) le = text.size();
    lines.push_back(describe_line(text, ls, le));
    ls = le + 1;
  }
  // A line that stops mid-sentence continues on the next one when that
  // starts in lowercase ("a gang attacked\nand killed"). When a text is
  // hard-wrapped throughout, it continues even before a capital
  // ("a National\nPolice Reservist").
  size_t single_breaks = 0, lower_continuations = 0;
  for (size_t k = 0; k + 1 < lines.size(); ++k) {
    if (lines[k].blank || lines[k + 1].blank) continue;
    ++single_breaks;
    lower_continuations += !lines[k].terminated && lines[k + 1].starts_lower;
  }
  const bool hard_wrapped = lower_continuations >= 3 && lower_continuations * 4 >= single_breaks;

  std::vector<Span> out;
  out.reserve(text.size() / 100 + 1);
  Splitter splitter(text, out);
  size_t block_start = 0;
  for (size_t k = 0; k < lines.size(); ++k) {
    const bool joins = k + 1 < lines.size() && !lines[k].blank && !lines[k + 1].blank &&
                       !lines[k].terminated && (lines[k + 1].starts_lower || hard_wrapped);
    if (joins) continue;
    splitter.line(lines[block_start].start, lines[k].end);
    block_start = k + 1;
  }
  return out;
}

}  // namespace sitrep
