#include "text/numbers.h"

#include <algorithm>
#include <iterator>

#include "text/ascii.h"
#include "text/calendar_words.h"
#include "text/number_words.h"
#include "text/word_set.h"

namespace sitrep {
namespace {

using detail::NumberParse;

struct Qualifier {
  std::string_view words[3];
  size_t n;
  Bound bound;
};

// Longer phrases first, so "no more than" wins over "more than".
constexpr Qualifier kQualifiers[] = {
    {{"no", "fewer", "than"}, 3, Bound::kAtLeast}, {{"no", "less", "than"}, 3, Bound::kAtLeast},
    {{"not", "less", "than"}, 3, Bound::kAtLeast}, {{"not", "fewer", "than"}, 3, Bound::kAtLeast},
    {{"a", "minimum", "of"}, 3, Bound::kAtLeast},  {{"no", "more", "than"}, 3, Bound::kAtMost},
    {{"in", "excess", "of"}, 3, Bound::kMoreThan}, {{"as", "many", "as"}, 3, Bound::kAtMost},
    {{"at", "least"}, 2, Bound::kAtLeast},         {{"more", "than"}, 2, Bound::kMoreThan},
    {{"upwards", "of"}, 2, Bound::kMoreThan},      {{"greater", "than"}, 2, Bound::kMoreThan},
    {{"at", "most"}, 2, Bound::kAtMost},           {{"up", "to"}, 2, Bound::kAtMost},
    {{"less", "than"}, 2, Bound::kAtMost},         {{"fewer", "than"}, 2, Bound::kAtMost},
    {{"close", "to"}, 2, Bound::kAbout},           {{"an", "estimated"}, 2, Bound::kAbout},
    {{"over"}, 1, Bound::kMoreThan},               {{"above"}, 1, Bound::kMoreThan},
    {{"under"}, 1, Bound::kAtMost},                {{"nearly"}, 1, Bound::kAbout},
    {{"almost"}, 1, Bound::kAbout},                {{"about"}, 1, Bound::kAbout},
    {{"around"}, 1, Bound::kAbout},                {{"approximately"}, 1, Bound::kAbout},
    {{"roughly"}, 1, Bound::kAbout},               {{"some"}, 1, Bound::kAbout},
    {{"estimated"}, 1, Bound::kAbout},             {{"circa"}, 1, Bound::kAbout}};

constexpr std::string_view kTimeWords[] = {"a.m.", "p.m.", "am", "pm", "gmt", "utc", "hrs", "o'clock", "bst", "est", "cet"};
constexpr std::string_view kMoneyWords[] = {"percent", "pct", "dollars", "dollar", "euros", "euro",
                                            "pounds", "usd", "eur", "gbp", "yuan", "rupees",
                                            "naira", "rubles", "roubles", "cents"};
constexpr std::string_view kLabelWords[] = {"no", "nos", "number", "resolution", "article", "route",
                                            "highway", "flight", "room", "page", "chapter",
                                            "section", "platform", "gate", "channel"};
constexpr std::string_view kOneDeterminers[] = {"the", "any", "every", "each", "which", "this", "that"};
constexpr std::string_view kModals[] = {"can", "cannot", "could", "should", "would", "must", "might", "will"};

class Finder {
 public:
  Finder(std::string_view text, const std::vector<Token>& tokens, const detail::LowerTokens& lower,
         const TokenStarts& starts)
      : text_(text), toks_(tokens), low_(lower), starts_(starts) {}

  void run(std::vector<Quantity>& out) {
    // Punctuation never may start a number (TokenStarts says no for it).
    const size_t count = toks_.size();
    size_t i = starts_.next_number_start(0);
    while (i < count) {
      const NumberParse p = detail::parse_number_at_starter(text_, toks_, low_, i);
      i = starts_.next_number_start(p.tokens == 0 ? i + 1 : take(i, p, out));
    }
  }

 private:
  std::string_view lower(size_t i) const { return low_[i]; }
  std::string_view raw(size_t i) const { return i < toks_.size() ? toks_[i].span.of(text_) : std::string_view{}; }
  bool adjacent(size_t a, size_t b) const {
    return b < toks_.size() && toks_[a].span.end == toks_[b].span.start;
  }
  bool is_number(size_t i) const { return i < toks_.size() && toks_[i].kind == TokenKind::kNumber; }
  bool is_dash(size_t i) const {
    const std::string_view r = raw(i);
    return r == "-" || r == "\xE2\x80\x93" || r == "\xE2\x80\x94" || r == "\xE2\x80\x90" || r == "\xE2\x80\x91";
  }
  bool is_month(size_t i) const {
    const std::string_view r = raw(i);
    return !r.empty() && ascii::is_upper(r[0]) && detail::month_word_lower(lower(i)).value > 0;
  }

