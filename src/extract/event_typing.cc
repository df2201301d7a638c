#include "extract/event_typing.h"

#include <algorithm>

namespace sitrep {
namespace {

constexpr const char* kBattles = "Battles";
constexpr const char* kViolenceAgainstCivilians = "Violence against civilians";
constexpr const char* kProtests = "Protests";
constexpr const char* kRiots = "Riots";
constexpr const char* kStrategic = "Strategic developments";

std::string with_country(const std::string& name, const std::string& country) {
  return country.empty() ? name : name + " (" + country + ")";
}

void set_actor(EventRecord& r, const ActorRef* a, bool first) {
  if (!a) return;
  (first ? r.actor1 : r.actor2) = a->name;
  (first ? r.inter1 : r.inter2) = a->inter;
  r.spans[first ? "actor1" : "actor2"] = a->span;
}

// Protests and riots follow ACLED's convention (GUIDELINES.md): actor1 the
// protesters or rioters, actor2 the force that intervened or whom they
// attacked, also for excessive force against protesters.
void assign_protest_actors(const SentenceView& s, EventRecord& r, const std::string& country,
                           const ActorRef* earlier_force) {
  const ActorRef* protesters = nullptr;
  const ActorRef* force = nullptr;
  for (const ActorRef* a : s.actors()) {
    if (!protesters && (a->role_is("protester") || a->inter == 6 || a->inter == 5)) protesters = a;
    if (!force && (a->role_is("state_force") || a->inter == 1)) force = a;
  }
  if (protesters) {
    set_actor(r, protesters, true);
  } else {
    r.actor1 = with_country(text_is(r.event_type, kRiots) ? "Rioters" : "Protesters", country);
    r.inter1 = text_is(r.event_type, kRiots) ? 5 : 6;
  }
  // Force met the protesters: the police or army named earlier, if the
  // sentence does not name them.
  const bool intervened = !text_is(r.sub_event_type, "Peaceful protest");
  set_actor(r, force ? force : (intervened ? earlier_force : nullptr), false);
}

bool is_air_weapon(const std::string& weapon) {
  return text_is(weapon, "air strike") || text_is(weapon, "drone") ||
         text_is(weapon, "helicopter") || text_is(weapon, "barrel bomb");
}

// A crowd acting on its own: civilians or a communal group, angry or
// retaliating, rather than an armed organisation.
bool is_mob(const SentenceView& s, const ActorChoice& actors) {
  const bool crowd = !actors.actor1 || actors.actor1->role_is("civilian") ||
                     actors.actor1->inter == 4 || actors.actor1->inter == 7;
  const bool fury = std::any_of(s.words().begin(), s.words().end(), [](std::string_view w) {
    return w == "angry" || w == "mob" || w == "enraged" || w == "irate" ||
           w.rfind("retaliat", 0) == 0 || w.rfind("furious", 0) == 0;
  });
  return crowd && fury;
}

bool mentions_protesters(const SentenceView& s) {
  return std::any_of(s.actors().begin(), s.actors().end(),
                     [](const ActorRef* a) { return a->role_is("protester") || a->inter == 6; }) ||
         std::any_of(s.words().begin(), s.words().end(), [](std::string_view w) {
           return w.rfind("protest", 0) == 0 || w.rfind("demonstrat", 0) == 0;
         });
}

}  // namespace

// "the strike", "the attack" after an event was reported: the same kind of
// event, told again with its toll.
size_t back_reference(const SentenceView& s) {
  static constexpr std::string_view kNouns[] = {"attack", "strike",  "raid",     "assault",
                                                "blast",  "bombing", "incident", "explosion"};
  const auto& w = s.words();
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if ((w[i] == "the" || w[i] == "this" || w[i] == "that" || w[i] == "'s") &&
        std::find(std::begin(kNouns), std::end(kNouns), w[i + 1]) != std::end(kNouns)) {
      return i + 1;
    }
  }
  return std::string::npos;
}

bool refers_back(const SentenceView& s) { return back_reference(s) != std::string::npos; }

