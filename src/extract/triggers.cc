#include "extract/triggers.h"

#include <algorithm>
#include <string_view>

namespace sitrep {
namespace {

// How far back a cue reaches. Negation binds tightly ("denied shelling");
// modality reaches over an object ("threatened to launch a new offensive").
constexpr size_t kNegationWindow = 5;
constexpr size_t kModalityWindow = 10;

bool is_clause_break(std::string_view w) {
  return w == ";" || w == ":" || w == "but" || w == "while" || w == "whereas" || w == "\"";
}

// Start of the clause containing `word` (the nearest break before it), or
// `floor` when the clause reaches further back than that.
size_t clause_start(const SentenceView& s, size_t word, size_t floor) {
  size_t i = word;
  while (i > floor && !is_clause_break(s.words()[i - 1])) --i;
  return i;
}

}  // namespace

bool is_unasserted(const SentenceView& s, size_t word) {
  // Negation and modality reach back within the clause; the clause start
  // is looked for only when the sentence has either cue at all.
  if (s.has_cue(Cue::kNegation) || s.has_cue(Cue::kModality)) {
    // Only the last kModalityWindow words before `word` are read, so the
    // clause start is looked for no further back.
    const size_t start = clause_start(s, word, word > kModalityWindow ? word - kModalityWindow : 0);
    const size_t neg_from =
        word > kNegationWindow ? std::max(start, word - kNegationWindow) : start;
    const size_t mod_from =
        word > kModalityWindow ? std::max(start, word - kModalityWindow) : start;
    if (s.cue_in(Cue::kNegation, neg_from, word)) return true;
    // "On May 9, rebels shelled": the month is no modal verb.
    for (size_t at = s.find_cue(Cue::kModality, mod_from, word); at != std::string::npos;
         at = s.find_cue(Cue::kModality, at + 1, word)) {
      if (!s.word_in(s.dates(), at)) return true;
    }
  }
  // A denial governs the whole sentence ("X denied that its aircraft had
  // targeted the centre, calling the strike a provocation"). So do
  // accusations, demands, appeals and threats: what they mention is what
  // one side says of the other, not a reported incident.
  if (s.any_cue_in({Cue::kDeny, Cue::kAccuse, Cue::kDemand, Cue::kAppeal, Cue::kThreaten}, 0,
                   word)) {
    return true;
  }
  // Headlines tell news in the present tense ("Rebels carry out attack"),
  // so there the present is no habit.
  if (!s.info().headline && s.cue_in(Cue::kHabitual, 0, word)) return true;
  // A conditional opening the sentence governs all of it ("If the truce is
  // broken, the army will respond").
  return !s.words().empty() && (s.words()[0] == "if" || s.words()[0] == "unless");
}

std::optional<TriggerHit> find_trigger(const SentenceView& s, const Lexicon& lexicon) {
  std::optional<TriggerHit> best;
  for (const PhraseMatch& m : s.info().phrases.triggers) {
    const Trigger& t = lexicon.trigger(m.pattern);
    if (best && best->trigger->priority >= t.priority) continue;
    if (is_unasserted(s, m.first_word)) continue;
    if (t.needs_action && !s.has_cue(Cue::kAction)) continue;
    // A weapon noun's action follows it: "jets have refrained from carrying
    // out strikes", "warplanes did not strike".
    if (t.needs_action && s.cue_in(Cue::kNegation, m.end_word, m.end_word + kNegationWindow)) {
      continue;
    }
    if (t.needs_crowd && !s.has_cue(Cue::kCrowd)) continue;
    TriggerHit hit;
    hit.first_word = m.first_word;
    hit.end_word = m.end_word;
    hit.trigger = &t;
    hit.span = {s.info().word_spans[m.first_word].start, s.info().word_spans[m.end_word - 1].end};
    best = hit;
  }
  return best;
}

}  // namespace sitrep
