// Custom places: neighbourhoods, districts, camps, bases, roads and regions
// that GeoNames' cities500 does not hold. One TSV file per area in
// data/places/ (see its README), more with `--places FILE`; the gazetteer
// builder bakes gazetteer/supplement.tsv (continents, regions) in the same
// format into world.gaz.
//
// Columns, tab-separated, '#' lines and blank lines ignored, an optional
// header line starting with "id\t":
//   id  name  aliases(|)  feature  latitude  longitude  country(ISO2)  admin1  admin2  parent
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "recognize/places/place.h"

namespace sitrep::places {

struct CustomPlace {
  Place place;  // id gets the "custom:" prefix; country filled from country_code when known
  std::vector<std::string> aliases;
};

// Parses TSV text; `origin` names it in error messages ("syria.tsv:12: ...").
// Fails on a row with the wrong column count or coordinates that are not
// numbers in range.
Result<std::vector<CustomPlace>> parse_custom_places(std::string_view tsv,
                                                     const std::string& origin);

// Reads and parses one file. Fails when it cannot be read or parsed.
Result<std::vector<CustomPlace>> read_custom_places(const std::string& path);

// The *.tsv files directly in `dir`, sorted; empty when `dir` does not exist.
std::vector<std::string> custom_place_files(const std::string& dir);

// Maps a custom place's feature word to a GeoNames-style code: "neighbourhood"
// -> PPLX, "district" -> ADM2, "province" -> ADM1, "camp" -> CMP, ... Codes
// already in GeoNames form pass through.
std::string feature_code_for(std::string_view feature);

}  // namespace sitrep::places
