// Reading the geoparser's word lists (place_words.h) from their data files:
// data/place_words/*.tsv and any the user adds (--place-words FILE).
//
// Each file is tab-separated with a header line naming the columns `list`
// and `word`; '#' lines and blank lines are skipped:
//   list        word
//   stopwords   January
//   titles      Gen
// `list` is one of place_word_list_names(); a word joins that list. Files
// only add words: a user's file extends the lists, it never replaces them.
#pragma once

#include <string>
#include <vector>

#include "core/result.h"
#include "recognize/places/place_words.h"

namespace sitrep::places {

// Reads `files` in order into one set of lists. Fails, naming the file and
// line, on a file that cannot be read, lacks the header, or has a row with
// an unknown list name or an empty word.
Result<PlaceWordLists> read_place_words(const std::vector<std::string>& files);

// The *.tsv files of `dir` (sorted), then `extra`, read with
// read_place_words(). Fails when `dir` does not exist: without its lists
// the geoparser would take every capitalised word for a place.
Result<PlaceWordLists> load_place_words(const std::string& dir,
                                        const std::vector<std::string>& extra);

}  // namespace sitrep::places
