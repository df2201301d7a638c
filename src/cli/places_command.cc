// sitrep places: look names up in the gazetteer, or show its statistics.
#include <fmt/core.h>

#include <cmath>
#include <ctime>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/loading.h"

namespace sitrep::cli {
namespace {

struct PlacesOptions {
  std::vector<std::string> query;  // words of the name ("Deir", "ez-Zor")
  std::string country;
  bool json = false;
  bool stats = false;
  size_t limit = 10;
};

nlohmann::json place_json(const places::Place& p) {
  return {{"id", p.id},
          {"name", p.name},
          {"country", p.country},
          {"country_code", p.country_code},
          {"admin1", p.admin1},
          {"admin1_code", p.admin1_code},
          {"admin2", p.admin2},
          {"feature_code", p.feature_code},
          {"population", p.population},
          {"latitude", std::round(p.latitude * 1e5) / 1e5},
          {"longitude", std::round(p.longitude * 1e5) / 1e5},
          {"parent", p.parent}};
}

void print_stats(const places::Gazetteer& gaz, bool json) {
  const places::GazetteerStats& s = gaz.stats();
  std::string built;
  if (s.built_unix_seconds > 0) {
    const std::time_t t = s.built_unix_seconds;
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%d %H:%M UTC", std::gmtime(&t));
    built = buf;
  }
  if (json) {
    nlohmann::json j = {{"index", s.index_path},
                        {"places", s.places},
                        {"names", s.names},
                        {"keys", s.keys},
                        {"custom_places", s.custom_places},
                        {"file_bytes", s.file_bytes},
                        {"load_ms", s.load_milliseconds},
                        {"rss_delta_bytes", s.rss_delta_bytes},
                        {"build_ms", s.build_milliseconds},
                        {"built", built}};
    fmt::print("{}\n", j.dump(2));
    return;
  }
  fmt::print("index:          {}\n",
             s.index_path.empty() ? "(none: custom places only)" : s.index_path);
  fmt::print("places:         {}\n", s.places);
  fmt::print("names:          {} ({} distinct keys)\n", s.names, s.keys);
  fmt::print("custom places:  {}\n", s.custom_places);
  fmt::print("file size:      {:.1f} MB\n", static_cast<double>(s.file_bytes) / 1e6);
  fmt::print("load time:      {:.2f} ms\n", s.load_milliseconds);
  fmt::print("memory (RSS):   {:+.1f} MB at load\n", static_cast<double>(s.rss_delta_bytes) / 1e6);
  fmt::print("build time:     {:.2f} s{}\n", s.build_milliseconds / 1000.0,
             built.empty() ? "" : " (built " + built + ")");
}

int run_places(const GlobalOptions& global, const PlacesOptions& opts) {
  const auto loaded = load_places(global, "places");
  if (!loaded) return 2;
  const places::Gazetteer& gaz = loaded->gazetteer;
  if (opts.stats) {
    print_stats(gaz, opts.json);
    return 0;
  }
  std::string query;
  for (const auto& w : opts.query) query += (query.empty() ? "" : " ") + w;
  if (query.empty()) {
    fmt::print(stderr, "sitrep places: give a name to look up, or --stats (see --help)\n");
    return 2;
  }
  std::vector<places::Place> found = gaz.lookup(query);
  if (!opts.country.empty()) {
    std::erase_if(found, [&](const places::Place& p) { return p.country_code != opts.country; });
  }
  if (found.size() > opts.limit) found.resize(opts.limit);
  if (found.empty()) {
    if (!opts.json) fmt::print(stderr, "no place named \"{}\"\n", query);
    return 1;
  }
  for (const auto& p : found) {
    if (opts.json) {
      fmt::print("{}\n", place_json(p).dump());
      continue;
    }
    std::string where;
    for (const std::string* part : {&p.parent, &p.admin1, &p.country}) {
      if (part->empty()) continue;
      where += (where.empty() ? "" : ", ") + *part;
    }
    fmt::print("{:<28} {:<6} {:<40} pop {:>9}  {:>9.4f} {:>10.4f}  {}\n", p.name, p.feature_code,
               where, p.population, p.latitude, p.longitude, p.id);
  }
  return 0;
}

}  // namespace

void add_places_command(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto opts = std::make_shared<PlacesOptions>();
  auto* cmd = app.add_subcommand(
      "places",
      "Look a place name up in the gazetteer (best candidate first), or show gazetteer "
      "statistics.\n\n"
      "Spelling variants are tolerated: \"Deir ez-Zor\", \"Dayr az Zawr\" and \"Deir al-Zour\" "
      "find\n"
      "the same province; \"al-\"/\"el-\" articles and diacritics do not matter.\n\n"
      "Examples:\n"
      "  sitrep places Tripoli                 # Libya's capital first, then Lebanon's Tripoli\n"
      "  sitrep places Tripoli --country LB\n"
      "  sitrep places \"Sheikh Maqsood\" --json\n"
      "  sitrep places --stats                 # places, names, file size, load time, memory, "
      "build time\n"
      "  sitrep --places my_villages.tsv places Kafr Nubl");
  cmd->add_option("query", opts->query, "the place name to look up (quotes optional)");
  cmd->add_option("--country", opts->country, "only candidates in this country (ISO2, e.g. SY)");
  cmd->add_flag("--json", opts->json, "one JSON object per candidate");
  cmd->add_flag("--stats", opts->stats, "print gazetteer statistics instead of looking up");
  cmd->add_option("-n,--limit", opts->limit, "at most this many candidates")->capture_default_str();
  cmd->callback([&global, &exit_code, opts] { exit_code = run_places(global, *opts); });
}

}  // namespace sitrep::cli
