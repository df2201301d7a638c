// sitrep: conflict news in, ACLED-style event records out.
#include <cstdio>

#include "cli/commands.h"
#include "core/paths.h"

int main(int argc, char** argv) {
  CLI::App app{"sitrep: turns conflict news into ACLED-style event records"};
  app.require_subcommand(1);
  app.footer(R"(Examples:
  sitrep extract examples/ -o events.jsonl        events from the bundled sample
  sitrep extract news.jsonl --format csv          ACLED's 31 columns on stdout
  sitrep extract story.txt --statements           events plus accusations, demands, threats
  sitrep annotate story.txt                       what each stage saw in an article
  sitrep geoparse articles.jsonl                  every place mention, geocoded
  sitrep places Aleppo --country SY               look a place up; --stats for the index
  sitrep actors nusra                             look an actor up in the knowledge base
  sitrep --actors mine.tsv --places mine.tsv extract news/   with your own data files

Run 'sitrep COMMAND --help' for each command's options and input formats.)");
  sitrep::cli::GlobalOptions global;
  global.data_dir = sitrep::default_data_dir();
  global.gazetteer = sitrep::default_gazetteer_path();
  app.add_option("--data", global.data_dir,
                 "data folder (actors/, places/, place_words/, triggers/)")
      ->capture_default_str();
  app.add_option("--gazetteer", global.gazetteer, "compiled world gazetteer (world.gaz)")
      ->capture_default_str();
  app.add_option("--places", global.extra_places, "extra custom places TSV (repeatable)");
  app.add_option("--actors", global.extra_actors, "extra actors TSV (repeatable)");
  app.add_option(
      "--place-words", global.extra_place_words,
      "extra geoparser word lists TSV, list<TAB>word (repeatable; see data/place_words/README.md)");

  int exit_code = 0;
  sitrep::cli::add_extract_command(app, global, exit_code);
  sitrep::cli::add_geoparse_command(app, global, exit_code);
  sitrep::cli::add_places_command(app, global, exit_code);
  sitrep::cli::add_actors_command(app, global, exit_code);
  sitrep::cli::add_annotate_command(app, global, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help is a ParseError with exit 0, and a RuntimeError carries its own
    // status: CLI11 handles both.
    if (e.get_exit_code() == 0 || e.get_name() == "RuntimeError") return app.exit(e);
    // Any other is a usage error, which the exit-status contract every
    // command's --help states makes 2; CLI11 would return one code per kind
    // of error (105 bad value, 109 unknown option), which scripts cannot
    // tell from a crash.
    std::fprintf(stderr, "sitrep: %s (sitrep --help for usage)\n", e.what());
    return 2;
  }
  return exit_code;
}
