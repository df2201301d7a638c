// Internal to the geoparser: which place each name find_toponyms() found
// stands for. Names vote for the countries and provinces of their candidate
// places, are scored against those votes, neighbouring places and containment
// ("Y, X"), over three passes; a name is reported when its best candidate
// clears its threshold.
#pragma once

#include <string_view>
#include <vector>

#include "recognize/places/gazetteer.h"
#include "recognize/places/geoparser.h"
#include "recognize/places/toponym_finder.h"

namespace sitrep::places {

// The places of `found` (the toponyms of `text`), in mention order, with
// the unresolved but framed names as unresolved places.
std::vector<PlaceMention> resolve_toponyms(const FoundToponyms& found, std::string_view text,
                                           const GeoContext& context, const Gazetteer& gazetteer,
                                           const GeoparserOptions& options);

}  // namespace sitrep::places
