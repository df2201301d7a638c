#include "text/calendar_words.h"

#include <vector>

#include "text/word_set.h"

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
WordSet names_of(const Entry (&table)[N]) {
  std::vector<std::string_view> names;
  for (const Entry& e : table) names.push_back(e.name);
  return WordSet(names);
}

// `lower` is already lowercase: looked up as it is in `names` (the
// table's names, in order).
template <size_t N>
CalendarWord find_lower(const Entry (&table)[N], const WordSet& names, std::string_view lower) {
  const int index = names.index_of(lower);
  if (index < 0 || static_cast<size_t>(index) >= N) return {-1, false};
  return {table[index].value, table[index].abbreviated};
}

const WordSet& month_names() {
  static const WordSet names = names_of(kMonths);
  return names;
}
const WordSet& weekday_names() {
  static const WordSet names = names_of(kWeekdays);
  return names;
}

}  // namespace

const std::vector<std::string_view>& calendar_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> out;
    for (const Entry& e : kMonths) out.push_back(e.name);
    for (const Entry& e : kWeekdays) out.push_back(e.name);
    return out;
  }();
  return names;
}

CalendarWord month_word_lower(std::string_view lower) {
  return find_lower(kMonths, month_names(), lower);
}
CalendarWord weekday_word_lower(std::string_view lower) {
  return find_lower(kWeekdays, weekday_names(), lower);
}

}  // namespace sitrep::detail
