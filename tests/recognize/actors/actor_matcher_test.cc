// Table-driven tests of ActorMatcher on sentences written for these tests.
#include "recognize/actors/actor_matcher.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "recognize/actors/repo_kb.h"

namespace sitrep::actors {
namespace {

MatchContext ctx(std::vector<std::string> countries = {}, std::optional<CivilDate> date = std::nullopt) {
  return MatchContext{std::move(countries), date};
}

// The mention whose text is exactly `surface`, or nullptr.
const ActorMention* mention_of(const std::vector<ActorMention>& ms, std::string_view text, std::string_view surface) {
  for (const auto& m : ms) {
    if (m.span.of(text) == surface) return &m;
  }
  return nullptr;
}

std::string dump(const std::vector<ActorMention>& ms, std::string_view text) {
  std::string out;
  for (const auto& m : ms)
    out += "[" + std::string(m.span.of(text)) + " -> " + std::string(m.output_name()) + "] ";
  return out;
}

struct Case {
  const char* text;
  const char* surface;  // the exact bytes the mention must cover
  const char* name;     // its resolved name
  std::vector<std::string> countries = {};
  std::optional<CivilDate> date = std::nullopt;
};

void expect_cases(const std::vector<Case>& cases) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  for (const Case& c : cases) {
    const std::string text = c.text;
    const auto ms = matcher->find(text, ctx(c.countries, c.date));
    const ActorMention* m = mention_of(ms, text, c.surface);
    ASSERT_NE(m, nullptr) << "no mention '" << c.surface << "' in: " << text << "\n  found: " << dump(ms, text);
    EXPECT_EQ(m->output_name(), c.name) << text;
  }
}

TEST(ActorMatcher, AliasesAndSpellingVariants) {
  expect_cases({
      {"Fighters of Jabhat al-Nusra entered the town.", "Jabhat al-Nusra", "Al-Nusra Front"},
      {"The al Nusra group denied it.", "al Nusra group", "Al-Nusra Front"},
      {"AL NUSRA POSITIONS WERE HIT", "AL NUSRA", "Al-Nusra Front"},
      {"Reports blamed Jabhat an-Nusra.", "Jabhat an-Nusra", "Al-Nusra Front"},
      {"A statement by Hay\xE2\x80\x99" "at Tahrir al-Sham followed.", "Hay\xE2\x80\x99" "at Tahrir al-Sham", "Hayat Tahrir al-Sham"},
      {"Ahrar ash-Sham and others joined.", "Ahrar ash-Sham", "Ahrar al-Sham"},
      {"The Syrian Observatory for Human Rights counted the dead.", "Syrian Observatory for Human Rights",
       "Syrian Observatory for Human Rights"},
      {"According to the Russian Centre for Reconciliation, two mortars landed.", "Russian Centre for Reconciliation",
       "Russian Center for Reconciliation of Opposing Sides"},
      {"Houthi rebels fired a drone.", "Houthi rebels", "Houthis (Ansar Allah)"},
      {"An al-Shabab suicide bomber struck.", "al-Shabab suicide bomber", "Al-Shabaab"},
      {"Forces of al-Shabab struck.", "al-Shabab", "Al-Shabaab"},
      {"Police blamed the Allied Democratic Forces (ADF).", "Allied Democratic Forces", "Allied Democratic Forces"},
      {"Police blamed the Allied Democratic Forces (ADF).", "ADF", "Allied Democratic Forces", {"CD"}},
  });
}

TEST(ActorMatcher, LongestMatchWins) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  const std::string text = "Units of the Free Syrian Army and the Syrian Arab Army clashed.";
  const auto ms = matcher->find(text, ctx({"SY"}));
  ASSERT_NE(mention_of(ms, text, "Free Syrian Army"), nullptr) << dump(ms, text);
  ASSERT_NE(mention_of(ms, text, "Syrian Arab Army"), nullptr) << dump(ms, text);
  EXPECT_EQ(mention_of(ms, text, "Free Syrian Army")->name, "Free Syrian Army");
  EXPECT_EQ(mention_of(ms, text, "Syrian Arab Army")->name, "Military Forces of Syria (2000-2024)");
  // No mention overlaps another.
  for (size_t i = 1; i < ms.size(); ++i) EXPECT_LE(ms[i - 1].span.end, ms[i].span.start);
}

