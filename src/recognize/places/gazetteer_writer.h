// Internal to the builder: the in-memory gazetteer before serialisation, and
// the function that sorts its names and writes world.gaz.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "core/result.h"
#include "recognize/places/gazetteer_builder.h"
#include "recognize/places/gazetteer_format.h"

namespace sitrep::places {

struct BuildPlace {
  std::string id;
  std::string name;
  double latitude = 0;
  double longitude = 0;
  uint64_t population = 0;
  std::string country;      // ISO2
  std::string feature_code;
  std::string admin1_code;  // "SY.09"
  std::string admin2_code;  // "US.OH.017"
  format::PlaceKind kind = format::PlaceKind::kCity;
};

struct BuildCountry {
  std::string iso2;
  std::string iso3;
  std::string name;
  uint32_t place = format::kNone;
};

struct BuildName {
  std::string key;   // fold_name() result
  uint32_t posting;  // place index | kPosting* flags
};

struct GazetteerData {
  std::vector<BuildPlace> places;
  std::vector<BuildCountry> countries;
  std::map<std::string, std::string> admin1_names;  // code -> name
  std::map<std::string, std::string> admin2_names;
  std::vector<BuildName> names;
  uint64_t name_count = 0;
  uint32_t build_milliseconds = 0;
};

// Sorts and de-duplicates the names, derives the skeleton keys, and writes
// the file (temporary + rename). `start` is when the build began, so the
// recorded build time includes writing.
Result<BuildStats> write_gazetteer(GazetteerData data, const std::string& out_path,
                                   std::chrono::steady_clock::time_point start);

}  // namespace sitrep::places
