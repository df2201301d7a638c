// Fatalities and injuries stated in one sentence, with ACLED's conventions:
// "at least 15" -> 15, "dozens" -> 12, ages and tallies over weeks or months
// are not counts of one event.
#pragma once

#include <optional>
#include <string>

#include "extract/sentence_view.h"

namespace sitrep {

struct Count {
  int value = 0;
  bool vague = false;  // from "dozens", "hundreds": weaker than a figure
  Span span;           // the words the number came from
};

struct Casualties {
  std::optional<Count> fatalities;
  std::optional<Count> injuries;
};

Casualties find_casualties(const SentenceView& sentence);

// The sentence counts over weeks or months ("so far about 160 have been
// killed", "since February"), not one event.
bool is_tally(const SentenceView& sentence);

// Merging two reports of one event: a stated figure beats a vague one. Of
// two figures from different sources the lower wins (ACLED's conservative
// convention); one source giving two figures is giving a total and a part of
// it ("eleven killed" ... "killing eight civilians"), so the higher wins.
std::optional<Count> combine_counts(const std::optional<Count>& a, const std::optional<Count>& b,
                                    bool same_source);

}  // namespace sitrep
