#include "text/calendar_words.h"

#include "text/ascii.h"

namespace sitrep::detail {
namespace {

struct Entry {
  std::string_view name;
  int value;
  bool abbreviated;
};

constexpr Entry kMonths[] = {
    {"january", 1, false},  {"february", 2, false}, {"march", 3, false},    {"april", 4, false},
    {"may", 5, false},      {"june", 6, false},     {"july", 7, false},     {"august", 8, false},
    {"september", 9, false}, {"october", 10, false}, {"november", 11, false}, {"december", 12, false},
    {"jan", 1, true},       {"feb", 2, true},       {"mar", 3, true},       {"apr", 4, true},
    {"jun", 6, true},       {"jul", 7, true},       {"aug", 8, true},       {"sep", 9, true},
    {"sept", 9, true},      {"oct", 10, true},      {"nov", 11, true},      {"dec", 12, true}};

constexpr Entry kWeekdays[] = {
    {"sunday", 0, false},   {"monday", 1, false}, {"tuesday", 2, false}, {"wednesday", 3, false},
    {"thursday", 4, false}, {"friday", 5, false}, {"saturday", 6, false}, {"sun", 0, true},
    {"mon", 1, true},       {"tue", 2, true},     {"tues", 2, true},     {"wed", 3, true},
    {"thu", 4, true},       {"thur", 4, true},    {"thurs", 4, true},    {"fri", 5, true},
    {"sat", 6, true}};

template <size_t N>
CalendarWord find(const Entry (&table)[N], std::string_view word) {
  if (word.size() < 3 || word.size() > 9) return {-1, false};
  for (const Entry& e : table) {
    if (ascii::iequals(word, e.name)) return {e.value, e.abbreviated};
  }
  return {-1, false};
}

}  // namespace

CalendarWord month_word(std::string_view word) { return find(kMonths, word); }
CalendarWord weekday_word(std::string_view word) { return find(kWeekdays, word); }

}  // namespace sitrep::detail
