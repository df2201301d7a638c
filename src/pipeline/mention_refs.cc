#include "pipeline/mention_refs.h"

#include <algorithm>
#include <string_view>
#include <utility>

namespace sitrep {

// Takes the mention's strings: the caller has no further use for them.
// Each ref is made in place and its fields assigned: a ref built with braces
// (clang 14, the fuzz build, lacks emplace_back's parenthesised aggregate
// init) was then moved into the vector, string by string, and destroyed.
void append_place_ref(std::vector<PlaceRef>& out, places::PlaceMention&& m, bool dateline) {
  places::Place& place = m.place;
  PlaceRef& ref = out.emplace_back();
  ref.span = m.span;
  ref.id = std::move(place.id);
  ref.name = std::move(place.name);
  ref.country_code = std::move(place.country_code);
  ref.country = std::move(place.country);
  ref.admin1 = std::move(place.admin1);
  ref.admin2 = std::move(place.admin2);
  ref.feature_code = std::move(place.feature_code);
  ref.latitude = place.latitude;
  ref.longitude = place.longitude;
  ref.population = place.population;
  ref.geo_precision = m.geo_precision;
  ref.dateline = dateline;
}

// The knowledge base's strings are viewed where they are; a pattern's own
// name and its country (ctx.countries, gone with the call) are copied to
// `own_words`, which lives as long as the refs.
void append_actor_ref(std::vector<ActorRef>& out, const actors::ActorMention& m,
                      StringArena& own_words) {
  ActorRef& ref = out.emplace_back();
  ref.span = m.span;
  ref.inter = m.inter;
  ref.role = m.role;
  ref.generic = m.generic;
  if (m.kind == actors::MentionKind::kPattern) {
    ref.name = own_words.copy(m.pattern_name);
    ref.country = own_words.copy(m.country);
    ref.known = false;
  } else {
    ref.name = m.name;
    ref.country = m.country;
    ref.known = true;
  }
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
