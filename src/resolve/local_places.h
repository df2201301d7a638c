// Villages, quarters and camps too small for the world gazetteer, found by
// how news names them: "Mildu village", "the village of Bilohiria",
// "al-Jazira area". Each is placed at the best-known place the text puts it
// in (the next known place of the sentence, else the article's main place),
// with geo_precision 2 ("part of / near a known place").
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"
#include "extract/analysis.h"

namespace sitrep {

// `known`: the gazetteer's mentions, sorted by start; `avoid`: spans already
// taken by other names (actors). Returns new mentions sorted by start.
std::vector<PlaceRef> find_local_places(std::string_view text, const std::vector<Span>& sentences,
                                        const std::vector<PlaceRef>& known,
                                        const std::vector<Span>& avoid);

}  // namespace sitrep
