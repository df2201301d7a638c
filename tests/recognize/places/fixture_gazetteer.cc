#include "fixture_gazetteer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "recognize/places/gazetteer_builder.h"
#include "recognize/places/place_word_files.h"
#include "testing/shared.h"

namespace sitrep::places::testing {
namespace {

// geonameid name asciiname alternatenames lat lon class code cc cc2 admin1 admin2
// admin3 admin4 population elevation dem timezone modified
constexpr const char* kCities[] = {
    "2210247\tTripoli\tTripoli\tTarabulus,Tripoli of Libya\t32.88743\t13.18733\tP\tPPLC\tLY\t\t77\t\t\t\t1150989\t\t\t\t",
    "2214846\tMisratah\tMisratah\tMisrata,Misurata\t32.37535\t15.09254\tP\tPPLA\tLY\t\t72\t\t\t\t386120\t\t\t\t",
    "266826\tTripoli\tTripoli\tTarabulus,Trablous\t34.43352\t35.8442\tP\tPPLA\tLB\t\t09\t\t\t\t229398\t\t\t\t",
    "276781\tBeirut\tBeirut\tBayrut,Beyrouth\t33.89332\t35.50157\tP\tPPLC\tLB\t\t04\t\t\t\t1916100\t\t\t\t",
    "170063\tAleppo\tAleppo\tHalab,Alep\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t\t\t",
    "170654\tDamascus\tDamascus\tDimashq,Damas\t33.5102\t36.29128\tP\tPPLC\tSY\t\t13\t\t\t\t1569394\t\t\t\t",
    "173576\tLatakia\tLatakia\tAl Ladhiqiyah,Lattakia\t35.53168\t35.79011\tP\tPPLA\tSY\t\t02\t\t\t\t383786\t\t\t\t",
    "170017\tJablah\tJablah\tJableh,Jebleh\t35.3621\t35.92759\tP\tPPL\tSY\t\t02\t\t\t\t65915\t\t\t\t",
    "170016\tHama\tHama\tHamah\t35.13179\t36.75783\tP\tPPLA\tSY\t\t10\t\t\t\t460602\t\t\t\t",
    "170794\tDayr az Zawr\tDayr az Zawr\tDeir ez-Zor\t35.33588\t40.14084\tP\tPPLA\tSY\t\t07\t\t\t\t242565\t\t\t\t",
    "2988507\tParis\tParis\tParis,Lutece\t48.85341\t2.3488\tP\tPPLC\tFR\t\t11\t75\t\t\t2138551\t\t\t\t",
    "2996944\tLyon\tLyon\tLyons\t45.74846\t4.84671\tP\tPPLA\tFR\t\t84\t69\t\t\t472317\t\t\t\t",
    "4717560\tParis\tParis\t\t33.66094\t-95.55551\tP\tPPLA2\tUS\t\tTX\t277\t\t\t24782\t\t\t\t",
    "4684888\tDallas\tDallas\t\t32.78306\t-96.80667\tP\tPPLA2\tUS\tTX\tTX\t113\t\t\t1300092\t\t\t\t",
    "4710826\tReno\tReno\t\t33.66512\t-95.4969\tP\tPPL\tUS\t\tTX\t277\t\t\t3166\t\t\t\t",
};

constexpr const char* kAdmin1 =
    R"([{"code":"LY.77","name":"Tripoli"},{"code":"LY.72","name":"Misratah"},)"
    R"({"code":"LB.09","name":"North Lebanon"},{"code":"LB.04","name":"Beirut"},)"
    R"({"code":"SY.09","name":"Aleppo"},{"code":"SY.13","name":"Damascus Governorate"},)"
    R"({"code":"SY.02","name":"Latakia"},{"code":"SY.10","name":"Hama"},{"code":"SY.07","name":"Deir ez-Zor"},)"
    R"({"code":"FR.11","name":"Ile-de-France"},{"code":"FR.84","name":"Auvergne-Rhone-Alpes"},)"
    R"({"code":"US.TX","name":"Texas"}])";
constexpr const char* kAdmin2 = R"([{"code":"US.TX.277","name":"Lamar County"},{"code":"US.TX.113","name":"Dallas County"}])";
constexpr const char* kCountries =
    R"({"LY":{"name":"Libya"},"LB":{"name":"Lebanon"},"SY":{"name":"Syria","alias":["Syrian Arab Republic"]},)"
    R"("FR":{"name":"France"},"US":{"name":"United States","alias":["USA","America"]}})";
constexpr const char* kIso3 = R"({"LY":"LBY","LB":"LBN","SY":"SYR","FR":"FRA","US":"USA"})";
constexpr const char* kNames =
    "# fixture\n"
    "country:US\tabbrev\tU.S.|US\n"
    "country:SY\tdemonym\tSyrian|Syrians\n"
    "country:LB\tdemonym\tLebanese\n"
    "country:LY\tdemonym\tLibyan|Libyans\n"
    "adm1:US.TX\tabbrev\tTex.\n";
constexpr const char* kCustom =
    "id\tname\taliases\tfeature\tlatitude\tlongitude\tcountry\tadmin1\tadmin2\tparent\n"
    "sy-aleppo-sheikh-maqsood\tSheikh Maqsood\tSheikh Maqsoud|Shaykh Maqsud\tneighbourhood\t36.2330\t37.1560\tSY\tAleppo\t\tAleppo\n"
    "sy-aleppo-ramousah\tRamousah\tRamouseh\tneighbourhood\t36.1650\t37.1460\tSY\tAleppo\t\tAleppo\n"
    "lb-tripoli-bab-al-tabbaneh\tBab al-Tabbaneh\tTabbaneh\tneighbourhood\t34.4440\t35.8350\tLB\tNorth Lebanon\t\tTripoli\n";

void write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

Fixture build() {
  Fixture f;
  f.dir = (std::filesystem::temp_directory_path() / ("sitrep-places-fixture-" + std::to_string(::getpid()))).string();
  std::filesystem::create_directories(f.dir);
  std::string cities;
  for (const char* row : kCities) cities += std::string(row) + "\n";
  f.cities_path = f.dir + "/cities.tsv";
  write(f.cities_path, cities);
  write(f.dir + "/admin1.json", kAdmin1);
  write(f.dir + "/admin2.json", kAdmin2);
  write(f.dir + "/countries.json", kCountries);
  write(f.dir + "/iso3.json", kIso3);
  write(f.dir + "/names.tsv", kNames);
  f.custom_path = f.dir + "/custom.tsv";
  write(f.custom_path, kCustom);
  GazetteerSources sources;
  sources.cities_tsv = f.cities_path;
  sources.admin1_json = f.dir + "/admin1.json";
  sources.admin2_json = f.dir + "/admin2.json";
  sources.countries_json = f.dir + "/countries.json";
  sources.iso3_json = f.dir + "/iso3.json";
  sources.names_tsv = f.dir + "/names.tsv";
  sources.place_words_dir = sitrep::testing::data_dir() + "/place_words";
  f.index_path = f.dir + "/world.gaz";
  auto stats = build_gazetteer(sources, f.index_path);
  EXPECT_TRUE(stats.ok()) << (stats.ok() ? "" : stats.error().message);
  return f;
}

}  // namespace

const PlaceWordLists& place_words() {
  static const PlaceWordLists lists = [] {
    auto loaded = load_place_words(sitrep::testing::data_dir() + "/place_words", {});
    EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().message);
    return loaded.ok() ? std::move(loaded).value() : PlaceWordLists();
  }();
  return lists;
}

const Fixture& fixture() {
  static const Fixture f = build();
  return f;
}

}  // namespace sitrep::places::testing
