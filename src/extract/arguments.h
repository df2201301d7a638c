// Step 2 of extraction: the arguments of an event found in a sentence —
// who acted on whom, where and when. Each choice points at the mention it
// came from so the record can cite it.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "extract/sentence_view.h"
#include "extract/triggers.h"

namespace sitrep {

// What earlier sentences of the document established: "the militants" and
// "the group" refer back to the last named armed group.
struct DiscourseMemory {
  const ActorRef* last_armed_group = nullptr;
  // The last police or army named: who faced the protesters when the
  // sentence does not say.
  const ActorRef* last_state_force = nullptr;
  // The named non-state armed group the article mentions most: whom
  // "gunmen" and "militants" most likely are when no other is named before.
  const ActorRef* main_armed_group = nullptr;
  // The last attributed source, for "he said" and paragraph-level
  // attribution.
  std::string last_source;
  Span last_source_span;
  uint32_t last_source_paragraph = 0;
  // Place and date of the lede, the fallback for later sentences.
  const PlaceRef* lede_place = nullptr;
  const DateRef* lede_date = nullptr;
  // The country most of the article's places are in: a place elsewhere
  // ("Liverpool", where a victim's son plays) is rarely the scene.
  std::string main_country;
};

struct ActorChoice {
  const ActorRef* actor1 = nullptr;
  const ActorRef* assoc_actor1 = nullptr;
  const ActorRef* actor2 = nullptr;
  bool civilian_target = false;  // victims named only as civilians/residents
};

// Combatant roles: those that can be actor1/actor2 (not ministries,
// monitors or news agencies, which are sources).
bool is_combatant(const ActorRef& a);

ActorChoice choose_actors(const SentenceView& s, const TriggerHit& hit,
                          const DiscourseMemory& memory);

// 0 town, village or quarter; 1 major city; 2 district; 3 province; 4 country.
int place_rank(const PlaceRef& p);

// "Brig. Gen. Jose Vladimir Cagara", "Joaquin "El Chapo" Guzman": a place
// name with a capitalised word right before and right after it (quotes
// aside, no comma) is part of a person's or a firm's name, not a place.
bool inside_a_name(std::string_view text, const PlaceRef& p);

// The most precise places where the event happened; several when the
// sentence names several places of the same precision joined by "and"
// (an attack on two towns is two events). Empty when no place is named at
// province level or finer in the sentence or its paragraph.
std::vector<const PlaceRef*> choose_places(const AnalyzedDocument& doc, const SentenceView& s,
                                           const DiscourseMemory& memory);

// The event's date: one stated in the sentence, else in its paragraph, else
// the lede's; nullopt when the text spans days ("over the last 48 hours").
const DateRef* choose_date(const AnalyzedDocument& doc, const SentenceView& s,
                           const DiscourseMemory& memory);

}  // namespace sitrep
