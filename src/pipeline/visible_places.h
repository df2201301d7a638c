// The place finder run on the text as a reader sees it (text/visible.h), so
// bidi and zero-width marks next to a name ("in \u200FKarrada\u200E") do not
// hide it. Shared by the pipeline and `sitrep geoparse`.
#pragma once

#include <string_view>
#include <vector>

#include "recognize/places/geoparser.h"

namespace sitrep {

// parser.find_places() on `text` without its invisible format characters;
// the mentions' spans index `text` itself. On a text without such
// characters this is exactly parser.find_places(text, context).
std::vector<places::PlaceMention> find_places_as_read(const places::Geoparser& parser,
                                                      std::string_view text,
                                                      const places::GeoContext& context = {});

}  // namespace sitrep
