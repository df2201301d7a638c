// The extractor: from an AnalyzedDocument to ACLED event records, one per
// incident per article (mentions of one attack in several sentences merge;
// an attack on two named places is two events). Country metadata that needs
// the country table (ISO numeric code, region) is filled later by the
// pipeline.
#pragma once

#include <vector>

#include "core/event.h"
#include "extract/analysis.h"
#include "extract/lexicon.h"

namespace sitrep {

std::vector<EventRecord> extract_events(const AnalyzedDocument& doc, const Lexicon& lexicon);

}  // namespace sitrep
