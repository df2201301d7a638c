// Fuzzes date recognition. The first four bytes pick the anchor (or none),
// the rest is the text; resolved dates must be real calendar dates.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "core/civil_date.h"
#include "fuzz_check.h"
#include "text/dates.h"

namespace {

void check_date(const std::optional<sitrep::CivilDate>& d) {
  if (!d) return;
  sitrep::fuzz::check(sitrep::CivilDate::valid(d->year, d->month, d->day),
                      "dates: not a calendar date");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 4) return 0;
  std::optional<sitrep::CivilDate> anchor;
  if (data[0] & 1) {
    // 1900-2155, any month and day the calendar has.
    const int year = 1900 + data[1];
    const int month = 1 + data[2] % 12;
    const int day = 1 + data[3] % sitrep::CivilDate::days_in_month(year, month);
    anchor = sitrep::CivilDate{year, month, day};
  }
  const std::string_view text(reinterpret_cast<const char*>(data) + 4, size - 4);
  const sitrep::Span all{0, static_cast<uint32_t>(text.size())};
  const auto dates = sitrep::find_dates(text, all, anchor);
  sitrep::fuzz::check_ordered(dates, text.size(),
                              [](const sitrep::DateMention& d) { return d.span; },
                              "dates: span out of order or bounds");
  for (const sitrep::DateMention& d : dates) {
    check_date(d.date);
    check_date(d.end);
    if (d.date && d.end) {
      sitrep::fuzz::check(*d.date <= *d.end, "dates: range ends before it starts");
    }
  }
  check_date(sitrep::find_dateline(text));
  return 0;
}
