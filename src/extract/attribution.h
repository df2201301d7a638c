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
  std::string anaphor_head;          // "the center said": "center", named earlier
};

Attribution find_attribution(const SentenceView& s);

// Whom a person speaks for: "Yuri Borenkov, chief of the Russian center for
// reconciliation" earlier in the document. Returns the organisation's name,
// or "" when the text does not say.
std::string organisation_of(const AnalyzedDocument& doc, std::string_view person);

// The source a definite description points back to: "the center" in "the
// center's website says" is the last source named before `before` whose name
// has that word ("Russian Center for Reconciliation"). "" when none.
// Whether a source's name holds the word a definite description uses
// ("Interior ministry" for "the ministry"), ignoring case.
bool source_has_word(std::string_view source, std::string_view head);

std::string antecedent_source(const AnalyzedDocument& doc, std::string_view head, uint32_t before);

}  // namespace sitrep
