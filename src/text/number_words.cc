#include "text/number_words.h"

#include <algorithm>
#include <climits>
#include <iterator>
#include <vector>

#include "text/ascii.h"
#include "text/number_vocabulary.h"

namespace sitrep::detail {
namespace {

// "scores" is also a verb and a noun; it counts only before these words.
constexpr std::string_view kScoresFollowers[] = {"of",      "more",    "others", "were",
                                                 "dead",    "killed",  "injured", "wounded",
                                                 "died",    "have",    "had",    "are"};

bool is_multiplier(WordKind k) {
  return k == WordKind::kHundred || k == WordKind::kScale || k == WordKind::kDozen;
}

// True for digits grouped by three with `sep` after a 1-3 digit head
// ("2,000", "1.000.000"), or for plain digits.
bool grouped_by_three(std::string_view s, char sep) {
  const size_t first = std::min(s.find(sep), s.size());
  if (first == 0 || (first > 3 && first != s.size())) return false;
  for (size_t k = 0; k < first; ++k) {
    if (!ascii::is_digit(s[k])) return false;
  }
  for (size_t k = first; k < s.size(); k += 4) {
    if (s[k] != sep || k + 3 >= s.size()) return false;
    for (size_t d = k + 1; d <= k + 3; ++d) {
      if (!ascii::is_digit(s[d])) return false;
    }
  }
  return true;
}

// Reads "2,000", "2.5", "2,000.5", "1.000.000"; false for anything else
// ("1,2", "13:22"). The fraction keeps at most 9 digits.
bool parse_digits(std::string_view s, long& integer, long& frac, int& frac_digits) {
  integer = 0;
  frac = 0;
  frac_digits = 0;
  if (s.empty() || !ascii::is_digit(s.front()) || !ascii::is_digit(s.back())) return false;
  // Plain digits ("2016", "12"), most number tokens, in one pass; eighteen
  // digits cannot overflow, so the saturating steps below are not needed.
  if (s.size() <= 18) {
    long plain = 0;
    size_t k = 0;
    for (; k < s.size() && ascii::is_digit(s[k]); ++k) plain = plain * 10 + (s[k] - '0');
    if (k == s.size()) {
      integer = plain;
      return true;
    }
  }
  size_t dots = 0;
  for (char c : s) {
    if (c == '.') {
      ++dots;
    } else if (c != ',' && !ascii::is_digit(c)) {
      return false;
    }
  }
  std::string_view int_part = s;
  if (dots > 1) {
    if (!grouped_by_three(s, '.')) return false;  // "1.000.000"
  } else {
    const size_t dot = s.find('.');
    int_part = s.substr(0, dot);
    if (!grouped_by_three(int_part, ',')) return false;
    if (dot != std::string_view::npos) {
      for (char c : s.substr(dot + 1)) {
        if (c == ',') return false;
        if (frac_digits < 9) {
          frac = frac * 10 + (c - '0');
          ++frac_digits;
        }
      }
    }
  }
  for (char c : int_part) {
    if (ascii::is_digit(c)) integer = saturating_add(saturating_mul(integer, 10), c - '0');
  }
  return true;
}

class Parser {
 public:
  Parser(std::string_view text, const std::vector<Token>& tokens, const LowerTokens& lower)
      : text_(text), tokens_(tokens), lower_(lower) {}

  // `known_starter`: may_start_number(lower(i)) is known to be true.
  NumberParse at(size_t i, bool known_starter) {
    if (i >= tokens_.size() || tokens_[i].kind == TokenKind::kPunct) return {};
    const std::string_view w = lower(i);
    if (tokens_[i].kind == TokenKind::kNumber) return digits_phrase(i);
    if (!known_starter && !may_start_number(w)) return {};
    if (w == "no" && lower(i + 1) == "one") return exact(2, 0);
    if (w == "nobody" || w == "none") return exact(1, 0);
    if (w == "half" && lower(i + 1) == "a" && lower(i + 2) == "dozen") return exact(3, 6);
    if (w == "a" || w == "an") return article_phrase(i);
    const WordInfo info = word_info(w);
    if (info.kind == WordKind::kVague) return vague_phrase(i, info);
    if (info.kind == WordKind::kIndefinite) return indefinite_phrase(i, 1);
    if (may_have_hyphen(w) && (w.find('-') != std::string_view::npos || has_unicode_hyphen(i))) {
      return compound_phrase(i);
    }
    if (info.kind == WordKind::kUnit || info.kind == WordKind::kTen || info.kind == WordKind::kDozen) {
      return words_phrase(i, i, 0, 0, WordKind::kNone);
    }
    return {};
  }

