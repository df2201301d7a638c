// Month patterns of the date scanner: "October 2016", "June of 2015",
// "in February", "last October", "mid-October".
#include <algorithm>
#include <iterator>

#include "text/calendar_words.h"
#include "text/date_scanner.h"
#include "text/word_set.h"

namespace sitrep::detail {
namespace {

// Words before a bare month name that make it a date ("in May", not "May God").
constexpr std::string_view kMonthCues[] = {"in",   "since",   "during", "until", "till",
                                           "by",   "from",    "to",     "through", "between",
                                           "and",  "of",      "or",     "before", "after",
                                           "throughout", "for", "early", "late",  "mid"};

}  // namespace

DateScanner::Try DateScanner::month_year(size_t i) {
  size_t j = i;
  const std::string_view w = low(i);
  if (w == "early" || w == "late" || w == "mid") ++j;
  int m = 0;
  bool ab = false;
  const size_t mt = month_at(j, m, ab);
  if (mt == 0) return std::nullopt;
  size_t k = j + mt;
  if (raw(k) == ",") ++k;
  if (low(k) == "of") ++k;
  const int y = year_at(k);
  if (y == 0) return std::nullopt;
  Match r;
  r.last = k;
  r.m.span = span(i, k);
  r.m.date = CivilDate{y, m, 1};
  r.m.precision = TimePrecision::kMonth;
  return r;
}

// The year closing a month list: "February and June of 2015" → 2015 for
// "February". `k` is the token after the first month.
int DateScanner::year_after_month_list(size_t k) const {
  int m = 0;
  bool ab = false;
  for (;;) {
    const std::string_view r = raw(k);
    const bool joiner = r == "," || r == "and" || r == "or" || r == "to" || r == "through" ||
                        r == "until" || is_dash(k);
    const size_t mt = joiner ? month_at(k + 1, m, ab) : 0;
    if (mt == 0) break;
    k += 1 + mt;
  }
  if (raw(k) == "of" || raw(k) == ",") ++k;
  return year_at(k);
}

DateScanner::Try DateScanner::month_only(size_t i) {
  size_t j = i;
  const std::string_view w = low(i);
  enum class Mod { kNone, kLast, kNext, kThis } mod = Mod::kNone;
  int m = 0;
  bool ab = false;
  size_t mt = 0;
  const CalendarWord after_mid =
      w.starts_with("mid-") ? month_word_lower(w.substr(4)) : CalendarWord{-1, false};
  if (after_mid.value > 0 && !after_mid.abbreviated) {
    m = after_mid.value;  // "mid-October"
    mt = 1;
  } else {
    if (w == "early" || w == "late" || w == "mid") ++j;
    else if (w == "last") mod = Mod::kLast, ++j;
    else if (w == "next") mod = Mod::kNext, ++j;
    else if (w == "this") mod = Mod::kThis, ++j;
    mt = month_at(j, m, ab);
    if (mt == 0 || ab) return std::nullopt;
    if (j == i) {
      const bool possessive = low(i + 1) == "'s" || low(i + 1) == "\xE2\x80\x99s";
      if (i == 0 || (!in_word_list<kMonthCues>(low(i - 1)) && !possessive)) return std::nullopt;
    }
  }
  const size_t last = j + mt - 1;
  Match out;
  out.last = last;
  out.m.span = span(i, last);
  out.m.precision = TimePrecision::kMonth;
  const int y = mod == Mod::kNone ? year_after_month_list(last + 1) : 0;
  if (y > 0) {
    out.m.date = CivilDate{y, m, 1};
    return out;
  }
  out.m.relative = true;
  if (!anchor_) return out;
  const CivilDate a = *anchor_;
  switch (mod) {
    case Mod::kLast:
      out.m.date = CivilDate{m < a.month ? a.year : a.year - 1, m, 1};
      break;
    case Mod::kNext:
      out.m.date = CivilDate{m > a.month ? a.year : a.year + 1, m, 1};
      break;
    case Mod::kThis:
      out.m.date = CivilDate{a.year, m, 1};
      break;
    case Mod::kNone:
      out.m.date = infer_month(a, m);
      break;
  }
  return out;
}

}  // namespace sitrep::detail
