#include "recognize/places/nearby_places.h"

#include <algorithm>
#include <cmath>

namespace sitrep::places {
namespace {

constexpr double kProximity = 3.0;  // another named place lies within 50 km

bool before(const auto& a, const auto& b) { return a.latitude < b.latitude; }

}  // namespace

void NearbyPlaces::reset(size_t names) {
  sources_.clear();
  by_latitude_.clear();
  index_bands();
  sources_.reserve(names);
  by_latitude_.reserve(names);
  source_of_.assign(names, -1);
}

void NearbyPlaces::sort() {
  std::sort(by_latitude_.begin(), by_latitude_.end(), before<ByLatitude, ByLatitude>);
  index_bands();
}

void NearbyPlaces::change(size_t source, const PlaceView& chosen, bool local) {
  unindex(source);
  Source& s = sources_[source];
  s.place = &chosen;
  s.has_point = false;
  s.town_sized = town_sized(chosen, local);
  index(source);
  index_bands();
}

NearbyPlaces::ByLatitude NearbyPlaces::entry(size_t source) const {
  const Source& s = sources_[source];
  return {s.place->latitude, BoundPoint::of(*s.place), std::min(1.0, s.weight), s.name, source};
}

void NearbyPlaces::index_bands() {
  if (by_latitude_.empty()) {
    first_band_ = last_band_ = 0;  // band 0 finds no entry, the others are north of it
    return;
  }
  first_band_ = band_of(by_latitude_.front().latitude);
  last_band_ = band_of(by_latitude_.back().latitude);
  size_t band = first_band_ + 1;
  for (size_t e = 0; e < by_latitude_.size(); ++e) {
    const size_t last = band_of(by_latitude_[e].latitude);
    for (; band <= last; ++band) first_in_band_[band] = static_cast<uint32_t>(e);
  }
}

void NearbyPlaces::index(size_t source) {
  if (!sources_[source].town_sized) return;
  const ByLatitude e = entry(source);
  by_latitude_.insert(
      std::upper_bound(by_latitude_.begin(), by_latitude_.end(), e, before<ByLatitude, ByLatitude>),
      e);
}

void NearbyPlaces::unindex(size_t source) {
  std::erase_if(by_latitude_, [source](const ByLatitude& e) { return e.source == source; });
}

double NearbyPlaces::support_from(size_t name, const PlaceView& p, size_t from) {
  const double high = p.latitude + kWindow;
  const BoundPoint bound = BoundPoint::of(p);
  double best = 0;
  GeoPoint point;  // p's, its cosine worked out at the first source near enough
  bool has_point = false;
  // Those south of the window fail the reach test, as they would have
  // been passed over by a search from its southern edge.
  for (auto it = by_latitude_.begin() + static_cast<ptrdiff_t>(from);
       it != by_latitude_.end() && it->latitude <= high; ++it) {
    if (it->name == name || std::abs(p.latitude - it->latitude) >= kLatitudeReach) continue;
    // A source counts at most its weight (capped at 1): one that cannot
    // beat the best so far needs no distance.
    if (it->most <= best) continue;
    // Past 150 km a place counts nothing: most candidates that share a
    // latitude with a source lie far east or west of it.
    if (km_lower_bound(bound, it->bound) > 151) continue;
    Source& s = sources_[it->source];
    const PlaceView& q = *s.place;
    if (q.id == p.id) continue;
    if (!has_point) {
      point = GeoPoint::of(p);
      has_point = true;
    }
    if (!s.has_point) {
      s.point = GeoPoint::of(q);
      s.has_point = true;
    }
    const double km = km_between(point, s.point);
    const double near = km < 50 ? 1.0 : km < 150 ? 0.5 : 0.0;
    best = std::max(best, near * it->most);
    if (best >= 1.0) break;  // no source counts more
  }
  return kProximity * best;
}

}  // namespace sitrep::places
