// sitrep: conflict news in, ACLED-style event records out.
#include <cstdio>

#include "cli/commands.h"
#include "core/paths.h"

int main(int argc, char** argv) {
  CLI::App app{"sitrep: turns conflict news into ACLED-style event records"};
  app.require_subcommand(1);
  sitrep::cli::GlobalOptions global;
  global.data_dir = sitrep::default_data_dir();
  global.gazetteer = sitrep::default_gazetteer_path();
  app.add_option("--data", global.data_dir, "data folder (actors/, places/, triggers/)")
      ->capture_default_str();
  app.add_option("--gazetteer", global.gazetteer, "compiled world gazetteer (world.gaz)")
      ->capture_default_str();
  app.add_option("--places", global.extra_places, "extra custom places TSV (repeatable)");
  app.add_option("--actors", global.extra_actors, "extra actors TSV (repeatable)");

  int exit_code = 0;
  sitrep::cli::add_extract_command(app, global, exit_code);
  sitrep::cli::add_geoparse_command(app, global, exit_code);
  sitrep::cli::add_places_command(app, global, exit_code);
  sitrep::cli::add_actors_command(app, global, exit_code);
  sitrep::cli::add_annotate_command(app, global, exit_code);
  CLI11_PARSE(app, argc, argv);
  return exit_code;
}
