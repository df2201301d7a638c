// Opening the gazetteer the way every sitrep command does: world.gaz plus
// the custom places in data/places/ and any --places files, falling back to
// custom places only (with a warning to print once) when world.gaz is
// missing or unusable; and, with it, the geoparser's word lists from
// data/place_words/ and any --place-words files.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "recognize/places/gazetteer.h"
#include "recognize/places/place_words.h"

namespace sitrep::places {

struct LoadedGazetteer {
  Gazetteer gazetteer;
  PlaceWordLists place_words;  // what a Geoparser over `gazetteer` needs besides it
  std::string warning;         // "" when world.gaz loaded; else why only custom places are used
};

// `data_dir` is sitrep's data folder (its places/*.tsv and place_words/*.tsv
// are read); `extra_places` are more custom place files, `extra_words` more
// word list files. Fails when a custom place or word list file cannot be
// read or parsed, or data_dir has no place_words/ folder.
Result<LoadedGazetteer> load_gazetteer(const std::string& index_path, const std::string& data_dir,
                                       const std::vector<std::string>& extra_places,
                                       const std::vector<std::string>& extra_words = {});

}  // namespace sitrep::places
