#include "recognize/actors/alias_scan.h"

#include <gtest/gtest.h>

namespace sitrep::actors {
namespace {

// CountryRanks answers as a compare against every context country would:
// the first index of a repeated code, past the end for others, and the
// same through its table (two capitals) and its compares (anything else).
TEST(CountryRanks, RankIsTheFirstIndexInTheContext) {
  const MatchContext ctx{{"SY", "TR", "SY", "xk", ""}, std::nullopt};
  const CountryRanks ranks(ctx);
  EXPECT_EQ(ranks.rank("SY"), 0u);
  EXPECT_EQ(ranks.rank("TR"), 1u);
  EXPECT_EQ(ranks.rank("xk"), 3u);
  EXPECT_EQ(ranks.rank(""), 4u);
  EXPECT_EQ(ranks.rank("IQ"), 6u);  // not there: one past the size
  EXPECT_EQ(ranks.rank("XK"), 6u);  // codes compare exactly
  EXPECT_EQ(ranks.rank("SYR"), 6u);
  EXPECT_TRUE(ranks.contains("TR"));
  EXPECT_TRUE(ranks.contains(""));
  EXPECT_FALSE(ranks.contains("IQ"));
}

TEST(CountryRanks, NoCountryRanksAfterTheContext) {
  const MatchContext ctx{{"NG"}, std::nullopt};
  const CountryRanks ranks(ctx);
  EXPECT_EQ(ranks.rank(""), 1u);    // transnational: after the context's countries
  EXPECT_EQ(ranks.rank("ML"), 2u);  // another country: after that
  EXPECT_FALSE(ranks.contains(""));
  const MatchContext no_countries;
  const CountryRanks none(no_countries);
  EXPECT_EQ(none.rank(""), 0u);
  EXPECT_EQ(none.rank("NG"), 1u);
}

}  // namespace
}  // namespace sitrep::actors
