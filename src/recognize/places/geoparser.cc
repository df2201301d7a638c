#include "recognize/places/geoparser.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <unordered_map>

#include "recognize/places/context_votes.h"
#include "recognize/places/name_fold.h"
#include "recognize/places/place_scoring.h"
#include "recognize/places/toponym_finder.h"
#include "recognize/places/unresolved_places.h"

namespace sitrep::places {
namespace {

// Weights of the resolution score. A candidate's score is its prior (kind,
// population) plus what the document says (context shares, containment).
constexpr double kCountryContext = 5.0;   // all other names point to its country
constexpr double kAdmin1Context = 4.0;    // all other names point to its province/state
constexpr double kContainment = 6.0;      // "Y, X" / "Y in X" with X containing it
constexpr double kContainerSupport = 1.5; // X contains the Y written next to it
constexpr double kParentMentioned = 4.0;  // a custom place whose parent the text names
constexpr double kCountryHint = 3.0;      // GeoContext::country_hint
constexpr double kProximity = 3.0;        // another named place lies within 50 km
constexpr double kSingleWordThreshold = 5.0;
constexpr double kMultiWordThreshold = 2.5;

double sigmoid(double x) { return 1 / (1 + std::exp(-x)); }

struct Group {
  std::vector<size_t> mentions;
  std::vector<Candidate> candidates;
  std::vector<int> country_id;  // per candidate: its country code's CodeIds id, -1 none
  std::vector<int> admin1_id;   // per candidate: its province code's id, -1 none
  std::vector<double> prior;
  std::vector<double> bonus;   // containment, parent, hint: fixed for the document
  std::vector<double> score;   // prior + bonus + context, per pass
  double threshold = kSingleWordThreshold;
  bool demonym = false;
  bool plain_use = false;  // some use is not flanked by capitalised words
  bool place_cue = false;  // some use has "in", "near", "from"... before it, or is a long name
  int best = -1;
  double weight = 1.0;
};

class Resolver {
 public:
  Resolver(const FoundToponyms& found, std::string_view text, const GeoContext& context, const Gazetteer& gazetteer)
      : found_(found), text_(text), context_(context), gazetteer_(gazetteer) {}

  std::vector<PlaceMention> run(const GeoparserOptions& options);

 private:
  void filter(const RawMention& m, std::vector<Candidate>& out) const;
  void build_groups();
  void add_fixed_bonuses();
  void score_pass(bool hard);
  double proximity(size_t gi, const PlaceView& p, const std::vector<double>& weights) const;
  std::optional<Place> document_area() const;
  void vote(bool hard);

