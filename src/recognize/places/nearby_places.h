// Internal to the geoparser: support from the other places the text names
// nearby (Columbus next to Phenix City is Columbus, Georgia).
//
// Resolution weighs every town-sized candidate of every name against the
// place each other name currently stands for. Only names whose vote weighs
// 0.3 or more count, so they are gathered once per pass, and each one's
// place is refreshed as its name's choice changes: a name scored later in a
// pass sees the new choices of the names before it. The town-sized places
// among them are kept in latitude order, so a candidate looks only at those
// within 1.36 degrees of it (150 km), starting from a table of where each
// degree of latitude begins.
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
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
  // Inline: once per counting name and pass.
  void add(size_t name, double weight, const PlaceView& chosen, bool local) {
    source_of_[name] = static_cast<int>(sources_.size());
    const bool town = town_sized(chosen, local);
    sources_.push_back({name, weight, &chosen, town, {}, false});
    if (town) by_latitude_.push_back(entry(sources_.size() - 1));
  }
  // After the last add of the pass, before support or update.
  void sort();
  // Name `name` now stands for `chosen` (ignored when it does not count).
  // Inline, the common case: the name's choice has not changed.
  void update(size_t name, const PlaceView& chosen, bool local) {
    const int source = source_of_[name];
    if (source < 0 || sources_[static_cast<size_t>(source)].place == &chosen) return;
    change(static_cast<size_t>(source), chosen, local);
  }
  // 0..3: how well the counting names other than `name` back the town-sized
  // candidate `p` (within 50 km full, within 150 km half, by their weight).
  // Not const: it keeps the cosine of each source's latitude it works out.
  // Inline, the test that most candidates end at: no latitude, or no
  // source within the search's window (found through the band table, not
  // a binary search).
  [[nodiscard]] double support(size_t name, const PlaceView& p) {
    if (std::isnan(p.latitude)) return 0;
    const size_t band = band_of(p.latitude - kWindow);
    if (band > last_band_) return 0;  // north of every source's band
    const size_t from = band <= first_band_ ? 0 : first_in_band_[band];
    if (from == by_latitude_.size() || by_latitude_[from].latitude > p.latitude + kWindow) return 0;
    return support_from(name, p, from);
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
  // No path between two latitudes is shorter than the meridian's 111.19 km
  // a degree: 1.36 degrees apart (151 km, with slack for rounding) is past
  // the 150 km that counts, without the trigonometry.
  static constexpr double kLatitudeReach = 151 / 111.0;
  // The search looks at the sources this far north and south of a
  // candidate, a little wider than the reach, then tests the reach exactly.
  static constexpr double kWindow = kLatitudeReach + 0.01;

  // support() from entry `from` of by_latitude_: every entry before it lies
  // south of the window, some after it may too.
  double support_from(size_t name, const PlaceView& p, size_t from);
  // Big units and provinces back no neighbour; a place without a latitude
  // (NaN) is never within reach of any other.
  static bool town_sized(const PlaceView& q, bool local) {
    return local && !std::isnan(q.latitude);
  }
  void change(size_t source, const PlaceView& chosen, bool local);  // update()'s rare case
  void index(size_t source);    // into by_latitude_, when its place is town-sized
  void unindex(size_t source);  // out of by_latitude_
  ByLatitude entry(size_t source) const;

  // Bands of one degree of latitude, south to north (latitudes outside
  // -90..90 count in the first or last). Truncation is the floor here, and
  // never decreases: a latitude between two others lies in a band between
  // theirs.
  static constexpr size_t kBands = 181;
  static size_t band_of(double latitude) {
    const double band = latitude + 90;
    if (!(band > 0)) return 0;
    return band >= kBands - 1 ? kBands - 1 : static_cast<size_t>(band);
  }
  void index_bands();  // after by_latitude_ changes

  std::vector<Source> sources_;
  std::vector<int> source_of_;           // per name: its index in sources_, -1 none
  std::vector<ByLatitude> by_latitude_;  // sources whose place is town-sized, by latitude
  // The bands of the southernmost and northernmost sources, and for each
  // band between (after the first, up to the last) the first entry of
  // by_latitude_ in it or north of it. Only those bands are written: most
  // texts' places span a few degrees.
  size_t first_band_ = 0;
  size_t last_band_ = 0;
  std::array<uint32_t, kBands> first_in_band_{};
};

}  // namespace sitrep::places
