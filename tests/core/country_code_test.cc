#include "core/country_code.h"

#include <gtest/gtest.h>

#include <set>

namespace sitrep {
namespace {

TEST(CountryCode, TwoCapitalsNumberEveryCodeOnce) {
  EXPECT_EQ(two_letter_code_index("AA"), 0U);
  EXPECT_EQ(two_letter_code_index("SY"), 18U * 26 + 24);
  EXPECT_EQ(two_letter_code_index("ZZ"), kTwoLetterCodes - 1);
  std::set<size_t> seen;
  for (char a = 'A'; a <= 'Z'; ++a) {
    for (char b = 'A'; b <= 'Z'; ++b) seen.insert(two_letter_code_index(std::string{a, b}));
  }
  EXPECT_EQ(seen.size(), kTwoLetterCodes);
  EXPECT_EQ(*seen.rbegin(), kTwoLetterCodes - 1);
}

TEST(CountryCode, AnythingElseIsNoIndex) {
  for (const char* code : {"", "S", "sy", "Sy", "S1", "@Y", "[Y", "SYR", "SY.09", "\xC3\x89"})
    EXPECT_EQ(two_letter_code_index(code), kTwoLetterCodes) << code;
}

}  // namespace
}  // namespace sitrep
