#include "extract/event_extractor.h"

#include <algorithm>
#include <map>

#include "extract/arguments.h"
#include "extract/attribution.h"
#include "extract/event_draft.h"
#include "extract/triggers.h"

namespace sitrep {
namespace {

constexpr const char* kBattles = "Battles";
// The weakest triggers ("killed"): alone they report a toll, not an attack.
constexpr int kBareKillPriority = 6;
constexpr const char* kViolenceAgainstCivilians = "Violence against civilians";
constexpr const char* kProtests = "Protests";
constexpr const char* kRiots = "Riots";
constexpr const char* kStrategic = "Strategic developments";

std::string disorder_type(const std::string& event_type, const std::string& sub) {
  if (event_type == kProtests || (event_type == kRiots && sub != "Mob violence")) {
    return "Demonstrations";
  }
  if (event_type == kStrategic) return kStrategic;
  return "Political violence";
}

// A placeholder actor when the text names none, in ACLED's style.
struct Placeholder {
  std::string name;
  int inter;
};

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
void assign_protest_actors(const SentenceView& s, EventRecord& r, const std::string& country) {
  const ActorRef* protesters = nullptr;
  const ActorRef* force = nullptr;
  for (const ActorRef* a : s.actors()) {
    if (!protesters && (a->role == "protester" || a->inter == 6 || a->inter == 5)) protesters = a;
    if (!force && (a->role == "state_force" || a->inter == 1)) force = a;
  }
  if (protesters) {
    set_actor(r, protesters, true);
  } else {
    r.actor1 = with_country(r.event_type == kRiots ? "Rioters" : "Protesters", country);
    r.inter1 = r.event_type == kRiots ? 5 : 6;
  }
  set_actor(r, force, false);
}

bool is_air_weapon(const std::string& weapon) {
  return weapon == "air strike" || weapon == "drone" || weapon == "helicopter" ||
         weapon == "barrel bomb";
}

// Resolves a typed event's final type and actors; false when the sentence
// does not hold an event after all.
// A crowd acting on its own: civilians or a communal group, angry or
// retaliating, rather than an armed organisation.
bool is_mob(const SentenceView& s, const ActorChoice& actors) {
  const bool crowd = !actors.actor1 || actors.actor1->role == "civilian" ||
                     actors.actor1->inter == 4 || actors.actor1->inter == 7;
  const bool fury = std::any_of(s.words().begin(), s.words().end(), [](const std::string& w) {
    return w == "angry" || w == "mob" || w == "enraged" || w == "irate" ||
           w.rfind("retaliat", 0) == 0 || w.rfind("furious", 0) == 0;
  });
  return crowd && fury;
}

bool mentions_protesters(const SentenceView& s) {
  return std::any_of(s.actors().begin(), s.actors().end(),
                     [](const ActorRef* a) { return a->role == "protester" || a->inter == 6; }) ||
         std::any_of(s.words().begin(), s.words().end(), [](const std::string& w) {
           return w.rfind("protest", 0) == 0 || w.rfind("demonstrat", 0) == 0;
         });
}

// "the strike", "the attack" after an event was reported: the same kind of
// event, told again with its toll.
bool refers_back(const SentenceView& s) {
  static constexpr std::string_view kNouns[] = {"attack", "strike", "raid", "assault",
                                                "blast", "bombing", "incident", "explosion"};
  const auto& w = s.words();
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if ((w[i] == "the" || w[i] == "this" || w[i] == "that" || w[i] == "'s") &&
        std::find(std::begin(kNouns), std::end(kNouns), w[i + 1]) != std::end(kNouns)) {
      return true;
    }
  }
  return false;
}

bool type_and_actors(const SentenceView& s, const TriggerHit& hit, const ActorChoice& actors,
                     const Casualties& casualties, const std::string& country,
                     const EventDraft* previous, EventDraft& d) {
  EventRecord& r = d.record;
  r.event_type = hit.trigger->event_type;
  r.sub_event_type = hit.trigger->sub_event_type;
  r.weapon = hit.trigger->weapon;
  d.priority = hit.trigger->priority;
  const bool generic = r.event_type == kGenericAttack || r.event_type == kGenericAssault;
  if (generic && previous && refers_back(s)) {
    r.event_type = previous->record.event_type;
    r.sub_event_type = previous->record.sub_event_type;
    r.weapon = previous->record.weapon;
  }
  if (r.event_type == kCapture) {
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
  if (r.event_type == kWithdrawal) {
    r.event_type = kBattles;
    const bool state_withdrew = actors.actor1 && actors.actor1->inter == 1;
    r.sub_event_type =
        state_withdrew ? "Non-state actor overtakes territory" : "Government regains territory";
  }
  // Killings in a story about protests, by security forces or unnamed
  // shooters, are force against the protesters.
  if (generic && (!actors.actor1 || actors.actor1->inter == 1) &&
      (mentions_protesters(s) || (previous && previous->record.event_type == kProtests))) {
    r.event_type = kProtests;
    r.sub_event_type = "Excessive force against protesters";
  }

  if (r.event_type == kGenericAttack || r.event_type == kGenericAssault) {
    if (!actors.actor1 && !actors.actor2 && !actors.civilian_target) return false;
    if (!actors.actor1 && !casualties.fatalities && !casualties.injuries) return false;
    // Fighting between armed sides is a battle; an armed attack on people
    // not named as fighters is violence against civilians.
    const bool armed_target =
        actors.actor2 && actors.actor2->role != "civilian" && actors.actor2->inter != 7;
    const bool battle = r.event_type == kGenericAttack ? armed_target : !actors.civilian_target;
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
  if (r.event_type == kBattles && r.sub_event_type == "Armed clash" && mentions_protesters(s)) {
    r.event_type = kProtests;
    r.sub_event_type = "Protest with intervention";
  }
  if (r.event_type == kProtests || r.event_type == kRiots) {
    const bool lethal = s.has_cue(Cue::kLethal) || casualties.fatalities;
    // Demonstrators storming or torching: a violent demonstration.
    if (r.sub_event_type == "Peaceful protest" && s.has_cue(Cue::kRiot)) {
      r.event_type = kRiots;
      r.sub_event_type = "Violent demonstration";
    }
    if (r.event_type == kProtests && lethal) r.sub_event_type = "Excessive force against protesters";
    assign_protest_actors(s, r, country);
    d.actor1_default = r.actor1.empty();
    return true;
  }
  // Angry villagers burning a village are a mob, not looters.
  if (r.sub_event_type == "Looting/property destruction" && is_mob(s, actors)) {
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
  if (r.event_type == kStrategic && r.sub_event_type == "Agreement" &&
      !s.has_cue(Cue::kAgreement)) {
    return false;
  }
  set_actor(r, actors.actor1, true);
  set_actor(r, actors.actor2, false);
  if (actors.assoc_actor1) r.assoc_actor_1 = actors.assoc_actor1->name;
  d.actor1_default = actors.actor1 == nullptr;
  if (!actors.actor1 && r.event_type != kStrategic) {
    const bool air = is_air_weapon(r.weapon);
    r.actor1 = air ? std::string("Unidentified Military Forces")
                   : with_country("Unidentified Armed Group", country);
    r.inter1 = air ? 8 : 3;
  }
  if (!actors.actor2 && actors.civilian_target &&
      (r.event_type == kViolenceAgainstCivilians || r.event_type == "Explosions/Remote violence")) {
    r.actor2 = with_country("Civilians", country);
    r.inter2 = 7;
  }
  r.civilian_targeting = r.event_type == kViolenceAgainstCivilians || r.inter2 == 7;
  return true;
}

// An earlier incident mentioned in passing whose day the text does not fix
// ("in April", "last month"): not coded (GUIDELINES: earlier incidents only
// when the day can be fixed).
bool is_background(const SentenceView& s) {
  return std::any_of(s.dates().begin(), s.dates().end(),
                     [](const DateRef* d) { return d->precision != TimePrecision::kDay; });
}

// Who speaks when the outlet reports in its own voice. Reposts name the
// original in parentheses: "Times of Oman (DW)" -> DW, "APA (citing TASS)"
// -> TASS; "X (via allAfrica)" and "X (reposted by Y)" -> X.
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

// "in two separate attacks", "shelled 32 localities in the regions of
// Aleppo, Latakia, Hama and Idlib": a summary of several incidents.
bool is_summary(const SentenceView& s, const std::vector<const PlaceRef*>& places) {
  return s.has_cue(Cue::kAggregate) || places.size() > 2;
}

// "Six people were killed and 13 wounded." after the sentence that
// reported the attack: the figures belong to that event.
void attach_casualties(const SentenceView& s, EventDraft& draft) {
  const Casualties c = find_casualties(s);
  if (!draft.fatalities && c.fatalities) draft.fatalities = c.fatalities;
  if (!draft.injuries && c.injuries) draft.injuries = c.injuries;
}

// "Al-Shabaab claimed responsibility": the group is the attacker of the
// article's violent events whose attacker the text left unnamed.
void credit_claims(const AnalyzedDocument& doc, const Lexicon& lexicon,
                   std::vector<EventDraft>& drafts) {
  const ActorRef* claimant = nullptr;
  for (size_t i = 0; i < doc.sentences.size() && !claimant; ++i) {
    const SentenceView s(doc, i, lexicon);
    const size_t cue = s.find_cue(Cue::kClaim, 0, s.words().size());
    if (cue == std::string::npos || is_unasserted(s, cue)) continue;
    const uint32_t at = s.info().word_spans[cue].start;
    for (const ActorRef* a : s.actors()) {
      const bool armed = a->role == "armed" || a->inter == 2 || a->inter == 3;
      if (a->span.end <= at && armed && !a->generic) claimant = a;
    }
  }
  if (!claimant) return;
  for (EventDraft& d : drafts) {
    if (!d.actor1_default || d.record.disorder_type != "Political violence") continue;
    d.record.actor1 = claimant->name;
    d.record.inter1 = claimant->inter;
    d.record.spans["actor1"] = claimant->span;
    d.actor1_default = false;
  }
}

// The event a bare toll or "the attack" sentence speaks of: the one at the
// place it names, or, when it names none, the one just reported.
EventDraft* echoed_draft(const SentenceView& s, std::vector<EventDraft>& drafts, size_t index) {
  const PlaceRef* own = nullptr;
  for (const PlaceRef* p : s.places()) {
    if (!p->dateline && place_rank(*p) < 4) {
      own = p;
      break;
    }
  }
  if (!own) {
    return !drafts.empty() && drafts.back().sentence + 2 >= index ? &drafts.back() : nullptr;
  }
  for (auto it = drafts.rbegin(); it != drafts.rend(); ++it) {
    if (it->place_id == own->id) return &*it;
  }
  return nullptr;
}

std::string main_country(const AnalyzedDocument& doc) {
  std::map<std::string, int> counts;
  for (const PlaceRef& p : doc.places) {
    if (!p.country_code.empty()) ++counts[p.country_code];
  }
  std::string best;
  int best_n = 0;
  for (const auto& [cc, n] : counts) {
    if (n > best_n) {
      best_n = n;
      best = cc;
    }
  }
  return best;
}

const ActorRef* main_armed_group(const AnalyzedDocument& doc) {
  std::map<std::string, std::pair<int, const ActorRef*>> counts;
  for (const ActorRef& a : doc.actors) {
    if (!a.known || a.generic || !(a.inter == 2 || a.inter == 3)) continue;
    auto& [n, first] = counts[a.name];
    if (!first) first = &a;
    ++n;
  }
  const ActorRef* best = nullptr;
  int best_n = 0;
  for (const auto& [name, entry] : counts) {
    if (entry.first > best_n) {
      best_n = entry.first;
      best = entry.second;
    }
  }
  return best;
}

void remember(const SentenceView& s, DiscourseMemory& memory) {
  for (const ActorRef* a : s.actors()) {
    if (a->known && !a->generic && (a->role == "armed" || a->inter == 2 || a->inter == 3)) {
      memory.last_armed_group = a;
    }
  }
}

}  // namespace

std::vector<EventRecord> extract_events(const AnalyzedDocument& doc, const Lexicon& lexicon) {
  const Document& document = *doc.doc;
  DiscourseMemory memory;
  // The lede (first two sentences) sets the scene for sentences that name
  // no place or day of their own.
  for (size_t i = 0; i < doc.sentences.size() && i < 2; ++i) {
    for (const PlaceRef* p : mentions_in(doc.places, doc.sentences[i].span)) {
      if (!memory.lede_place && place_rank(*p) < 4 && !p->dateline) memory.lede_place = p;
    }
    for (const DateRef* d : mentions_in(doc.dates, doc.sentences[i].span)) {
      if (!memory.lede_date && d->date && !d->multi_day && !d->dateline &&
          d->precision == TimePrecision::kDay) {
        memory.lede_date = d;
      }
    }
  }

  memory.main_armed_group = main_armed_group(doc);
  memory.main_country = main_country(doc);
  std::vector<Attribution> attributions;
  attributions.reserve(doc.sentences.size());
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    Attribution a = find_attribution(SentenceView(doc, i, lexicon));
    if (!a.person.empty()) {
      if (std::string org = organisation_of(doc, a.person.of(document.text)); !org.empty()) {
        a.reported_by = org;
      }
      a.sources = {a.reported_by};
    }
    // "He said": the speaker named last.
    if (a.pronoun_speaker) {
      for (size_t j = i; j-- > 0;) {
        if (!attributions[j].reported_by.empty() && !attributions[j].pronoun_speaker) {
          a.reported_by = attributions[j].reported_by;
          a.sources = attributions[j].sources;
          break;
        }
      }
    }
    attributions.push_back(std::move(a));
  }

  std::vector<EventDraft> drafts;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const SentenceView s(doc, i, lexicon);
    const auto hit = find_trigger(s, lexicon);
    // "Three soldiers were killed, eight others wounded": a bare toll right
    // after a reported event belongs to it.
    const bool generic_hit = hit && (hit->trigger->event_type == kGenericAttack ||
                                     hit->trigger->event_type == kGenericAssault);
    // "Two were killed in Musaffah", "... after the attack on the consulate":
    // the toll or an echo of an event already reported, not a new one.
    EventDraft* echoed = nullptr;
    if (generic_hit && (hit->trigger->priority <= kBareKillPriority || refers_back(s))) {
      echoed = echoed_draft(s, drafts, i);
    }
    const bool bare_toll = echoed != nullptr;
    if (!hit || bare_toll) {
      if (echoed) {
        attach_casualties(s, *echoed);
      } else if (!drafts.empty() && drafts.back().sentence + 2 >= i) {
        attach_casualties(s, drafts.back());
      }
      remember(s, memory);
      continue;
    }
    const auto places = choose_places(doc, s, memory);
    if (places.empty() || is_background(s) || (is_tally(s) && s.has_cue(Cue::kKill)) ||
        is_summary(s, places)) {
      remember(s, memory);
      continue;
    }
    const Casualties casualties = find_casualties(s);
    const ActorChoice actors = choose_actors(s, *hit, memory);
    const DateRef* date = choose_date(doc, s, memory);

    // The sentence's own source, else one named next to it in its paragraph.
    const Attribution* attribution = &attributions[i];
    if (attribution->reported_by.empty() && i + 1 < doc.sentences.size() &&
        doc.sentences[i + 1].paragraph == s.info().paragraph &&
        !attributions[i + 1].reported_by.empty()) {
      attribution = &attributions[i + 1];
    }
    if (attribution->reported_by.empty() && i > 0 &&
        doc.sentences[i - 1].paragraph == s.info().paragraph) {
      attribution = &attributions[i - 1];
    }

    for (const PlaceRef* place : places) {
      EventDraft d;
      EventRecord& r = d.record;
      r.doc_id = document.id;
      const EventDraft* previous = drafts.empty() ? nullptr : &drafts.back();
      if (!type_and_actors(s, *hit, actors, casualties, place->country, previous, d)) break;
      d.weak = s.info().headline;
      r.disorder_type = disorder_type(r.event_type, r.sub_event_type);
      // The text's own spelling: what a reader of the evidence recognises.
      r.location = std::string(place->span.of(document.text));
      r.country = place->country;
      r.iso = place->country_code;
      r.admin1 = place->admin1;
      r.admin2 = place->admin2;
      r.latitude = place->latitude;
      r.longitude = place->longitude;
      r.geo_precision = place->geo_precision;
      r.spans["location"] = place->span;
      d.place_id = place->id;
      d.place_rank = place_rank(*place);
      if (date && date->date && !date->multi_day) {
        r.event_date = date->date->iso();
        r.time_precision = date->precision;
        r.spans["event_date"] = date->span;
      } else if (!date && doc.anchor) {
        // No day stated: news reports the last day or two, so the report's
        // date stands in, flagged as known to the week (ACLED's practice).
        r.event_date = doc.anchor->iso();
        r.time_precision = TimePrecision::kWeek;
      }
      d.sentence = i;
      d.fatalities = casualties.fatalities;
      d.injuries = casualties.injuries;
      r.source = document.outlet;
      r.hedged = attribution->hedged || attributions[i].hedged;
      if (!attribution->reported_by.empty()) {
        r.reported_by = attribution->reported_by;
        r.sources = attribution->sources;
        r.spans["reported_by"] = attribution->span;
        d.outlet_voice = false;
      } else {
        r.reported_by = outlet_voice(document.outlet);
      }
      r.spans["event_type"] = hit->span;
      r.evidence = s.info().span;
      r.evidence_text = std::string(s.text());
      drafts.push_back(std::move(d));
    }
    remember(s, memory);
  }

  credit_claims(doc, lexicon, drafts);
  std::vector<EventRecord> out;
  for (EventDraft& d : merge_drafts(std::move(drafts))) {
    finalize(d, document.text);
    out.push_back(std::move(d.record));
  }
  return out;
}

}  // namespace sitrep
