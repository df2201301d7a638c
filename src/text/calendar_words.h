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

// Month name or abbreviation ("october", "oct", "sept"), and weekday name
// or abbreviation ("friday", "fri", "thurs"), of a word already lowercased
// (as LowerTokens gives it: the date and number scanners ask about many
// words, and need not copy each to lowercase again). value is -1 when
// `lower` is not one.
CalendarWord month_word_lower(std::string_view lower);
CalendarWord weekday_word_lower(std::string_view lower);

// Every month and weekday name and abbreviation, lowercase ("january",
// "sept", "thurs"): the words a date mention may start with by name.
const std::vector<std::string_view>& calendar_names();

}  // namespace sitrep::detail
