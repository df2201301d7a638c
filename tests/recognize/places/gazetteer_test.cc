#include "recognize/places/gazetteer.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "fixture_gazetteer.h"
#include "recognize/places/custom_places.h"
#include "recognize/places/gazetteer_builder.h"
#include "recognize/places/load_gazetteer.h"
#include "recognize/places/place_scoring.h"
#include "testing/shared.h"

namespace sitrep::places {
namespace {

using testing::fixture;

Gazetteer open_fixture(bool with_custom = true) {
  std::vector<std::string> custom;
  if (with_custom) custom.push_back(fixture().custom_path);
  auto gaz = Gazetteer::open(fixture().index_path, custom);
  EXPECT_TRUE(gaz.ok()) << (gaz.ok() ? "" : gaz.error().message);
  return std::move(*gaz);
}

void write(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string read(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), {}};
}

TEST(Gazetteer, BuildsAndReportsStats) {
  const Gazetteer gaz = open_fixture();
  const auto& s = gaz.stats();
  EXPECT_GT(s.places, 20u);  // 15 cities + countries + provinces + counties
  EXPECT_GT(s.names, 30u);
  EXPECT_EQ(s.custom_places, 3u);
  EXPECT_GT(s.file_bytes, 1000u);
  EXPECT_GT(s.built_unix_seconds, 0);
  EXPECT_GE(s.load_milliseconds, 0.0);  // measured; speed itself is a benchmark concern
}

TEST(Gazetteer, LookupRanksCapitalsAndCountriesFirst) {
  const Gazetteer gaz = open_fixture();
  auto tripoli = gaz.lookup("Tripoli");
  ASSERT_GE(tripoli.size(), 2u);
  EXPECT_EQ(tripoli[0].country_code, "LY");
  EXPECT_EQ(tripoli[0].feature_code, "PPLC");
  bool lebanon = false;
  for (const auto& p : tripoli) lebanon = lebanon || (p.country_code == "LB" && p.feature_code == "PPLA");
  EXPECT_TRUE(lebanon);

  auto syria = gaz.lookup("Syria");
  ASSERT_FALSE(syria.empty());
  EXPECT_EQ(syria[0].id, "country:SY");
  EXPECT_EQ(syria[0].feature_code, "PCLI");
  EXPECT_EQ(gaz.lookup("Syrian Arab Republic")[0].id, "country:SY");
}

TEST(Gazetteer, AliasesArticlesAndTransliterations) {
  const Gazetteer gaz = open_fixture();
  EXPECT_EQ(gaz.lookup("Jableh")[0].name, "Jablah");          // GeoNames alternate name
  EXPECT_EQ(gaz.lookup("Lattakia")[0].name, "Latakia");
  EXPECT_EQ(gaz.lookup("Deir ez-Zor")[0].admin1_code, "SY.07");
  EXPECT_EQ(gaz.lookup("Deir al-Zour")[0].admin1_code, "SY.07");  // fuzzy key
  EXPECT_EQ(gaz.lookup("Misurata")[0].country_code, "LY");
  EXPECT_TRUE(gaz.lookup("Atlantis").empty());
}

TEST(Gazetteer, ProvincesAndCountiesAreSynthesised) {
  const Gazetteer gaz = open_fixture();
  bool province = false;
  for (const auto& p : gaz.lookup("Aleppo")) {
    if (p.is_admin1()) {
      province = true;
      EXPECT_EQ(p.id, "adm1:SY.09");
      EXPECT_NEAR(p.latitude, 36.2, 0.1);  // placed by its cities
    }
  }
  EXPECT_TRUE(province);
  EXPECT_EQ(gaz.lookup("Damascus Governorate")[0].id, "adm1:SY.13");
  auto lamar = gaz.lookup("Lamar County");
  ASSERT_FALSE(lamar.empty());
  EXPECT_EQ(lamar[0].feature_code, "ADM2");
  EXPECT_EQ(lamar[0].admin1, "Texas");
  auto texas = gaz.lookup("Tex.");
  ASSERT_FALSE(texas.empty());
  EXPECT_EQ(texas[0].id, "adm1:US.TX");
}

TEST(Gazetteer, CandidatesCarryMatchKinds) {
  const Gazetteer gaz = open_fixture();
  auto syrian = gaz.candidates("Syrian");
  ASSERT_EQ(syrian.size(), 1u);
  EXPECT_TRUE(syrian[0].match.demonym);
  auto us = gaz.candidates("U.S.");
  ASSERT_FALSE(us.empty());
  EXPECT_EQ(us[0].place.id, "country:US");
  EXPECT_TRUE(gaz.fuzzy_candidates("Deir al-Zour")[0].match.fuzzy);
}

// The known-key shortcut answers as has_key then shared_key_candidates
// would, first time and repeated, and the lists carry their prior and
// big-unit facts ready for the resolver.
TEST(Gazetteer, KnownKeyCandidatesMatchHasKey) {
  const Gazetteer gaz = open_fixture();
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(gaz.known_key_candidates("no such place"), nullptr);
    const CandidateList* held = gaz.known_key_candidates("tripoli");
    ASSERT_NE(held, nullptr);
    const CandidateList tripoli = *held;  // copied before the next question, as callers do
    ASSERT_NE(tripoli, nullptr);
    EXPECT_TRUE(gaz.has_key("tripoli"));
    EXPECT_EQ(tripoli.get(), gaz.shared_key_candidates("tripoli").get());  // the one shared list
    held = gaz.known_key_candidates("syria");
    ASSERT_NE(held, nullptr);
    const CandidateList syria = *held;
    ASSERT_NE(syria, nullptr);
    for (const Candidate& c : *syria) {
      EXPECT_EQ(c.prior, prior_score(c));
      EXPECT_EQ(c.big_unit, is_big_unit(c.place));
    }
  }
}

