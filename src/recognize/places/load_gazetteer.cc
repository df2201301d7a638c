#include "recognize/places/load_gazetteer.h"

#include "recognize/places/custom_places.h"

namespace sitrep::places {

Result<LoadedGazetteer> load_gazetteer(const std::string& index_path, const std::string& data_dir,
                                       const std::vector<std::string>& extra) {
  std::vector<std::string> files = custom_place_files(data_dir + "/places");
  files.insert(files.end(), extra.begin(), extra.end());
  auto world = Gazetteer::open(index_path, files);
  if (world) return LoadedGazetteer{std::move(*world), ""};
  const std::string why = world.error().message;
  auto custom = Gazetteer::open_custom_only(files);
  if (!custom) return custom.error();
  return LoadedGazetteer{std::move(*custom), why + "; geocoding with custom places only"};
}

}  // namespace sitrep::places
