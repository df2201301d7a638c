// Weekday, relative-day and period phrases of the date scanner.
#include <algorithm>
#include <iterator>

#include "text/date_scanner.h"
#include "text/number_words.h"
#include "text/word_set.h"

namespace sitrep::detail {
namespace {

constexpr std::string_view kDayParts[] = {"morning", "afternoon", "evening", "night",
                                          "overnight", "midday", "noon"};
constexpr std::string_view kPeriodOpeners[] = {"within", "over", "in", "during", "for",
                                               "throughout", "across"};

}  // namespace

DateScanner::Match DateScanner::relative_day(size_t first, size_t last, int days_back,
                                             TimePrecision p) {
  Match r;
  r.last = last;
  r.m.span = span(first, last);
  r.m.precision = p;
  r.m.relative = true;
  if (anchor_) r.m.date = anchor_->plus_days(-days_back);
  return r;
}

// [since|last|this|next|late|early|late on] Friday['s] [morning|night...]
DateScanner::Try DateScanner::weekday_phrase(size_t i) {
  enum class Mode { kOnOrBefore, kBefore, kAfter } mode = Mode::kOnOrBefore;
  bool since = false;
  size_t j = i;
  const std::string_view w = low(i);
  if (w == "since") {
    since = true;
    ++j;
  } else if (w == "last" || w == "past") {
    mode = Mode::kBefore;
    ++j;
  } else if (w == "next" || w == "coming") {
    mode = Mode::kAfter;
    ++j;
  } else if (w == "this") {
    ++j;
  } else if (w == "late" || w == "early") {
    ++j;
    if (low(j) == "on") ++j;
  }
  const int wd = weekday_at(j, false);
  if (wd < 0) return std::nullopt;
  size_t last = j;
  const std::string_view next = low(last + 1);
  if ((next == "'s" || next == "\xE2\x80\x99s") && adjacent(last, last + 1)) ++last;
  if (in_word_list<kDayParts>(low(last + 1))) ++last;
  Match r;
  r.last = last;
  r.m.span = span(i, last);
  r.m.relative = true;
  r.m.multi_day = since;
  if (!anchor_) return r;
  CivilDate d = weekday_on_or_before(*anchor_, wd);
  if (mode == Mode::kBefore && d == *anchor_) d = d.plus_days(-7);
  if (mode == Mode::kAfter) d = d.plus_days(7);
  r.m.date = d;
  if (since) r.m.end = *anchor_;
  return r;
}

// yesterday, today, tonight, last night, this morning, the day before
// yesterday, N days ago, last/this week, last/this month, last weekend.
DateScanner::Try DateScanner::relative_phrase(size_t i) {
  const std::string_view w = low(i);
  const std::string_view w1 = low(i + 1);
  if (w == "yesterday") {
    return relative_day(i, in_word_list<kDayParts>(w1) ? i + 1 : i, 1, TimePrecision::kDay);
  }
  if (w == "today" || w == "tonight") return relative_day(i, i, 0, TimePrecision::kDay);
  if (w == "earlier" && w1 == "today") return relative_day(i, i + 1, 0, TimePrecision::kDay);
  if (w == "the" && w1 == "day" && low(i + 2) == "before" && low(i + 3) == "yesterday") {
    return relative_day(i, i + 3, 2, TimePrecision::kDay);
  }
  size_t j = i;
  bool last = false;
  if (w == "earlier" && w1 == "this") {
    j = i + 2;
  } else if (w == "this" || w == "last") {
    last = w == "last";
    j = i + 1;
  } else {
    // "two days ago", "a week ago"; look for "ago" before parsing a number.
    bool ago = false;
    for (size_t k = i + 1; k <= i + 4 && !ago; ++k) ago = low(k) == "ago";
    if (!ago) return std::nullopt;
    const NumberParse n = (w == "a" || w == "an") ? NumberParse{1, 1} : parse_number_at(text_, toks_, low_, i);
    if (n.tokens == 0 || n.vague || n.fraction || n.adjective || n.value > 400) return std::nullopt;
    const size_t u = i + n.tokens;
    const std::string_view unit = low(u);
    if (low(u + 1) != "ago") return std::nullopt;
    if (unit == "day" || unit == "days") {
      return relative_day(i, u + 1, static_cast<int>(n.value), TimePrecision::kDay);
    }
    if (unit == "week" || unit == "weeks") {
      return relative_day(i, u + 1, static_cast<int>(n.value) * 7, TimePrecision::kWeek);
    }
    return std::nullopt;
  }
  const std::string_view unit = low(j);
  if (unit == "night" && last) return relative_day(i, j, 1, TimePrecision::kDay);
  if ((unit == "morning" || unit == "afternoon" || unit == "evening") && !last) {
    return relative_day(i, j, 0, TimePrecision::kDay);
  }
  if (unit != "week" && unit != "month" && unit != "weekend") return std::nullopt;
  Match r = relative_day(i, j, 0, unit == "month" ? TimePrecision::kMonth : TimePrecision::kWeek);
  if (!anchor_) {
    r.m.date.reset();
    return r;
  }
  const CivilDate a = *anchor_;
  if (unit == "week") {
    r.m.date = monday_of_week(a).plus_days(last ? -7 : 0);
  } else if (unit == "month") {
    r.m.date = last ? CivilDate{a.month == 1 ? a.year - 1 : a.year, a.month == 1 ? 12 : a.month - 1, 1}
                    : CivilDate{a.year, a.month, 1};
  } else {  // weekend: its Saturday
    CivilDate sat = weekday_on_or_before(a, 6);
    if (last && (a.weekday() == 6 || a.weekday() == 0)) sat = sat.plus_days(-7);
    r.m.date = sat;
  }
  return r;
}

// [within|over|in|during] the last/past [N] hours/days/week(s).
DateScanner::Try DateScanner::period_phrase(size_t i) {
  size_t j = i;
  if (in_word_list<kPeriodOpeners>(low(j))) ++j;
  if (low(j) != "the") return std::nullopt;
  ++j;
  const std::string_view which = low(j);
  if (which != "last" && which != "past") return std::nullopt;
  ++j;
  long n = 1;
  bool counted = false;
  const NumberParse p = parse_number_at(text_, toks_, low_, j);
  if (p.tokens > 0) {
    if (p.vague || p.fraction || p.adjective || p.value <= 0 || p.value > 10000) return std::nullopt;
    n = p.value;
    j += p.tokens;
    counted = true;
  }
  const std::string_view unit = low(j);
  long days = 0;
  TimePrecision precision = TimePrecision::kDay;
  // Without a count only "the past week" is a period; "the last day of
  // the festival" is not.
  if (!counted && unit != "week") return std::nullopt;
  if (unit == "hours" || unit == "hour") {
    days = (n + 23) / 24;
  } else if (unit == "days" || unit == "day") {
    days = n;
  } else if (unit == "weeks" || unit == "week") {
    days = n * 7;
    precision = TimePrecision::kWeek;
  } else {
    return std::nullopt;
  }
  Match r = relative_day(i, j, static_cast<int>(days), precision);
  r.m.multi_day = true;
  if (anchor_) r.m.end = *anchor_;
  return r;
}

}  // namespace sitrep::detail
