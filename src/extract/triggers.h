// Step 1 of extraction: which sentences report an event, and of what kind.
#pragma once

#include <optional>

#include "extract/lexicon.h"
#include "extract/sentence_view.h"

namespace sitrep {

struct TriggerHit {
  size_t first_word = 0;
  size_t end_word = 0;
  const Trigger* trigger = nullptr;
  Span span;  // bytes of the trigger words
};

// The strongest trigger in the sentence that is asserted as having happened:
// triggers under a negation ("denied shelling") or a modality ("threatened to
// attack", "plans an offensive", "if the truce collapses") are skipped.
std::optional<TriggerHit> find_trigger(const SentenceView& sentence, const Lexicon& lexicon);

// Whether the words before `word` in its clause negate or modalise it.
bool is_unasserted(const SentenceView& sentence, size_t word);

}  // namespace sitrep
