// Step 2b of extraction: the event's final ACLED type and its actors, from
// the trigger, the sentence and the arguments found. Generic triggers
// ("attacked", "killed") are typed by their target; protests follow ACLED's
// actor order; mobs, withdrawals and captures are told apart here.
#pragma once

#include <string>

#include "extract/arguments.h"
#include "extract/casualties.h"
#include "extract/event_draft.h"
#include "extract/triggers.h"

namespace sitrep {

// Fills d.record's type, sub-type, weapon and actors; false when the
// sentence holds no event after all (a capture of people, an agreement
// nobody agreed to). `previous` is the last event of the document, if any.
bool type_and_actors(const SentenceView& s, const TriggerHit& hit, const ActorChoice& actors,
                     const Casualties& casualties, const std::string& country,
                     const EventDraft* previous, const DiscourseMemory& memory, EventDraft& d);

// Names the attacker of a draft whose attacker was a placeholder (a later
// echo, a claim of responsibility or blame): actor1, its inter code and
// span.
void name_attacker(EventDraft& d, const ActorRef& attacker);

// "the strike", "the attack", "Monday's strike": the sentence speaks of an
// event already reported.
bool refers_back(const SentenceView& s);
// The word index of that noun ("strike"), or npos.
size_t back_reference(const SentenceView& s);

// ACLED's disorder type for an event type and sub-type.
std::string disorder_type_of(const std::string& event_type, const std::string& sub_event_type);

}  // namespace sitrep
