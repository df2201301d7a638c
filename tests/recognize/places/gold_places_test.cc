// The place names of the dev/seed gold events (location and its aliases,
// admin1, country) must resolve to the right place: the location as the
// geoparser reads it in its article (right country and province), the
// province and country names through the gazetteer. Reads ../shared at test
// time; skips without it or without world.gaz.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <cstdlib>
#include <iostream>
#include <map>
#include <set>

#include "core/paths.h"
#include "recognize/places/geoparser.h"
#include "recognize/places/load_gazetteer.h"
#include "recognize/places/name_fold.h"
#include "testing/shared.h"

namespace sitrep::places {
namespace {

struct Item {
  std::string kind;  // location, admin1, country
  std::string name;
  std::string doc;
  std::string admin1;
  std::string country;
  bool operator<(const Item& o) const {
    return std::tie(kind, name, admin1, country) < std::tie(o.kind, o.name, o.admin1, o.country);
  }
};

std::string iso2_of(const Gazetteer& gaz, const std::string& country) {
  for (const Place& p : gaz.lookup(country)) {
    if (p.is_country()) return p.country_code;
  }
  return "";
}

// Province codes a gold admin1 name may stand for, in that country.
std::set<std::string> admin1_codes(const Gazetteer& gaz, const std::string& admin1, const std::string& iso2) {
  std::set<std::string> codes;
  for (const Place& p : gaz.lookup(admin1)) {
    if (p.country_code == iso2 && p.is_admin1()) codes.insert(p.admin1_code);
  }
  return codes;
}

TEST(GoldPlaces, DevAndSeedPlaceNamesResolve) {
  SITREP_REQUIRE_SHARED(shared);
  const std::string index = default_gazetteer_path();
  if (!std::filesystem::exists(index)) GTEST_SKIP() << index << " not built: run npm ci --prefix gazetteer";
  auto loaded = load_gazetteer(index, default_data_dir(), {});
  ASSERT_TRUE(loaded.ok()) << loaded.error().message;
  const Gazetteer& gaz = loaded->gazetteer;
  const Geoparser parser(gaz, loaded->place_words);

  const std::string dev = shared + "/eval/dev";
  std::map<std::string, std::string> texts;
  std::ifstream articles(dev + "/articles.jsonl");
  for (std::string line; std::getline(articles, line);) {
    if (line.empty()) continue;
    auto j = nlohmann::json::parse(line);
    texts[j.at("id").get<std::string>()] = j.value("text", "");
  }
  std::set<Item> items;
  for (const auto& entry : std::filesystem::directory_iterator(dev)) {
    const std::string path = entry.path().string();
    if (path.size() < 10 || path.substr(path.size() - 10) != ".gold.json") continue;
    auto gold = nlohmann::json::parse(sitrep::testing::read_file(path));
    const std::string doc = gold.at("id");
    for (const auto& e : gold.at("events")) {
      const std::string admin1 = e.value("admin1", "");
      const std::string country = e.value("country", "");
      std::vector<std::string> names;
      if (e.contains("location_aliases")) names = e["location_aliases"].get<std::vector<std::string>>();
      if (names.empty() && e.contains("location") && e["location"].is_string()) names.push_back(e["location"]);
      for (const auto& n : names) items.insert({"location", n, doc, admin1, country});
      if (!admin1.empty()) items.insert({"admin1", admin1, "", "", country});
      if (!country.empty()) items.insert({"country", country, "", "", ""});
    }
  }
  ASSERT_GT(items.size(), 50u);

  std::map<std::string, std::vector<PlaceMention>> parsed;
  int right = 0;
  std::vector<std::string> wrong;
  // SITREP_PLACES_LIST=1 prints every name with its resolution, for review.
  const bool list_all = std::getenv("SITREP_PLACES_LIST") != nullptr;
  for (const Item& it : items) {
    bool ok = false;
    std::string got = "(nothing)";
    if (it.kind == "country") {
      const auto found = gaz.lookup(it.name);
      ok = !found.empty() && found[0].is_country();
      if (!found.empty()) got = found[0].id;
    } else if (it.kind == "admin1") {
      const std::string iso2 = iso2_of(gaz, it.country);
      ok = !admin1_codes(gaz, it.name, iso2).empty();
      got = ok ? "a province of " + iso2 : "no province of " + iso2;
    } else {
      const std::string& text = texts[it.doc];
      const size_t at = text.find(it.name);
      if (at != std::string::npos) {
        if (!parsed.count(it.doc)) parsed[it.doc] = parser.find_places(text, {});
        const Span want{static_cast<uint32_t>(at), static_cast<uint32_t>(at + it.name.size())};
        for (const PlaceMention& m : parsed[it.doc]) {
          if (!m.span.overlaps(want)) continue;
          const std::string iso2 = iso2_of(gaz, it.country);
          const auto codes = admin1_codes(gaz, it.admin1, iso2);
          const bool admin1_ok = codes.empty() ? fold_name(m.place.admin1) == fold_name(it.admin1)
                                               : codes.count(m.place.admin1_code) > 0;
          ok = m.place.country_code == iso2 && (admin1_ok || it.admin1.empty());
          got = m.place.id + " " + m.place.name + " (" + m.place.admin1 + ", " + m.place.country + ")";
          break;
        }
      }
    }
    right += ok ? 1 : 0;
    if (list_all) {
      std::cout << (ok ? "  right: " : "  WRONG: ") << it.kind << " \"" << it.name << "\" ("
                << it.admin1 << ", " << it.country << ") -> " << got << "\n";
    }
    if (!ok) wrong.push_back(it.kind + " \"" + it.name + "\" (" + it.admin1 + ", " + it.country + ") -> " + got);
  }
  const double share = static_cast<double>(right) / static_cast<double>(items.size());
  std::cout << "gold place names: " << right << "/" << items.size() << " right (" << share << ")\n";
  for (const auto& w : wrong) std::cout << "  wrong: " << w << "\n";
  EXPECT_GE(share, 0.90);
}

}  // namespace
}  // namespace sitrep::places
