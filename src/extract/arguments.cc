#include "extract/arguments.h"

#include <algorithm>
#include <string_view>

#include "extract/asides.h"

namespace sitrep {
namespace {

bool is_passive_aux(std::string_view w) {
  return w == "was" || w == "were" || w == "been" || w == "being" || w == "under" || w == "is" ||
         w == "are";
}

// "the militants", "gunmen", "the group": a class word for a non-state
// armed group, which in a story naming one group is most likely that group.
bool is_anaphor(const ActorRef& a) { return a.generic && (a.inter == 2 || a.inter == 3); }

// "Seven soldiers were killed", "a policeman died": the actor is a victim,
// whatever its place in the sentence.
bool is_victim(const SentenceView& s, const ActorRef& a) {
  // "died" and "perished" are kill cues, and the passive needs a kill or
  // injury cue after it: a sentence with neither cue has no victim here.
  if (!s.has_cue(Cue::kKill) && !s.has_cue(Cue::kInjure)) return false;
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
  // Every form below is an attribution cue ("said", "told", "citing",
  // "according to"), so without one the actor speaks for no report.
  if (!s.has_cue(Cue::kAttribution)) return false;
  const auto& w = s.words();
  const size_t first = s.word_from(a.span.start);
  const size_t after = s.word_from(a.span.end);
  if (after < w.size() && s.cue_in(Cue::kAttribution, after, after + 1)) return true;
  if (first >= 1 &&
      (w[first - 1] == "citing" || w[first - 1] == "said" || w[first - 1] == "told")) {
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
  auto unknown = [](std::string_view w) {
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

}  // namespace

bool is_combatant(const ActorRef& a) {
  return a.role_is("armed") || a.role_is("state_force") || a.role_is("civilian") ||
         a.role_is("protester") || a.role_is("generic") || a.role.empty();
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
    const size_t by = w >= 1 && s.words()[w - 1] == "by"   ? w - 1
                      : w >= 2 && s.words()[w - 2] == "by" ? w - 2
                                                           : std::string::npos;
    if (by != std::string::npos) {
      by_agent = a;
      event_noun_agent = by == hit.end_word;
      break;
    }
  }
  const bool passive =
      hit.first_word > 0 && (is_passive_aux(s.words()[hit.first_word - 1]) ||
                             (hit.first_word > 1 && is_passive_aux(s.words()[hit.first_word - 2])));
  // Civilians are acted upon; they are never the attacker (protests are
  // typed separately).
  auto first_attacker = [&](const std::vector<const ActorRef*>& list) -> const ActorRef* {
    for (const ActorRef* a : list) {
      if (!a->role_is("civilian") && a->inter != 7 && !is_victim(s, *a)) return a;
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
  if (out.actor2 && out.actor2->role_is("civilian")) out.civilian_target = true;
  if (!out.actor2 && s.has_cue(Cue::kCivilian)) out.civilian_target = true;
  return out;
}

}  // namespace sitrep
