#include "cli/commands.h"

namespace sitrep::cli {

void add_geoparse_command(CLI::App& app, const GlobalOptions& /*global*/, int& exit_code) {
  auto* cmd = app.add_subcommand("geoparse", "(not built yet)");
  cmd->callback([&exit_code] { exit_code = 2; });
}

}  // namespace sitrep::cli
