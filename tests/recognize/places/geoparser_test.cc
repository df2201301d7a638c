#include "recognize/places/geoparser.h"

#include <gtest/gtest.h>

#include <optional>

#include "fixture_gazetteer.h"

namespace sitrep::places {
namespace {

using testing::fixture;
using testing::place_words;

const Gazetteer& gazetteer() {
  static const Gazetteer gaz = [] {
    auto g = Gazetteer::open(fixture().index_path, {fixture().custom_path});
    EXPECT_TRUE(g.ok()) << (g.ok() ? "" : g.error().message);
    return std::move(*g);
  }();
  return gaz;
}

std::vector<PlaceMention> parse(std::string_view text, GeoContext ctx = {}) {
  return Geoparser(gazetteer(), place_words()).find_places(text, ctx);
}

// The mention whose text is `name` (the first one), or nullopt.
std::optional<PlaceMention> find(const std::vector<PlaceMention>& ms, std::string_view text, std::string_view name) {
  for (const auto& m : ms) {
    if (m.span.of(text) == name) return m;
  }
  return std::nullopt;
}

TEST(Geoparser, SpansAreByteOffsetsIntoTheText) {
  const std::string text = "Şükrü wrote from Aleppo — and from Hama.";
  auto ms = parse(text);
  const auto aleppo = find(ms, text, "Aleppo");
  ASSERT_NE(aleppo, std::nullopt);
  EXPECT_EQ(aleppo->span.start, text.find("Aleppo"));
  EXPECT_EQ(aleppo->span.end, text.find("Aleppo") + 6);
  EXPECT_NE(find(ms, text, "Hama"), std::nullopt);
}

TEST(Geoparser, TripoliFollowsTheCountryOfTheArticle) {
  const std::string lebanon =
      "Gunmen clashed in Tripoli overnight. Lebanese soldiers sealed off the area and the army said "
      "calm had returned to the city, the second largest after Beirut.";
  auto m = find(parse(lebanon), lebanon, "Tripoli");
  ASSERT_NE(m, std::nullopt);
  EXPECT_EQ(m->place.country_code, "LB");

  const std::string libya =
      "Militias fought for control of the airport road in Tripoli, and Libyan officials in Misrata "
      "called for a ceasefire.";
  m = find(parse(libya), libya, "Tripoli");
  ASSERT_NE(m, std::nullopt);
  EXPECT_EQ(m->place.country_code, "LY");
}

TEST(Geoparser, ParisFranceOrParisTexas) {
  const std::string texas = "The storm damaged roofs in Paris, Texas, and in nearby Reno before it moved on to Dallas.";
  auto m = find(parse(texas), texas, "Paris");
  ASSERT_NE(m, std::nullopt);
  EXPECT_EQ(m->place.country_code, "US");
  EXPECT_EQ(m->place.admin1, "Texas");

  const std::string france = "Trains between Paris and Lyon were cancelled, the French rail operator said.";
  m = find(parse(france), france, "Paris");
  ASSERT_NE(m, std::nullopt);
  EXPECT_EQ(m->place.country_code, "FR");
}

TEST(Geoparser, AleppoCityOrProvince) {
  const std::string city = "Shells landed in Aleppo on Monday, residents said.";
  auto m = find(parse(city), city, "Aleppo");
  ASSERT_NE(m, std::nullopt);
  EXPECT_EQ(m->place.feature_code, "PPLA");
  EXPECT_EQ(m->geo_precision, 1);

  const std::string province = "Government forces advanced across Aleppo province during the week.";
  m = find(parse(province), province, "Aleppo");
  ASSERT_NE(m, std::nullopt);
  EXPECT_EQ(m->place.feature_code, "ADM1");
  EXPECT_EQ(m->geo_precision, 3);
}

TEST(Geoparser, ProvincesOfPattern) {
  const std::string text = "Air strikes were reported in the provinces of Latakia and Hama on Tuesday.";
  auto ms = parse(text);
  for (const char* name : {"Latakia", "Hama"}) {
    const auto m = find(ms, text, name);
    ASSERT_NE(m, std::nullopt) << name;
    EXPECT_EQ(m->place.feature_code, "ADM1") << name;
    EXPECT_EQ(m->geo_precision, 3) << name;
  }
}

TEST(Geoparser, VicinityMakesPrecisionTwo) {
  const std::string text = "Two soldiers died near Hama, and a bomb exploded on the outskirts of Damascus.";
  auto ms = parse(text);
  const auto hama = find(ms, text, "Hama");
  ASSERT_NE(hama, std::nullopt);
  EXPECT_EQ(hama->geo_precision, 2);
  const auto damascus = find(ms, text, "Damascus");
  ASSERT_NE(damascus, std::nullopt);
  EXPECT_EQ(damascus->geo_precision, 2);
}

TEST(Geoparser, CustomPlaceWithParentInContext) {
  const std::string text =
      "Kurdish fighters in the Sheikh Maqsoud neighbourhood of Aleppo said mortar rounds hit "
      "homes, while Ramouseh was quiet.";
  auto ms = parse(text);
  const auto sm = find(ms, text, "Sheikh Maqsoud");
  ASSERT_NE(sm, std::nullopt);
  EXPECT_EQ(sm->place.id, "custom:sy-aleppo-sheikh-maqsood");
  EXPECT_EQ(sm->geo_precision, 1);
  const auto ram = find(ms, text, "Ramouseh");
  ASSERT_NE(ram, std::nullopt);
  EXPECT_EQ(ram->place.parent, "Aleppo");
}

TEST(Geoparser, TransliterationVariantsResolve) {
  const std::string text = "Fighting in Deir al-Zour and Jableh continued, Syrian media said.";
  auto ms = parse(text);
  const auto dz = find(ms, text, "Deir al-Zour");
  ASSERT_NE(dz, std::nullopt);
  EXPECT_EQ(dz->place.admin1_code, "SY.07");
  const auto jableh = find(ms, text, "Jableh");
  ASSERT_NE(jableh, std::nullopt);
  EXPECT_EQ(jableh->place.name, "Jablah");
}

TEST(Geoparser, PeopleAreNotPlaces) {
  const std::string text =
      "Paris Hilton flew to Dallas on Friday. Mayor Beirut Jones said Jones would meet her there.";
  auto ms = parse(text);
  EXPECT_EQ(find(ms, text, "Paris"), std::nullopt);
  EXPECT_EQ(find(ms, text, "Beirut"), std::nullopt);
  EXPECT_NE(find(ms, text, "Dallas"), std::nullopt);
}

TEST(Geoparser, DemonymsAreMarkedAndOptional) {
  const std::string text = "Syrian officials met in Damascus.";
  auto ms = parse(text);
  const auto syrian = find(ms, text, "Syrian");
  ASSERT_NE(syrian, std::nullopt);
  EXPECT_TRUE(syrian->demonym);
  EXPECT_EQ(syrian->place.id, "country:SY");

  GeoparserOptions options;
  options.include_demonyms = false;
  auto without = Geoparser(gazetteer(), place_words(), options).find_places(text, {});
  EXPECT_EQ(find(without, text, "Syrian"), std::nullopt);
  EXPECT_NE(find(without, text, "Damascus"), std::nullopt);
}

TEST(Geoparser, AbbreviationsNeedTheirWrittenForm) {
  const std::string text = "U.S. officials visited Dallas, Tex., but told us nothing.";
  auto ms = parse(text);
  const auto us = find(ms, text, "U.S.");
  ASSERT_NE(us, std::nullopt);
  EXPECT_EQ(us->place.id, "country:US");
  EXPECT_NE(find(ms, text, "Tex."), std::nullopt);
  EXPECT_EQ(find(ms, text, "us"), std::nullopt);
}

TEST(Geoparser, CountryHintBreaksTies) {
  const std::string text = "Residents of Tripoli reported gunfire.";
  const auto m = find(parse(text, GeoContext{"LB"}), text, "Tripoli");
  ASSERT_NE(m, std::nullopt);
  EXPECT_EQ(m->place.country_code, "LB");
}

TEST(Geoparser, UnknownVillageTakesItsProvince) {
  const std::string text = "Gunmen burned houses in the village of Qarqoosh in Hama province, the governor said.";
  auto ms = parse(text);
  const auto v = find(ms, text, "Qarqoosh");
  ASSERT_NE(v, std::nullopt);
  EXPECT_EQ(v->place.admin1_code, "SY.10");
  EXPECT_GE(v->geo_precision, 2);
  EXPECT_LT(v->confidence, 0.5);
}

TEST(Geoparser, CommonWordsAndJunkAreSafe) {
  EXPECT_TRUE(parse("").empty());
  EXPECT_TRUE(parse("The Police said on Monday that May was calm.").empty());
  const std::string junk("\xFF\xFE Aleppo \xC3", 12);
  auto ms = parse(junk);
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].span.of(junk), "Aleppo");
}

// The resolver keeps its working storage per thread and gives it back
// after a text over a MiB: a small text resolves the same before a huge one
// and after it, and the huge one the same twice.
TEST(Geoparser, SmallTextAfterAHugeOneResolvesTheSame) {
  const std::string small =
      "Shelling hit Aleppo and Hama, and gunmen clashed in Tripoli near Beirut.";
  std::string huge;
  while (huge.size() < 3'000'000) huge += small + " Officials in Misrata called for calm.\n";
  const auto before = parse(small);
  ASSERT_FALSE(before.empty());
  const auto big = parse(huge);
  EXPECT_GT(big.size(), before.size());
  for (int round = 0; round < 2; ++round) {
    const auto after = parse(small);
    ASSERT_EQ(after.size(), before.size());
    for (size_t k = 0; k < after.size(); ++k) {
      EXPECT_EQ(after[k].span, before[k].span);
      EXPECT_EQ(after[k].place.id, before[k].place.id);
    }
  }
  EXPECT_EQ(parse(huge).size(), big.size());
}

}  // namespace
}  // namespace sitrep::places
