#include "recognize/places/context_votes.h"

#include <algorithm>

namespace sitrep::places {

void CodeVotes::reset(size_t codes) {
  totals_.assign(codes, 0.0);
  for (Slot& s : slots_) s.sum = 0.0;
}

}  // namespace sitrep::places
