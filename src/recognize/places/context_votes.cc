#include "recognize/places/context_votes.h"

#include <algorithm>

namespace sitrep::places {

int CodeVotes::slot(int id) {
  if (id < 0) return -1;
  for (size_t s = name_first_.back(); s < slots_.size(); ++s) {
    if (slots_[s].id == id) return static_cast<int>(s);
  }
  slots_.push_back({id, 0.0});
  return static_cast<int>(slots_.size() - 1);
}

void CodeVotes::reset(size_t codes) {
  totals_.assign(codes, 0.0);
  for (Slot& s : slots_) s.sum = 0.0;
}

void CodeVotes::tally(size_t name) {
  const size_t end = name + 1 < name_first_.size() ? name_first_[name + 1] : slots_.size();
  for (size_t s = name_first_[name]; s < end; ++s) totals_[static_cast<size_t>(slots_[s].id)] += slots_[s].sum;
}

double CodeVotes::share(int slot, double others) const {
  if (others <= 0 || slot < 0) return 0;
  const Slot& s = slots_[static_cast<size_t>(slot)];
  return std::clamp((totals_[static_cast<size_t>(s.id)] - s.sum) / others, 0.0, 1.0);
}

}  // namespace sitrep::places
