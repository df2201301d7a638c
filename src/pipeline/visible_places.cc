#include "pipeline/visible_places.h"

#include "text/visible.h"

namespace sitrep {

std::vector<places::PlaceMention> find_places_as_read(const places::Geoparser& parser,
                                                      std::string_view text,
                                                      const places::GeoContext& context) {
  VisibleText visible;
  if (!strip_invisible(text, visible)) return parser.find_places(text, context);
  std::vector<places::PlaceMention> mentions = parser.find_places(visible.text, context);
  for (places::PlaceMention& m : mentions) m.span = visible.original_span(m.span);
  return mentions;
}

}  // namespace sitrep