  const FoundToponyms& found_;
  std::string_view text_;
  const GeoContext& context_;
  const Gazetteer& gazetteer_;
  std::vector<Group> groups_;
  std::vector<int> group_of_;  // per mention; -1 = dropped
  CodeIds country_ids_, admin1_ids_;
  ContextVotes votes_;
  std::vector<double> share_;  // vote(): one name's split of its vote over its candidates
};

// The candidates of `m` its form and frame allow, into `out`.
void Resolver::filter(const RawMention& m, std::vector<Candidate>& out) const {
  out.clear();
  const std::string_view surface = m.span.of(text_);
  if (m.words > 1 && is_stopword(surface)) return;  // "White House"
  if (m.words == 1) {
    std::string_view bare = surface;
    if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
    if (is_stopword(bare)) return;
    if (m.sentence_initial && !m.all_caps) {
      std::string lower(bare);
      std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
      if (found_.lowercase_words.count(lower)) return;  // "Police said..." with "police" elsewhere
    }
  }
  if (m.person_strong) return;
  for (const Candidate& c : found_.candidates_of(m)) {
    if (c.match.abbreviation && !m.has_period && !m.all_caps) continue;
    if (m.words == 1 && surface.size() <= 2 && !c.match.abbreviation &&
        !(m.all_caps && (c.place.is_country() || c.place.is_admin1()))) {
      continue;  // two letters name a place only as a known abbreviation ("US")
    }
    out.push_back(c);
  }
  auto keep_if_any = [&out](auto pred) {
    if (std::any_of(out.begin(), out.end(), pred)) std::erase_if(out, [&](const Candidate& c) { return !pred(c); });
  };
  switch (m.hint) {
    case UnitHint::kAdmin1:
      keep_if_any([](const Candidate& c) { return c.place.is_admin1(); });
      break;
    case UnitHint::kAdmin2:
      keep_if_any([](const Candidate& c) { return c.place.is_admin2() || c.place.feature_code == "ADM2"; });
      break;
    case UnitHint::kSettlement:
      keep_if_any([](const Candidate& c) { return !is_big_unit(c.place) && !c.place.is_admin2(); });
      break;
    case UnitHint::kNone:
      break;
  }
  // A demonym stands alone; a name that is also a demonym ("Georgian" is
  // not, "Somali" is) is read as the name.
  const bool all_demonyms = !out.empty() && std::all_of(out.begin(), out.end(),
                                                         [](const Candidate& c) { return c.match.demonym; });
  if (!all_demonyms) std::erase_if(out, [](const Candidate& c) { return c.match.demonym; });
  // "American Legion", "Native American", "French said": part of a name, not a nationality.
  if (all_demonyms && (m.capital_neighbour || m.person_like)) out.clear();
}

void Resolver::build_groups() {
  std::map<std::pair<std::string_view, int>, int> index;
  group_of_.assign(found_.mentions.size(), -1);
  std::vector<Candidate> cands;
  for (size_t i = 0; i < found_.mentions.size(); ++i) {
    const RawMention& m = found_.mentions[i];
    filter(m, cands);
    if (cands.empty()) continue;
    const auto key = std::make_pair(std::string_view(m.key), static_cast<int>(m.hint));
    auto [it, inserted] = index.try_emplace(key, static_cast<int>(groups_.size()));
    if (inserted) {
      Group g;
      g.candidates = cands;
      for (const auto& c : g.candidates) {
        g.country_id.push_back(country_ids_.id(c.place.country_code));
        g.admin1_id.push_back(admin1_ids_.id(c.place.admin1_code));
      }
      g.demonym = g.candidates.front().match.demonym;
      g.weight = g.demonym ? 0.5 : 1.0;
      for (const auto& c : g.candidates) g.prior.push_back(prior_score(c));
      g.bonus.assign(g.candidates.size(), 0);
      g.score = g.prior;
      g.threshold = m.words >= 2 ? kMultiWordThreshold : kSingleWordThreshold;
      if (m.fuzzy) g.threshold += 1.0;
      groups_.push_back(std::move(g));
    }
    Group& g = groups_[it->second];
    if (!m.person_like) g.plain_use = true;
    if (m.locative || m.words > 1) g.place_cue = true;
    // A name written once in a safe frame ("in X", a long name) lowers the bar for all its uses.
    if (m.words == 1 && m.sentence_initial && g.mentions.empty()) g.threshold += 1.0;
    if (m.words == 1 && m.locative && !m.sentence_initial) g.threshold = std::min(g.threshold, kSingleWordThreshold - 1.0);
    g.mentions.push_back(i);
    group_of_[i] = it->second;
  }
  for (Group& g : groups_) {
    if (g.mentions.size() > 1) g.weight *= 1.0 + 0.2 * std::min<size_t>(3, g.mentions.size() - 1);
    // Only ever next to other capitalised words ("Paris Hilton", "Rodeo
    // Gainesville"): a person or a brand, unless it is a country or province.
    if (!g.plain_use) {
      for (size_t c = 0; c < g.candidates.size(); ++c) {
        if (!is_big_unit(g.candidates[c].place)) g.prior[c] = -100;
      }
      g.score = g.prior;
    }
  }
}

void Resolver::add_fixed_bonuses() {
  // Containment between neighbouring names.
  for (const Relation& r : found_.relations) {
    const int gi = group_of_[r.inner];
    const int go = group_of_[r.outer];
    if (gi < 0 || go < 0 || gi == go) continue;
    Group& inner = groups_[gi];
    Group& outer = groups_[go];
    if (r.kind == RelationKind::kList) continue;
    inner.place_cue = outer.place_cue = true;
    const double outer_top = *std::max_element(outer.prior.begin(), outer.prior.end());
    const double inner_top = *std::max_element(inner.prior.begin(), inner.prior.end());
    for (size_t c = 0; c < inner.candidates.size(); ++c) {
      for (size_t d = 0; d < outer.candidates.size(); ++d) {
        if (outer.prior[d] < outer_top - 4) continue;
        const PlaceView& o = outer.candidates[d].place;
        const PlaceView& in = inner.candidates[c].place;
        const bool ok = r.kind == RelationKind::kNear ? km_between(o, in) < 60 : contains(o, in);
        if (!ok) continue;
        inner.bonus[c] = std::max(inner.bonus[c], kContainment);
        if (inner.prior[c] >= inner_top - 6) outer.bonus[d] = std::max(outer.bonus[d], kContainerSupport);
      }
    }
  }
  // Names listed with a place are places too ("in Deir al-Zour and Jableh").
  for (const Relation& r : found_.relations) {
    const int a = group_of_[r.inner];
    const int b = group_of_[r.outer];
    if (r.kind != RelationKind::kList || a < 0 || b < 0) continue;
    const bool cue = groups_[a].place_cue || groups_[b].place_cue;
    groups_[a].place_cue = groups_[b].place_cue = cue;
  }
  // Custom places whose parent the text names; the source's own country.
  std::unordered_map<std::string, bool> keys;
  for (const RawMention& m : found_.mentions) keys[m.key] = true;
  for (Group& g : groups_) {
    for (size_t c = 0; c < g.candidates.size(); ++c) {
      const PlaceView& p = g.candidates[c].place;
      if (!p.parent.empty()) {
        const std::string parent = fold_name(p.parent);
        if (keys.count(parent) || keys.count(std::string(strip_leading_article(parent)))) {
          g.bonus[c] += kParentMentioned;
        }
      }
      if (!context_.country_hint.empty() && p.country_code == context_.country_hint) g.bonus[c] += kCountryHint;
    }
  }
}

void Resolver::vote(bool hard) {
  votes_.reset(groups_.size(), country_ids_.size(), admin1_ids_.size());
  for (size_t gi = 0; gi < groups_.size(); ++gi) {
    const Group& g = groups_[gi];
    std::vector<double>& p = share_;
    p.assign(g.candidates.size(), 0);
    const double top = *std::max_element(g.score.begin(), g.score.end());
    // A name that will not be reported (a common word, a surname) barely votes.
    const double weight = g.weight * sigmoid(2 * (top - g.threshold));
    if (hard) {
      if (g.best < 0) continue;
      p[static_cast<size_t>(g.best)] = 1;
    } else {
      double sum = 0;
      for (size_t c = 0; c < p.size(); ++c) sum += p[c] = std::exp((g.score[c] - top) / 1.5);
      for (double& v : p) v /= sum;
    }
    for (size_t c = 0; c < p.size(); ++c) {
      if (g.country_id[c] >= 0) votes_.own_countries[gi].add(g.country_id[c], weight * p[c]);
      if (g.admin1_id[c] >= 0) votes_.own_admin1[gi].add(g.admin1_id[c], weight * p[c]);
    }
    votes_.own_weight[gi] = weight;
    votes_.total += weight;
    votes_.tally(gi);
  }
}

// Support from the other places the text names nearby: Columbus next to
// Phenix City is Columbus, Georgia.
double Resolver::proximity(size_t gi, const PlaceView& p, const std::vector<double>& weights) const {
  if (is_big_unit(p) || p.is_admin1()) return 0;
  double best = 0;
  for (size_t o = 0; o < groups_.size(); ++o) {
    const Group& other = groups_[o];
    if (o == gi || other.best < 0 || weights[o] < 0.3) continue;
    const PlaceView& q = other.candidates[static_cast<size_t>(other.best)].place;
    // A degree of latitude is 111 km of great circle: 1.5 degrees apart is
    // too far to count, without the trigonometry.
    if (std::abs(p.latitude - q.latitude) >= 1.5) continue;
    if (is_big_unit(q) || q.is_admin1() || q.id == p.id) continue;
    const double km = km_between(p, q);
    const double near = km < 50 ? 1.0 : km < 150 ? 0.5 : 0.0;
    best = std::max(best, near * std::min(1.0, weights[o]));
  }
  return kProximity * best;
}

void Resolver::score_pass(bool hard) {
  vote(hard);
  for (size_t gi = 0; gi < groups_.size(); ++gi) {
    Group& g = groups_[gi];
    const double others = votes_.total - votes_.own_weight[gi];
    const double damp = others > 0 ? others / (others + 1) : 0;
    for (size_t c = 0; c < g.candidates.size(); ++c) {
      const PlaceView& p = g.candidates[c].place;
      const double admin1_share = votes_.admin1_share(gi, g.admin1_id[c], others);
      double ctx = 0;
      ctx += kCountryContext * votes_.country_share(gi, g.country_id[c], others) * damp;
      ctx += kAdmin1Context * admin1_share * damp;
      double near = hard ? proximity(gi, p, votes_.own_weight) : 0;
      ctx += near;
      g.score[c] = g.prior[c] + g.bonus[c] + ctx;
      // A fuzzy match ("Tacueyo" -> Tokyo) needs the text's own province,
      // a neighbouring place or a container to back it.
      if (g.candidates[c].match.fuzzy && hard && g.bonus[c] <= 0 && near <= 0 && admin1_share <= 0.2 &&
          !(p.population >= 100000 && votes_.country_share(gi, g.country_id[c], others) > 0.5)) {
        g.score[c] -= 100;
      }
    }
    g.best = static_cast<int>(std::max_element(g.score.begin(), g.score.end()) - g.score.begin());
  }
}

std::vector<PlaceMention> Resolver::run(const GeoparserOptions& options) {
  build_groups();
  add_fixed_bonuses();
  score_pass(false);
  score_pass(true);
  score_pass(true);
  std::vector<PlaceMention> out;
  // Each mention gives at most one result, resolved or not: sized once, a
  // long report's results do not pass through doubling reallocations
  // (three times their size at the peak).
  out.reserve(found_.mentions.size());
  std::vector<size_t> unresolved;
  for (size_t i = 0; i < found_.mentions.size(); ++i) {
    const RawMention& m = found_.mentions[i];
    if (m.unresolved) unresolved.push_back(i);
    if (group_of_[i] < 0) {
      if (m.framed && !m.person_strong && !m.unresolved) unresolved.push_back(i);
      continue;
    }
    const Group& g = groups_[group_of_[i]];
    if (g.best < 0) continue;
    const double best = g.score[g.best];
    const PlaceView& top = g.candidates[g.best].place;
    double threshold = g.threshold;
    // A small town's name never used with "in", "near", "from" or next to
    // its state is as likely a surname ("Taylor", "Lincoln").
    if (!g.place_cue && !is_big_unit(top) && !top.is_custom() && top.population < 100000) threshold += 2.0;
    if (best < threshold) {
      if (m.framed && !m.person_strong) unresolved.push_back(i);
      continue;
    }
    if (g.demonym && !options.include_demonyms) continue;
    double second = -1e9;
    for (size_t c = 0; c < g.score.size(); ++c) {
      if (static_cast<int>(c) != g.best) second = std::max(second, g.score[c]);
    }
    PlaceMention pm;
    pm.span = m.span;
    pm.place = gazetteer_.place(top);
    pm.demonym = g.demonym;
    const double margin = g.score.size() > 1 ? sigmoid(2 * (best - second)) : 1.0;
    pm.confidence = sigmoid(best - threshold) * (0.5 + 0.5 * margin);
    if (pm.confidence < options.min_confidence) continue;
    if (top.is_country() || top.is_admin1() || is_region(top)) pm.geo_precision = 3;
    else if (top.is_admin2() || m.vicinity) pm.geo_precision = 2;
    else pm.geo_precision = 1;
    out.push_back(std::move(pm));
  }
  add_unresolved_places(found_, text_, unresolved, [this] { return document_area(); }, out);
  return out;
}

// The province the text is about (most of its resolved places lie there),
// else its country; nullopt when the text has no clear centre.
std::optional<Place> Resolver::document_area() const {
  std::map<std::string, double> admin1, countries;
  double total = 0;
  for (const Group& g : groups_) {
    if (g.best < 0 || g.score[g.best] < g.threshold) continue;
    const PlaceView& p = g.candidates[g.best].place;
    total += 1;
    if (!p.admin1_code.empty()) admin1[std::string(p.admin1_code)] += 1;
    if (!p.country_code.empty()) countries[std::string(p.country_code)] += 1;
  }
  if (total == 0) return std::nullopt;
  auto top = [](const std::map<std::string, double>& m) {
    return std::max_element(m.begin(), m.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
  };
  if (!admin1.empty()) {
    auto it = top(admin1);
    if (it->second / total >= 0.34) {
      if (auto p = gazetteer_.admin1(it->first)) return p;
    }
  }
  if (!countries.empty()) {
    auto it = top(countries);
    if (it->second / total >= 0.5) return gazetteer_.country(it->first);
  }
  return std::nullopt;
}


}  // namespace

Geoparser::Geoparser(const Gazetteer& gazetteer, GeoparserOptions options)
    : gazetteer_(&gazetteer), options_(options) {}

std::vector<PlaceMention> Geoparser::find_places(std::string_view text, const GeoContext& context) const {
  const FoundToponyms found = find_toponyms(text, *gazetteer_);
  return Resolver(found, text, context, *gazetteer_).run(options_);
}

}  // namespace sitrep::places
