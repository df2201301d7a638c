// Loading what a command needs, the same way for every command: the
// pipeline (extract, annotate) or the gazetteer alone (geoparse, places).
// Warnings and the error go to stderr as one line each, prefixed with the
// command; a failed load is the caller's exit status 2.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.h"
#include "pipeline/pipeline.h"
#include "recognize/places/load_gazetteer.h"

namespace sitrep::cli {

// nullptr when loading failed (the error is printed).
std::unique_ptr<Pipeline> load_pipeline(const GlobalOptions& global,
                                        const std::vector<std::string>& triggers = {});

// std::nullopt when loading failed (the error is printed). `command` names
// the command in messages ("sitrep places: ...").
std::optional<places::LoadedGazetteer> load_places(const GlobalOptions& global,
                                                   std::string_view command);

}  // namespace sitrep::cli
