#include "recognize/places/nearby_places.h"

#include <algorithm>
#include <cmath>

#include "recognize/places/place_scoring.h"

namespace sitrep::places {

constexpr double kProximity = 3.0;  // another named place lies within 50 km

void NearbyPlaces::reset(size_t names) {
  sources_.clear();
  source_of_.assign(names, -1);
}

void NearbyPlaces::add(size_t name, double weight, const PlaceView& chosen) {
  source_of_[name] = static_cast<int>(sources_.size());
  sources_.push_back({name, weight, false, 0, {}, nullptr});
  update(name, chosen);
}

void NearbyPlaces::update(size_t name, const PlaceView& chosen) {
  const int index = source_of_[name];
  if (index < 0) return;
  Source& s = sources_[static_cast<size_t>(index)];
  s.eligible = !is_big_unit(chosen) && !chosen.is_admin1();
  s.latitude = chosen.latitude;
  s.id = chosen.id;
  s.place = &chosen;
}

double NearbyPlaces::support(size_t name, const PlaceView& p) const {
  double best = 0;
  for (const Source& s : sources_) {
    if (s.name == name || !s.eligible) continue;
    // A degree of latitude is 111 km of great circle: 1.5 degrees apart is
    // too far to count, without the trigonometry.
    if (std::abs(p.latitude - s.latitude) >= 1.5) continue;
    if (s.id == p.id) continue;
    // Past 150 km a place counts nothing: most candidates that share a
    // latitude with a source lie far east or west of it.
    if (km_lower_bound(p, *s.place) > 151) continue;
    const double km = km_between(p, *s.place);
    const double near = km < 50 ? 1.0 : km < 150 ? 0.5 : 0.0;
    best = std::max(best, near * std::min(1.0, s.weight));
  }
  return kProximity * best;
}

}  // namespace sitrep::places