TEST(ActorMatcher, WholeWordsOnly) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  for (const char* text : {"The Hamasa family lives there.", "She played Fatahs in the film.", "A taliban-ish look."}) {
    const auto ms = matcher->find(text, ctx());
    for (const auto& m : ms) {
      EXPECT_NE(m.output_name(), "Hamas") << text;
      EXPECT_NE(m.output_name(), "Fatah") << text;
    }
  }
  const std::string text = "Hamas said so.";
  EXPECT_NE(mention_of(matcher->find(text, ctx()), text, "Hamas"), nullptr);
}

TEST(ActorMatcher, ShortAcronymsNeedCapitals) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  struct AcronymCase {
    const char* text;
    const char* surface;
    bool found;
  };
  const AcronymCase cases[] = {
      {"The SAA advanced.", "SAA", true},
      {"Saa is a word here.", "Saa", false},
      {"It is what it is.", "is", false},
      {"IS claimed the attack.", "IS", true},
      {"HTS fighters withdrew.", "HTS fighters", true},
      {"The SDF and YPG held the line.", "SDF", true},
      {"The sdf held the line.", "sdf", false},
      {"Let them go, said LeT.", "LeT", true},
      {"Let them go.", "Let", false},
      {"JFS rebranded.", "JFS", true},
  };
  for (const auto& c : cases) {
    const std::string text = c.text;
    const auto ms = matcher->find(text, ctx({"SY"}));
    EXPECT_EQ(mention_of(ms, text, c.surface) != nullptr, c.found) << text << "\n  found: " << dump(ms, text);
  }
}

TEST(ActorMatcher, RenamesFollowTheArticleDate) {
  // A name the group had earlier is output as the name valid at the
  // article's date; without a date the text's own name stands.
  expect_cases({
      {"Jabhat al-Nusra shelled the district.", "Jabhat al-Nusra", "Al-Nusra Front", {"SY"}, CivilDate{2016, 5, 10}},
      {"Jabhat al-Nusra shelled the district.", "Jabhat al-Nusra", "Hayat Tahrir al-Sham", {"SY"}, CivilDate{2019, 3, 1}},
      {"Jabhat Fateh al-Sham fighters advanced.", "Jabhat Fateh al-Sham fighters", "Al-Nusra Front", {"SY"},
       CivilDate{2016, 10, 28}},
      {"Hayat Tahrir al-Sham shelled the district.", "Hayat Tahrir al-Sham", "Hayat Tahrir al-Sham", {"SY"},
       CivilDate{2017, 3, 5}},
      {"Jabhat al-Nusra shelled the district.", "Jabhat al-Nusra", "Al-Nusra Front", {"SY"}},
      {"Taliban fighters stormed a checkpoint.", "Taliban fighters", "Taliban", {"AF"}, CivilDate{2019, 12, 24}},
      {"Taliban fighters raided a house.", "Taliban fighters", "Military Forces of Afghanistan (2021-)", {"AF"},
       CivilDate{2022, 5, 1}},
      {"Government troops entered the city.", "Government troops", "Military Forces of Syria (2024-)", {"SY"},
       CivilDate{2025, 2, 1}},
  });
}

TEST(ActorMatcher, DemonymWithForceNoun) {
  expect_cases({
      {"Syrian troops pushed north.", "Syrian troops", "Military Forces of Syria (2000-2024)", {}, CivilDate{2016, 1, 1}},
      {"Turkish forces shelled the village.", "Turkish forces", "Military Forces of Turkey (2002-)", {"SY"}},
      {"Russian warplanes struck the market.", "Russian warplanes", "Military Forces of Russia (2000-)", {"SY"}},
      {"Israeli air strikes hit the camp.", "Israeli air strikes", "Military Forces of Israel (2022-)", {"PS"},
       CivilDate{2024, 1, 10}},
      {"Syria's army said it repelled them.", "Syria's army", "Military Forces of Syria (2000-2024)", {},
       CivilDate{2020, 1, 1}},
      {"The US military confirmed the raid.", "US military", "Military Forces of the United States (2017-2021)", {"SO"},
       CivilDate{2019, 4, 1}},
      {"Nigerian police arrested four.", "Nigerian police", "Police Forces of Nigeria (2015-2023)", {},
       CivilDate{2018, 1, 1}},
      {"Kenyan soldiers were ambushed.", "Kenyan soldiers", "Military Forces of Kenya (2013-2022)", {"SO"},
       CivilDate{2016, 1, 1}},
      {"Five Syrian nationals were hurt.", "Syrian nationals", "Civilians (Syria)", {"TR"}},
      {"Egyptian troops deployed.", "Egyptian troops", "Military Forces of Egypt (2014-)", {}},
      {"Chilean soldiers helped.", "Chilean soldiers", "Military Forces of Chile", {}},
  });
}

