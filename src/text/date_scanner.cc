#include "text/date_scanner.h"

#include <algorithm>
#include <iterator>
#include <vector>

#include "text/ascii.h"
#include "text/calendar_words.h"
#include "text/number_words.h"

namespace sitrep::detail {
namespace {

// Leading 1-2 digit number of "28" or "28T12:00" (ISO timestamps), else 0.
int leading_day(std::string_view r) {
  size_t k = 0;
  int v = 0;
  while (k < r.size() && k < 3 && ascii::is_digit(r[k])) v = v * 10 + (r[k++] - '0');
  if (k == 0 || k > 2) return 0;
  if (k < r.size() && r[k] != 'T') return 0;
  return v;
}

}  // namespace

CivilDate weekday_on_or_before(CivilDate anchor, int weekday) {
  return anchor.plus_days(-((anchor.weekday() - weekday + 7) % 7));
}

CivilDate monday_of_week(CivilDate d) { return d.plus_days(-((d.weekday() + 6) % 7)); }

std::optional<CivilDate> infer_year(CivilDate anchor, int month, int day) {
  // The latest candidate that is not more than a week after the anchor: an
  // article of 30 December means the coming 2 January, not last year's.
  const long limit = anchor.days_since_epoch() + 7;
  for (int y = anchor.year + 1; y >= anchor.year - 1; --y) {
    if (!CivilDate::valid(y, month, day)) continue;
    const CivilDate d{y, month, day};
    if (d.days_since_epoch() <= limit) return d;
  }
  return std::nullopt;
}

CivilDate infer_month(CivilDate anchor, int month) {
  return {month > anchor.month ? anchor.year - 1 : anchor.year, month, 1};
}

// Inlined into scan(), its only caller: it runs for every token a date
// keyword may start, and the call cost a third of it.
[[gnu::always_inline]] inline bool DateScanner::may_start(size_t i) const {
  // The commonest starter words begin a mention only in a few phrases, so
  // the words after them are checked here rather than by every pattern.
  switch (starts_.date_start(i)) {
    case DateStart::kNone:
      return false;
    case DateStart::kAny:
    case DateStart::kDigits:
      return true;
    case DateStart::kThe:  // "the last/past ...", "the day before yesterday"
      return low(i + 1) == "last" || low(i + 1) == "past" || low(i + 1) == "day";
    case DateStart::kBeforeThe:  // "over the past 48 hours"
      return low(i + 1) == "the";
    case DateStart::kBeforeAgo:  // "a week ago", "two days ago"
      for (size_t j = i + 1; j <= i + 4; ++j) {
        if (low(j) == "ago") return true;
      }
      return false;
  }
  return false;
}

bool DateScanner::is_dash(size_t i) const {
  const std::string_view r = raw(i);
  return r == "-" || r == "\xE2\x80\x93" || r == "\xE2\x80\x94" || r == "\xE2\x80\x90" ||
         r == "\xE2\x80\x91";
}

int DateScanner::int_at(size_t i) const {
  if (i >= toks_.size() || toks_[i].kind != TokenKind::kNumber) return -1;
  const std::string_view r = raw(i);
  if (r.size() > 4 || !ascii::all_digits(r)) return -1;
  int v = 0;
  for (char c : r) v = v * 10 + (c - '0');
  return v;
}

int DateScanner::day_at(size_t i) const {
  if (i >= toks_.size() || toks_[i].kind == TokenKind::kPunct) return 0;
  const std::string_view r = raw(i);
  size_t k = 0;
  int v = 0;
  while (k < r.size() && k < 3 && ascii::is_digit(r[k])) v = v * 10 + (r[k++] - '0');
  if (k == 0 || k > 2) return 0;
  if (k < r.size()) {
    const std::string_view suffix = r.substr(k);
    if (!ascii::iequals(suffix, "st") && !ascii::iequals(suffix, "nd") &&
        !ascii::iequals(suffix, "rd") && !ascii::iequals(suffix, "th")) {
      return 0;
    }
  }
  return v >= 1 && v <= 31 ? v : 0;
}

int DateScanner::year_at(size_t i) const {
  const int v = int_at(i);
  return raw(i).size() == 4 && v >= 1900 && v <= 2100 ? v : 0;
}

size_t DateScanner::month_at(size_t i, int& month, bool& abbreviated) const {
  // absolute() tries month_first, month_year and month_only at the same
  // token, each asking for its month: the last answer is kept.
  if (i != last_month_.token) last_month_ = {.token = i, .answer = month_at_uncached(i)};
  const MonthAt& a = last_month_.answer;
  if (a.tokens == 0) return 0;
  month = a.month;
  abbreviated = a.abbreviated;
  return a.tokens;
}

DateScanner::MonthAt DateScanner::month_at_uncached(size_t i) const {
  const std::string_view r = raw(i);
  if (r.empty() || !ascii::is_upper(r[0])) return {};
  const CalendarWord w = month_word_lower(low(i));
  if (w.value <= 0) return {};
  const size_t tokens = w.abbreviated && raw(i + 1) == "." && adjacent(i, i + 1) ? 2 : 1;
  return {.tokens = tokens, .month = w.value, .abbreviated = w.abbreviated};
}

int DateScanner::weekday_at(size_t i, bool allow_abbreviation) const {
  const std::string_view r = raw(i);
  if (r.empty() || !ascii::is_upper(r[0])) return -1;
  const CalendarWord w = weekday_word_lower(low(i));
  if (w.value < 0 || (w.abbreviated && !allow_abbreviation)) return -1;
  return w.value;
}

void DateScanner::scan(std::vector<DateMention>& out) {
  const size_t count = toks_.size();
  // Most tokens begin nothing: TokenStarts skips them.
  size_t i = starts_.next_date_start(0);
  while (i < count) {
    if (!may_start(i)) {
      i = starts_.next_date_start(i + 1);
      continue;
    }
    // Each pattern begins with its own kind of word: months, weekdays and
    // keywords may begin any (DateStart::kAny); digits only a numeric date, a
    // day before its month or "2 days ago"; after "the", "in the" or "a ...
    // ago" only a period or a relative day can follow. The patterns that
    // cannot match are not tried; the others are, in the same order.
    const DateStart start = starts_.date_start(i);
    const bool any = start == DateStart::kAny;
    Try t;
    if (start == DateStart::kDigits) {
      t = numeric(i);
      if (!t) t = day_first(i);
    }
    if (!t && any) t = night_of(i);
    if (!t && any) t = weekday_and_date(i);
    if (!t && any) t = absolute(i);
    if (!t && start != DateStart::kDigits) t = period_phrase(i);
    if (!t) t = relative_phrase(i);
    if (!t && any) t = weekday_phrase(i);
    if (!t) {
      i = starts_.next_date_start(i + 1);
      continue;
    }
    out.push_back(t->m);
    i = starts_.next_date_start(t->last + 1);
  }
}

DateScanner::Match DateScanner::day_mention(size_t first, size_t last, int year, int month,
                                            int day, int end_day) {
  Match r;
  r.last = last;
  r.m.span = span(first, last);
  r.m.precision = TimePrecision::kDay;
  if (year > 0) {
    r.m.date = CivilDate{year, month, day};
  } else {
    r.m.relative = true;
    if (anchor_) r.m.date = infer_year(*anchor_, month, day);
  }
  if (end_day > day) {
    r.m.multi_day = true;
    // "Feb. 2-29" in a common year has no last day (found by fuzz/dates_fuzzer).
    if (r.m.date && CivilDate::valid(r.m.date->year, month, end_day)) {
      r.m.end = CivilDate{r.m.date->year, month, end_day};
    }
  }
  return r;
}

// "13:22", "20:14:24", "06:58PM", "09:21 am" after a full date.
size_t DateScanner::time_after(size_t last) const {
  const size_t k = last + 1;
  const std::string_view r = raw(k);
  size_t d = 0;
  while (d < r.size() && ascii::is_digit(r[d])) ++d;
  if (d == 0 || d > 2 || d + 3 > r.size() || r[d] != ':' || !ascii::is_digit(r[d + 1]) ||
      !ascii::is_digit(r[d + 2])) {
    return last;
  }
  const std::string_view next = raw(k + 1);
  if (toks_[k].kind == TokenKind::kNumber &&
      (ascii::iequals(next, "am") || ascii::iequals(next, "pm") || ascii::iequals(next, "a.m.") ||
       ascii::iequals(next, "p.m."))) {
    return k + 1;
  }
  return k;
}

DateScanner::Try DateScanner::night_of(size_t i) {
  if (low(i) != "night" || low(i + 1) != "of") return std::nullopt;
  Try t = day_first(i + 2);
  if (!t) t = month_first(i + 2);
  if (t) t->m.span.start = toks_[i].span.start;
  return t;
}

DateScanner::Try DateScanner::weekday_and_date(size_t i) {
  if (weekday_at(i, true) < 0) return std::nullopt;
  size_t j = i + 1;
  if (raw(j) == ",") ++j;
  Try t = numeric(j);
  if (!t) t = month_first(j);
  if (!t) t = day_first(j);
  if (!t || t->m.precision != TimePrecision::kDay) return std::nullopt;
  t->m.span.start = toks_[i].span.start;
  return t;
}

DateScanner::Try DateScanner::absolute(size_t i) {
  Try t = numeric(i);
  if (!t) t = month_first(i);
  if (!t) t = day_first(i);
  if (!t) t = month_year(i);
  if (!t) t = month_only(i);
  return t;
}

DateScanner::Try DateScanner::numeric(size_t i) {
  if (i >= toks_.size() || toks_[i].kind != TokenKind::kNumber) return std::nullopt;
  const std::string_view r = raw(i);
  int y = 0, m = 0, d = 0;
  size_t last = i;
  if (std::count(r.begin(), r.end(), '.') == 2) {  // "28.10.2016" / "2016.10.28"
    const size_t a = r.find('.'), b = r.rfind('.');
    const std::string_view p0 = r.substr(0, a), p1 = r.substr(a + 1, b - a - 1), p2 = r.substr(b + 1);
    auto num = [](std::string_view s) {
      if (s.size() > 4 || !ascii::all_digits(s)) return -1;
      int v = 0;
      for (char c : s) v = v * 10 + (c - '0');
      return v;
    };
    if (p0.size() == 4) {
      y = num(p0), m = num(p1), d = num(p2);
    } else if (p2.size() == 4) {
      d = num(p0), m = num(p1), y = num(p2);
    }
  } else {
    const std::string_view sep = raw(i + 1);
    const bool glued = adjacent(i, i + 1) && adjacent(i + 1, i + 2) && adjacent(i + 2, i + 3) &&
                       adjacent(i + 3, i + 4) && raw(i + 3) == sep && (sep == "-" || sep == "/");
    if (!glued) return std::nullopt;
    if (year_at(i) > 0) {  // Y-M-D
      y = year_at(i), m = int_at(i + 2), d = leading_day(raw(i + 4));
    } else {
      int mm = 0;
      bool ab = false;
      d = int_at(i);
      if (sep == "/" && month_at(i + 2, mm, ab) == 1) {
        m = mm;  // "03/March/2021"
      } else {
        m = int_at(i + 2);
      }
      y = year_at(i + 4);
      if (m > 12 && d >= 1 && d <= 12) std::swap(m, d);  // M/D/Y when D/M/Y cannot be
    }
    last = i + 4;
  }
  if (y < 1900 || y > 2100 || !CivilDate::valid(y, m, d)) return std::nullopt;
  return day_mention(i, time_after(last), y, m, d, 0);
}

DateScanner::Try DateScanner::month_first(size_t i) {
  int m = 0;
  bool ab = false;
  const size_t mt = month_at(i, m, ab);
  if (mt == 0) return std::nullopt;
  const size_t j = i + mt;
  const int d = day_at(j);
  if (d == 0) return std::nullopt;
  size_t last = j;
  int end_day = 0;
  if (is_dash(j + 1) && day_at(j + 2) > d && toks_[j + 2].kind == TokenKind::kNumber) {
    end_day = day_at(j + 2);  // "May 4-5"
    last = j + 2;
  }
  return with_year_tail(i, last, m, d, end_day);
}

// The year after a day and month, both orders: ", 2016" (then a time of
// day), or "last year" / "this year" against the anchor; the day must exist
// in that year (any leap year when none is given).
DateScanner::Try DateScanner::with_year_tail(size_t i, size_t last, int m, int d, int end_day) {
  size_t k = last + 1;
  if (raw(k) == ",") ++k;
  int y = year_at(k);
  bool relative_year = false;
  if (y > 0) {
    last = time_after(k);
  } else if ((low(last + 1) == "last" || low(last + 1) == "this") && low(last + 2) == "year") {
    if (anchor_) y = anchor_->year - (low(last + 1) == "last" ? 1 : 0);
    relative_year = true;
    last += 2;
  }
  if (!CivilDate::valid(y > 0 ? y : 2000, m, d)) return std::nullopt;
  Match r = day_mention(i, last, y, m, d, end_day);
  r.m.relative |= relative_year;
  return r;
}

DateScanner::Try DateScanner::day_first(size_t i) {
  const int d = day_at(i);
  if (d == 0) return std::nullopt;
  size_t j = i + 1;
  int end_day = 0;
  if (toks_[i].kind == TokenKind::kNumber && is_dash(j) && day_at(j + 1) > d &&
      toks_[j + 1].kind == TokenKind::kNumber) {
    end_day = day_at(j + 1);  // "4-5 May"
    j += 2;
  }
  if (low(j) == "of") ++j;
  int m = 0;
  bool ab = false;
  const size_t mt = month_at(j, m, ab);
  if (mt == 0) return std::nullopt;
  size_t last = j + mt - 1;
  return with_year_tail(i, last, m, d, end_day);
}

}  // namespace sitrep::detail
