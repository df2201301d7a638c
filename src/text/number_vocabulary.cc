#include "text/number_vocabulary.h"

#include <algorithm>
#include <iterator>

#include "text/ascii.h"
#include "text/word_set.h"

namespace sitrep::detail {
namespace {

struct Named {
  std::string_view word;
  WordKind kind;
  long value;
};

constexpr Named kWords[] = {
    {"zero", WordKind::kUnit, 0},        {"one", WordKind::kUnit, 1},
    {"two", WordKind::kUnit, 2},         {"three", WordKind::kUnit, 3},
    {"four", WordKind::kUnit, 4},        {"five", WordKind::kUnit, 5},
    {"six", WordKind::kUnit, 6},         {"seven", WordKind::kUnit, 7},
    {"eight", WordKind::kUnit, 8},       {"nine", WordKind::kUnit, 9},
    {"ten", WordKind::kUnit, 10},        {"eleven", WordKind::kUnit, 11},
    {"twelve", WordKind::kUnit, 12},     {"thirteen", WordKind::kUnit, 13},
    {"fourteen", WordKind::kUnit, 14},   {"fifteen", WordKind::kUnit, 15},
    {"sixteen", WordKind::kUnit, 16},    {"seventeen", WordKind::kUnit, 17},
    {"eighteen", WordKind::kUnit, 18},   {"nineteen", WordKind::kUnit, 19},
    {"twenty", WordKind::kTen, 20},      {"thirty", WordKind::kTen, 30},
    {"forty", WordKind::kTen, 40},       {"fourty", WordKind::kTen, 40},
    {"fifty", WordKind::kTen, 50},       {"sixty", WordKind::kTen, 60},
    {"seventy", WordKind::kTen, 70},     {"eighty", WordKind::kTen, 80},
    {"ninety", WordKind::kTen, 90},      {"hundred", WordKind::kHundred, 100},
    {"thousand", WordKind::kScale, 1000}, {"million", WordKind::kScale, 1000000},
    {"billion", WordKind::kScale, 1000000000}, {"trillion", WordKind::kScale, 1000000000000},
    {"dozen", WordKind::kDozen, 12},     {"dozens", WordKind::kVague, 12},
    {"scores", WordKind::kVague, 20},    {"hundreds", WordKind::kVague, 100},
    {"thousands", WordKind::kVague, 1000}, {"millions", WordKind::kVague, 1000000},
    {"tens", WordKind::kVague, 10},      {"several", WordKind::kIndefinite, 3},
    {"numerous", WordKind::kIndefinite, 3}};

// Words at() tests by name ("no one", "half a dozen", "a hundred").
constexpr std::string_view kNamedStarters[] = {"no", "nobody", "none", "half", "a", "an"};

}  // namespace

WordInfo word_info(std::string_view lower) {
  static const WordSet index = [] {
    std::vector<std::string_view> words;
    for (const Named& n : kWords) words.push_back(n.word);
    return WordSet(words);
  }();
  const int k = index.index_of(lower);
  if (k < 0) return {};
  return {kWords[k].kind, kWords[k].value};
}

const std::vector<std::string_view>& number_starter_words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> out(std::begin(kNamedStarters), std::end(kNamedStarters));
    for (const Named& n : kWords) out.push_back(n.word);
    return out;
  }();
  return words;
}

const std::vector<std::string_view>& count_words() {
  static const std::vector<std::string_view> words = [] {
    std::vector<std::string_view> out;
    for (const Named& n : kWords) {
      if (n.kind == WordKind::kUnit || n.kind == WordKind::kTen) out.push_back(n.word);
    }
    return out;
  }();
  return words;
}

// A number phrase starting with a word has a number word as its leading
// letters, or one of the words at() tests by name ("no one", "half a
// dozen", "a hundred"); a hyphen compound ("twenty-one", "two-year-old")
// starts with a number word too.
bool may_start_number(std::string_view lower) {
  static const WordSet starters(number_starter_words());
  constexpr size_t longest_starter = [] {
    size_t n = 0;
    for (std::string_view w : kNamedStarters) n = std::max(n, w.size());
    for (const Named& w : kWords) n = std::max(n, w.word.size());
    return n;
  }();
  // Bit c - 'a' is set when some starter begins with letter c: about a third
  // of words ("in", "was", "police", "killed") begin with no starter's
  // letter and are turned away before their letters are counted.
  constexpr uint32_t starter_first_letters = [] {
    uint32_t bits = 0;
    for (std::string_view w : kNamedStarters) bits |= uint32_t{1} << (w[0] - 'a');
    for (const Named& w : kWords) bits |= uint32_t{1} << (w.word[0] - 'a');
    return bits;
  }();
  if (lower.empty() || ascii::is_digit(lower[0])) return true;
  // Not a lower-case letter: no leading letters, so no starter either.
  if (!ascii::is_lower(lower[0]) || ((starter_first_letters >> (lower[0] - 'a')) & 1) == 0) {
    return false;
  }
  // Most of the rest ("the", "said", "from") open with two letters no
  // starter does.
  if (!starters.may_open(lower)) return false;
  // Leading letters beyond the longest starter cannot match one: stop there
  // rather than walk the rest of a long word.
  const size_t limit = std::min(lower.size(), longest_starter + 1);
  size_t letters = 0;
  while (letters < limit && ascii::is_lower(lower[letters])) ++letters;
  if (letters > longest_starter) return false;
  return starters.contains(lower.substr(0, letters));
}

}  // namespace sitrep::detail
