// Internal to the geoparser: facts about candidate places that resolution
// scores with (kind, prior, containment, distance).
#pragma once

#include <cmath>

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
// A place's part of km_lower_bound, worked out once for measuring it
// against many others: km_lower_bound of two BoundPoints equals
// km_lower_bound of their places, bit for bit.
struct BoundPoint {
  double longitude = 0;  // degrees
  double cos_lower = 0;  // 1 - x^2/2 of its latitude x in radians: at most cos(x)
  static BoundPoint of(const PlaceView& p) {
    const double latitude = p.latitude * (M_PI / 180);
    return {p.longitude, 1 - latitude * latitude / 2};
  }
};
// Inline: the nearby-places search asks it of many pairs.
inline double km_lower_bound(const BoundPoint& a, const BoundPoint& b) {
  if (!(a.cos_lower > 0 && b.cos_lower > 0)) return 0;
  double lon = std::abs(b.longitude - a.longitude);
  if (lon > 180) lon = 360 - lon;  // the shorter way round
  if (!(lon >= 0 && lon <= 180)) return 0;
  // h >= cos(lat_a) cos(lat_b) sin^2(lon / 2), and sin(lon / 2) >= lon / pi.
  return 2 * 6371 * std::sqrt(a.cos_lower * b.cos_lower) * (lon * (M_PI / 180) / M_PI);
}
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
