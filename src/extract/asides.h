// Asides that sit between a noun and its verb: "six soldiers, including an
// officer, were killed". Rules that read from a noun to its verb skip them.
#pragma once

#include <cstddef>
#include <string_view>

#include "extract/sentence_words.h"

namespace sitrep {

// When words[comma] opens an aside (", including ...,", ", among them ...,",
// ", identified as ...,"), the index of the comma that closes it; otherwise
// `comma` itself. Asides longer than ten words are not skipped.
inline size_t aside_end(const SentenceWords& words, size_t comma) {
  if (comma + 1 >= words.size() || words[comma] != ",") return comma;
  const std::string_view opener = words[comma + 1];
  if (opener != "including" && opener != "among" && opener != "identified" && opener != "mostly" &&
      opener != "all") {
    return comma;
  }
  for (size_t close = comma + 2; close < words.size() && close < comma + 12; ++close) {
    if (words[close] == ",") return close;
  }
  return comma;
}

}  // namespace sitrep
