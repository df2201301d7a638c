// sitrep geoparse: one JSON line per place mention found in the input articles.
#include <fmt/core.h>

#include <cmath>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/loading.h"
#include "cli/output_file.h"
#include "ingest/ingest.h"
#include "pipeline/visible_places.h"
#include "recognize/places/geoparser.h"

namespace sitrep::cli {
namespace {

struct GeoparseOptions {
  std::vector<std::string> paths;
  std::string output;
  std::string country;
  bool no_demonyms = false;
  double min_confidence = 0;
};

nlohmann::json mention_json(const Document& doc, const places::PlaceMention& m) {
  const places::Place& p = m.place;
  nlohmann::json j;
  j["doc_id"] = doc.id;
  j["start"] = m.span.start;
  j["end"] = m.span.end;
  j["text"] = std::string(m.span.of(doc.text));
  j["geonameid"] = p.id;
  j["name"] = p.name;
  j["country"] = p.country;
  j["country_code"] = p.country_code;
  j["admin1"] = p.admin1;
  j["feature_code"] = p.feature_code;
  // Five decimals: about a metre, all the float index holds.
  j["latitude"] = std::round(p.latitude * 1e5) / 1e5;
  j["longitude"] = std::round(p.longitude * 1e5) / 1e5;
  j["geo_precision"] = m.geo_precision;
  j["confidence"] = std::round(m.confidence * 1000) / 1000;
  if (m.demonym) j["demonym"] = true;
  return j;
}

int run_geoparse(const GlobalOptions& global, const GeoparseOptions& opts) {
  const auto loaded = load_places(global, "geoparse");
  if (!loaded) return 2;
  auto out = OutputFile::open(opts.output);
  if (!out) {
    fmt::print(stderr, "sitrep geoparse: {}\n", out.error().message);
    return 2;
  }
  places::GeoparserOptions parser_options;
  parser_options.include_demonyms = !opts.no_demonyms;
  parser_options.min_confidence = opts.min_confidence;
  const places::Geoparser parser(loaded->gazetteer, loaded->place_words, parser_options);
  const places::GeoContext context{opts.country};

  int status = 0;
  Status write_status;
  const auto stats = ingest::ingest_paths(
      opts.paths, {},
      [&](Document&& doc) {
        if (!write_status.ok()) return;
        for (const auto& m : find_places_as_read(parser, doc.text, context)) {
          write_status = out->write_line(mention_json(doc, m).dump());
          if (!write_status.ok()) return;
        }
      },
      [&](const Error& e) {
        fmt::print(stderr, "sitrep geoparse: {}\n", e.message);
        status = 1;
      });
  if (!write_status.ok()) {
    fmt::print(stderr, "sitrep geoparse: {}\n", write_status.error().message);
    return 1;
  }
  if (auto s = out->commit(); !s.ok()) {
    fmt::print(stderr, "sitrep geoparse: {}\n", s.error().message);
    return 1;
  }
  if (stats.documents == 0 && stats.failures == 0) {
    fmt::print(stderr, "sitrep geoparse: no documents in the input\n");
  }
  return status;
}

}  // namespace

void add_geoparse_command(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto opts = std::make_shared<GeoparseOptions>();
  auto* cmd = app.add_subcommand(
      "geoparse",
      "Find place names in articles and resolve them to coordinates (one JSON line per "
      "mention).\n\n"
      "Each line: doc_id, start, end (UTF-8 byte offsets into the article text), text,\n"
      "geonameid (or custom:/country:/adm1: id), name, country, admin1, feature_code,\n"
      "latitude, longitude, geo_precision (1 place, 2 near/part of, 3 province or larger),\n"
      "confidence.\n\n"
      "Examples:\n"
      "  sitrep geoparse articles.jsonl > places.jsonl\n"
      "  sitrep geoparse news/ --country SY -o places.jsonl\n"
      "  sitrep --places my_villages.tsv geoparse report.txt\n"
      "  python3 ../shared/eval/geo_score.py ../shared/eval/geo/lgl places.jsonl");
  cmd->add_option("paths", opts->paths,
                  "articles: .jsonl, .txt, .html, directories, or - for stdin")
      ->required();
  cmd->add_option("-o,--output", opts->output, "write here instead of stdout");
  cmd->add_option("--country", opts->country,
                  "ISO2 code of the country the articles cover (a tie-breaker)");
  cmd->add_flag("--no-demonyms", opts->no_demonyms,
                "do not report demonyms (\"Syrian\") as mentions");
  cmd->add_option("--min-confidence", opts->min_confidence,
                  "drop mentions below this confidence (0..1)")
      ->capture_default_str();
  cmd->callback([&global, &exit_code, opts] { exit_code = run_geoparse(global, *opts); });
}

}  // namespace sitrep::cli
