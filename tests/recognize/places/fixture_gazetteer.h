// A tiny world gazetteer built at test time from GeoNames-format rows written
// here (real places, real coordinates), so the places tests run without the
// npm data. Also writes one custom places file.
#pragma once

#include <string>

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

}  // namespace sitrep::places::testing