 private:
  std::string_view lower(size_t i) const { return lower_[i]; }
  std::string_view raw(size_t i) const { return tokens_[i].span.of(text_); }

  // Cheap pre-test for the hyphen tests below: a '-' or the lead byte of
  // U+2010 / U+2011; most words have neither.
  static bool may_have_hyphen(std::string_view w) {
    for (char c : w) {
      if (c == '-' || c == '\xE2') return true;
    }
    return false;
  }

  bool has_unicode_hyphen(size_t i) const {
    const std::string_view r = raw(i);
    return r.find("\xE2\x80\x90") != std::string_view::npos ||
           r.find("\xE2\x80\x91") != std::string_view::npos;
  }

  static NumberParse exact(size_t tokens, long value) {
    NumberParse p;
    p.tokens = tokens;
    p.value = value;
    return p;
  }

  // Number words from tokens[j] on, continuing a value already read.
  // Token counts are relative to `origin`, the phrase's first token.
  NumberParse words_phrase(size_t origin, size_t j, long total, long current, WordKind last) {
    const size_t start = j;
    bool any = last != WordKind::kNone;
    while (j < tokens_.size() && tokens_[j].kind == TokenKind::kWord) {
      const std::string_view w = lower(j);
      if (w == "and" && any && (last == WordKind::kHundred || last == WordKind::kScale)) {
        const WordInfo next = word_info(lower(j + 1));
        if (next.kind != WordKind::kUnit && next.kind != WordKind::kTen) break;
        ++j;
        continue;
      }
      const WordInfo info = word_info(w);
      if (info.kind == WordKind::kUnit || info.kind == WordKind::kTen) {
        const bool joins = !any || last == WordKind::kHundred || last == WordKind::kScale ||
                           (last == WordKind::kTen && info.kind == WordKind::kUnit && info.value < 10 &&
                            current % 10 == 0);
        if (!joins) break;
        current += info.value;
      } else if (info.kind == WordKind::kHundred) {
        if (current >= 100) break;
        current = std::max(current, 1L) * 100;
      } else if (info.kind == WordKind::kScale) {
        total = saturating_add(total, saturating_mul(std::max(current, 1L), info.value));
        current = 0;
      } else if (info.kind == WordKind::kDozen) {
        current = saturating_mul(std::max(current, 1L), 12);
      } else {
        break;
      }
      any = true;
      last = info.kind;
      ++j;
    }
    if (j == start && last == WordKind::kNone) return {};
    NumberParse p;
    p.tokens = j - origin;
    p.value = saturating_add(total, current);
    return p;
  }

  NumberParse article_phrase(size_t i) {
    const std::string_view next = lower(i + 1);
    if (next == "few") return indefinite_phrase(i, 2);
    const WordInfo info = word_info(next);
    if (!is_multiplier(info.kind)) return {};
    return words_phrase(i, i + 1, 0, 0, WordKind::kNone);
  }

  NumberParse vague_phrase(size_t i, WordInfo info) {
    const std::string_view w = lower(i);
    const std::string_view next = lower(i + 1);
    if (w == "tens" && next != "of") return {};
    if (w == "scores" &&
        std::find(std::begin(kScoresFollowers), std::end(kScoresFollowers), next) ==
            std::end(kScoresFollowers)) {
      return {};
    }
    NumberParse p;
    p.tokens = 1;
    p.value = info.value;
    p.vague = true;
    if (next == "of") {  // "tens of thousands", "hundreds of thousands"
      const WordInfo after = word_info(lower(i + 2));
      if (after.kind == WordKind::kVague && after.value >= 100) {
        p.tokens = 3;
        p.value = saturating_mul(p.value, after.value);
      }
    }
    return p;
  }

  // "several", "numerous", "a few" (first_len tokens), maybe + a multiplier.
  NumberParse indefinite_phrase(size_t i, size_t first_len) {
    NumberParse p;
    p.vague = true;
    const WordInfo next = word_info(lower(i + first_len));
    if (is_multiplier(next.kind) || next.kind == WordKind::kVague) {
      p.tokens = first_len + 1;  // "several hundred": at least one hundred
      p.value = next.value;
      return p;
    }
    p.tokens = first_len;
    p.value = 3;
    p.indefinite = true;
    return p;
  }

