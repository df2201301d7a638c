// The resolver's scoring passes (see resolver_state.h): names vote for the
// countries and provinces of their candidates, then each candidate is scored
// against the others' votes and, in hard passes, its nearby named places.
#include <algorithm>
#include <cmath>
#include <span>

#include "recognize/places/resolver_state.h"

namespace sitrep::places::resolution {

template <bool hard>
void Resolver::vote() {
  std::vector<Group>& groups = scratch_.groups;
  ContextVotes& votes = scratch_.votes;
  votes.reset(groups.size(), scratch_.country_ids.size(), scratch_.admin1_ids.size());
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    Group& g = groups[gi];
    const std::span<const Choice> cs = choices(g);
    // After a pass, its choice is the first of the top scores (scores
    // change only in passes): no need to look through them all again.
    double top = g.best >= 0 ? cs[static_cast<size_t>(g.best)].score : cs.front().score;
    if (g.best < 0) {
      for (const Choice& c : cs) top = std::max(top, c.score);
    }
    // A name that will not be reported (a common word, a surname) barely votes.
    if (top != g.weighed_top) {
      g.weighed_top = top;
      g.vote_weight = g.weight * sigmoid(2 * (top - g.threshold));
    }
    const double weight = g.vote_weight;
    if constexpr (hard) {
      // All of its vote to its choice (the others' shares are 0, and adding
      // 0 changes no sum).
      if (g.best < 0) continue;
      const Choice& best = cs[static_cast<size_t>(g.best)];
      votes.countries.add(best.country_vote, weight * 1.0);
      votes.admin1.add(best.admin1_vote, weight * 1.0);
      // Only its choice's slots hold votes: no walk through the name's
      // other slots (a Springfield has one per state).
      votes.tally_choice(best.country_vote, best.admin1_vote);
    } else if (cs.size() == 1 && cs.front().score == top) {
      // One choice (most names): its share is 1.0 / 1.0, exactly 1, as the
      // loop below would find; it holds the name's only slots.
      const Choice& only = cs.front();
      votes.countries.add(only.country_vote, weight * 1.0);
      votes.admin1.add(only.admin1_vote, weight * 1.0);
      votes.tally_choice(only.country_vote, only.admin1_vote);
    } else {
      // Only grown, never shrunk: resizing it to each name's choices
      // zero-filled it over and over. Every entry used is written below.
      std::vector<double>& shares = scratch_.share;
      if (shares.size() < cs.size()) shares.resize(cs.size());
      double* p = shares.data();
      double sum = 0;
      // The top choice's share is exp(0), exactly 1: no call for it (nor for
      // the many names with one choice).
      for (size_t c = 0; c < cs.size(); ++c)
        sum += p[c] = cs[c].score == top ? 1.0 : std::exp((cs[c].score - top) / 1.5);
      for (size_t c = 0; c < cs.size(); ++c) {
        const double share = p[c] / sum;
        votes.countries.add(cs[c].country_vote, weight * share);
        votes.admin1.add(cs[c].admin1_vote, weight * share);
      }
      votes.tally(gi);
    }
    votes.own_weight[gi] = weight;
    votes.total += weight;
  }
}

template <bool hard>
void Resolver::score_pass() {
  vote<hard>();
  std::vector<Group>& groups = scratch_.groups;
  const ContextVotes& votes = scratch_.votes;
  NearbyPlaces& nearby = scratch_.nearby;
  // Names are scored in order and a name's new choice counts for the names
  // after it in the same pass.
  if constexpr (hard) {
    nearby.reset(groups.size());
    for (size_t o = 0; o < groups.size(); ++o) {
      if (groups[o].best >= 0 && votes.own_weight[o] >= 0.3) {
        const Choice& best = best_choice(groups[o]);
        nearby.add(o, votes.own_weight[o], best.place(), best.local);
      }
    }
    nearby.sort();
  }
  for (size_t gi = 0; gi < groups.size(); ++gi) {
    Group& g = groups[gi];
    const double others = votes.total - votes.own_weight[gi];
    const double damp = others > 0 ? others / (others + 1) : 0;
    const std::span<Choice> cs = choices(g);
    // The first of the top scores, found as they are made.
    size_t best = 0;
    for (size_t i = 0; i < cs.size(); ++i) {
      Choice& c = cs[i];
      // Asked first: the search may call out of line, and fewer values
      // are then live across the call (same sums, in the same order).
      const double near = hard && c.local ? nearby.support(gi, c.place()) : 0;
      const double admin1_share = votes.admin1.share(c.admin1_vote, others);
      const double country_share = votes.countries.share(c.country_vote, others);
      double ctx = 0;
      ctx += kCountryContext * country_share * damp;
      ctx += kAdmin1Context * admin1_share * damp;
      ctx += near;
      c.score = c.prior + c.bonus + ctx;
      // A fuzzy match ("Tacueyo" -> Tokyo) needs the text's own province,
      // a neighbouring place or a container to back it.
      if (hard && c.fuzzy && c.bonus <= 0 && near <= 0 && admin1_share <= 0.2 &&
          !(c.place().population >= 100000 && country_share > 0.5)) {
        c.score -= 100;
      }
      if (c.score > cs[best].score) best = i;
    }
    g.best = static_cast<int>(best);
    if constexpr (hard) nearby.update(gi, best_choice(g).place(), best_choice(g).local);
  }
}

template void Resolver::score_pass<false>();
template void Resolver::score_pass<true>();

}  // namespace sitrep::places::resolution
