// Internal to the geoparser: names the gazetteer lacks but the text frames
// as places ("the village of Naene", "Mildu village", "in Dedebit").
#pragma once

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "recognize/places/geoparser.h"
#include "recognize/places/toponym_finder.h"

namespace sitrep::places {

// Adds a mention for each of `which` (indices into found.mentions), placed at
// the most specific resolved place of `out` written next to it in the same
// sentence, else at `document_area()` (the province or country the text is
// about; called at most once), else dropped. Their ids are
// "unresolved:<folded name>", geo_precision 2 (next to a town or district)
// or 3, confidence 0.3. Keeps `out` in text order.
void add_unresolved_places(const FoundToponyms& found, std::string_view text, const std::vector<size_t>& which,
                           const std::function<std::optional<Place>()>& document_area,
                           std::vector<PlaceMention>& out);

}  // namespace sitrep::places
