#include "pipeline/mention_refs.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace sitrep {

// Takes the mention's strings: the caller has no further use for them.
// Built from the mention's fields and moved into the vector once (a
// PlaceRef returned and then pushed was moved a second time). Braces, not
// emplace_back's parenthesised aggregate init: clang 14 (the fuzz build)
// lacks it.
void append_place_ref(std::vector<PlaceRef>& out, places::PlaceMention&& m, bool dateline) {
  places::Place& place = m.place;
  out.push_back(PlaceRef{m.span, std::move(place.id), std::move(place.name),
                         std::move(place.country_code), std::move(place.country),
                         std::move(place.admin1), std::move(place.admin2),
                         std::move(place.feature_code), place.latitude, place.longitude,
                         place.population, m.geo_precision, dateline});
}

// Takes the mention's strings, like append_place_ref().
void append_actor_ref(std::vector<ActorRef>& out, actors::ActorMention&& m) {
  out.push_back(ActorRef{m.span, std::move(m.name), m.inter, std::move(m.role),
                         std::move(m.country), m.generic, m.kind != actors::MentionKind::kPattern});
}

namespace {

// Byte by byte: a code is two letters, and string_view's == calls memcmp
// for each of the thousands of comparisons a long article asks for.
bool same_code(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) { return x == y; });
}

}  // namespace

std::vector<std::string> countries_by_mentions(const std::vector<places::PlaceMention>& places) {
  // An article names a handful of countries, so a flat list searched from the
  // front beats a map keyed by string.
  std::vector<std::pair<int, std::string_view>> order;  // (-mentions, code)
  for (const auto& p : places) {
    const std::string& code = p.place.country_code;
    if (p.demonym || code.empty()) continue;
    auto it = std::find_if(order.begin(), order.end(),
                           [&](const auto& e) { return same_code(e.second, code); });
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
