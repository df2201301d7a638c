// Internal to the geoparser: which of a mention's gazetteer candidates its
// form and frame allow (a stopword or a person is no place, "US" only as a
// known abbreviation, "Idlib province" keeps the provinces, a demonym only
// alone).
#pragma once

#include <string_view>
#include <vector>

#include "recognize/places/gazetteer.h"
#include "recognize/places/toponym_finder.h"

namespace sitrep::places {

// The candidates of mention `m` (of `found`, in `text`) its form and frame
// allow, into `out` as pointers into found.candidate_lists.
void allowed_candidates(const FoundToponyms& found, std::string_view text, const RawMention& m,
                        std::vector<const Candidate*>& out);

}  // namespace sitrep::places
