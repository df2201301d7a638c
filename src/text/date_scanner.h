// Internal to the text stage: the token-level matcher behind find_dates().
// Day patterns live in date_scanner.cc, month patterns in date_months.cc,
// weekday, relative and period phrases in date_relative.cc. One scanner per call; it borrows
// `text` and `tokens`, which must outlive it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "text/dates.h"
#include "text/lower_tokens.h"
#include "text/token_starts.h"
#include "text/tokens.h"

namespace sitrep::detail {

// Calendar arithmetic for resolving mentions against an anchor.
CivilDate weekday_on_or_before(CivilDate anchor, int weekday);
CivilDate monday_of_week(CivilDate d);
// The latest of (anchor year + 1, anchor year, anchor year - 1) that puts
// the date no more than 7 days after the anchor; nullopt for an impossible
// day (Feb 30).
std::optional<CivilDate> infer_year(CivilDate anchor, int month, int day);
// The latest month `month` starting on or before the anchor (1st of it).
CivilDate infer_month(CivilDate anchor, int month);

class DateScanner {
 public:
  // `lower` must be LowerTokens(text, tokens), `starts` TokenStarts(tokens,
  // lower); both must outlive the scanner.
  DateScanner(std::string_view text, const std::vector<Token>& tokens, const LowerTokens& lower,
              const TokenStarts& starts, std::optional<CivilDate> anchor)
      : text_(text), toks_(tokens), low_(lower), starts_(starts), anchor_(anchor) {}

  // Appends the mentions, in order, to `out`.
  void scan(std::vector<DateMention>& out);

 private:
  struct Match {
    size_t last = 0;  // last token of the mention
    DateMention m;
  };
  using Try = std::optional<Match>;

  // date_scanner.cc
  Try weekday_and_date(size_t i);
  Try absolute(size_t i);
  Try numeric(size_t i);
  Try month_first(size_t i);
  Try day_first(size_t i);
  // Shared tail of month_first and day_first: the date ending at `last`.
  Try with_year_tail(size_t i, size_t last, int m, int d, int end_day);
  Try night_of(size_t i);
  Match day_mention(size_t first, size_t last, int year, int month, int day, int end_day);
  size_t time_after(size_t last) const;

  // date_months.cc
  Try month_year(size_t i);
  Try month_only(size_t i);
  int year_after_month_list(size_t i) const;

  // date_relative.cc
  Try weekday_phrase(size_t i);
  Try relative_phrase(size_t i);
  Try period_phrase(size_t i);
  Match relative_day(size_t first, size_t last, int days_back, TimePrecision p);

  // Token helpers.
  std::string_view raw(size_t i) const {
    return i < toks_.size() ? toks_[i].span.of(text_) : std::string_view{};
  }
  std::string_view low(size_t i) const { return low_[i]; }
  // Cheap test whether a mention can start at token i (most words cannot).
  bool may_start(size_t i) const;
  bool adjacent(size_t a, size_t b) const {
    return b < toks_.size() && toks_[a].span.end == toks_[b].span.start;
  }
  bool is_dash(size_t i) const;
  Span span(size_t a, size_t b) const { return {toks_[a].span.start, toks_[b].span.end}; }
  int day_at(size_t i) const;   // 1-31 from "28" / "28th", else 0
  int year_at(size_t i) const;  // 1900-2100 from a 4-digit token, else 0
  int int_at(size_t i) const;   // 0-9999 from a plain digit token, else -1
  // Month name at i (capitalised); returns tokens used (2 with "Oct" "."),
  // 0 when none.
  size_t month_at(size_t i, int& month, bool& abbreviated) const;
  struct MonthAt {
    size_t tokens = 0;  // 0: no month at the token
    int month = 0;
    bool abbreviated = false;
  };
  MonthAt month_at_uncached(size_t i) const;
  int weekday_at(size_t i, bool allow_abbreviation) const;  // 0-6 or -1

  std::string_view text_;
  const std::vector<Token>& toks_;
  const LowerTokens& low_;
  const TokenStarts& starts_;
  std::optional<CivilDate> anchor_;
  // month_at's last answer (the scanner is per call, so this is never shared).
  struct LastMonthAt {
    size_t token = static_cast<size_t>(-1);
    MonthAt answer;
  };
  mutable LastMonthAt last_month_;
};

}  // namespace sitrep::detail
