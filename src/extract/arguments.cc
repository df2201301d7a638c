#include "extract/arguments.h"

#include <algorithm>
#include <cctype>

#include "extract/asides.h"

namespace sitrep {
namespace {

bool is_passive_aux(const std::string& w) {
  return w == "was" || w == "were" || w == "been" || w == "being" || w == "under" || w == "is" ||
         w == "are";
}

// "the militants", "gunmen", "the group": a class word for a non-state
// armed group, which in a story naming one group is most likely that group.
bool is_anaphor(const ActorRef& a) { return a.generic && (a.inter == 2 || a.inter == 3); }

// "Seven soldiers were killed", "a policeman died": the actor is a victim,
// whatever its place in the sentence.
bool is_victim(const SentenceView& s, const ActorRef& a) {
  const auto& w = s.words();
  const size_t after = s.word_from(a.span.end);
  size_t limit = std::min(w.size(), after + 4);
  for (size_t i = after; i < limit; ++i) {
    // "six soldiers, including a major, were killed": past the aside.
    if (const size_t close = aside_end(w, i); close != i) {
      limit = std::min(w.size(), close + 4);
      i = close;
      continue;
    }
    if (w[i] == "," || w[i] == "and") break;
    if (w[i] == "died" || w[i] == "perished") return true;
    if ((w[i] == "were" || w[i] == "was" || w[i] == "been") && i + 1 < w.size() &&
        (s.cue_in(Cue::kKill, i + 1, i + 2) || s.cue_in(Cue::kInjure, i + 1, i + 2))) {
      return true;
    }
  }
  return false;
}

// "..., police said", "according to the army", "told AFP": the actor is
// the source of the report, not a party to the event.
bool is_speaker(const SentenceView& s, const ActorRef& a) {
  const auto& w = s.words();
  const size_t first = s.word_from(a.span.start);
  const size_t after = s.word_from(a.span.end);
  if (after < w.size() && s.cue_in(Cue::kAttribution, after, after + 1)) return true;
  if (first >= 1 && (w[first - 1] == "citing" || w[first - 1] == "said" || w[first - 1] == "told")) {
    return true;
  }
  size_t k = first;
  if (k >= 1 && w[k - 1] == "the") --k;
  return k >= 2 && w[k - 2] == "according" && w[k - 1] == "to";
}

// "unknown gunmen", "unidentified assailants": the text says it does not
// know who they are, so they stay unidentified rather than standing for the
// group the story is about.
bool said_unknown(const SentenceView& s, const ActorRef& a) {
  auto unknown = [](const std::string& w) {
    return w == "unknown" || w == "unidentified" || w == "masked" || w == "unnamed";
  };
  // The word may open the mention ("unknown gunmen" is in the knowledge
  // base) or stand right before it.
  const size_t first = s.word_from(a.span.start);
  if (first < s.words().size() && unknown(s.words()[first])) return true;
  return first > 0 && unknown(s.words()[first - 1]);
}

// "Gunmen suspected to be Boko Haram militants": who the text takes them
// for, named right after them.
const ActorRef* named_as(const SentenceView& s, const ActorRef& a) {
  const auto& w = s.words();
  const size_t after = s.word_from(a.span.end);
  if (after + 3 >= w.size() || w[after + 1] != "to" || w[after + 2] != "be") return nullptr;
  if (w[after] != "suspected" && w[after] != "believed" && w[after] != "thought") return nullptr;
  const uint32_t from = s.info().word_spans[after + 3].start;
  for (const ActorRef* other : s.actors()) {
    if (other->span.start == from && !other->generic) return other;
  }
  return nullptr;
}

// "Aleppo's Sheikh Maqsood": a city named as the container of a finer place
// in the same sentence is not where the event happened.
bool contains(const PlaceRef& outer, const PlaceRef& inner) {
  if (&outer == &inner || outer.country_code != inner.country_code) return false;
  if (place_rank(outer) == 4) return true;
  if (place_rank(outer) == 3) return inner.admin1 == outer.admin1 || inner.admin1 == outer.name;
  if (place_rank(outer) <= place_rank(inner)) {
    return outer.population > inner.population && inner.admin1 == outer.admin1 &&
           inner.feature_code == "PPLX";
  }
  return inner.admin1 == outer.admin1;
}

std::vector<const PlaceRef*> finest(const std::vector<const PlaceRef*>& places) {
  std::vector<const PlaceRef*> kept;
  for (const PlaceRef* p : places) {
    if (place_rank(*p) == 4) continue;
    bool container = std::any_of(places.begin(), places.end(),
                                 [&](const PlaceRef* q) { return q != p && contains(*p, *q); });
    if (!container) kept.push_back(p);
  }
  return kept;
}

}  // namespace

int place_rank(const PlaceRef& p) {
  const std::string& f = p.feature_code;
  if (f.rfind("PCL", 0) == 0) return 4;
  if (f == "ADM1") return 3;
  if (f == "ADM2" || f == "ADM3") return 2;
  if (f == "PPLC" || f == "PPLA" || f == "PPLA2") return 1;
  if (f.rfind("PPL", 0) == 0) return 0;
  // Custom places, villages found by pattern and other named sites.
  const bool own = p.id.rfind("custom:", 0) == 0 || p.id.rfind("unresolved:", 0) == 0;
  if (own || f.empty() || (f[0] >= 'a' && f[0] <= 'z')) return 0;
  // Seas, regions, mountains, continents: never where an event is coded.
  return 4;
}

bool inside_a_name(std::string_view text, const PlaceRef& p) {
  auto quote_or_space = [](char c) { return c == ' ' || c == '"' || c == '\''; };
  // Curly quotes are three bytes (E2 80 9C/9D); skip them as a unit.
  auto skip_back = [&](size_t at) {
    while (at > 0) {
      if (quote_or_space(text[at - 1])) {
        --at;
      } else if (at >= 3 && text.substr(at - 3, 2) == "\xE2\x80") {
        at -= 3;
      } else {
        break;
      }
    }
    return at;
  };
  auto skip_forward = [&](size_t at) {
    while (at < text.size()) {
      if (quote_or_space(text[at])) {
        ++at;
      } else if (text.substr(at, 2) == "\xE2\x80") {
        at += 3;
      } else {
        break;
      }
    }
    return at;
  };
  const size_t before = skip_back(p.span.start);
  const size_t after = skip_forward(p.span.end);
  if (before == p.span.start || after == p.span.end || before == 0 || after >= text.size()) {
    return false;
  }
  // The word that ends right before: capitalised, and not the end of a
  // sentence or a clause.
  size_t start = before;
  // Letters outside ASCII ("Joaquín") are bytes >= 0x80.
  auto in_word = [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
           c == '.';
  };
  while (start > 0 && in_word(text[start - 1])) --start;
  const bool name_before = text[before - 1] != '.' && text[before - 1] != ',' &&
                           std::isupper(static_cast<unsigned char>(text[start]));
  const bool name_after = std::isupper(static_cast<unsigned char>(text[after]));
  return name_before && name_after;
}

bool is_combatant(const ActorRef& a) {
  return a.role == "armed" || a.role == "state_force" || a.role == "civilian" ||
         a.role == "protester" || a.role == "generic" || a.role.empty();
}

ActorChoice choose_actors(const SentenceView& s, const TriggerHit& hit,
                          const DiscourseMemory& memory) {
  ActorChoice out;
  std::vector<const ActorRef*> before, after;
  for (const ActorRef* a : s.actors()) {
    if (!is_combatant(*a) || is_speaker(s, *a)) continue;
    // A mention that is the trigger itself ("Warplanes struck") is its agent.
    (a->span.start <= hit.span.start || a->span.overlaps(hit.span) ? before : after).push_back(a);
  }
  auto resolve = [&](const ActorRef* a) -> const ActorRef* {
    if (!a) return a;
    if (const ActorRef* named = named_as(s, *a)) return named;
    if (!is_anaphor(*a) || said_unknown(s, *a)) return a;
    if (memory.last_armed_group) return memory.last_armed_group;
    return memory.main_armed_group ? memory.main_armed_group : a;
  };
  // A by-phrase agent: "were killed by rebel shells".
  const ActorRef* by_agent = nullptr;
  bool event_noun_agent = false;  // "an attack by ISIS on their post"
  for (const ActorRef* a : after) {
    const size_t w = s.word_from(a->span.start);
    const size_t by = w >= 1 && s.words()[w - 1] == "by"                 ? w - 1
                      : w >= 2 && s.words()[w - 2] == "by"               ? w - 2
                                                                         : std::string::npos;
    if (by != std::string::npos) {
      by_agent = a;
      event_noun_agent = by == hit.end_word;
      break;
    }
  }
  const bool passive = hit.first_word > 0 && (is_passive_aux(s.words()[hit.first_word - 1]) ||
                                              (hit.first_word > 1 &&
                                               is_passive_aux(s.words()[hit.first_word - 2])));
  // Civilians are acted upon; they are never the attacker (protests are
  // typed separately).
  auto first_attacker = [&](const std::vector<const ActorRef*>& list) -> const ActorRef* {
    for (const ActorRef* a : list) {
      if (a->role != "civilian" && a->inter != 7 && !is_victim(s, *a)) return a;
    }
    return nullptr;
  };
  const ActorRef* victim_before = nullptr;
  for (const ActorRef* a : before) {
    if (is_victim(s, *a)) {
      victim_before = a;
      break;
    }
  }
  // "clashes between the army and Fano": the two sides, in the text's order.
  const ActorRef* between_first = nullptr;
  const ActorRef* between_second = nullptr;
  for (size_t i = 0; i < after.size() && !between_first; ++i) {
    const size_t w = s.word_from(after[i]->span.start);
    const bool opens = (w >= 1 && s.words()[w - 1] == "between") ||
                       (w >= 2 && s.words()[w - 2] == "between" && s.words()[w - 1] == "the");
    if (!opens || w > hit.end_word + 6) continue;
    for (size_t k = i + 1; k < after.size(); ++k) {
      const size_t gap = s.word_from(after[k]->span.start);
      if (gap > s.word_from(after[i]->span.end) + 2 || after[k]->name == after[i]->name) continue;
      between_first = after[i];
      between_second = after[k];
      break;
    }
  }
  if (between_first && !first_attacker(before)) {
    out.actor1 = between_first;
    out.actor2 = between_second;
  } else if (by_agent && (before.empty() || passive || event_noun_agent)) {
    out.actor1 = by_agent;
    out.actor2 = before.empty() ? nullptr : before.front();
    // "an attack by gunmen on regime forces", "fired by militants ...,
    // wounding three soldiers": the one hit is named after the agent.
    for (const ActorRef* a : after) {
      if (out.actor2) break;
      if (a->span.start > by_agent->span.end && a->name != by_agent->name) out.actor2 = a;
    }
  } else {
    // The subject: the first combatant of the clause before the trigger.
    out.actor1 = first_attacker(before);
    if (victim_before) {
      out.actor2 = victim_before;
    } else if (!out.actor1 && !before.empty() && after.empty()) {
      out.actor2 = before.front();
    }
    // "were killed when militants attacked": the attacker named after.
    if (!out.actor1 && victim_before) out.actor1 = first_attacker(after);
    for (const ActorRef* a : after) {
      if (out.actor2) break;
      if (a != out.actor1 && a->name != (out.actor1 ? out.actor1->name : "")) out.actor2 = a;
    }
    // "Troops killed 30 rebels in clashes": the object stands before the
    // trigger noun.
    if (!out.actor2 && out.actor1) {
      for (const ActorRef* a : before) {
        if (a->span.start > out.actor1->span.end && a->name != out.actor1->name &&
            !(out.assoc_actor1 == a)) {
          out.actor2 = a;
        }
      }
    }
  }
  // "Al-Nusra and Ahrar al-Sham attacked": the second is an associate.
  if (out.actor1) {
    for (const ActorRef* a : before) {
      if (a == out.actor1 || a->span.start < out.actor1->span.end) continue;
      const size_t gap_from = s.word_from(out.actor1->span.end);
      const size_t gap_to = s.word_from(a->span.start);
      if (gap_to - gap_from <= 1 && gap_from < s.words().size() &&
          (s.words()[gap_from] == "and" || s.words()[gap_from] == ",")) {
        out.assoc_actor1 = a;
      }
      break;
    }
  }
  out.actor1 = resolve(out.actor1);
  out.actor2 = resolve(out.actor2);
  if (out.actor1 && out.actor2 && out.actor1->name == out.actor2->name) out.actor2 = nullptr;
  if (out.actor2 && out.actor2->role == "civilian") out.civilian_target = true;
  if (!out.actor2 && s.has_cue(Cue::kCivilian)) out.civilian_target = true;
  return out;
}

std::vector<const PlaceRef*> choose_places(const AnalyzedDocument& doc, const SentenceView& s,
                                           const DiscourseMemory& memory) {
  auto pick = [&](const std::vector<const PlaceRef*>& all) {
    std::vector<const PlaceRef*> candidates;
    for (const PlaceRef* p : all) {
      if (p->country_code == memory.main_country) candidates.push_back(p);
    }
    if (candidates.empty()) candidates = all;
    std::vector<const PlaceRef*> kept = finest(candidates);
    if (kept.empty()) return kept;
    const int best = place_rank(**std::min_element(
        kept.begin(), kept.end(), [](auto* a, auto* b) { return place_rank(*a) < place_rank(*b); }));
    std::vector<const PlaceRef*> out;
    for (const PlaceRef* p : kept) {
      if (place_rank(*p) != best) continue;
      if (std::none_of(out.begin(), out.end(), [&](auto* q) { return q->id == p->id; })) {
        out.push_back(p);
      }
    }
    // Two places of one precision are two events only when coordinated
    // ("in Jableh and Tartus"); otherwise the first is the scene.
    if (out.size() > 1) {
      const size_t w = s.word_before(out[1]->span.start);
      const bool coordinated = w != std::string::npos && w < s.words().size() &&
                               (s.words()[w] == "and" || s.words()[w] == ",");
      if (!coordinated) out.resize(1);
    }
    return out;
  };
  std::vector<const PlaceRef*> in_sentence;
  for (const PlaceRef* p : s.places()) {
    if (!p->dateline && !inside_a_name(s.doc_text(), *p)) {
      in_sentence.push_back(p);
    }
  }
  // "In addition to the rocket attack in Kilis, shells landed in Yayladagi":
  // the aside names another event's place.
  {
    const auto& w = s.words();
    std::vector<const PlaceRef*> outside;
    size_t aside_end = 0;
    for (size_t i = 0; i + 2 < w.size(); ++i) {
      const bool opens = (w[i] == "in" && w[i + 1] == "addition" && w[i + 2] == "to") ||
                         w[i] == "besides" || (w[i] == "apart" && w[i + 1] == "from");
      if (!opens) continue;
      size_t k = i;
      while (k < w.size() && w[k] != ",") ++k;
      aside_end = k < w.size() ? s.info().word_spans[k].start : s.info().span.end;
      for (const PlaceRef* p : in_sentence) {
        if (p->span.start < s.info().word_spans[i].start || p->span.start >= aside_end) {
          outside.push_back(p);
        }
      }
      if (!outside.empty()) in_sentence = std::move(outside);
      break;
    }
  }
  // "rockets fired from the Bab region hit Kilis": where fire came from is
  // not where the event happened, when the target is named too.
  std::vector<const PlaceRef*> targets;
  for (const PlaceRef* p : in_sentence) {
    const size_t w = s.word_from(p->span.start);
    bool origin = false;
    for (size_t back = 1; back <= 4 && back <= w; ++back) {
      const std::string& word = s.words()[w - back];
      if (word == "from") origin = true;
      if (word == "from" || word == "in" || word == "at" || word == "on" || word == ",") break;
    }
    if (!origin) targets.push_back(p);
  }
  if (!targets.empty()) in_sentence = std::move(targets);
  if (auto here = pick(in_sentence); !here.empty()) return here;
  // "in the same town": the place named last, wherever it was.
  const auto& w = s.words();
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] != "same") continue;
    static constexpr std::string_view kPlaceNouns[] = {"town", "city", "village", "area",
                                                       "district", "place", "region", "neighbourhood",
                                                       "neighborhood", "camp"};
    if (std::find(std::begin(kPlaceNouns), std::end(kPlaceNouns), w[i + 1]) ==
        std::end(kPlaceNouns)) {
      continue;
    }
    for (size_t k = s.index(); k-- > 0;) {
      if (auto there = finest(mentions_in(doc.places, doc.sentences[k].span)); !there.empty()) {
        return {there.back()};
      }
    }
  }
  // The paragraph's earlier sentences, nearest first.
  for (size_t i = s.index(); i-- > 0;) {
    if (doc.sentences[i].paragraph != s.info().paragraph) break;
    if (auto there = finest(mentions_in(doc.places, doc.sentences[i].span)); !there.empty()) {
      return {there.front()};
    }
  }
  if (memory.lede_place) return {memory.lede_place};
  return {};
}

}  // namespace sitrep

