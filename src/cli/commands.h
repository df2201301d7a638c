// The sitrep subcommands. Each add_*_command registers a CLI11 subcommand
// whose callback does the work through the stage libraries and stores the
// process exit status in `exit_code` (0 ok, 1 some input failed, 2 usage or
// setup error). No pipeline logic lives in the CLI.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace sitrep::cli {

// Options shared by every subcommand; filled by CLI11 before callbacks run.
struct GlobalOptions {
  std::string data_dir;                   // --data: actors/, places/, place_words/, triggers/
  std::string gazetteer;                  // --gazetteer: world.gaz
  std::vector<std::string> extra_places;  // --places FILE (repeatable)
  std::vector<std::string> extra_actors;  // --actors FILE (repeatable)
  std::vector<std::string> extra_place_words;  // --place-words FILE (repeatable)
};

void add_extract_command(CLI::App& app, const GlobalOptions& global, int& exit_code);
void add_geoparse_command(CLI::App& app, const GlobalOptions& global, int& exit_code);
void add_places_command(CLI::App& app, const GlobalOptions& global, int& exit_code);
void add_actors_command(CLI::App& app, const GlobalOptions& global, int& exit_code);
void add_annotate_command(CLI::App& app, const GlobalOptions& global, int& exit_code);

}  // namespace sitrep::cli