TEST(ActorMatcher, DemonymAloneGivesNoActor) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  const std::string text = "A Syrian official and a Russian diplomat met.";
  for (const auto& m : matcher->find(text, ctx())) {
    EXPECT_NE(m.span.of(text), "Syrian");
    EXPECT_NE(m.span.of(text), "Russian");
  }
}

TEST(ActorMatcher, GenericClassesByCountry) {
  expect_cases({
      {"Government troops retook the hill.", "Government troops", "Military Forces of Syria (2000-2024)", {"SY"},
       CivilDate{2016, 6, 1}},
      {"Government troops retook the hill.", "Government troops", "Military Forces of Nigeria (2015-2023)", {"NG"},
       CivilDate{2016, 6, 1}},
      {"Government troops retook the hill.", "Government troops", "Unidentified Military Forces"},
      {"Police dispersed the crowd.", "Police", "Police Forces of Nigeria (2015-2023)", {"NG"}, CivilDate{2020, 10, 20}},
      {"Rebels shelled the suburb.", "Rebels", "Rebel groups (Syria)", {"SY"}},
      {"Rebels shelled the suburb.", "Rebels", "Rebel groups"},
      {"Unidentified gunmen opened fire.", "Unidentified gunmen", "Unidentified Armed Group (Mexico)", {"MX"}},
      {"Unidentified gunmen opened fire.", "Unidentified gunmen", "Unidentified Armed Group"},
      {"Demonstrators marched to the square.", "Demonstrators", "Protesters (Myanmar)", {"MM"}},
      {"Residents fled the shelling.", "Residents", "Civilians (Ukraine)", {"UA"}},
      {"Residents fled the shelling.", "Residents", "Civilians"},
      {"Rioters torched a car.", "Rioters", "Rioters (Kenya)", {"KE"}},
      {"Regime forces advanced.", "Regime forces", "Military Forces of Syria (2000-2024)", {"SY"}, CivilDate{2019, 1, 1}},
      {"Security forces fired tear gas.", "Security forces", "Security Forces of Cameroon", {"CM"}},
      {"Warplanes bombed the bakery.", "Warplanes", "Unidentified Military Forces", {"SY"}},
      {"The defence ministry said it.", "defence ministry", "Afghan Defense Ministry", {"AF"}},
  });
}

TEST(ActorMatcher, PeopleIsNotAnActor) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  const std::string text = "Twelve people died and many people fled.";
  for (const auto& m : matcher->find(text, ctx({"SY"}))) EXPECT_NE(m.span.of(text), "people");
}

TEST(ActorMatcher, CountryNamesStandForGovernments) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  const std::string text = "Turkey denied it and Ankara said nothing.";
  const auto ms = matcher->find(text, ctx({"SY"}, CivilDate{2021, 11, 9}));
  const ActorMention* turkey = mention_of(ms, text, "Turkey");
  ASSERT_NE(turkey, nullptr);
  EXPECT_EQ(turkey->kind, MentionKind::kCountry);
  EXPECT_EQ(turkey->country, "TR");
  EXPECT_EQ(turkey->name, "Government of Turkey (2002-)");
  ASSERT_NE(mention_of(ms, text, "Ankara"), nullptr);
}

TEST(ActorMatcher, LocalAliasesNeedTheirCountry) {
  // "AFP" is the news agency, except in an article about the Philippines.
  expect_cases({
      {"AFP reported the clash.", "AFP", "AFP", {"SY"}},
      {"The AFP said troops clashed with rebels.", "AFP", "Military Forces of the Philippines (2022-)", {"PH"},
       CivilDate{2024, 4, 23}},
  });
}

