#include "extract/phrase_set.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

std::vector<std::string_view> words(std::initializer_list<const char*> ws) {
  return {ws.begin(), ws.end()};
}

TEST(PhraseSet, MatchesExactPrefixAndWildcardParts) {
  PhraseSet set;
  const uint32_t air = set.add("air strike*");
  const uint32_t shell = set.add("shell*");
  const uint32_t any = set.add("set _ fire");
  const auto found = set.find_all(words({"two", "air", "strikes", "and", "shelling", "set", "on", "fire"}));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].pattern, air);
  EXPECT_EQ(found[0].first_word, 1u);
  EXPECT_EQ(found[0].end_word, 3u);
  EXPECT_EQ(found[1].pattern, shell);
  EXPECT_EQ(found[2].pattern, any);
  EXPECT_EQ(found[2].end_word, 8u);
}

TEST(PhraseSet, DoesNotMatchPastTheEndOrPartialWords) {
  PhraseSet set;
  set.add("car bomb");
  EXPECT_TRUE(set.find_all(words({"a", "car"})).empty());
  EXPECT_TRUE(set.find_all(words({"car", "bombs"})).empty());
  size_t end = 0;
  EXPECT_TRUE(set.matches_at(words({"a", "car", "bomb"}), 1, &end));
  EXPECT_EQ(end, 3u);
  EXPECT_FALSE(set.matches_at(words({"a", "car", "bomb"}), 0));
}

// The first-word filter only turns away words no pattern can start with:
// words sharing its key (first two bytes, length) with a pattern's first
// part are still looked up, and every prefix length is tried, shortest
// first.
TEST(PhraseSet, FilterKeepsEveryRealCandidate) {
  PhraseSet set;
  const uint32_t kill = set.add("kill");
  set.add("s*");
  const uint32_t shell = set.add("shell* by");
  const uint32_t bombard = set.add("bombard* _ town");
  EXPECT_TRUE(set.matches_at(words({"kill"}), 0));
  EXPECT_FALSE(set.matches_at(words({"kilo"}), 0));   // same key as "kill"
  EXPECT_FALSE(set.matches_at(words({"kills"}), 0));
  EXPECT_FALSE(set.matches_at(words({"bombar"}), 0));  // shorter than the prefix
  size_t end = 0;
  EXPECT_TRUE(set.matches_at(words({"bombarded", "the", "town"}), 0, &end));
  EXPECT_EQ(end, 3u);
  const auto found = set.find_all(words({"shelling", "by", "kill", "bombardment", "a", "town"}));
  ASSERT_EQ(found.size(), 4u);
  EXPECT_EQ(found[0].pattern, 1u);  // "s*" before the longer "shell*"
  EXPECT_EQ(found[1].pattern, shell);
  EXPECT_EQ(found[2].pattern, kill);
  EXPECT_EQ(found[3].pattern, bombard);
  // "s*" starts at "shelling" only: "by" does not begin with s.
  EXPECT_EQ(found[0].first_word, 0u);
}

}  // namespace
}  // namespace sitrep