  // The qualifier ending right before tokens[i]: its first token, or i.
  size_t qualifier_before(size_t i, Bound& bound) {
    // Most numbers follow no qualifier: the word before them ends none.
    static const detail::WordSet last_words = [] {
      std::vector<std::string_view> words;
      for (const Qualifier& q : kQualifiers) words.push_back(q.words[q.n - 1]);
      return detail::WordSet(words);
    }();
    if (i <= free_from_ || toks_[i - 1].kind != TokenKind::kWord ||
        !last_words.contains(lower(i - 1))) {
      return i;
    }
    for (const Qualifier& q : kQualifiers) {
      if (i - free_from_ < q.n) continue;  // would reach into the quantity before
      bool match = true;
      for (size_t k = 0; k < q.n && match; ++k) {
        const size_t t = i - q.n + k;
        match = toks_[t].kind == TokenKind::kWord && lower(t) == q.words[k];
      }
      if (match) {
        bound = q.bound;
        return i - q.n;
      }
    }
    return i;
  }

  // Whether a number read from digits is a date, time, year, label, money or
  // phone number rather than a count. `next` is the first token after it.
  bool not_a_count(size_t i, size_t next, const NumberParse& p, bool qualified) {
    const std::string_view r = raw(i);
    if (p.fraction) return true;
    if (r.size() > 1 && r[0] == '0') return true;  // "0500 GMT", "03"
    if (!p.has_scale && r.size() == 4 && ascii::all_digits(r) && !qualified && p.value >= 1800 &&
        p.value <= 2100) {
      return true;  // a year
    }
    if (i > 0) {
      const std::string_view prev = raw(i - 1);
      if (is_month(i - 1)) return true;  // "Oct 28"
      if (prev == "." && i > 1 && is_month(i - 2)) return true;  // "Oct. 28"
      if (prev == "$" || prev == "\xE2\x82\xAC" || prev == "\xC2\xA3" || prev == "\xC2\xA5") return true;
      if (adjacent(i - 1, i) && (prev == "+" || prev == "#" || prev == "/")) return true;
      if (detail::in_word_list<kLabelWords>(lower(i - 1))) return true;
      if (prev == "." && i > 1 && detail::in_word_list<kLabelWords>(lower(i - 2)))
        return true;  // "No. 5"
    }
    if (next < toks_.size()) {
      if (is_month(next)) return true;  // "28 October"
      const std::string_view nw = lower(next);
      if (nw == "of" && is_month(next + 1)) return true;
      if (raw(next) == "%" || detail::in_word_list<kMoneyWords>(nw) ||
          detail::in_word_list<kTimeWords>(nw)) {
        return true;
      }
      if (nw == "per" && lower(next + 1) == "cent") return true;
      if (is_number(next)) return true;  // "555 0123": digit groups
    }
    return false;
  }

  // Digit groups glued by '-', '–' or '/': a range "10-15" (returns true and
  // sets `range_end`) or a date / phone number to skip (sets `skip_to`).
  bool digit_groups(size_t i, size_t& range_end, size_t& skip_to) {
    size_t j = i;
    size_t groups = 1;
    bool slash = false;
    while (j + 2 < toks_.size() && adjacent(j, j + 1) && adjacent(j + 1, j + 2) &&
           (is_dash(j + 1) || raw(j + 1) == "/") && is_number(j + 2)) {
      slash |= raw(j + 1) == "/";
      j += 2;
      ++groups;
    }
    if (groups == 1) return false;
    skip_to = j + 1;
    const std::string_view a = raw(i);
    const std::string_view b = raw(j);
    if (groups != 2 || slash || a[0] == '0' || b[0] == '0' || a.size() > 5 || b.size() > 5 ||
        !ascii::all_digits(a) || !ascii::all_digits(b) || is_month(j + 1) ||
        (i > 0 && (raw(i - 1) == "+" || raw(i - 1) == "(" || is_month(i - 1)))) {
      return true;  // dates, phone numbers, scores
    }
    auto value = [](std::string_view digits) {  // at most 5 digits: no overflow
      long v = 0;
      for (char c : digits) v = v * 10 + (c - '0');
      return v;
    };
    const long lo = value(a);
    const long hi = value(b);
    if (lo >= hi) return true;
    range_end = j;
    return true;
  }

