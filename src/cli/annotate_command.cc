// `sitrep annotate`: shows what each stage found in an article (sentences,
// actors, places, numbers, dates, triggers) — for checking why an event was
// or was not extracted, and for extending data/ files.
#include <cstdio>

#include "cli/commands.h"
#include "cli/loading.h"
#include "ingest/ingest.h"

namespace sitrep::cli {
namespace {

void print_analysis(const AnalyzedDocument& a) {
  const std::string_view text = a.doc->text;
  std::printf("== %s (%s, published %s)\n", a.doc->id.c_str(), a.doc->outlet.c_str(),
              a.doc->published ? a.doc->published->iso().c_str() : "unknown");
  size_t ai = 0, pi = 0, qi = 0, di = 0;
  for (const SentenceInfo& s : a.sentences) {
    std::printf("[%u] %.*s\n", s.paragraph, static_cast<int>(s.span.size()),
                text.data() + s.span.start);
    for (; ai < a.actors.size() && a.actors[ai].span.start < s.span.end; ++ai) {
      const ActorRef& r = a.actors[ai];
      std::printf("    actor  %-28.*s -> %.*s (inter %d, %.*s%s)\n",
                  static_cast<int>(r.span.size()), text.data() + r.span.start,
                  static_cast<int>(r.name.size()), r.name.data(), r.inter,
                  static_cast<int>(r.role.size()), r.role.data(), r.generic ? ", generic" : "");
    }
    for (; pi < a.places.size() && a.places[pi].span.start < s.span.end; ++pi) {
      const PlaceRef& p = a.places[pi];
      std::printf("    place  %-28.*s -> %s, %s, %s [%s] (%.3f, %.3f)\n",
                  static_cast<int>(p.span.size()), text.data() + p.span.start, p.name.c_str(),
                  p.admin1.c_str(), p.country.c_str(), p.feature_code.c_str(), p.latitude,
                  p.longitude);
    }
    for (; qi < a.quantities.size() && a.quantities[qi].span.start < s.span.end; ++qi) {
      const QuantityRef& q = a.quantities[qi];
      std::printf("    number %-28.*s -> %ld%s%s\n", static_cast<int>(q.span.size()),
                  text.data() + q.span.start, q.value, q.vague ? " (vague)" : "",
                  q.is_age ? " (age)" : "");
    }
    for (; di < a.dates.size() && a.dates[di].span.start < s.span.end; ++di) {
      const DateRef& d = a.dates[di];
      std::printf("    date   %-28.*s -> %s%s\n", static_cast<int>(d.span.size()),
                  text.data() + d.span.start, d.date ? d.date->iso().c_str() : "unresolved",
                  d.multi_day ? " (several days)" : "");
    }
  }
}

}  // namespace

void add_annotate_command(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto paths = std::make_shared<std::vector<std::string>>();
  auto* cmd = app.add_subcommand(
      "annotate", "Show the sentences, actors, places, numbers and dates sitrep sees");
  cmd->footer("Example:\n  sitrep annotate examples/iraq-mosul-2017-02-23-airport.txt | less");
  cmd->add_option("paths", *paths, "files, directories, or - for stdin")->required();
  cmd->callback([paths, &global, &exit_code] {
    const auto pipeline = load_pipeline(global);
    if (!pipeline) {
      exit_code = 2;
      return;
    }
    const auto stats = ingest::ingest_paths(
        *paths, {}, [&](Document&& doc) { print_analysis(pipeline->analyze(doc)); },
        [](const Error& e) { std::fprintf(stderr, "sitrep: %s\n", e.message.c_str()); });
    exit_code = stats.failures ? 1 : 0;
  });
}

}  // namespace sitrep::cli
