#include "core/paths.h"

#include <cstdlib>

namespace sitrep {

std::string default_data_dir() {
  if (const char* env = std::getenv("SITREP_DATA"); env && *env) return env;
  return SITREP_DEFAULT_DATA_DIR;
}

std::string default_gazetteer_path() {
  if (const char* env = std::getenv("SITREP_GAZETTEER"); env && *env) return env;
  return SITREP_DEFAULT_GAZETTEER;
}

}  // namespace sitrep
