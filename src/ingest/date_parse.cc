#include "ingest/date_parse.h"

#include <array>
#include <cctype>
#include <cmath>
#include <string>
#include <vector>

namespace sitrep::ingest {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;
constexpr size_t kMaxDateText = 120;  // longer strings are prose, not dates

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

std::optional<CivilDate> make_date(int y, int m, int d) {
  if (y < kMinYear || y > kMaxYear || !CivilDate::valid(y, m, d)) return std::nullopt;
  return CivilDate{y, m, d};
}

// 1-12 for an English month name or its abbreviation ("Sept" too), else 0.
int month_from_name(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kNames = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string w;
  for (char c : word) w += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (w.size() < 3) return 0;
  if (w == "sept") return 9;
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (w == kNames[i] || (w.size() == 3 && kNames[i].substr(0, 3) == w)) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

struct Number {
  int value = 0;
  size_t digits = 0;
};

// Reads the fixed-width number s[from, from+n); false if not all digits.
bool fixed_digits(std::string_view s, size_t from, size_t n, int& out) {
  if (from + n > s.size()) return false;
  out = 0;
  for (size_t i = from; i < from + n; ++i) {
    if (!is_digit(s[i])) return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// "20161028" or "20161028T..." at the start.
std::optional<CivilDate> parse_compact(std::string_view s) {
  int y = 0, m = 0, d = 0;
  if (!fixed_digits(s, 0, 4, y) || !fixed_digits(s, 4, 2, m) || !fixed_digits(s, 6, 2, d)) {
    return std::nullopt;
  }
  if (s.size() > 8 && s[8] != 'T' && s[8] != ' ') return std::nullopt;
  return make_date(y, m, d);
}

std::optional<CivilDate> parse_words(std::string_view s) {
  int month = 0;
  std::vector<Number> numbers;  // date numbers, times excluded
  char separator = 0;           // between the first two numbers
  for (size_t i = 0; i < s.size();) {
    if (is_alpha(s[i])) {
      size_t j = i;
      while (j < s.size() && is_alpha(s[j])) ++j;
      const int m = month_from_name(s.substr(i, j - i));
      if (m != 0) {
        if (month != 0 && month != m) return std::nullopt;  // two months: a range
        month = m;
      }
      i = j;
      continue;
    }
    if (!is_digit(s[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < s.size() && is_digit(s[j])) ++j;
    const char before = i > 0 ? s[i - 1] : ' ';
    const char after = j < s.size() ? s[j] : ' ';
    // Clock times and zone offsets ("13:22", "+0300") are not date parts.
    const bool clock = before == ':' || after == ':' || before == '+';
    if (!clock && j - i <= 4) {
      int v = 0;
      for (size_t k = i; k < j; ++k) v = v * 10 + (s[k] - '0');
      if (numbers.size() == 1) separator = before;
      numbers.push_back({v, j - i});
    }
    i = j;
  }
  if (month != 0) {
    int year = 0, day = 0;
    for (const Number& n : numbers) {
      if (n.digits == 4 && year == 0) {
        year = n.value;
      } else if (n.digits <= 2 && day == 0 && n.value >= 1) {
        day = n.value;
      }
    }
    return make_date(year, month, day);
  }
  if (numbers.size() != 3) return std::nullopt;
  const Number a = numbers[0], b = numbers[1], c = numbers[2];
  if (a.digits == 4) return make_date(a.value, b.value, c.value);
  if (c.digits != 4) return std::nullopt;
  if (a.value > 12) return make_date(c.value, b.value, a.value);
  if (b.value > 12) return make_date(c.value, a.value, b.value);
  if (a.value == b.value || separator == '.') return make_date(c.value, b.value, a.value);
  return std::nullopt;  // 10/11/2016: day-first or month-first, cannot tell
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

}  // namespace

std::optional<CivilDate> date_from_epoch(double value) {
  if (!std::isfinite(value) || value < 0) return std::nullopt;
  if (value > 1e11) value /= 1000.0;  // milliseconds
  // Bound the day count before converting it: a huge float does not fit a
  // long, and converting it would be undefined.
  const double days = std::floor(value / 86400.0);
  static const long last_day = CivilDate{kMaxYear, 12, 31}.days_since_epoch();
  if (days > static_cast<double>(last_day)) return std::nullopt;
  return CivilDate::from_days(static_cast<long>(days));  // 1970 or later: days >= 0
}

std::optional<CivilDate> parse_date(std::string_view text) {
  const std::string_view s = trim(text);
  if (s.empty() || s.size() > kMaxDateText) return std::nullopt;
  if (auto iso = CivilDate::parse_iso(s)) return make_date(iso->year, iso->month, iso->day);
  if (auto compact = parse_compact(s)) return compact;
  bool all_digits = true;
  for (char c : s) all_digits = all_digits && is_digit(c);
  if (all_digits) {
    if (s.size() == 10 || s.size() == 13) return date_from_epoch(std::stod(std::string(s)));
    return std::nullopt;
  }
  return parse_words(s);
}

std::optional<CivilDate> date_from_url(std::string_view url) {
  const size_t scheme = url.find("://");
  const size_t path = url.find('/', scheme == std::string_view::npos ? 0 : scheme + 3);
  if (path == std::string_view::npos) return std::nullopt;
  for (size_t i = path; i < url.size(); ++i) {
    if (url[i] != '/') continue;
    int y = 0, m = 0, d = 0;
    if (!fixed_digits(url, i + 1, 4, y) || y < kMinYear || y > kMaxYear) continue;
    const size_t p = i + 5;
    std::optional<CivilDate> found;
    if (p < url.size() && (url[p] == '/' || url[p] == '-')) {
      // "/2016/10/28/" or "/2016-10-28"
      const char sep = url[p];
      if (fixed_digits(url, p + 1, 2, m) && p + 3 < url.size() && url[p + 3] == sep &&
          fixed_digits(url, p + 4, 2, d)) {
        const size_t end = p + 6;
        if (end == url.size() || !is_digit(url[end])) found = make_date(y, m, d);
      }
    } else if (fixed_digits(url, p, 2, m) && fixed_digits(url, p + 2, 2, d)) {
      // "/20161028/" or "/20161028-title"
      const size_t end = p + 4;
      if (end == url.size() || !is_digit(url[end])) found = make_date(y, m, d);
    }
    if (found) return found;
  }
  return std::nullopt;
}

}  // namespace sitrep::ingest
