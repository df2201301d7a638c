#include "extract/casualties.h"

#include <algorithm>
#include <limits>
#include <string_view>

#include "extract/asides.h"

namespace sitrep {
namespace {

// Words that may stand between a number and its casualty word:
// "six civilians were confirmed killed", "12 people have been wounded".
constexpr size_t kAfterWindow = 7;
// Words between a casualty verb and its number: "killing at least 40".
constexpr size_t kBeforeWindow = 4;

bool is_weekday_or_time(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "monday", "tuesday",   "wednesday", "thursday", "friday",  "saturday",
      "sunday", "yesterday", "dawn",      "midnight", "morning", "noon",
      "then",   "early",     "late",      "the",      "this"};
  return std::any_of(std::begin(kWords), std::end(kWords),
                     [&](std::string_view k) { return w == k; });
}

enum class Kind { kNone, kKill, kInjure };

Kind kind_at(const SentenceView& s, size_t word) {
  if (s.cue_in(Cue::kKill, word, word + 1)) return Kind::kKill;
  if (s.cue_in(Cue::kInjure, word, word + 1)) return Kind::kInjure;
  return Kind::kNone;
}

// Words that end the reach of a casualty word: another clause begins.
bool ends_clause(std::string_view w) {
  return w == "," || w == ";" || w == "after" || w == "when" || w == "as" || w == "following" ||
         w == "before" || w == "while" || w == "because";
}

// "including three children", "among them two women": part of a count
// already made, not a count of its own.
bool is_subset(const SentenceView& s, const QuantityRef& q) {
  const size_t first = s.word_from(q.span.start);
  if (first == 0) return false;
  const auto& w = s.words();
  return w[first - 1] == "including" || w[first - 1] == "among" ||
         (first >= 2 && (w[first - 2] == "among" || w[first - 2] == "of") &&
          (w[first - 1] == "them" || w[first - 1] == "whom"));
}

// The casualty word a number belongs to: one right before it ("killed 3",
// "killing at least 40"), else the first after it in the clause ("six
// civilians were killed"), else one a little further back. A casualty word
// past another number belongs to that number ("one reporting 138 wounded").
Kind classify(const SentenceView& s, const QuantityRef& q) {
  const size_t last = s.word_before(q.span.end);
  const size_t first = s.word_from(q.span.start);
  if (last == std::string::npos) return Kind::kNone;
  const auto& words = s.words();
  // "executed nearly 15 airstrikes", "shelled 48 times": not people.
  if (s.cue_in(Cue::kThing, last + 1, last + 2)) return Kind::kNone;
  auto look_back = [&](size_t limit, bool stop_at_and) {
    for (size_t back = 1; back <= limit && back <= first; ++back) {
      const size_t i = first - back;
      if (ends_clause(words[i]) || (stop_at_and && words[i] == "and")) break;
      if (Kind k = kind_at(s, i); k != Kind::kNone) return k;
    }
    return Kind::kNone;
  };
  if (Kind k = look_back(2, true); k != Kind::kNone) return k;
  const auto& quantities = s.quantities();
  auto starts_other_count = [&](size_t word) {
    const uint32_t at = s.info().word_spans[word].start;
    return std::any_of(quantities.begin(), quantities.end(), [&](const QuantityRef* o) {
      return o->span.start == at && !o->is_age && !is_subset(s, *o);
    });
  };
  size_t limit = std::min(words.size(), last + 1 + kAfterWindow);
  for (size_t i = last + 1; i < limit; ++i) {
    // "six soldiers, including a major, were killed"
    if (const size_t close = aside_end(words, i); close != i) {
      limit = std::min(words.size(), close + 1 + kAfterWindow);
      i = close;
      continue;
    }
    if (ends_clause(words[i]) || starts_other_count(i)) break;
    if (Kind k = kind_at(s, i); k != Kind::kNone) return k;
  }
  return look_back(kBeforeWindow, false);
}

int clamp_int(long v) {
  return static_cast<int>(std::min<long>(v, std::numeric_limits<int>::max()));
}

void keep(std::optional<Count>& slot, const QuantityRef& q) {
  Count c{clamp_int(q.value), q.vague, q.span};
  if (!slot) {
    slot = c;
    return;
  }
  // "6 soldiers and 2 attackers were killed": both counts belong to the
  // same casualty word, so they add up.
  slot->value =
      clamp_int(static_cast<long>(slot->value) + c.value);  // no overflow on absurd figures
  slot->vague = slot->vague && c.vague;
  slot->span = {std::min(slot->span.start, c.span.start), std::max(slot->span.end, c.span.end)};
}

bool says_no_casualties(const SentenceView& s) {
  const auto& w = s.words();
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] == "no" && (w[i + 1] == "casualties" || w[i + 1] == "one" || w[i + 1] == "deaths")) {
      if (w[i + 1] != "one") return true;
      if (i + 3 < w.size() && w[i + 2] == "was" && (w[i + 3] == "killed" || w[i + 3] == "hurt"))
        return true;
    }
  }
  return false;
}