  size_t take(size_t i, const NumberParse& p, std::vector<Quantity>& out) {
    size_t last = i + p.tokens - 1;
    if (p.adjective) return last + 1;
    Bound bound = Bound::kExact;
    const size_t qstart = qualifier_before(i, bound);
    const bool qualified = qstart < i;
    size_t end = last;
    if (toks_[i].kind == TokenKind::kNumber && p.tokens == 1) {
      size_t range_end = 0, skip_to = 0;
      if (digit_groups(i, range_end, skip_to)) {
        if (range_end == 0) return skip_to;
        end = range_end;
        if (bound == Bound::kExact) bound = Bound::kAtLeast;
      } else if (not_a_count(i, last + 1, p, qualified)) {
        return last + 1;
      }
    } else if (!p.from_digits && p.value == 1 && p.tokens == 1 && lower(i) == "one") {
      if ((i > 0 && detail::in_word_list<kOneDeterminers>(lower(i - 1))) ||
          lower(i + 1) == "another" || detail::in_word_list<kModals>(lower(i + 1))) {
        return last + 1;
      }
    }
    Quantity q;
    q.number = {toks_[i].span.start, toks_[last].span.end};
    q.span = {toks_[qstart].span.start, toks_[end].span.end};
    q.value = p.value;
    q.bound = bound;
    q.vague = p.vague;
    q.indefinite = p.indefinite;
    q.is_age = p.is_age;
    end = extend_after(i, end, q);
    const bool word_before_is_free = i > free_from_;
    if (!qualified && word_before_is_free && lower(i - 1) == "aged") {
      q.is_age = true;
      q.span.start = toks_[i - 1].span.start;
    } else if (!qualified && word_before_is_free && lower(i - 1) == "between" &&
               q.bound == Bound::kAtLeast) {
      q.span.start = toks_[i - 1].span.start;
    }
    out.push_back(q);
    free_from_ = end + 1;
    return end + 1;
  }

  // Trailing words: "or more", "or so", "two or three", "between 5 and 8",
  // "25 years old". Returns the new last token.
  size_t extend_after(size_t i, size_t end, Quantity& q) {
    const std::string_view w1 = lower(end + 1);
    const std::string_view w2 = lower(end + 2);
    auto extend_to = [&](size_t t) {
      q.span.end = toks_[t].span.end;
      return t;
    };
    if (w1 == "or" && w2 == "more") {
      if (q.bound == Bound::kExact) q.bound = Bound::kAtLeast;
      return extend_to(end + 2);
    }
    if (w1 == "or" && w2 == "so") {
      if (q.bound == Bound::kExact) q.bound = Bound::kAbout;
      return extend_to(end + 2);
    }
    if ((w1 == "or" || (w1 == "and" && i > 0 && lower(i - 1) == "between")) && !q.vague) {
      const NumberParse other = detail::parse_number_at(text_, toks_, low_, end + 2);
      if (other.tokens > 0 && !other.vague && !other.adjective && !other.fraction &&
          other.value > q.value && other.from_digits == (toks_[i].kind == TokenKind::kNumber)) {
        const size_t other_last = end + 1 + other.tokens;
        if (other_last + 1 >= toks_.size() || !is_month(other_last + 1)) {
          if (q.bound == Bound::kExact) q.bound = Bound::kAtLeast;
          q.is_age |= other.is_age;
          return extend_to(other_last);
        }
      }
    }
    if ((w1 == "years" || w1 == "year") && (w2 == "old" || w2 == "of")) {
      if (w2 == "old") {
        q.is_age = true;
        return extend_to(end + 2);
      }
      if (lower(end + 3) == "age") {
        q.is_age = true;
        return extend_to(end + 3);
      }
    }
    return end;
  }

  std::string_view text_;
  const std::vector<Token>& toks_;
  const detail::LowerTokens& low_;
  const TokenStarts& starts_;
  // The first token no quantity found so far has taken: a qualifier before
  // the next number may not start earlier ("0 or more than 5" is two
  // quantities, and "more" belongs to the first).
  size_t free_from_ = 0;
};

}  // namespace

std::vector<Quantity> find_quantities(std::string_view text, const std::vector<Token>& tokens) {
  return find_quantities(text, tokens, LowerTokens(text, tokens));
}

std::vector<Quantity> find_quantities(std::string_view text, const std::vector<Token>& tokens,
                                      const LowerTokens& lower) {
  std::vector<Quantity> out;
  find_quantities(text, tokens, lower, TokenStarts(tokens, lower), out);
  return out;
}

void find_quantities(std::string_view text, const std::vector<Token>& tokens,
                     const LowerTokens& lower, const TokenStarts& starts,
                     std::vector<Quantity>& out) {
  Finder(text, tokens, lower, starts).run(out);
}

std::vector<Quantity> find_quantities(std::string_view text, Span within) {
  const std::vector<Token> tokens = tokenize(text, within);
  return find_quantities(text, tokens);
}

std::optional<long> parse_number(std::string_view phrase) {
  const std::vector<Token> toks = tokenize(phrase, Span{0, static_cast<uint32_t>(phrase.size())});
  if (toks.empty()) return std::nullopt;
  const detail::LowerTokens low(phrase, toks);
  size_t i = 0;
  for (const Qualifier& q : kQualifiers) {
    if (q.n >= toks.size()) continue;
    bool match = true;
    for (size_t k = 0; k < q.n && match; ++k) match = low[k] == q.words[k];
    if (match) {
      i = q.n;
      break;
    }
  }
  const NumberParse p = detail::parse_number_at(phrase, toks, low, i);
  if (p.tokens == 0 || p.adjective || p.is_age || p.fraction) return std::nullopt;
  size_t j = i + p.tokens;
  if (j + 2 == toks.size() && low[j] == "or" && low[j + 1] == "more") j += 2;
  if (j != toks.size()) return std::nullopt;
  return p.value;
}

}  // namespace sitrep
