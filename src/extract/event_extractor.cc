#include "extract/event_extractor.h"

#include <algorithm>
#include <map>

#include "extract/arguments.h"
#include "extract/attribution.h"
#include "extract/document_context.h"
#include "extract/event_draft.h"
#include "extract/event_typing.h"
#include "extract/sentence_roles.h"
#include "extract/triggers.h"
#include "text/visible.h"

namespace sitrep {
namespace {

// The weakest triggers ("killed"): alone they report a toll, not an attack.
constexpr int kBareKillPriority = 6;

// "Six people were killed and 13 wounded." after the sentence that
// reported the attack: the figures belong to that event.
void attach_casualties(const SentenceView& s, EventDraft& draft) {
  if (draft.fatalities && draft.injuries) return;  // both known: nothing to read here
  const Casualties c = find_casualties(s);
  if (!draft.fatalities && c.fatalities) draft.fatalities = c.fatalities;
  if (!draft.injuries && c.injuries) draft.injuries = c.injuries;
}

// An echo that names the attacker the first report left unnamed.
void attach_attacker(const SentenceView& s, const TriggerHit& hit, const DiscourseMemory& memory,
                     EventDraft& draft) {
  if (!draft.actor1_default) return;
  const ActorChoice actors = choose_actors(s, hit, memory);
  const ActorRef* a = actors.actor1;
  if (!a || a->inter == 7 || a->name == draft.record.actor2) return;
  name_attacker(draft, *a);
}

// The event reported in the last two sentences before sentence `index`,
// which a sentence naming no place of its own goes on about.
EventDraft* just_reported(std::vector<EventDraft>& drafts, size_t index) {
  return !drafts.empty() && drafts.back().sentence + 2 >= index ? &drafts.back() : nullptr;
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
  if (!own) return just_reported(drafts, index);
  for (auto it = drafts.rbegin(); it != drafts.rend(); ++it) {
    if (it->place_id == own->id) return &*it;
  }
  return nullptr;
}

bool mentions_political_target(const SentenceView& s) {
  return std::any_of(s.actors().begin(), s.actors().end(), [](const ActorRef* a) {
    return a->role_is("armed") || a->role_is("protester") || (a->inter >= 2 && a->inter <= 6);
  });
}

void remember(const SentenceView& s, DiscourseMemory& memory) {
  for (const ActorRef* a : s.actors()) {
    if (a->known && !a->generic && (a->role_is("armed") || a->inter == 2 || a->inter == 3)) {
      memory.last_armed_group = a;
    }
    if (a->role_is("state_force")) memory.last_state_force = a;
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
      if (!memory.lede_place && place_rank(*p) < 4 && !p->dateline &&
          !inside_a_name(document.text, *p)) {
        memory.lede_place = p;
      }
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
  // Each sentence with its mentions, gathered once for both passes below.
  SentenceMentions mentions;
  const std::vector<SentenceView> views = SentenceView::all(doc, lexicon, mentions);

  std::vector<Attribution> attributions;
  attributions.reserve(doc.sentences.size());
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    Attribution a = find_attribution(views[i]);
    if (!a.person.empty()) {
      // A person stands for the body the text ties them to; a person with
      // none leaves the report in the outlet's voice.
      a.reported_by = organisation_of(doc, a.person.of(document.text));
      a.sources = a.reported_by.empty() ? std::vector<std::string>{}
                                        : std::vector<std::string>{a.reported_by};
    }
    // "The center said": the source of that kind named earlier.
    if (!a.anaphor_head.empty()) {
      std::string named = antecedent_source(doc, a.anaphor_head, doc.sentences[i].span.start);
      // A nearer source of that kind the text named without the knowledge
      // base ("Niger's interior ministry said") comes first.
      for (size_t j = i; j-- > 0;) {
        if (attributions[j].anaphor_head.empty() &&
            source_has_word(attributions[j].reported_by, a.anaphor_head)) {
          named = attributions[j].reported_by;
          break;
        }
      }
      if (!named.empty()) {
        a.reported_by = named;
        a.sources = {named};
      }
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
  // Usually one draft per sentence with a trigger; a draft is large, so the
  // vector should rarely grow.
  drafts.reserve(static_cast<size_t>(
      std::count_if(doc.sentences.begin(), doc.sentences.end(),
                    [](const SentenceInfo& info) { return !info.phrases.triggers.empty(); })));
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const SentenceView& s = views[i];
    const auto hit = find_trigger(s, lexicon);
    // "Three soldiers were killed, eight others wounded": a bare toll right
    // after a reported event belongs to it.
    const bool generic_hit = hit && (text_is(hit->trigger->event_type, kGenericAttack) ||
                                     text_is(hit->trigger->event_type, kGenericAssault));
    // "Two were killed in Musaffah", "... after the attack on the consulate":
    // the toll or an echo of an event already reported, not a new one.
    // "the attack", "this strike": looked for once, asked twice below.
    const size_t back = generic_hit ? back_reference(s) : std::string::npos;
    const bool refers = back != std::string::npos;
    EventDraft* echoed = nullptr;
    if (generic_hit && (hit->trigger->priority <= kBareKillPriority || refers)) {
      echoed = echoed_draft(s, drafts, i);
    }
    // "The attack comes amid ...": an echo of a reported event even when no
    // draft sits at the place it names.
    const bool echo_only = !drafts.empty() && ((refers && !names_its_place(s, back)) ||
                                               (hit && names_known_event(s, *hit)));
    const bool bare_toll = echoed != nullptr || echo_only;
    if (!hit || bare_toll) {
      if (EventDraft* told = echoed ? echoed : just_reported(drafts, i)) {
        attach_casualties(s, *told);
        // "the missile was fired by Ukrainian forces": who did it.
        if (hit) attach_attacker(s, *hit, memory, *told);
      }
      remember(s, memory);
      continue;
    }
    const auto places = choose_places(doc, s, memory);
    // A tally counts deaths or arrests over weeks ("600 people have been
    // arrested since the coup"); other words in it may still tell an event.
    const bool counted = s.has_cue(Cue::kKill) || text_is(hit->trigger->sub_event_type, "Arrests");
    if (places.empty() || is_background(s) || (is_tally(s) && counted) || is_summary(s, places) ||
        is_caption(s)) {
      remember(s, memory);
      continue;
    }
    const Casualties casualties = find_casualties(s);
    // "Blasts in Jableh and Tartus killed over 100": one toll for several
    // places is no single event's; none gets it rather than each all of it.
    // "No one was hurt" holds for each.
    const bool shared_toll =
        places.size() > 1 && !(casualties.fatalities && casualties.fatalities->value == 0);
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
      // Built where it will stay (a draft is large to move), and taken back
      // when the trigger types no event here.
      EventDraft& d = drafts.emplace_back();
      EventRecord& r = d.record;
      r.doc_id = document.id;
      const EventDraft* previous = drafts.size() > 1 ? &drafts[drafts.size() - 2] : nullptr;
      if (!type_and_actors(s, *hit, actors, casualties, place->country, previous, memory, d)) {
        drafts.pop_back();
        break;
      }
      d.weak = s.info().headline;
      d.political = s.has_cue(Cue::kCrowd) || mentions_political_target(s);
      r.disorder_type = disorder_type_of(r.event_type, r.sub_event_type);
      // The text's own spelling: what a reader of the evidence recognises.
      r.location = std::string(place->span.of(document.text));
      // "Kar\u00ADrada": a soft hyphen or bidi mark is not part of the name.
      if (VisibleText visible; strip_invisible(r.location, visible)) r.location = visible.text;
      r.country = place->country;
      r.iso = place->country_code;
      r.admin1 = place->admin1;
      r.admin2 = place->admin2;
      r.latitude = place->latitude;
      r.longitude = place->longitude;
      r.geo_precision = place->geo_precision;
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
      // Spans set in name order (actor1, actor2, event_date, event_type,
      // location, reported_by) go on the end of the sorted list instead of
      // moving the names after them.
      r.spans["event_type"] = hit->span;
      r.spans["location"] = place->span;
      d.sentence = i;
      if (!shared_toll) {
        d.fatalities = casualties.fatalities;
        d.injuries = casualties.injuries;
      }
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
      r.evidence = s.info().span;
      r.evidence_text = std::string(s.text());
    }
    // The lede's event fixes the story's day: "claimed responsibility on
    // Friday for Thursday's bombing" makes Thursday the day later sentences
    // inherit, not Friday.
    if (i < 2 && date && date->date && !date->multi_day && !drafts.empty() &&
        drafts.back().sentence == i) {
      memory.lede_date = date;
    }
    remember(s, memory);
  }

  credit_claims(doc, lexicon, drafts);
  // Outside a conflict story, "battle", "attack", "blast" and "arrested" are
  // crime, sport, accidents or firefighting; weapons of war (air strikes,
  // car bombs, shelling), protests and riots speak for themselves. Battles
  // need a fighting side; arrests, a political or armed one.
  const bool conflict = is_conflict_story(doc);
  std::erase_if(drafts, [&](const EventDraft& d) {
    const EventRecord& r = d.record;
    const bool generic = text_is(r.event_type, "Battles") || text_is(r.sub_event_type, "Attack") ||
                         text_is(r.sub_event_type, "Arrests") || text_is(r.weapon, "bomb") ||
                         text_is(r.sub_event_type, "Abduction/forced disappearance");
    if (!conflict && generic) return true;
    if (text_is(r.event_type, "Battles")) {
      return d.actor1_default && r.actor2.empty() && !memory.main_armed_group;
    }
    if (text_is(r.sub_event_type, "Arrests")) return !memory.main_armed_group && !d.political;
    return false;
  });
  std::vector<EventDraft> merged = merge_drafts(std::move(drafts));
  std::vector<EventRecord> out;
  out.reserve(merged.size());
  for (EventDraft& d : merged) {
    finalize(d, document.text);
    out.push_back(std::move(d.record));
  }
  return out;
}

}  // namespace sitrep