// may_have_key_from says no only when no key is the words or goes on
// after them with a space, world or custom, first time and remembered.
TEST(Gazetteer, KeysFromTwoWords) {
  const Gazetteer gaz = open_fixture();
  for (int round = 0; round < 2; ++round) {
    EXPECT_TRUE(gaz.may_have_key_from("north lebanon"));   // the key itself
    EXPECT_TRUE(gaz.may_have_key_from("lamar"));           // "lamar county"
    EXPECT_TRUE(gaz.may_have_key_from("sheikh maqsood"));  // a custom place
    EXPECT_FALSE(gaz.may_have_key_from("north tripoli"));
    EXPECT_FALSE(gaz.may_have_key_from("tripoli syria"));
  }
}

TEST(Gazetteer, CustomPlacesKeepTheirParent) {
  const Gazetteer gaz = open_fixture();
  auto sm = gaz.lookup("Shaykh Maqsud");
  ASSERT_FALSE(sm.empty());
  EXPECT_EQ(sm[0].id, "custom:sy-aleppo-sheikh-maqsood");
  EXPECT_EQ(sm[0].parent, "Aleppo");
  EXPECT_EQ(sm[0].admin1_code, "SY.09");  // linked to the world province
  EXPECT_EQ(sm[0].country, "Syria");
  EXPECT_EQ(gaz.lookup("Ramussa")[0].id, "custom:sy-aleppo-ramousah");  // transliteration
}

TEST(Gazetteer, CustomPlacesWithoutWorldIndex) {
  auto gaz = Gazetteer::open_custom_only({fixture().custom_path});
  ASSERT_TRUE(gaz.ok());
  EXPECT_FALSE(gaz->has_world());
  EXPECT_EQ(gaz->lookup("Sheikh Maqsood").size(), 1u);
  EXPECT_TRUE(gaz->lookup("Tripoli").empty());
}

// Answers are remembered per thread and per Gazetteer: two gazetteers asked
// in turn on one thread, or one opened after another closed, keep their own.
TEST(Gazetteer, RememberedAnswersStayWithTheirGazetteer) {
  auto custom_only = Gazetteer::open_custom_only({fixture().custom_path});
  ASSERT_TRUE(custom_only.ok());
  for (int round = 0; round < 2; ++round) {
    const Gazetteer world = open_fixture();
    EXPECT_FALSE(world.lookup("Tripoli").empty());
    EXPECT_TRUE(world.has_key("tripoli"));
    EXPECT_TRUE(custom_only->lookup("Tripoli").empty());
    EXPECT_FALSE(custom_only->has_key("tripoli"));
    EXPECT_FALSE(world.candidates("Tripoli").empty());
    EXPECT_FALSE(world.fuzzy_candidates("Deir al-Zour").empty());
  }
}

TEST(Gazetteer, LoadGazetteerFallsBackToCustomPlaces) {
  const std::string data = fixture().dir + "/data";
  std::filesystem::create_directories(data + "/places");
  std::filesystem::copy_file(fixture().custom_path, data + "/places/custom.tsv",
                             std::filesystem::copy_options::overwrite_existing);
  std::filesystem::copy(
      sitrep::testing::data_dir() + "/place_words", data + "/place_words",
      std::filesystem::copy_options::overwrite_existing | std::filesystem::copy_options::recursive);
  auto loaded = load_gazetteer(fixture().dir + "/missing.gaz", data, {});
  ASSERT_TRUE(loaded.ok());
  EXPECT_NE(loaded->warning.find("missing.gaz"), std::string::npos);
  EXPECT_EQ(loaded->gazetteer.lookup("Sheikh Maqsood").size(), 1u);
  auto full = load_gazetteer(fixture().index_path, data, {});
  ASSERT_TRUE(full.ok());
  EXPECT_TRUE(full->warning.empty());
}

