#include "core/civil_date.h"

#include <cstdio>

namespace sitrep {

// Howard Hinnant's days_from_civil / civil_from_days algorithms.
long CivilDate::days_since_epoch() const {
  const int y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month > 2 ? month - 3 : month + 9);
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

CivilDate CivilDate::from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const long y = static_cast<long>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
  return {static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

int CivilDate::weekday() const {
  const long z = days_since_epoch();
  return static_cast<int>(z >= -4 ? (z + 4) % 7 : (z + 5) % 7 + 6);
}

std::string CivilDate::iso() const {
  // Every real date takes the fast path; snprintf (about 1,500 instructions
  // a call, and every output record has dates) is kept for the odd values
  // whose printf form is not four and two digits.
  if (year >= 0 && year <= 9999 && month >= 0 && month <= 99 && day >= 0 && day <= 99) {
    const char out[10] = {static_cast<char>('0' + year / 1000),
                          static_cast<char>('0' + year / 100 % 10),
                          static_cast<char>('0' + year / 10 % 10),
                          static_cast<char>('0' + year % 10),
                          '-',
                          static_cast<char>('0' + month / 10),
                          static_cast<char>('0' + month % 10),
                          '-',
                          static_cast<char>('0' + day / 10),
                          static_cast<char>('0' + day % 10)};
    return std::string(out, sizeof out);
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int CivilDate::days_in_month(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return m == 2 && leap ? 29 : kDays[m - 1];
}

bool CivilDate::valid(int y, int m, int d) {
  return y >= 1 && y <= 9999 && d >= 1 && d <= days_in_month(y, m);
}

std::optional<CivilDate> CivilDate::parse_iso(std::string_view s) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  auto digits = [&](size_t from, size_t n, int& out) {
    out = 0;
    for (size_t i = from; i < from + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      out = out * 10 + (s[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d)) return std::nullopt;
  if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return std::nullopt;
  if (!valid(y, m, d)) return std::nullopt;
  return CivilDate{y, m, d};
}

}  // namespace sitrep
