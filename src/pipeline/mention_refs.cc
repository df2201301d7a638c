#include "pipeline/mention_refs.h"

#include <string_view>
#include <utility>

namespace sitrep {

// Takes the mention's strings: the caller has no further use for them. Built
// by designated initialisers so each string is move-constructed once rather
// than default-constructed and then move-assigned.
PlaceRef place_ref_of(places::PlaceMention&& m, bool dateline) {
  places::Place& place = m.place;
  return PlaceRef{.span = m.span,
                  .id = std::move(place.id),
                  .name = std::move(place.name),
                  .country_code = std::move(place.country_code),
                  .country = std::move(place.country),
                  .admin1 = std::move(place.admin1),
                  .admin2 = std::move(place.admin2),
                  .feature_code = std::move(place.feature_code),
                  .latitude = place.latitude,
                  .longitude = place.longitude,
                  .population = place.population,
                  .geo_precision = m.geo_precision,
                  .dateline = dateline};
}

// Takes the mention's strings, like place_ref_of().
ActorRef actor_ref_of(actors::ActorMention&& m) {
  return ActorRef{.span = m.span,
                  .name = std::move(m.name),
                  .inter = m.inter,
                  .role = std::move(m.role),
                  .country = std::move(m.country),
                  .generic = m.generic,
                  .known = m.kind != actors::MentionKind::kPattern};
}

std::vector<std::string> countries_by_mentions(const std::vector<places::PlaceMention>& places) {
  // An article names a handful of countries, so a flat list searched from the
  // front beats a map keyed by string.
  std::vector<std::pair<int, std::string_view>> order;  // (-mentions, code)
  for (const auto& p : places) {
    const std::string& code = p.place.country_code;
    if (p.demonym || code.empty()) continue;
    auto it = std::find_if(order.begin(), order.end(),
                           [&](const auto& e) { return e.second == code; });
    if (it == order.end()) {
      order.emplace_back(-1, code);
    } else {
      --it->first;
    }
  }
  std::sort(order.begin(), order.end());
  std::vector<std::string> out;
  out.reserve(order.size());
  for (const auto& [n, cc] : order) out.emplace_back(cc);
  return out;
}

}  // namespace sitrep
