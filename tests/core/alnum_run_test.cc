#include "core/alnum_run.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>

namespace sitrep {
namespace {

size_t end_by_bytes(const std::string& s, size_t k, size_t e) {
  while (k < e && std::isalnum(static_cast<unsigned char>(s[k]))) ++k;
  return k;
}

TEST(AlnumRun, IsAsciiAlnumMatchesIsalnumForEveryByte) {
  for (int b = 0; b < 256; ++b) {
    EXPECT_EQ(is_ascii_alnum(static_cast<char>(b)), std::isalnum(b) != 0) << "byte " << b;
  }
}

// Every stopping byte at every offset of a 40-byte run, with every limit:
// the sixteen-byte steps, the byte loop after them, and a limit inside a word.
TEST(AlnumRun, EndsWhereABytewiseScanEnds) {
  const std::string stops = std::string(" .-'\0\x7f\x80\xc3\xff@[`{/:", 15);
  for (const char stop : stops) {
    for (size_t at = 0; at <= 40; ++at) {
      std::string s(40, 'a');
      for (size_t i = 0; i < s.size(); ++i) s[i] = "aZ09mQx5"[i % 8];
      if (at < s.size()) s[at] = stop;
      for (size_t start = 0; start <= 3; ++start) {
        for (size_t limit = start; limit <= s.size(); ++limit) {
          ASSERT_EQ(end_of_alnum_run(s.data(), start, limit), end_by_bytes(s, start, limit))
              << "stop byte " << int(static_cast<unsigned char>(stop)) << " at " << at << ", from "
              << start << " to " << limit;
        }
      }
    }
  }
}

}  // namespace
}  // namespace sitrep
