#include "text/token_starts.h"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "text/lower_tokens.h"
#include "text/tokens.h"

namespace sitrep {
namespace {

// A caller's own table of starter_words(), as the pipeline's WordLookup
// holds them: whole lowercase word -> flags.
std::map<std::string, StartFlags, std::less<>> starter_table() {
  std::map<std::string, StartFlags, std::less<>> out;
  for (const StarterWord& s : TokenStarts::starter_words())
    out.emplace(std::string(s.word), s.flags);
  return out;
}

// assign() given the whole words' flags must say what assign() without them
// says, for every token: whole starters, leading letters ("two-year-old",
// "mid-October"), digits, non-ASCII words and words that start nothing.
TEST(TokenStarts, WholeWordsGivenAgreeWithLookingUp) {
  static const auto table = starter_table();
  const std::vector<std::string> texts = {
      "Two soldiers were killed in a bomb attack in Kabul on Monday, police said.",
      "A two-year-old and twenty-one others died in mid-October, the last week of the siege.",
      "Over the past 48 hours, dozens of people fled; a few days ago, 17th-century walls fell.",
      "On 2016-10-28 the U.S. envoy met São Paulo's mayor; No one was hurt. Half a dozen a1 b2.",
      "Since Friday night, thousands marched. Early Tuesday, hundreds more came; none returned.",
      "THE LAST WEEK: Mid-2019 reports, TWO-thirds of them, over-the-counter sales tonight.",
  };
  for (const std::string& text : texts) {
    const std::vector<Token> tokens = tokenize(text, Span{0, static_cast<uint32_t>(text.size())});
    const LowerTokens lower(text, tokens);
    std::vector<StartFlags> whole(tokens.size(), 0);
    for (size_t i = 0; i < tokens.size(); ++i) {
      if (tokens[i].non_ascii) continue;
      if (const auto at = table.find(lower[i]); at != table.end()) whole[i] = at->second;
    }
    const TokenStarts looked_up(tokens, lower);
    TokenStarts given;
    given.assign(tokens, lower, whole.data());
    for (size_t i = 0; i < tokens.size(); ++i) {
      EXPECT_EQ(given.may_start_number(i), looked_up.may_start_number(i))
          << lower[i] << " in: " << text;
      EXPECT_EQ(given.date_start(i), looked_up.date_start(i)) << lower[i] << " in: " << text;
    }
    EXPECT_EQ(given.next_number_start(0), looked_up.next_number_start(0));
    EXPECT_EQ(given.next_date_start(0), looked_up.next_date_start(0));
  }
}

}  // namespace
}  // namespace sitrep
