#include "recognize/places/place_word_files.h"

#include <utility>

#include "core/tsv.h"

namespace sitrep::places {

Result<PlaceWordLists> read_place_words(const std::vector<std::string>& files) {
  PlaceWordLists::Words words;
  for (const std::string& path : files) {
    const Status read = read_tsv(path, {"list", "word"}, [&words](const TsvRow& row) -> Status {
      const std::string_view name = row.get("list");
      const std::optional<PlaceWordList> list = place_word_list_named(name);
      if (!list) {
        return Error{row.where() + ": unknown list '" + std::string(name) +
                     "' (known: " + place_word_list_names() + ")"};
      }
      const std::string_view word = row.get("word");
      if (word.empty())
        return Error{row.where() + ": no word for list '" + std::string(name) + "'"};
      words[static_cast<size_t>(*list)].emplace_back(word);
      return Status::Ok();
    });
    if (!read) return read.error();
  }
  return PlaceWordLists(std::move(words));
}

Result<PlaceWordLists> load_place_words(const std::string& dir,
                                        const std::vector<std::string>& extra) {
  auto files = tsv_files(dir);
  if (!files) return Error{"place word lists: " + files.error().message};
  files->insert(files->end(), extra.begin(), extra.end());
  return read_place_words(*files);
}

}  // namespace sitrep::places
