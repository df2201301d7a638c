// What the whole article establishes, beyond any one sentence: its main
// country and armed group, who speaks when the outlet reports in its own
// voice, and who claimed its attacks.
#pragma once

#include <string>
#include <vector>

#include "extract/analysis.h"
#include "extract/event_draft.h"
#include "extract/lexicon.h"

namespace sitrep {

// The country most of the article's places are in ("" when none).
std::string main_country(const AnalyzedDocument& doc);

// Whether the article is about political violence or unrest: it names an
// armed group, or uses the words of war (data/triggers cue class
// `conflict`).
bool is_conflict_story(const AnalyzedDocument& doc);

// The named non-state armed group mentioned most, or nullptr.
const ActorRef* main_armed_group(const AnalyzedDocument& doc);

// Who speaks when the outlet reports in its own voice. Reposts name the
// original in parentheses: "Times of Oman (DW)" -> DW, "APA (citing TASS)" ->
// TASS; "X (via allAfrica)" and "X (reposted by Y)" -> X.
std::string outlet_voice(const std::string& outlet);

// "Al-Shabaab claimed responsibility": the group becomes the attacker of
// the article's political-violence events whose attacker was left unnamed.
void credit_claims(const AnalyzedDocument& doc, const Lexicon& lexicon,
                   std::vector<EventDraft>& drafts);

}  // namespace sitrep