TEST(Gazetteer, MissingIndexIsAnError) {
  auto gaz = Gazetteer::open(fixture().dir + "/nope.gaz", {});
  ASSERT_FALSE(gaz.ok());
  EXPECT_NE(gaz.error().message.find("nope.gaz"), std::string::npos);
}

TEST(Gazetteer, TruncatedIndexIsAClearError) {
  const std::string bytes = read(fixture().index_path);
  ASSERT_GT(bytes.size(), 200u);
  for (size_t keep : {size_t{0}, size_t{10}, size_t{100}, bytes.size() / 2, bytes.size() - 1}) {
    const std::string path = fixture().dir + "/truncated.gaz";
    write(path, bytes.substr(0, keep));
    auto gaz = Gazetteer::open(path, {});
    ASSERT_FALSE(gaz.ok()) << keep;
    EXPECT_NE(gaz.error().message.find("truncated"), std::string::npos) << gaz.error().message;
  }
}

TEST(Gazetteer, CorruptIndexIsAClearError) {
  const std::string path = fixture().dir + "/corrupt.gaz";
  write(path, std::string(4096, 'x'));
  auto gaz = Gazetteer::open(path, {});
  ASSERT_FALSE(gaz.ok());
  EXPECT_NE(gaz.error().message.find("not a sitrep gazetteer"), std::string::npos);

  std::string bytes = read(fixture().index_path);
  bytes[8] = 99;  // format version
  write(path, bytes);
  gaz = Gazetteer::open(path, {});
  ASSERT_FALSE(gaz.ok());
  EXPECT_NE(gaz.error().message.find("format"), std::string::npos);
}

TEST(Gazetteer, ScrambledBodyNeverCrashes) {
  // Keep the header valid and scramble everything after it: lookups must
  // stay inside the mapping (answers may be empty or odd).
  std::string bytes = read(fixture().index_path);
  for (size_t i = 256; i < bytes.size(); i += 7) bytes[i] = static_cast<char>(bytes[i] * 31 + 17);
  bytes.back() = '\0';
  const std::string path = fixture().dir + "/scrambled.gaz";
  write(path, bytes);
  auto gaz = Gazetteer::open(path, {});
  if (!gaz.ok()) return;  // a clear error is fine too
  for (const char* name : {"Tripoli", "Aleppo", "Paris", "Syria", "xyz"}) {
    (void)gaz->lookup(name);
  }
}

TEST(CustomPlaces, ParsesAndReportsBadRows) {
  auto ok = parse_custom_places(
      "# comment\n\nid\tname\taliases\tfeature\tlatitude\tlongitude\tcountry\tadmin1\tadmin2\tparent\n"
      "x-camp\tSome Camp\tCamp One|Camp 1\tcamp\t33.5\t36.3\tSY\tDamascus\t\tDamascus\n",
      "t.tsv");
  ASSERT_TRUE(ok.ok()) << ok.error().message;
  ASSERT_EQ(ok->size(), 1u);
  EXPECT_EQ((*ok)[0].place.id, "custom:x-camp");
  EXPECT_EQ((*ok)[0].place.feature_code, "CMP");
  EXPECT_EQ((*ok)[0].aliases.size(), 2u);

  auto short_row = parse_custom_places("a\tb\tc\n", "t.tsv");
  ASSERT_FALSE(short_row.ok());
  EXPECT_NE(short_row.error().message.find("t.tsv:1"), std::string::npos);
  auto bad_lat = parse_custom_places("a\tB\t\tcamp\tnorth\t36\tSY\t\t\t\n", "t.tsv");
  ASSERT_FALSE(bad_lat.ok());
  EXPECT_NE(bad_lat.error().message.find("latitude"), std::string::npos);
}

TEST(GazetteerBuilder, MissingSourceIsAClearError) {
  GazetteerSources sources;
  sources.cities_tsv = fixture().dir + "/no-cities.tsv";
  auto stats = build_gazetteer(sources, fixture().dir + "/never.gaz");
  ASSERT_FALSE(stats.ok());
  EXPECT_NE(stats.error().message.find("no-cities.tsv"), std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(fixture().dir + "/never.gaz"));
}

TEST(GazetteerBuilder, CitiesOnlyIndexWorks) {
  GazetteerSources sources;
  sources.cities_tsv = fixture().cities_path;
  const std::string out = fixture().dir + "/cities-only.gaz";
  auto stats = build_gazetteer(sources, out);
  ASSERT_TRUE(stats.ok()) << stats.error().message;
  EXPECT_EQ(stats->places, 15u);
  auto gaz = Gazetteer::open(out, {});
  ASSERT_TRUE(gaz.ok());
  EXPECT_EQ(gaz->lookup("Halab")[0].name, "Aleppo");
}

}  // namespace
}  // namespace sitrep::places
