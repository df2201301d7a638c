// Internal to the geoparser: facts about candidate places that resolution
// scores with (kind, prior, containment, distance).
#pragma once

#include "recognize/places/gazetteer.h"
#include "recognize/places/place_view.h"

namespace sitrep::places {

// Great-circle distance in kilometres.
double km_between(const PlaceView& a, const PlaceView& b);
// A place's position with the cosine of its latitude worked out once, for
// measuring it against many others: km_between of two GeoPoints equals
// km_between of their places, bit for bit, with two fewer cosines.
struct GeoPoint {
  double latitude = 0;   // degrees
  double longitude = 0;  // degrees
  double cos_latitude = 0;
  static GeoPoint of(const PlaceView& p);
};
double km_between(const GeoPoint& a, const GeoPoint& b);
// A lower bound of km_between (by the longitudes alone) without the
// trigonometry: cos(x) >= 1 - x^2/2, sin(x) >= 2x/pi on [0, pi/2] and
// asin(y) >= y. 0 when it cannot say (near a pole, bad coordinates).
double km_lower_bound(const PlaceView& a, const PlaceView& b);
// km_between(a, b) < km, without the trigonometry for places plainly
// farther apart (by latitude alone, or by km_lower_bound).
bool closer_than(const PlaceView& a, const PlaceView& b, double km);
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