TEST(ActorMatcher, SpansAreBytesOfTheOriginalText) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  // Curly quotes, an NBSP and an em dash before the names.
  const std::string text =
      "\xE2\x80\x9CWe hit them,\xE2\x80\x9D said the\xC2\xA0Syrian\xC2\xA0Observatory for Human Rights \xE2\x80\x94 "
      "and Al\xE2\x80\x91Nusra\xE2\x80\x99s fighters left.";
  const auto ms = matcher->find(text, ctx({"SY"}));
  const ActorMention* sohr = mention_of(ms, text, "Syrian\xC2\xA0Observatory for Human Rights");
  ASSERT_NE(sohr, nullptr) << dump(ms, text);
  EXPECT_EQ(text.substr(sohr->span.start, 6), "Syrian");
  const ActorMention* nusra = mention_of(ms, text, "Al\xE2\x80\x91Nusra\xE2\x80\x99s fighters");
  ASSERT_NE(nusra, nullptr) << dump(ms, text);
  EXPECT_EQ(nusra->name, "Al-Nusra Front");
}

TEST(ActorMatcher, AliasesDoNotCrossPunctuation) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  const std::string text = "They fought al-Nusra. Front lines moved.";
  const auto ms = matcher->find(text, ctx({"SY"}));
  ASSERT_NE(mention_of(ms, text, "al-Nusra"), nullptr) << dump(ms, text);
}

TEST(ActorMatcher, SafeAcrossThreads) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  const std::string text = "Syrian troops and Jabhat al-Nusra fighters clashed near the Sultan Murad Brigade.";
  const auto expected = matcher->find(text, ctx({"SY"}));
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) {
        const auto got = matcher->find(text, ctx({"SY"}));
        bool equal = got.size() == expected.size();
        for (size_t k = 0; equal && k < got.size(); ++k) {
          equal =
              got[k].span == expected[k].span && got[k].output_name() == expected[k].output_name();
        }
        same[t] += equal ? 1 : 0;
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(same[t], 200);
}

// Speed is measured in bench/ (timings in tests only make CI flaky); this
// checks a large input is matched completely.
TEST(ActorMatcher, MatchesAFourMegabyteText) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  std::string paragraph =
      "Government troops backed by Russian warplanes shelled positions held by Jabhat al-Nusra and "
      "allied rebels near the town on Tuesday, the Syrian Observatory for Human Rights said, adding "
      "that at least nine civilians, including children, were killed. The Russian Defense Ministry "
      "blamed militants for the attack, while residents said the strikes hit a market.\n";
  std::string text;
  while (text.size() < 4'000'000) text += paragraph;
  const size_t copies = text.size() / paragraph.size();
  const auto ms = matcher->find(text, ctx({"SY"}, CivilDate{2016, 5, 1}));
  const auto once = matcher->find(paragraph, ctx({"SY"}, CivilDate{2016, 5, 1}));
  EXPECT_EQ(ms.size(), once.size() * copies);
}

// find() keeps working storage per thread and gives it back after a text
// over a MiB: a small text after a huge one, on the same thread, must be
// matched exactly as before it.
TEST(ActorMatcher, SmallTextAfterAHugeOneMatchesTheSame) {
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  const std::string small = "Syrian troops and Jabhat al-Nusra fighters clashed near the Sultan Murad Brigade.";
  std::string huge;
  while (huge.size() < 3'000'000) huge += small + " Turkey said nine civilians were killed.\n";
  const auto before = matcher->find(small, ctx({"SY"}));
  ASSERT_FALSE(before.empty());
  const auto big = matcher->find(huge, ctx({"SY"}));
  EXPECT_GT(big.size(), before.size());
  for (int round = 0; round < 2; ++round) {  // again after the room was given back
    const auto after = matcher->find(small, ctx({"SY"}));
    ASSERT_EQ(after.size(), before.size()) << dump(after, small);
    for (size_t k = 0; k < after.size(); ++k) {
      EXPECT_EQ(after[k].span, before[k].span);
      EXPECT_EQ(after[k].output_name(), before[k].output_name());
      EXPECT_EQ(after[k].country, before[k].country);
    }
  }
  EXPECT_EQ(matcher->find(huge, ctx({"SY"})).size(), big.size());
}

}  // namespace
}  // namespace sitrep::actors
