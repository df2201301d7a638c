// Internal to the geoparser: facts about candidate places that resolution
// scores with (kind, prior, containment, distance).
#pragma once

#include "recognize/places/gazetteer.h"
#include "recognize/places/place_view.h"

namespace sitrep::places {

// Great-circle distance in kilometres.
double km_between(const PlaceView& a, const PlaceView& b);
// A lower bound of km_between (by the longitudes alone) without the
// trigonometry: cos(x) >= 1 - x^2/2, sin(x) >= 2x/pi on [0, pi/2] and
// asin(y) >= y. 0 when it cannot say (near a pole, bad coordinates).
double km_lower_bound(const PlaceView& a, const PlaceView& b);
// Continents, seas and named regions (gazetteer/supplement.tsv).
bool is_region(const PlaceView& p);
// Countries, regions and populous provinces: names that stay places even
// next to other capitalised words ("Texas Rangers", "Russian Foreign Ministry").
bool is_big_unit(const PlaceView& p);
// Gazetteer::prior adjusted for how the name matched (partial, fuzzy...).
double prior_score(const Candidate& c);
// True when `outer` contains `inner` as far as the gazetteer can tell: same
// country, same province, same county, or (for towns) within 30 km or the
// custom place's parent.
bool contains(const PlaceView& outer, const PlaceView& inner);

}  // namespace sitrep::places
