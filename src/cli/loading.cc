#include "cli/loading.h"

#include <fmt/core.h>

namespace sitrep::cli {

std::unique_ptr<Pipeline> load_pipeline(const GlobalOptions& global,
                                        const std::vector<std::string>& triggers) {
  std::vector<std::string> warnings;
  auto pipeline = Pipeline::load({global.data_dir, global.gazetteer, global.extra_actors,
                                  global.extra_places, triggers, global.extra_place_words},
                                 &warnings);
  for (const auto& w : warnings) fmt::print(stderr, "sitrep: warning: {}\n", w);
  if (!pipeline) {
    fmt::print(stderr, "sitrep: {}\n", pipeline.error().message);
    return nullptr;
  }
  return std::move(*pipeline);
}

std::optional<places::LoadedGazetteer> load_places(const GlobalOptions& global,
                                                   std::string_view command) {
  auto loaded = places::load_gazetteer(global.gazetteer, global.data_dir, global.extra_places,
                                       global.extra_place_words);
  if (!loaded) {
    fmt::print(stderr, "sitrep {}: {}\n", command, loaded.error().message);
    return std::nullopt;
  }
  if (!loaded->warning.empty())
    fmt::print(stderr, "sitrep {}: warning: {}\n", command, loaded->warning);
  return std::move(*loaded);
}

}  // namespace sitrep::cli
