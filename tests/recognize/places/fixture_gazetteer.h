// A tiny world gazetteer built at test time from GeoNames-format rows written
// here (real places, real coordinates), so the places tests run without the
// npm data. Also writes one custom places file. The geoparser's word lists
// are the source tree's data/place_words/, as sitrep ships them.
#pragma once

#include <string>

#include "recognize/places/place_words.h"

namespace sitrep::places::testing {

struct Fixture {
  std::string dir;           // temporary folder holding everything below
  std::string index_path;    // dir/world.gaz
  std::string custom_path;   // dir/custom.tsv (Aleppo neighbourhoods)
  std::string cities_path;   // dir/cities.tsv
};

// Builds the fixture once per test binary (later calls return the same one).
// Fails the calling test when the build fails.
const Fixture& fixture();

// The word lists of the source tree's data/place_words/, loaded once.
// Fails the calling test when they cannot be read.
const PlaceWordLists& place_words();

}  // namespace sitrep::places::testing
