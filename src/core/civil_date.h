// Calendar dates without time zones: what news articles and ACLED records use.
#pragma once

#include <compare>
#include <optional>
#include <string>
#include <string_view>

namespace sitrep {

struct CivilDate {
  int year = 0;
  int month = 0;  // 1-12
  int day = 0;    // 1-31

  // Days since 1970-01-01 (negative before).
  [[nodiscard]] long days_since_epoch() const;
  static CivilDate from_days(long days);
  // 0 = Sunday ... 6 = Saturday.
  [[nodiscard]] int weekday() const;
  [[nodiscard]] CivilDate plus_days(long n) const { return from_days(days_since_epoch() + n); }
  // "YYYY-MM-DD".
  [[nodiscard]] std::string iso() const;
  // Parses "YYYY-MM-DD" (and a longer ISO timestamp, whose date part it takes);
  // nullopt when it is not a real calendar date.
  static std::optional<CivilDate> parse_iso(std::string_view s);
  static bool valid(int year, int month, int day);
  static int days_in_month(int year, int month);

  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

}  // namespace sitrep
