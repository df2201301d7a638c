// What the extractor reads: a Document with everything the earlier stages
// found in it, as spans into doc->text. The pipeline (pipeline.h) fills it
// from the text and recognize stages; tests can fill it by hand. The
// Document must outlive the AnalyzedDocument.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/document.h"
#include "core/event.h"
#include "core/span.h"
#include "core/string_arena.h"
#include "extract/lexicon.h"

namespace sitrep {

struct SentenceInfo {
  Span span;
  uint32_t paragraph = 0;           // sentences of one paragraph share it
  // Lower-cased, ASCII-folded where possible; views into the document's
  // AnalyzedDocument::word_text. Both are this sentence's part of the
  // document-wide AnalyzedDocument::words and word_spans.
  std::span<const std::string_view> words;
  std::span<const Span> word_spans;  // same length as words
  // A headline or caption standing as its own paragraph without a final
  // full stop: it restates the story's news rather than adding an event.
  bool headline = false;
  // The trigger and cue phrases in `words`: whoever fills the sentence
  // (the pipeline) runs Lexicon::mark on its words; the extraction rules
  // read triggers and cues only from here.
  PhraseMarks phrases;
};

// A recognised actor. `role` is the knowledge base's: armed, state_force,
// government, ministry, monitor, media, international, civilian, protester,
// generic.
// The strings are views into the actor knowledge base (which outlives every
// document) or, for an unknown group's own words, into the document's
// AnalyzedDocument::word_text: not a copy per mention.
struct ActorRef {
  Span span;
  std::string_view name;  // canonical name to output
  int inter = 0;
  std::string_view role;
  std::string_view country;  // ISO2 of the actor, "" when transnational or unknown
  bool generic = false;  // from a class word ("rebels", "troops")
  bool known = true;     // false: an unknown group recognised by pattern

  [[nodiscard]] bool role_is(std::string_view r) const { return role == r; }
};

struct PlaceRef {
  Span span;
  std::string id;
  std::string name;
  std::string country_code;  // ISO2
  std::string country;
  std::string admin1;
  std::string admin2;
  std::string feature_code;  // GeoNames code: PPL, PPLA, PPLX, ADM1, PCLI, ...
  double latitude = 0;
  double longitude = 0;
  long population = 0;
  int geo_precision = 1;
  // The dateline ("CULIACAN, Mexico —"): where the reporter filed from, not
  // necessarily where the event happened.
  bool dateline = false;
};

struct QuantityRef {
  Span span;
  long value = 0;
  bool vague = false;  // "dozens", "hundreds"
  bool is_age = false;  // "a two-year-old"
};

struct DateRef {
  Span span;
  std::optional<CivilDate> date;
  TimePrecision precision = TimePrecision::kDay;
  bool multi_day = false;
  // In the dateline ("KABUL, Aug. 9 —"): the day of filing, not of the event.
  bool dateline = false;
};

struct AnalyzedDocument {
  const Document* doc = nullptr;
  // The publication date, from metadata or the dateline: what relative dates
  // were resolved against.
  std::optional<CivilDate> anchor;
  std::vector<SentenceInfo> sentences;
  // Every sentence's words, their spans and cue marks, one sentence after
  // another: one array for the document rather than three vectors per
  // sentence (an allocation and a free each). SentenceInfo views its part,
  // so they must not change once the sentences are filled.
  std::vector<std::string_view> words;
  std::vector<Span> word_spans;
  std::vector<uint32_t> cue_starts;  // SentenceInfo::phrases.cue_starts view them
  // The bytes of every sentence's words (SentenceInfo::words views them),
  // and of the names ActorRef views that are not the knowledge base's.
  StringArena word_text;
  // Each list is sorted by span start.
  std::vector<ActorRef> actors;
  std::vector<PlaceRef> places;
  std::vector<QuantityRef> quantities;
  std::vector<DateRef> dates;
};

}  // namespace sitrep
