#include "recognize/places/nearby_places.h"

#include <algorithm>
#include <cmath>

namespace sitrep::places {
namespace {

constexpr double kProximity = 3.0;  // another named place lies within 50 km
// No path between two latitudes is shorter than the meridian's 111.19 km a
// degree: 1.36 degrees apart (151 km, with slack for rounding) is past the
// 150 km that counts, without the trigonometry.
constexpr double kLatitudeReach = 151 / 111.0;

bool before(const auto& a, const auto& b) { return a.latitude < b.latitude; }

// Big units and provinces back no neighbour; a place without a latitude
// (NaN) is never within reach of any other.
bool town_sized(const PlaceView& q, bool local) { return local && !std::isnan(q.latitude); }

}  // namespace

void NearbyPlaces::reset(size_t names) {
  sources_.clear();
  by_latitude_.clear();
  sources_.reserve(names);
  by_latitude_.reserve(names);
  source_of_.assign(names, -1);
  update_reach();
}

void NearbyPlaces::add(size_t name, double weight, const PlaceView& chosen, bool local) {
  source_of_[name] = static_cast<int>(sources_.size());
  const bool town = town_sized(chosen, local);
  sources_.push_back({name, weight, &chosen, town, {}, false});
  if (town) by_latitude_.push_back(entry(sources_.size() - 1));
}

void NearbyPlaces::sort() {
  std::sort(by_latitude_.begin(), by_latitude_.end(), before<ByLatitude, ByLatitude>);
  update_reach();
}

void NearbyPlaces::update(size_t name, const PlaceView& chosen, bool local) {
  const int source = source_of_[name];
  if (source < 0 || sources_[static_cast<size_t>(source)].place == &chosen) return;
  unindex(static_cast<size_t>(source));
  Source& s = sources_[static_cast<size_t>(source)];
  s.place = &chosen;
  s.has_point = false;
  s.town_sized = town_sized(chosen, local);
  index(static_cast<size_t>(source));
  update_reach();
}

NearbyPlaces::ByLatitude NearbyPlaces::entry(size_t source) const {
  const Source& s = sources_[source];
  return {s.place->latitude, BoundPoint::of(*s.place), std::min(1.0, s.weight), s.name, source};
}

void NearbyPlaces::update_reach() {
  if (by_latitude_.empty()) {
    reach_low_ = 1;
    reach_high_ = 0;
    return;
  }
  reach_low_ = by_latitude_.front().latitude - kLatitudeReach;
  reach_high_ = by_latitude_.back().latitude + kLatitudeReach;
}

void NearbyPlaces::index(size_t source) {
  if (!sources_[source].town_sized) return;
  const ByLatitude e = entry(source);
  by_latitude_.insert(std::upper_bound(by_latitude_.begin(), by_latitude_.end(), e,
                                       before<ByLatitude, ByLatitude>),
                      e);
}

void NearbyPlaces::unindex(size_t source) {
  std::erase_if(by_latitude_, [source](const ByLatitude& e) { return e.source == source; });
}

double NearbyPlaces::support_in_reach(size_t name, const PlaceView& p) {
  // A little wider than the reach, then the exact test.
  const double low = p.latitude - kLatitudeReach - 0.01;
  const double high = p.latitude + kLatitudeReach + 0.01;
  const BoundPoint bound = BoundPoint::of(p);
  double best = 0;
  GeoPoint point;  // p's, its cosine worked out at the first source near enough
  bool has_point = false;
  auto below = [](const ByLatitude& e, double latitude) { return e.latitude < latitude; };
  for (auto it = std::lower_bound(by_latitude_.begin(), by_latitude_.end(), low, below);
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