namespace sitrep {

const DateRef* choose_date(const AnalyzedDocument& doc, const SentenceView& s,
                           const DiscourseMemory& memory) {
  auto first_date = [](const std::vector<const DateRef*>& dates) -> const DateRef* {
    for (const DateRef* d : dates) {
      if (d->multi_day || (d->date && d->precision == TimePrecision::kDay)) return d;
    }
    return nullptr;
  };
  // "Thursday's twin bombing": a day that names the event itself.
  for (const DateRef* d : s.dates()) {
    const std::string_view after = s.doc_text().substr(d->span.end, 4);
    const bool possessive = after.substr(0, 2) == "'s" || after.substr(0, 4) == "\xE2\x80\x99s";
    if (possessive && d->date && d->precision == TimePrecision::kDay) return d;
  }
  // "..., aid workers told AFP on Tuesday": the day of the telling, not of
  // the event.
  std::vector<const DateRef*> own;
  for (const DateRef* d : s.dates()) {
    const size_t w = s.word_from(d->span.start);
    const size_t from = w >= 4 ? w - 4 : 0;
    if (!s.cue_in(Cue::kAttribution, from, w) && !d->dateline) own.push_back(d);
  }
  if (const DateRef* d = first_date(own)) return d;
  // Only the dateline gives a day: the report's day stands in below.
  for (size_t i = s.index(); i-- > 0;) {
    if (doc.sentences[i].paragraph != s.info().paragraph) break;
    if (const DateRef* d = first_date(mentions_in(doc.dates, doc.sentences[i].span))) return d;
  }
  return memory.lede_date;
}

}  // namespace sitrep
