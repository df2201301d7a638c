// Readable names for table-driven cases: gtest prints parameters into the
// CTest names, so each case struct gets a PrintTo that shows a short, plain
// ASCII form of its input instead of a byte dump.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

namespace sitrep::testing {

inline std::string case_name(std::string_view text, size_t max = 40) {
  std::string out;
  for (char c : text) {
    if (out.size() >= max) break;
    // Only characters CTest and shells pass through untouched.
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                       std::string_view(" ,.-:'()/").find(c) != std::string_view::npos;
    out.push_back(plain ? c : '_');
  }
  return "\"" + out + "\"";
}

}  // namespace sitrep::testing
