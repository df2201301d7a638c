// Opening the gazetteer the way every sitrep command does: world.gaz plus
// the custom places in data/places/ and any --places files, falling back to
// custom places only (with a warning to print once) when world.gaz is
// missing or unusable.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "recognize/places/gazetteer.h"

namespace sitrep::places {

struct LoadedGazetteer {
  Gazetteer gazetteer;
  std::string warning;  // "" when world.gaz loaded; else why only custom places are used
};

// `data_dir` is sitrep's data folder (its places/*.tsv are read); `extra`
// are more custom place files. Fails only when a custom place file cannot be
// read or parsed.
Result<LoadedGazetteer> load_gazetteer(const std::string& index_path, const std::string& data_dir,
                                       const std::vector<std::string>& extra);

}  // namespace sitrep::places