bool type_and_actors(const SentenceView& s, const TriggerHit& hit, const ActorChoice& actors,
                     const Casualties& casualties, const std::string& country,
                     const EventDraft* previous, const DiscourseMemory& memory, EventDraft& d) {
  EventRecord& r = d.record;
  r.event_type = hit.trigger->event_type;
  r.sub_event_type = hit.trigger->sub_event_type;
  r.weapon = hit.trigger->weapon;
  d.priority = hit.trigger->priority;
  const bool generic =
      text_is(r.event_type, kGenericAttack) || text_is(r.event_type, kGenericAssault);
  if (generic && previous && refers_back(s)) {
    r.event_type = previous->record.event_type;
    r.sub_event_type = previous->record.sub_event_type;
    r.weapon = previous->record.weapon;
  }
  if (text_is(r.event_type, kCapture)) {
    const bool place_follows = std::any_of(s.places().begin(), s.places().end(), [&](auto* p) {
      const size_t w = s.word_from(p->span.start);
      return w >= hit.end_word && w <= hit.end_word + 3;
    });
    if (!place_follows) return false;
    r.event_type = kBattles;
    const bool state_took = actors.actor1 && actors.actor1->inter == 1;
    r.sub_event_type =
        state_took ? "Government regains territory" : "Non-state actor overtakes territory";
  }
  const bool withdrawal = text_is(r.event_type, kWithdrawal);
  if (withdrawal) {
    r.event_type = kBattles;
    const bool state_withdrew = actors.actor1 && actors.actor1->inter == 1;
    r.sub_event_type =
        state_withdrew ? "Non-state actor overtakes territory" : "Government regains territory";
  }
  // Killings in a story about protests, by security forces or unnamed
  // shooters, are force against the protesters.
  if (generic && (!actors.actor1 || actors.actor1->inter == 1) &&
      (mentions_protesters(s) || (previous && text_is(previous->record.event_type, kProtests)))) {
    r.event_type = kProtests;
    r.sub_event_type = "Excessive force against protesters";
  }

  if (text_is(r.event_type, kGenericAttack) || text_is(r.event_type, kGenericAssault)) {
    if (!actors.actor1 && !actors.actor2 && !actors.civilian_target) return false;
    if (!actors.actor1 && !casualties.fatalities && !casualties.injuries) return false;
    // Fighting between armed sides is a battle; an armed attack on people
    // not named as fighters is violence against civilians.
    const bool armed_target =
        actors.actor2 && !actors.actor2->role_is("civilian") && actors.actor2->inter != 7;
    const bool battle =
        text_is(r.event_type, kGenericAttack) ? armed_target : !actors.civilian_target;
    if (battle) {
      r.event_type = kBattles;
      r.sub_event_type = "Armed clash";
    } else {
      r.event_type = kViolenceAgainstCivilians;
      r.sub_event_type = "Attack";
    }
  }
  // Protesters clashing with the police: a protest met by force, not a
  // battle between armed sides.
  if (text_is(r.event_type, kBattles) && text_is(r.sub_event_type, "Armed clash") &&
      mentions_protesters(s)) {
    r.event_type = kProtests;
    r.sub_event_type = "Protest with intervention";
  }
  if (text_is(r.event_type, kProtests) || text_is(r.event_type, kRiots)) {
    const bool lethal = s.has_cue(Cue::kLethal) || casualties.fatalities;
    // Demonstrators storming or torching: a violent demonstration.
    if (text_is(r.sub_event_type, "Peaceful protest") && s.has_cue(Cue::kRiot)) {
      r.event_type = kRiots;
      r.sub_event_type = "Violent demonstration";
    }
    if (text_is(r.event_type, kProtests) && lethal)
      r.sub_event_type = "Excessive force against protesters";
    assign_protest_actors(s, r, country, memory.last_state_force);
    d.actor1_default = r.actor1.empty();
    return true;
  }
  // Angry villagers burning a village are a mob, not looters.
  if (text_is(r.sub_event_type, "Looting/property destruction") && is_mob(s, actors)) {
    r.event_type = kRiots;
    r.sub_event_type = "Mob violence";
    if (actors.actor1) {
      r.assoc_actor_1 = actors.actor1->name;
      r.spans["actor1"] = actors.actor1->span;
    }
    r.actor1 = with_country("Rioters", country);
    r.inter1 = 5;
    d.actor1_default = false;
    return true;
  }
  if (text_is(r.event_type, kStrategic) && text_is(r.sub_event_type, "Agreement") &&
      !s.has_cue(Cue::kAgreement)) {
    return false;
  }
  // "Rebels withdrew from X as the army advanced": the side that takes the
  // ground is actor1, the one that gave it up actor2 (ACLED's territorial
  // sub-types name the winner first).
  const ActorRef* first = withdrawal ? actors.actor2 : actors.actor1;
  const ActorRef* second = withdrawal ? actors.actor1 : actors.actor2;
  set_actor(r, first, true);
  set_actor(r, second, false);
  // "Iraqi soldiers had taken control of the base": who took the ground
  // decides between ACLED's two territorial sub-types.
  if (first && text_is(r.event_type, kBattles) && !text_is(r.sub_event_type, "Armed clash")) {
    if (first->inter == 1) r.sub_event_type = "Government regains territory";
    if (first->inter == 2 || first->inter == 3)
      r.sub_event_type = "Non-state actor overtakes territory";
  }
  if (actors.assoc_actor1)
    (withdrawal ? r.assoc_actor_2 : r.assoc_actor_1) = actors.assoc_actor1->name;
  d.actor1_default = first == nullptr;
  // No attacker named: in a story about one armed group, on the ground,
  // the group the story is about.
  const ActorRef* story_group =
      memory.last_armed_group ? memory.last_armed_group : memory.main_armed_group;
  if (!first && story_group &&
      (text_is(r.event_type, kViolenceAgainstCivilians) || text_is(r.event_type, kBattles)) &&
      (!second || second->name != story_group->name)) {
    set_actor(r, story_group, true);
  } else if (!first && !text_is(r.event_type, kStrategic)) {
    const bool air = is_air_weapon(r.weapon);
    r.actor1 = air ? std::string("Unidentified Military Forces")
                   : with_country("Unidentified Armed Group", country);
    r.inter1 = air ? 8 : 3;
  }
  if (!actors.actor2 && actors.civilian_target &&
      (text_is(r.event_type, kViolenceAgainstCivilians) ||
       text_is(r.event_type, "Explosions/Remote violence"))) {
    r.actor2 = with_country("Civilians", country);
    r.inter2 = 7;
  }
  r.civilian_targeting = text_is(r.event_type, kViolenceAgainstCivilians) || r.inter2 == 7;
  return true;
}

void name_attacker(EventDraft& d, const ActorRef& attacker) {
  set_actor(d.record, &attacker, true);
  d.actor1_default = false;
}

std::string disorder_type_of(const std::string& event_type, const std::string& sub_event_type) {
  if (text_is(event_type, kProtests) ||
      (text_is(event_type, kRiots) && !text_is(sub_event_type, "Mob violence"))) {
    return "Demonstrations";
  }
  if (text_is(event_type, kStrategic)) return kStrategic;
  return "Political violence";
}

}  // namespace sitrep