// "An American soldier was killed", "killing a customer": one victim named
// with an article rather than a number.
void count_singular_victims(const SentenceView& s, Casualties& out) {
  const auto& w = s.words();
  for (size_t i = 0; i < w.size(); ++i) {
    if (w[i] != "a" && w[i] != "an") continue;
    // "a <noun...> was killed"
    for (size_t j = i + 2; j < std::min(w.size(), i + 6); ++j) {
      if (w[j] == "," || w[j] == "and") break;
      if ((w[j] == "was" || w[j] == "is") && j + 1 < w.size()) {
        const Kind k = kind_at(s, j + 1);
        if (k == Kind::kNone) break;
        const Span span{s.info().word_spans[i].start, s.info().word_spans[j + 1].end};
        (k == Kind::kKill ? out.fatalities : out.injuries) = Count{1, false, span};
        return;
      }
    }
    // "the death of a member", "the killing of a commander"
    if (i >= 2 && w[i - 1] == "of" && (w[i - 2] == "death" || w[i - 2] == "killing")) {
      const Span span{s.info().word_spans[i - 2].start, s.info().word_spans[i].end};
      out.fatalities = Count{1, false, span};
      return;
    }
    // "killing a customer", "wounded a soldier"
    if (i > 0) {
      const Kind k = kind_at(s, i - 1);
      // "shot dead a shopkeeper" counts; "the dead a day later" does not.
      const bool shot_dead = w[i - 1] == "dead" && i >= 2 && w[i - 2] == "shot";
      if (k == Kind::kNone || w[i - 1] == "death" || (w[i - 1] == "dead" && !shot_dead)) continue;
      const Span span{s.info().word_spans[i - 1].start, s.info().word_spans[i].end};
      (k == Kind::kKill ? out.fatalities : out.injuries) = Count{1, false, span};
      return;
    }
  }
}

}  // namespace

// A tally covers weeks or months: "since February", "so far this year".
// "since Friday morning" is one event's clock, not a tally.
bool is_tally(const SentenceView& s) {
  const auto& words = s.words();
  // "more than 100,000 people have been killed": a war's toll, not a day's.
  constexpr long kWarToll = 1000;
  // (The kill cue, a bit test, is asked first: the word scan only then.)
  if (s.has_cue(Cue::kKill) &&
      std::any_of(s.quantities().begin(), s.quantities().end(),
                  [](const QuantityRef* q) { return q->value >= kWarToll && !q->is_age; }) &&
      std::find(words.begin(), words.end(), "been") != words.end()) {
    return true;
  }
  for (size_t i = s.find_cue(Cue::kTally, 0, words.size()); i != std::string::npos;
       i = s.find_cue(Cue::kTally, i + 1, words.size())) {
    if (words[i] == "since" && i + 1 < words.size() && is_weekday_or_time(words[i + 1]) &&
        words[i + 1] != "the") {
      continue;
    }
    return true;
  }
  return false;
}

Casualties find_casualties(const SentenceView& s) {
  Casualties out;
  // Every count below is read off a kill or injury cue ("death of a ...",
  // "killing a ..." included: "death*" and "killing" are kill cues), and so
  // is "no casualties", "no deaths", "no one was killed/hurt"; a sentence
  // with neither cue has none to read.
  if (!s.has_cue(Cue::kKill) && !s.has_cue(Cue::kInjure)) return out;
  if (says_no_casualties(s)) {
    const Span whole = s.info().span;
    out.fatalities = Count{0, false, whole};
    out.injuries = Count{0, false, whole};
    return out;
  }
  if (is_tally(s)) return out;
  count_singular_victims(s, out);
  for (const QuantityRef* q : s.quantities()) {
    if (q->is_age || is_subset(s, *q)) continue;
    switch (classify(s, *q)) {
      case Kind::kKill:
        keep(out.fatalities, *q);
        break;
      case Kind::kInjure:
        keep(out.injuries, *q);
        break;
      case Kind::kNone:
        break;
    }
  }
  return out;
}

std::optional<Count> combine_counts(const std::optional<Count>& a, const std::optional<Count>& b,
                                    bool same_source) {
  if (!a) return b;
  if (!b) return a;
  if (a->vague != b->vague) return a->vague ? b : a;
  return (a->value <= b->value) != same_source ? a : b;
}

}  // namespace sitrep
