#include "recognize/places/geoparser.h"

#include "recognize/places/resolver.h"
#include "recognize/places/toponym_finder.h"

namespace sitrep::places {

Geoparser::Geoparser(const Gazetteer& gazetteer, const PlaceWordLists& words,
                     GeoparserOptions options)
    : gazetteer_(&gazetteer), words_(&words), options_(options) {}

std::vector<PlaceMention> Geoparser::find_places(std::string_view text, const GeoContext& context) const {
  const FoundToponyms found = find_toponyms(text, *gazetteer_, *words_);
  return resolve_toponyms(found, text, context, *gazetteer_, options_);
}

}  // namespace sitrep::places
