// Internal to the text stage: English month and weekday names, shared by the
// date finder and by the number finder (which must not count "Oct 28").
#pragma once

#include <string_view>
#include <vector>

namespace sitrep::detail {

struct CalendarWord {
  int value = 0;             // month 1-12, or weekday 0 (Sunday) - 6; -1 when not a name
  bool abbreviated = false;  // "Oct", "Sept", "Tue"
};

// Month name or abbreviation, case-insensitive ("October", "OCT", "Sept").
// value is -1 when `word` is not one.
CalendarWord month_word(std::string_view word);
// Weekday name or abbreviation, case-insensitive ("Friday", "Fri", "Thurs").
CalendarWord weekday_word(std::string_view word);
// The same for a word already lowercased (as LowerTokens gives it): the
// date scanner asks about every capitalised word that may start a date,
// and need not copy it to lowercase again.
CalendarWord month_word_lower(std::string_view lower);
CalendarWord weekday_word_lower(std::string_view lower);

// Every month and weekday name and abbreviation, lowercase ("january",
// "sept", "thurs"): the words a date mention may start with by name.
const std::vector<std::string_view>& calendar_names();

}  // namespace sitrep::detail
