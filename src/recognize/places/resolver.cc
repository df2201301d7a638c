#include "recognize/places/resolver.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <span>
#include <type_traits>

#include "recognize/places/candidate_filter.h"
#include "recognize/places/document_area.h"
#include "recognize/places/name_fold.h"
#include "recognize/places/place_scoring.h"
#include "recognize/places/resolver_state.h"
#include "recognize/places/unresolved_places.h"

namespace sitrep::places {
namespace resolution {
namespace {

// An argument to emplace_back that becomes the element it converts to: the
// element is made by `make` right in the vector's room (C++17 elides the
// returned prvalue into it), where push_back(T{...}) made a temporary and
// moved it. Braces inside `make`, as clang 14 has no parenthesised
// aggregate init for emplace_back to use.
template <typename Make>
struct BuiltInPlace {
  Make make;
  operator std::invoke_result_t<Make&>() { return make(); }  // NOLINT: implicit on purpose
};
template <typename Make>
BuiltInPlace(Make) -> BuiltInPlace<Make>;

}  // namespace

void Resolver::build_groups() {
  // Groups by (key, unit hint): the key's id in `keys`, then one entry per hint.
  constexpr size_t kHints = 4;
  static_assert(static_cast<size_t>(UnitHint::kSettlement) < kHints);
  const size_t mentions = found_.mentions.size();
  WordSet& keys = keys_;
  keys.reserve(mentions);  // room for every mention's key: add_fixed_bonuses may add the rest
  std::vector<int>& group_by_key_hint = scratch_.group_by_key_hint;
  group_by_key_hint.assign(mentions * kHints, -1);  // no more keys than mentions
  std::vector<Group>& groups = scratch_.groups;
  std::vector<Choice>& all_choices = scratch_.choices;
  std::vector<int>& group_of = scratch_.group_of;
  ContextVotes& votes = scratch_.votes;
  CodeIds& country_ids = scratch_.country_ids;
  CodeIds& admin1_ids = scratch_.admin1_ids;
  group_of.assign(mentions, -1);
  country_ids.reserve(mentions);
  admin1_ids.reserve(mentions);
  groups.reserve(mentions);
  all_choices.reserve(2 * mentions);
  votes.countries.start(mentions, 2 * mentions);
  votes.admin1.start(mentions, 2 * mentions);
  std::vector<const Candidate*>& cands = scratch_.candidates;
  for (size_t i = 0; i < found_.mentions.size(); ++i) {
    const RawMention& m = found_.mentions[i];
    allowed_candidates(found_, text_, m, cands);
    if (cands.empty()) continue;
    const auto key_id = static_cast<size_t>(keys.insert(m.key));
    int& group = group_by_key_hint[key_id * kHints + static_cast<size_t>(m.hint)];
    if (group < 0) {
      group = static_cast<int>(groups.size());
      Group& g = groups.emplace_back();
      g.first = all_choices.size();
      g.count = cands.size();
      votes.countries.begin_name();
      votes.admin1.begin_name();
      for (const Candidate* c : cands) {
        Choice& choice = all_choices.emplace_back();
        choice.candidate = c;
        // By the numbers the view carries: the code strings and the place
        // record are not read (codes outside the world table still are).
        const PlaceView& place = c->place;
        choice.country_vote =
            votes.countries.slot(country_ids.country_id(place.country_pair, place.country_code));
        choice.admin1_vote =
            votes.admin1.slot(admin1_ids.numbered_id(place.admin1_number, place.admin1_code));
        choice.prior = c->prior;
        choice.score = choice.prior;
        choice.local = !c->big_unit && !place.admin1_unit;
        choice.fuzzy = c->match.fuzzy;
      }
      g.demonym = cands.front()->match.demonym;
      g.weight = g.demonym ? 0.5 : 1.0;
      g.threshold = m.words >= 2 ? kMultiWordThreshold : kSingleWordThreshold;
      if (m.fuzzy) g.threshold += 1.0;
    }
    Group& g = groups[static_cast<size_t>(group)];
    if (!m.person_like) g.plain_use = true;
    if (m.locative || m.words > 1) g.place_cue = true;
    // A name written once in a safe frame ("in X", a long name) lowers the bar for all its uses.
    if (m.words == 1 && m.sentence_initial && g.mentions == 0) g.threshold += 1.0;
    if (m.words == 1 && m.locative && !m.sentence_initial)
      g.threshold = std::min(g.threshold, kSingleWordThreshold - 1.0);
    ++g.mentions;
    group_of[i] = group;
  }
  for (Group& g : groups) {
    if (g.mentions > 1) g.weight *= 1.0 + 0.2 * std::min<size_t>(3, g.mentions - 1);
    // Only ever next to other capitalised words ("Paris Hilton", "Rodeo
    // Gainesville"): a person or a brand, unless it is a country or province.
    if (!g.plain_use) {
      for (Choice& c : choices(g)) {
        if (!c.candidate->big_unit) c.prior = -100;
        c.score = c.prior;
      }
    }
  }
}

void Resolver::add_fixed_bonuses() {
  std::vector<Group>& groups = scratch_.groups;
  const std::vector<int>& group_of = scratch_.group_of;
  auto top_prior = [](std::span<const Choice> cs) {
    double top = cs.front().prior;
    for (const Choice& c : cs) top = std::max(top, c.prior);
    return top;
  };
  // Containment between neighbouring names.
  for (const Relation& r : found_.relations) {
    const int gi = group_of[r.inner];
    const int go = group_of[r.outer];
    if (gi < 0 || go < 0 || gi == go) continue;
    Group& inner = groups[static_cast<size_t>(gi)];
    Group& outer = groups[static_cast<size_t>(go)];
    if (r.kind == RelationKind::kList) continue;
    inner.place_cue = outer.place_cue = true;
    const double outer_top = top_prior(choices(outer));
    const double inner_top = top_prior(choices(inner));
    for (Choice& in_choice : choices(inner)) {
      for (Choice& out_choice : choices(outer)) {
        if (out_choice.prior < outer_top - 4) continue;
        const PlaceView& o = out_choice.place();
        const PlaceView& in = in_choice.place();
        const bool ok = r.kind == RelationKind::kNear ? closer_than(o, in, 60) : contains(o, in);
        if (!ok) continue;
        in_choice.bonus = std::max(in_choice.bonus, kContainment);
        if (in_choice.prior >= inner_top - 6)
          out_choice.bonus = std::max(out_choice.bonus, kContainerSupport);
      }
    }
  }
  // Names listed with a place are places too ("in Deir al-Zour and Jableh").
  for (const Relation& r : found_.relations) {
    const int a = group_of[r.inner];
    const int b = group_of[r.outer];
    if (r.kind != RelationKind::kList || a < 0 || b < 0) continue;
    Group& ga = groups[static_cast<size_t>(a)];
    Group& gb = groups[static_cast<size_t>(b)];
    const bool cue = ga.place_cue || gb.place_cue;
    ga.place_cue = gb.place_cue = cue;
  }
  // Custom places whose parent the text names; the source's own country.
  // The text's keys are completed (build_groups has those of the names
  // with candidates) only when some candidate has a parent.
  WordSet& keys = keys_;
  bool keys_gathered = false;
  for (Choice& c : scratch_.choices) {
    const PlaceView& p = c.place();
    if (!p.parent.empty()) {
      if (!keys_gathered) {
        for (size_t i = 0; i < found_.mentions.size(); ++i) {
          if (group_of[i] < 0) keys.insert(found_.mentions[i].key);
        }
        keys_gathered = true;
      }
      const std::string parent = fold_name(p.parent);
      if (keys.count(parent) || keys.count(strip_leading_article(parent)))
        c.bonus += kParentMentioned;
    }
    if (!context_.country_hint.empty() && p.country_code == context_.country_hint)
      c.bonus += kCountryHint;
  }
}

std::vector<PlaceMention> Resolver::run(const GeoparserOptions& options) {
  build_groups();
  add_fixed_bonuses();
  score_pass<false>();
  score_pass<true>();
  score_pass<true>();
  const std::vector<Group>& groups = scratch_.groups;
  const std::vector<int>& group_of = scratch_.group_of;
  std::vector<PlaceMention> out;
  // Each mention gives at most one result, resolved or not: sized once, a
  // long report's results do not pass through doubling reallocations
  // (three times their size at the peak).
  out.reserve(found_.mentions.size());
  std::vector<size_t>& unresolved = scratch_.unresolved;
  unresolved.clear();
  // Per name, its first result in `out`: a name's later uses copy that
  // Place rather than build it from the gazetteer again.
  std::vector<int>& first_result = scratch_.first_result;
  first_result.assign(groups.size(), -1);
  for (size_t i = 0; i < found_.mentions.size(); ++i) {
    const RawMention& m = found_.mentions[i];
    if (m.unresolved) unresolved.push_back(i);
    if (group_of[i] < 0) {
      if (m.framed && !m.person_strong && !m.unresolved) unresolved.push_back(i);
      continue;
    }
    const Group& g = groups[static_cast<size_t>(group_of[i])];
    if (g.best < 0) continue;
    const double best = best_choice(g).score;
    const PlaceView& top = best_choice(g).place();
    double threshold = g.threshold;
    // A small town's name never used with "in", "near", "from" or next to
    // its state is as likely a surname ("Taylor", "Lincoln").
    if (!g.place_cue && !best_choice(g).candidate->big_unit && !top.is_custom() &&
        top.population < 100000)
      threshold += 2.0;
    if (best < threshold) {
      if (m.framed && !m.person_strong) unresolved.push_back(i);
      continue;
    }
    if (g.demonym && !options.include_demonyms) continue;
    double second = -1e9;
    const std::span<const Choice> cs = choices(g);
    for (size_t c = 0; c < cs.size(); ++c) {
      if (static_cast<int>(c) != g.best) second = std::max(second, cs[c].score);
    }
    const double margin = cs.size() > 1 ? sigmoid(2 * (best - second)) : 1.0;
    const double confidence = sigmoid(best - threshold) * (0.5 + 0.5 * margin);
    if (confidence < options.min_confidence) continue;
    int precision = 1;
    if (top.is_country() || top.is_admin1() || is_region(top))
      precision = 3;
    else if (top.is_admin2() || m.vicinity)
      precision = 2;
    // Built in the list's own room (BuiltInPlace): a Place is nine strings,
    // which push_back(PlaceMention{...}) moved once more. `out` never
    // reallocates (reserved above), so a copy of an earlier result reads it
    // where it stands.
    int& first = first_result[static_cast<size_t>(group_of[i])];
    if (first < 0) {
      out.emplace_back(BuiltInPlace{[&] {
        return PlaceMention{m.span, gazetteer_.place(top), precision, confidence, g.demonym};
      }});
      first = static_cast<int>(out.size() - 1);
    } else {
      const Place& earlier = out[static_cast<size_t>(first)].place;
      out.emplace_back(BuiltInPlace{[&] {
        return PlaceMention{m.span, earlier, precision, confidence, g.demonym};
      }});
    }
  }
  add_unresolved_places(
      found_, text_, unresolved, [this] { return document_area(); }, out);
  return out;
}

// The area of the names resolved so far (see document_area.h).
std::optional<Place> Resolver::document_area() const {
  std::vector<const PlaceView*>& resolved = scratch_.resolved;
  resolved.clear();
  for (const Group& g : scratch_.groups) {
    if (g.best < 0 || best_choice(g).score < g.threshold) continue;
    resolved.push_back(&best_choice(g).place());
  }
  return main_area(resolved, gazetteer_);
}

}  // namespace resolution

std::vector<PlaceMention> resolve_toponyms(const FoundToponyms& found, std::string_view text,
                                           const GeoContext& context, const Gazetteer& gazetteer,
                                           const GeoparserOptions& options) {
  resolution::Scratch& scratch = resolution::Scratch::of_thread();
  std::vector<PlaceMention> places =
      resolution::Resolver(found, text, context, gazetteer, scratch).run(options);
  scratch.settle_after(text.size());
  return places;
}

}  // namespace sitrep::places
