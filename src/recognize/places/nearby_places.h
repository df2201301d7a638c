// Internal to the geoparser: support from the other places the text names
// nearby (Columbus next to Phenix City is Columbus, Georgia).
//
// Resolution weighs every town-sized candidate of every name against the
// place each other name currently stands for. Only names whose vote weighs
// 0.3 or more count, so they are gathered once per pass, and each one's
// place is refreshed as its name's choice changes: a name scored later in a
// pass sees the new choices of the names before it. The town-sized places
// among them are kept in latitude order, so a candidate looks only at those
// within 1.36 degrees of it (150 km).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "recognize/places/place_scoring.h"
#include "recognize/places/place_view.h"

namespace sitrep::places {

class NearbyPlaces {
 public:
  // Starts a pass over `names` names, none counting yet.
  void reset(size_t names);
  // Name `name`, whose vote weighs `weight`, counts this pass (weight >= 0.3).
  // `local`: `chosen` is neither a big unit nor a province (the caller
  // knows it of every candidate; only such places back a neighbour).
  void add(size_t name, double weight, const PlaceView& chosen, bool local);
  // After the last add of the pass, before support or update.
  void sort();
  // Name `name` now stands for `chosen` (ignored when it does not count).
  void update(size_t name, const PlaceView& chosen, bool local);
  // 0..3: how well the counting names other than `name` back the town-sized
  // candidate `p` (within 50 km full, within 150 km half, by their weight).
  // Not const: it keeps the cosine of each source's latitude it works out.
  // Inline, the test that most candidates end at (no source within reach
  // of their latitude, or no latitude: NaN fails both comparisons).
  [[nodiscard]] double support(size_t name, const PlaceView& p) {
    if (!(p.latitude >= reach_low_ && p.latitude <= reach_high_)) return 0;
    return support_in_reach(name, p);
  }

 private:
  struct Source {
    size_t name = 0;
    double weight = 0;
    const PlaceView* place = nullptr;
    bool town_sized = false;  // local, with a latitude
    // The place's position, its cosine worked out once when first measured
    // against (most sources are never measured: no trigonometry for them).
    GeoPoint point;
    bool has_point = false;
  };
  // A town-sized source with what the search tests of it, side by side:
  // most entries a search passes over fail on these alone, without a look
  // at the source or its place.
  struct ByLatitude {
    double latitude = 0;
    BoundPoint bound;   // its part of km_lower_bound
    double most = 0;    // what it can count: its weight, capped at 1
    size_t name = 0;    // the source's name
    size_t source = 0;  // index in sources_
  };
  double support_in_reach(size_t name, const PlaceView& p);
  void index(size_t source);    // into by_latitude_, when its place is town-sized
  void unindex(size_t source);  // out of by_latitude_
  ByLatitude entry(size_t source) const;
  void update_reach();  // after by_latitude_ changes

  std::vector<Source> sources_;
  std::vector<int> source_of_;           // per name: its index in sources_, -1 none
  std::vector<ByLatitude> by_latitude_;  // sources whose place is town-sized, by latitude
  // The latitudes within reach of some source (an empty range when none is
  // town-sized).
  double reach_low_ = 1;
  double reach_high_ = 0;
};

}  // namespace sitrep::places
