// A place as resolution sees it: the fields of a Place as views into the
// Gazetteer's own storage (the mapped world.gaz or its custom places), with
// no string copied. Resolution weighs many candidate places per name and
// keeps one; building a full Place (nine owned strings) for every candidate
// was most of the geoparser's allocations, so candidates are PlaceViews and
// only the chosen place becomes a Place (Gazetteer::place).
//
// Valid while the Gazetteer it came from lives.
#pragma once

#include <cstdint>
#include <string_view>

#include "core/country_code.h"
#include "recognize/places/place.h"

namespace sitrep::places {

struct PlaceView {
  std::string_view id;
  std::string_view name;
  std::string_view country_code;
  std::string_view admin1_code;
  std::string_view admin2;
  std::string_view feature_code;
  std::string_view parent;
  double latitude = 0;
  double longitude = 0;
  long population = 0;
  uint32_t index = 0;  // into the world places, or the custom places when `custom`
  // The codes and kind as small numbers, set where the view is made, so
  // that resolution groups candidates without reading the code strings or
  // the place record behind them (first reads that missed the cache).
  uint16_t country_pair = 0;   // country_pair_of(country_code)
  uint16_t admin1_number = 0;  // 1 + admin1_code's world admin1 row (custom places too); 0: none
  bool from_custom = false;    // a custom place (data/places/), not a world.gaz one
  bool admin1_unit = false;    // is_admin1(), remembered

  [[nodiscard]] bool is_country() const { return feature_code == "PCLI"; }
  [[nodiscard]] bool is_admin1() const { return feature_code == "ADM1"; }
  [[nodiscard]] bool is_admin2() const { return feature_code == "ADM2"; }
  [[nodiscard]] bool is_custom() const { return id.starts_with("custom:"); }
};

// A country code of two capital letters ("SY") as 1 + (first - 'A') * 26 +
// (second - 'A'); 0 for any other code.
inline uint16_t country_pair_of(std::string_view code) {
  const size_t index = two_letter_code_index(code);
  return index < kTwoLetterCodes ? static_cast<uint16_t>(1 + index) : 0;
}

// The view of a Place that the caller keeps alive (custom places, tests).
inline PlaceView view_of(const Place& p) {
  PlaceView v;
  v.id = p.id;
  v.name = p.name;
  v.country_code = p.country_code;
  v.admin1_code = p.admin1_code;
  v.admin2 = p.admin2;
  v.feature_code = p.feature_code;
  v.parent = p.parent;
  v.latitude = p.latitude;
  v.longitude = p.longitude;
  v.population = p.population;
  v.country_pair = country_pair_of(v.country_code);
  v.admin1_unit = v.is_admin1();
  return v;
}

}  // namespace sitrep::places
