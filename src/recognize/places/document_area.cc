#include "recognize/places/document_area.h"

#include <string_view>
#include <utility>
#include <vector>

namespace sitrep::places {

std::optional<Place> main_area(std::span<const PlaceView* const> resolved,
                               const Gazetteer& gazetteer) {
  // Code -> resolved names in it; a document has a few dozen names, so a
  // list beats a map of owned strings.
  using Counts = std::vector<std::pair<std::string_view, double>>;
  auto count = [](Counts& counts, std::string_view code) {
    if (code.empty()) return;
    for (auto& [known, n] : counts) {
      // Codes of one country share their first bytes and mostly their
      // length ("SY.09", "SY.13"): the last byte sets most apart without
      // a call to compare them.
      if (known.back() == code.back() && known == code) {
        n += 1;
        return;
      }
    }
    counts.emplace_back(code, 1.0);
  };
  // The most used code; of equals, the first in byte order (as a std::map
  // by code would give it).
  auto top = [](const Counts& counts) {
    const std::pair<std::string_view, double>* best = &counts.front();
    for (const auto& c : counts) {
      if (c.second > best->second || (c.second == best->second && c.first < best->first)) best = &c;
    }
    return *best;
  };
  Counts admin1, countries;
  admin1.reserve(resolved.size());  // one allocation each, not a chain of doublings
  countries.reserve(resolved.size());
  double total = 0;
  for (const PlaceView* place : resolved) {
    const PlaceView& p = *place;
    total += 1;
    count(admin1, p.admin1_code);
    count(countries, p.country_code);
  }
  if (total == 0) return std::nullopt;
  if (!admin1.empty()) {
    const auto [code, n] = top(admin1);
    if (n / total >= 0.34) {
      if (auto p = gazetteer.admin1(code)) return p;
    }
  }
  if (!countries.empty()) {
    const auto [code, n] = top(countries);
    if (n / total >= 0.5) return gazetteer.country(code);
  }
  return std::nullopt;
}

}  // namespace sitrep::places
