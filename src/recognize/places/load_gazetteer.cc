#include "recognize/places/load_gazetteer.h"

#include "recognize/places/custom_places.h"
#include "recognize/places/place_word_files.h"

namespace sitrep::places {

Result<LoadedGazetteer> load_gazetteer(const std::string& index_path, const std::string& data_dir,
                                       const std::vector<std::string>& extra_places,
                                       const std::vector<std::string>& extra_words) {
  auto words = load_place_words(data_dir + "/place_words", extra_words);
  if (!words) return words.error();
  std::vector<std::string> files = custom_place_files(data_dir + "/places");
  files.insert(files.end(), extra_places.begin(), extra_places.end());
  auto world = Gazetteer::open(index_path, files);
  if (world) return LoadedGazetteer{std::move(*world), std::move(*words), ""};
  const std::string why = world.error().message;
  auto custom = Gazetteer::open_custom_only(files);
  if (!custom) return custom.error();
  return LoadedGazetteer{std::move(*custom), std::move(*words),
                         why + "; geocoding with custom places only"};
}

}  // namespace sitrep::places
