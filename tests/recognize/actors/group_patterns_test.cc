// Unknown organised groups found by the shape of their names.
#include "recognize/actors/group_patterns.h"

#include <gtest/gtest.h>

#include "recognize/actors/repo_kb.h"

namespace sitrep::actors {
namespace {

std::vector<GroupPattern> groups_in(std::string_view text) {
  const auto tokens = tokenize(text);
  return find_group_patterns(text, tokens.items(), std::vector<bool>(tokens.size(), false));
}

struct PatternCase {
  const char* text;
  const char* name;  // "" = no group expected
  int inter = 2;
};

TEST(GroupPatterns, Shapes) {
  const PatternCase cases[] = {
      {"Fighters of the Blue Valley Brigade attacked.", "Blue Valley Brigade"},
      {"The Green Hills Brigades withdrew.", "Green Hills Brigades"},
      {"They joined the Northern Dawn Front.", "Northern Dawn Front"},
      {"A unit of the Coastal Lions Legion moved.", "Coastal Lions Legion"},
      {"Jaish al-Fursan claimed it.", "Jaish al-Fursan"},
      {"Liwa al-Nasr fighters were seen.", "Liwa al-Nasr"},
      {"Harakat Shabab al-Jabal denied it.", "Harakat Shabab al-Jabal"},
      {"Ansar al-Haqq gunmen fired.", "Ansar al-Haqq"},
      {"The Army of the Free Valley advanced.", "Army of the Free Valley"},
      {"Members of the 16th Battalion surrendered.", "16th Battalion"},
      {"The 444 Brigade said.", "444 Brigade"},
      {"The 6th Infantry Division reported it.", "6th Infantry Division", 1},
      {"The 1st Brigade Combat Team engaged them.", "1st Brigade Combat Team"},
      // Not groups:
      {"Fifteen brigades were sent.", ""},
      {"The front line moved.", ""},
      {"After the Front collapsed.", ""},
      {"Government Forces advanced.", ""},
      {"The Ansar sector was shelled.", ""},
      {"15 Syrian soldiers died.", ""},
  };
  for (const auto& c : cases) {
    const auto got = groups_in(c.text);
    if (std::string(c.name).empty()) {
      EXPECT_TRUE(got.empty()) << c.text << " -> " << (got.empty() ? "" : got[0].name);
      continue;
    }
    ASSERT_EQ(got.size(), 1u) << c.text;
    EXPECT_EQ(got[0].name, c.name) << c.text;
    EXPECT_EQ(got[0].inter, c.inter) << c.text;
  }
}

TEST(GroupPatterns, KnownGroupsAndUnknownGroupsInTheMatcher) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  struct Want {
    const char* text;
    const char* surface;
    const char* name;
    MentionKind kind;
  };
  const Want cases[] = {
      // Known to the knowledge base: the canonical name.
      {"Rebels of the Levant Front shelled the road.", "Levant Front", "Levant Front", MentionKind::kNamed},
      {"Fatah Halab announced a new offensive.", "Fatah Halab", "Fatah Halab", MentionKind::kNamed},
      {"The Sultan Murad Brigade entered the village.", "Sultan Murad Brigade", "Sultan Murad Division",
       MentionKind::kNamed},
      // Unknown: the text's own words, no knowledge-base row.
      {"Members of the 16th Battalion surrendered.", "16th Battalion", "16th Battalion", MentionKind::kPattern},
      {"The Blue Valley Brigade denied the claim.", "Blue Valley Brigade", "Blue Valley Brigade",
       MentionKind::kPattern},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    const auto ms = matcher->find(text, MatchContext{{"SY"}, std::nullopt});
    const ActorMention* found = nullptr;
    for (const auto& m : ms) {
      if (m.span.of(text) == c.surface) found = &m;
    }
    ASSERT_NE(found, nullptr) << text;
    EXPECT_EQ(found->output_name(), c.name);
    EXPECT_EQ(found->kind, c.kind);
    if (c.kind == MentionKind::kPattern) {
      EXPECT_EQ(found->actor, nullptr);
      EXPECT_EQ(found->role, "armed");
    }
  }
}

}  // namespace
}  // namespace sitrep::actors
