// Statements: accusations, demands, appeals, denials and threats — what
// parties say about the conflict rather than what they do. Written as a
// second record kind (`record: "statement"`) by `sitrep extract --statements`.
#pragma once

#include <vector>

#include "core/event.h"
#include "extract/analysis.h"
#include "extract/lexicon.h"

namespace sitrep {

// One record per sentence with a speech-act verb: the speaker (the actor or
// capitalised name before the verb), the addressee (the first actor after
// it), the verb class, and the quote (text in quotation marks, else the
// clause after the verb).
std::vector<StatementRecord> extract_statements(const AnalyzedDocument& doc,
                                                const Lexicon& lexicon);

}  // namespace sitrep
