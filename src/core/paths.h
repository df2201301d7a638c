// Where sitrep finds its data at run time. Order: an explicit flag, then the
// environment (SITREP_DATA, SITREP_GAZETTEER), then the paths the build
// recorded, so `build/sitrep` works from a checkout without installing.
#pragma once

#include <string>

namespace sitrep {

// Folder with actors/, places/, triggers/ (the repo's data/).
std::string default_data_dir();
// The compiled world gazetteer (world.gaz); may not exist (then geocoding
// falls back to custom places only and says so once).
std::string default_gazetteer_path();

}  // namespace sitrep
