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
}

void NearbyPlaces::add(size_t name, double weight, const PlaceView& chosen, bool local) {
  source_of_[name] = static_cast<int>(sources_.size());
  const bool town = town_sized(chosen, local);
  sources_.push_back({name, weight, &chosen, town, {}, false});
  if (town) by_latitude_.push_back({chosen.latitude, sources_.size() - 1});
}

void NearbyPlaces::sort() {
  std::sort(by_latitude_.begin(), by_latitude_.end(), before<ByLatitude, ByLatitude>);
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
}

void NearbyPlaces::index(size_t source) {
  if (!sources_[source].town_sized) return;
  const PlaceView& q = *sources_[source].place;
  const ByLatitude entry{q.latitude, source};
  by_latitude_.insert(std::upper_bound(by_latitude_.begin(), by_latitude_.end(), entry,
                                       before<ByLatitude, ByLatitude>),
                      entry);
}

void NearbyPlaces::unindex(size_t source) {
  std::erase_if(by_latitude_, [source](const ByLatitude& e) { return e.source == source; });
}

double NearbyPlaces::support(size_t name, const PlaceView& p) {
  if (std::isnan(p.latitude)) return 0;
  // Most candidates lie outside the band the sources span: no search.
  if (by_latitude_.empty() || p.latitude < by_latitude_.front().latitude - kLatitudeReach ||
      p.latitude > by_latitude_.back().latitude + kLatitudeReach) {
    return 0;
  }
  // A little wider than the reach, then the exact test.
  const ByLatitude low{p.latitude - kLatitudeReach - 0.01, 0};
  double best = 0;
  GeoPoint point;  // p's, its cosine worked out at the first source near enough
  bool has_point = false;
  for (auto it = std::lower_bound(by_latitude_.begin(), by_latitude_.end(), low,
                                  before<ByLatitude, ByLatitude>);
       it != by_latitude_.end() && it->latitude <= p.latitude + kLatitudeReach + 0.01; ++it) {
    Source& s = sources_[it->source];
    if (s.name == name || std::abs(p.latitude - it->latitude) >= kLatitudeReach) continue;
    // A source counts at most its weight (capped at 1): one that cannot
    // beat the best so far needs no distance.
    const double most = std::min(1.0, s.weight);
    if (most <= best) continue;
    const PlaceView& q = *s.place;
    if (q.id == p.id) continue;
    // Past 150 km a place counts nothing: most candidates that share a
    // latitude with a source lie far east or west of it.
    if (km_lower_bound(p, q) > 151) continue;
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
    best = std::max(best, near * most);
    if (best >= 1.0) break;  // no source counts more
  }
  return kProximity * best;
}

}  // namespace sitrep::places
