// Test helpers: finding ../shared (seeds, eval) and the built binaries.
// Tests that read ../shared skip with a visible message when it is absent,
// so a user's clone without it still passes.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace sitrep::testing {

// ../shared beside the checkout, or nullopt.
std::optional<std::string> shared_dir();
// Reads a whole file; fails the test (and returns "") when it cannot.
std::string read_file(const std::string& path);
// The repo's data/ folder.
std::string data_dir();
// Source and build folders of this checkout.
std::string source_dir();
std::string binary_dir();
// The world gazetteer the build made (may not exist when npm data is absent).
std::string gazetteer_path();

}  // namespace sitrep::testing

// Skips the current test when ../shared is not there.
#define SITREP_REQUIRE_SHARED(var)                                             \
  auto var##_opt = ::sitrep::testing::shared_dir();                            \
  if (!var##_opt) GTEST_SKIP() << "../shared not found: skipping test on it";  \
  const std::string var = *var##_opt
