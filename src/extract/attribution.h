// Step 3 of extraction: who the article says the claim comes from.
// "X told TASS, citing the ministry" gives the chain [TASS, X, ministry]
// (outermost first); reported_by is the innermost named source.
#pragma once

#include <string>
#include <vector>

#include "extract/arguments.h"

namespace sitrep {

struct Attribution {
  std::string reported_by;           // "" when the sentence names no source
  std::vector<std::string> sources;  // outermost first
  Span span;                         // where reported_by was named
  bool hedged = false;               // "reportedly", "alleged", "claimed"
  bool pronoun_speaker = false;      // "he said": the source is named earlier
  Span person;                       // "according to Borenkov": a person named as source
};

Attribution find_attribution(const SentenceView& s);

// Whom a person speaks for: "Yuri Borenkov, chief of the Russian center for
// reconciliation" earlier in the document. Returns the organisation's name,
// or "" when the text does not say.
std::string organisation_of(const AnalyzedDocument& doc, std::string_view person);

}  // namespace sitrep
