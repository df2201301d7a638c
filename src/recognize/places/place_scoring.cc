#include "recognize/places/place_scoring.h"

#include <algorithm>
#include <cmath>

#include "recognize/places/name_fold.h"

namespace sitrep::places {

namespace {
constexpr double kRad = M_PI / 180;
}  // namespace

GeoPoint GeoPoint::of(const PlaceView& p) {
  return {p.latitude, p.longitude, std::cos(p.latitude * kRad)};
}

double km_between(const GeoPoint& a, const GeoPoint& b) {
  const double sin_lat = std::sin((b.latitude - a.latitude) * kRad / 2);
  const double sin_lon = std::sin((b.longitude - a.longitude) * kRad / 2);
  const double h = sin_lat * sin_lat + a.cos_latitude * b.cos_latitude * (sin_lon * sin_lon);
  return 2 * 6371 * std::asin(std::min(1.0, std::sqrt(h)));
}

double km_between(const PlaceView& a, const PlaceView& b) {
  return km_between(GeoPoint::of(a), GeoPoint::of(b));
}

double km_lower_bound(const PlaceView& a, const PlaceView& b) {
  return km_lower_bound(BoundPoint::of(a), BoundPoint::of(b));
}

bool closer_than(const PlaceView& a, const PlaceView& b, double km) {
  // No path between two latitudes is shorter than the meridian's 111.19 km
  // a degree; the 1 km of slack covers rounding in either bound.
  if (std::abs(a.latitude - b.latitude) * 111.0 > km + 1) return false;
  if (km_lower_bound(a, b) > km + 1) return false;
  return km_between(a, b) < km;
}

bool is_region(const PlaceView& p) {
  return p.id.starts_with("cont:") || p.id.starts_with("rgn:") || p.feature_code == "CONT" ||
         p.feature_code == "RGN";
}

bool is_big_unit(const PlaceView& p) {
  return p.is_country() || is_region(p) || (p.is_admin1() && p.population >= 200000);
}

double prior_score(const Candidate& c) {
  double s = Gazetteer::prior(c.place);
  if (c.match.partial) s -= 2.5;
  if (c.match.article_stripped) s -= 0.3;
  if (c.match.fuzzy) s -= 1.5;
  return s;
}

// True when `outer` contains `inner` as far as the gazetteer can tell.
bool contains(const PlaceView& outer, const PlaceView& inner) {
  if (outer.id == inner.id) return false;
  if (outer.is_country()) return !inner.country_code.empty() && inner.country_code == outer.country_code;
  if (outer.is_admin1()) return !inner.admin1_code.empty() && inner.admin1_code == outer.admin1_code;
  if (outer.is_admin2()) {
    return !inner.admin1_code.empty() && inner.admin1_code == outer.admin1_code && inner.admin2 == outer.admin2 &&
           !inner.is_admin2();
  }
  if (is_region(outer)) return false;
  if (!inner.parent.empty() && fold_name(inner.parent) == fold_name(outer.name)) return true;
  if (inner.is_admin1() || inner.is_country()) return false;
  return closer_than(outer, inner, 30);
}

}  // namespace sitrep::places
