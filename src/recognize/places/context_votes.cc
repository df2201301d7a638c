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

}  // namespace sitrep::places