  NumberParse digits_phrase(size_t i) {
    long integer = 0;
    long frac = 0;
    int frac_digits = 0;
    if (!parse_digits(raw(i), integer, frac, frac_digits)) return {};
    NumberParse p;
    p.from_digits = true;
    p.tokens = 1;
    long double scale = 1;
    size_t j = i + 1;
    while (j < tokens_.size()) {
      const WordInfo info = word_info(lower(j));
      if (!is_multiplier(info.kind)) break;
      scale *= static_cast<long double>(info.value);
      p.has_scale = true;
      ++j;
    }
    p.tokens = j - i;
    p.fraction = frac_digits > 0 && !p.has_scale;
    long double v = static_cast<long double>(integer);
    long double f = static_cast<long double>(frac);
    for (int k = 0; k < frac_digits; ++k) f /= 10;
    v = (v + f) * scale;
    p.value = v >= static_cast<long double>(LONG_MAX) ? LONG_MAX : static_cast<long>(v + 0.5L);
    if (!p.has_scale) p.value = integer;
    return p;
  }

  // Hyphen compounds: "twenty-one", "two-year-old", "6,000-strong", "72-hour".
  NumberParse compound_phrase(size_t i) {
    std::string_view parts[8];
    size_t n = 0;
    {
      std::string_view r = raw(i);
      while (!r.empty() && n < 8) {
        size_t cut = r.size();
        size_t skip = 0;
        for (size_t k = 0; k < r.size(); ++k) {
          if (r[k] == '-') {
            cut = k;
            skip = 1;
            break;
          }
          if (r.substr(k, 2) == "\xE2\x80" && k + 2 < r.size() &&
              (r[k + 2] == '\x90' || r[k + 2] == '\x91')) {
            cut = k;
            skip = 3;
            break;
          }
        }
        parts[n++] = r.substr(0, cut);
        r = cut < r.size() ? r.substr(cut + skip) : std::string_view{};
      }
    }
    long total = 0, current = 0;
    size_t k = 0;
    WordKind last = WordKind::kNone;
    if (n > 0 && !parts[0].empty() && ascii::is_digit(parts[0][0])) {
      long frac = 0;
      int frac_digits = 0;
      if (!parse_digits(parts[0], current, frac, frac_digits) || frac_digits > 0) return {};
      last = WordKind::kUnit;
      k = 1;
    }
    char buf[32];
    for (; k < n; ++k) {
      if (parts[k].size() >= sizeof buf) break;
      for (size_t c = 0; c < parts[k].size(); ++c) buf[c] = ascii::lower(parts[k][c]);
      const WordInfo info = word_info(std::string_view(buf, parts[k].size()));
      if (info.kind == WordKind::kUnit || info.kind == WordKind::kTen) {
        if (last == WordKind::kUnit || (last == WordKind::kTen && info.kind == WordKind::kTen)) break;
        current += info.value;
      } else if (info.kind == WordKind::kHundred) {
        current = std::max(current, 1L) * 100;
      } else if (info.kind == WordKind::kScale) {
        total = saturating_add(total, saturating_mul(std::max(current, 1L), info.value));
        current = 0;
      } else {
        break;
      }
      last = info.kind;
    }
    if (last == WordKind::kNone) return {};
    NumberParse p;
    p.value = saturating_add(total, current);
    p.from_digits = ascii::is_digit(parts[0].empty() ? 'x' : parts[0][0]);
    if (k == n) {  // pure number compound ("twenty-one"); more words may follow
      NumberParse rest = words_phrase(i, i + 1, total, current, last);
      rest.from_digits = p.from_digits;
      return rest;
    }
    p.tokens = 1;
    std::string_view suffix = raw(i).substr(static_cast<size_t>(parts[k].data() - raw(i).data()));
    if (ascii::iequals(suffix, "strong")) return p;
    static constexpr std::string_view kAges[] = {
        "year-old", "years-old", "year-olds", "month-old", "months-old",
        "week-old", "weeks-old", "day-old",   "days-old"};
    for (std::string_view a : kAges) {
      if (ascii::iequals(suffix, a)) {
        p.is_age = true;
        return p;
      }
    }
    p.adjective = true;
    return p;
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const LowerTokens& lower_;
};

}  // namespace

NumberParse parse_number_at(std::string_view text, const std::vector<Token>& tokens,
                            const LowerTokens& lower, size_t i) {
  return Parser(text, tokens, lower).at(i, false);
}

NumberParse parse_number_at_starter(std::string_view text, const std::vector<Token>& tokens,
                                    const LowerTokens& lower, size_t i) {
  return Parser(text, tokens, lower).at(i, true);
}

long saturating_add(long a, long b) {
  long r;
  return __builtin_add_overflow(a, b, &r) ? LONG_MAX : r;
}

long saturating_mul(long a, long b) {
  long r;
  return __builtin_mul_overflow(a, b, &r) ? LONG_MAX : r;
}

}  // namespace sitrep::detail
