#include "testing/shared.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sitrep::testing {
namespace {
std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}
}  // namespace

std::optional<std::string> shared_dir() {
  const std::string dir = env_or("SITREP_SHARED_DIR", SITREP_TEST_SHARED_DIR);
  if (std::filesystem::is_directory(dir + "/seeds")) return dir;
  return std::nullopt;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    ADD_FAILURE() << "cannot read " << path;
    return "";
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string data_dir() { return env_or("SITREP_DATA", SITREP_TEST_DATA_DIR); }
std::string source_dir() { return env_or("SITREP_SOURCE_DIR", SITREP_TEST_SOURCE_DIR); }
std::string gazetteer_path() { return env_or("SITREP_GAZETTEER", SITREP_TEST_GAZETTEER); }
std::string binary_dir() { return env_or("SITREP_BINARY_DIR", SITREP_TEST_BINARY_DIR); }

}  // namespace sitrep::testing
