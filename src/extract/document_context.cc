#include "extract/document_context.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "extract/event_typing.h"
#include "extract/sentence_view.h"
#include "extract/triggers.h"

namespace sitrep {
namespace {

// The key seen most often among `items`, with its first item; ties go to
// the key that sorts first, so results do not depend on hash order. A
// document has few distinct keys (countries, armed groups), so they are
// counted in a short list of views rather than a map of copied strings.
template <class T, class KeyFn>
std::pair<std::string_view, const T*> most_frequent(const std::vector<T>& items, KeyFn key) {
  struct Tally {
    std::string_view key;
    int n = 0;
    const T* first = nullptr;
  };
  std::vector<Tally> tallies;
  for (const T& item : items) {
    const std::string_view k = key(item);
    if (k.empty()) continue;
    // The first bytes are compared inline: keys of one size (two-letter
    // country codes) would otherwise each cost a memcmp call.
    auto it = std::find_if(tallies.begin(), tallies.end(), [&](const Tally& t) {
      return t.key.size() == k.size() && t.key[0] == k[0] && t.key == k;
    });
    if (it == tallies.end()) {
      tallies.push_back({k, 1, &item});
    } else {
      ++it->n;
    }
  }
  const Tally* best = nullptr;
  for (const Tally& t : tallies) {
    if (!best || t.n > best->n || (t.n == best->n && t.key < best->key)) best = &t;
  }
  if (!best) return {std::string_view(), nullptr};
  return {best->key, best->first};
}

}  // namespace

std::string main_country(const AnalyzedDocument& doc) {
  return std::string(most_frequent(doc.places, [](const PlaceRef& p) {
                       return std::string_view(p.country_code);
                     }).first);
}

bool is_conflict_story(const AnalyzedDocument& doc) {
  // Armed groups, and armies (police alone do not make a conflict story).
  const bool armed_actor = std::any_of(doc.actors.begin(), doc.actors.end(), [](const ActorRef& a) {
    return a.role_is("armed") || (a.inter >= 2 && a.inter <= 4) ||
           (a.role_is("state_force") && a.name.rfind("Military Forces", 0) == 0);
  });
  if (armed_actor) return true;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (doc.sentences[i].phrases.has(Cue::kConflict)) return true;
  }
  return false;
}

const ActorRef* main_armed_group(const AnalyzedDocument& doc) {
  return most_frequent(doc.actors,
                       [](const ActorRef& a) {
                         const bool named_armed =
                             a.known && !a.generic && (a.inter == 2 || a.inter == 3);
                         return named_armed ? std::string_view(a.name) : std::string_view();
                       })
      .second;
}

std::string outlet_voice(const std::string& outlet) {
  const size_t open = outlet.find(" (");
  if (open == std::string::npos || outlet.back() != ')') return outlet;
  std::string inner = outlet.substr(open + 2, outlet.size() - open - 3);
  const std::string outer = outlet.substr(0, open);
  for (const char* keep_outer : {"via ", "reposted", "republished"}) {
    if (inner.rfind(keep_outer, 0) == 0) return outer;
  }
  for (const char* prefix : {"citing ", "repost of ", "from "}) {
    if (inner.rfind(prefix, 0) == 0) inner = inner.substr(std::string_view(prefix).size());
  }
  // "ANI/Xinhua", "AFP/PTI", "RT and CNN reports": the first named.
  const size_t cut = std::min({inner.find('/'), inner.find(" and "), inner.find(", ")});
  if (cut != std::string::npos) inner = inner.substr(0, cut);
  return inner.empty() ? outer : inner;
}

namespace {

bool can_attack(const ActorRef& a) {
  return (a.role_is("armed") || a.role_is("state_force") || (a.inter >= 1 && a.inter <= 3)) &&
         !a.generic;
}

// "IS claimed responsibility": the armed group named before the claim.
const ActorRef* claimant_in(const SentenceView& s) {
  const size_t cue = s.find_cue(Cue::kClaim, 0, s.words().size());
  if (cue == std::string::npos || is_unasserted(s, cue)) return nullptr;
  const uint32_t at = s.info().word_spans[cue].start;
  const ActorRef* claimant = nullptr;
  for (const ActorRef* a : s.actors()) {
    const bool armed = a->role_is("armed") || a->inter == 2 || a->inter == 3;
    if (a->span.end <= at && armed && !a->generic) claimant = a;
  }
  return claimant;
}

// "The government blamed the strike on forces loyal to Haftar", "blamed
// Boko Haram for the bombing": the side blamed, named after the verb. A
// denial that blames someone else ("denied any role and blamed Indian
// intelligence") credits no one.
const ActorRef* blamed_in(const SentenceView& s) {
  const size_t cue = s.find_cue(Cue::kBlame, 0, s.words().size());
  if (cue == std::string::npos || s.has_cue(Cue::kDeny) || s.cue_in(Cue::kNegation, 0, cue)) {
    return nullptr;
  }
  const auto& w = s.words();
  // "blamed the strike on X": X follows "on"; otherwise the first actor.
  size_t from = cue + 1;
  for (size_t i = cue + 1; i < w.size() && i < cue + 6; ++i) {
    if (w[i] == "on") from = i + 1;
  }
  for (const ActorRef* a : s.actors()) {
    const size_t at = s.word_from(a->span.start);
    if (at >= from && at <= from + 10 && can_attack(*a)) return a;
  }
  return nullptr;
}

}  // namespace

void credit_claims(const AnalyzedDocument& doc, const Lexicon& lexicon,
                   std::vector<EventDraft>& drafts) {
  // A claim of responsibility outranks blame laid by another side.
  const ActorRef* claimant = nullptr;
  const ActorRef* blamed = nullptr;
  for (size_t i = 0; i < doc.sentences.size() && !claimant; ++i) {
    // Most sentences hold neither verb: no view of them is needed.
    const PhraseMarks& marks = doc.sentences[i].phrases;
    if (!marks.has(Cue::kClaim) && (blamed || !marks.has(Cue::kBlame))) continue;
    const SentenceView s(doc, i, lexicon);
    claimant = claimant_in(s);
    if (!blamed) blamed = blamed_in(s);
  }
  const ActorRef* attacker = claimant ? claimant : blamed;
  if (!attacker) return;
  for (EventDraft& d : drafts) {
    if (!d.actor1_default || d.record.disorder_type != "Political violence") continue;
    if (d.record.actor2 == attacker->name) continue;
    name_attacker(d, *attacker);
  }
}

}  // namespace sitrep
