// Internal to the geoparser: the area a text is about, for names it could
// not resolve ("in the village of X" in a text about Idlib province).
#pragma once

#include <optional>
#include <span>

#include "recognize/places/gazetteer.h"
#include "recognize/places/place.h"
#include "recognize/places/place_view.h"

namespace sitrep::places {

// The province most of the `resolved` places (one per resolved name) lie in
// (a third of them or more), else their country (half or more); nullopt
// when the text has no clear centre.
std::optional<Place> main_area(std::span<const PlaceView* const> resolved,
                               const Gazetteer& gazetteer);

}  // namespace sitrep::places
