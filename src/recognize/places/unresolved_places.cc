#include "recognize/places/unresolved_places.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>

#include "recognize/places/place_scoring.h"

namespace sitrep::places {

namespace {

// How far from a framed name a place may be and still contain it: bytes of
// text between them, before the name and after it.
constexpr size_t kReachBefore = 40;
constexpr size_t kReachAfter = 80;

// A name the gazetteer lacks, placed at `at`: only the fields it keeps are
// copied (a whole Place copied and then half overwritten cost twice).
Place unresolved_place(const Place& at, std::string_view name, const std::string& key) {
  return Place{
      .id = "unresolved:" + key,
      .name = std::string(name),
      .country_code = at.country_code,
      .country = at.country,
      .admin1 = at.admin1,
      .admin1_code = at.admin1_code,
      .admin2 = at.admin2,
      .feature_code = "PPL",
      .parent = at.name,
      .latitude = at.latitude,
      .longitude = at.longitude,
      .population = 0,
  };
}

}  // namespace

// Names the gazetteer lacks but the text frames as places ("the village of
// Naene"): placed at the resolved place written next to them in the same
// sentence ("Mildu village in Madagali ... Adamawa"), else at the province or
// country the text is about, with geo_precision 2 or 3.
void add_unresolved_places(const FoundToponyms& found, std::string_view text, const std::vector<size_t>& which,
                           const std::function<std::optional<Place>()>& document_area,
                           std::vector<PlaceMention>& out) {
  std::optional<Place> area;
  bool area_done = false;
  std::vector<PlaceMention> extra;
  extra.reserve(which.size());
  // Smaller units make better containers: a town, then a district, a province, a country.
  auto rank = [](const Place& p) {
    if (p.is_country() || is_region(view_of(p))) return 3;
    if (p.is_admin1()) return 2;
    if (p.is_admin2()) return 1;
    return 0;
  };
  for (size_t index : which) {
    const RawMention& m = found.mentions[index];
    const PlaceMention* container = nullptr;
    // `out` is in text order and its mentions do not overlap: the only ones
    // near enough (ending at most kReachBefore bytes before the name,
    // starting at most kReachAfter after it) are one run of it, found by a
    // binary search, not a walk over every result for every such name.
    const uint32_t reach_back =
        m.span.start > kReachBefore ? m.span.start - static_cast<uint32_t>(kReachBefore) : 0;
    const auto near =
        std::lower_bound(out.begin(), out.end(), reach_back,
                         [](const PlaceMention& r, uint32_t at) { return r.span.end < at; });
    for (auto it = near; it != out.end() && it->span.start <= m.span.end + kReachAfter; ++it) {
      const PlaceMention& r = *it;
      if (r.demonym) continue;
      const bool after = r.span.start >= m.span.end;
      const Span gap = after ? Span{m.span.end, r.span.start} : Span{r.span.end, m.span.start};
      if (!after && r.span.end > m.span.start) continue;
      const std::string_view between = gap.of(text);
      if (between.size() > (after ? kReachAfter : kReachBefore) ||
          between.find(". ") != std::string_view::npos ||
          between.find('\n') != std::string_view::npos) {
        continue;
      }
      if (!container || rank(r.place) < rank(container->place)) container = &r;
    }
    const Place* at = nullptr;
    int precision = 2;
    if (container) {
      at = &container->place;
      precision = container->place.is_admin1() || container->place.is_country() ? 3 : 2;
    } else {
      if (!area_done) {
        area = document_area();
        area_done = true;
      }
      if (!area) continue;
      at = &*area;
      precision = 3;
    }
    extra.push_back(
        PlaceMention{m.span, unresolved_place(*at, m.span.of(text), m.key), precision, 0.3});
  }
  if (extra.empty()) return;
  // Both runs are in text order (mentions do not overlap, so no two start
  // together). Merged from the back into room made at the end: a resolved
  // mention moves at most once, and those before the first new one stay
  // put (a general merge moved every large PlaceMention through a buffer).
  size_t resolved = out.size();
  size_t added = extra.size();
  out.resize(resolved + added);
  for (size_t write = out.size(); added > 0;) {
    if (resolved > 0 && out[resolved - 1].span.start > extra[added - 1].span.start)
      out[--write] = std::move(out[--resolved]);
    else
      out[--write] = std::move(extra[--added]);
  }
}

}  // namespace sitrep::places
