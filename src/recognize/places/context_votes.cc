#include "recognize/places/context_votes.h"

#include <algorithm>

namespace sitrep::places {

void OwnVotes::add(int id, double vote) {
  for (auto& [known, sum] : votes_) {
    if (known == id) {
      sum += vote;
      return;
    }
  }
  votes_.emplace_back(id, 0.0);
  votes_.back().second += vote;  // 0 + vote, as a fresh map entry would add it
}

double OwnVotes::of(int id) const {
  for (const auto& [known, sum] : votes_) {
    if (known == id) return sum;
  }
  return 0;
}

void ContextVotes::reset(size_t groups, size_t country_codes, size_t admin1_codes) {
  countries.assign(country_codes, 0.0);
  admin1.assign(admin1_codes, 0.0);
  own_countries.assign(groups, {});
  own_admin1.assign(groups, {});
  own_weight.assign(groups, 0);
  total = 0;
}

void ContextVotes::tally(size_t group) {
  for (const auto& [id, vote] : own_countries[group].entries()) countries[static_cast<size_t>(id)] += vote;
  for (const auto& [id, vote] : own_admin1[group].entries()) admin1[static_cast<size_t>(id)] += vote;
}

double ContextVotes::country_share(size_t group, int id, double others) const {
  if (others <= 0 || id < 0) return 0;
  return std::clamp((countries[static_cast<size_t>(id)] - own_countries[group].of(id)) / others, 0.0, 1.0);
}

double ContextVotes::admin1_share(size_t group, int id, double others) const {
  if (others <= 0 || id < 0) return 0;
  return std::clamp((admin1[static_cast<size_t>(id)] - own_admin1[group].of(id)) / others, 0.0, 1.0);
}

}  // namespace sitrep::places
