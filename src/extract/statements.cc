#include "extract/statements.h"

#include <algorithm>
#include <array>
#include <string>

#include "extract/attribution.h"
#include "extract/sentence_view.h"

namespace sitrep {
namespace {

struct SpeechAct {
  Cue cue;
  const char* verb_class;
};

constexpr std::array<SpeechAct, 5> kActs = {{{Cue::kAccuse, "accuse"},
                                             {Cue::kDemand, "demand"},
                                             {Cue::kAppeal, "appeal"},
                                             {Cue::kDeny, "deny"},
                                             {Cue::kThreaten, "threaten"}}};

// "Lavrov", "Foreign Minister Sergey Lavrov": the capitalised words right
// before the verb when no known actor stands there.
Span name_before(const SentenceView& s, size_t verb) {
  const auto& spans = s.info().word_spans;
  size_t first = verb;
  while (first > 0 && verb - first < 4 && s.capitalised(first - 1)) --first;
  if (first == verb) return {};
  return {spans[first].start, spans[verb - 1].end};
}

// Text between the first pair of quotation marks, else the rest of the
// sentence after the verb phrase.
Span quote_of(const SentenceView& s, size_t verb_end) {
  const std::string_view text = s.doc_text();
  const Span sentence = s.info().span;
  const std::string_view body = sentence.of(text);
  for (std::string_view open : {"\xE2\x80\x9C", "\""}) {
    const size_t a = body.find(open);
    if (a == std::string_view::npos) continue;
    const std::string_view close = open == "\"" ? "\"" : "\xE2\x80\x9D";
    const size_t b = body.find(close, a + open.size());
    // A word in scare quotes ("moderate") is not what was said.
    if (b == std::string_view::npos || b - a < 20) continue;
    return {static_cast<uint32_t>(sentence.start + a + open.size()),
            static_cast<uint32_t>(sentence.start + b)};
  }
  if (verb_end >= s.info().word_spans.size()) return {};
  return {s.info().word_spans[verb_end].start, sentence.end};
}

}  // namespace

std::vector<StatementRecord> extract_statements(const AnalyzedDocument& doc,
                                                const Lexicon& lexicon) {
  std::vector<StatementRecord> out;
  const std::string_view text = doc.doc->text;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const PhraseMarks& marks = doc.sentences[i].phrases;
    if (std::none_of(kActs.begin(), kActs.end(),
                     [&](const SpeechAct& act) { return marks.has(act.cue); })) {
      continue;  // no speech act: no view of the sentence is needed
    }
    const SentenceView s(doc, i, lexicon);
    for (const SpeechAct& act : kActs) {
      const size_t verb = s.find_cue(act.cue, 0, s.words().size());
      if (verb == std::string::npos) continue;
      StatementRecord r;
      r.doc_id = doc.doc->id;
      r.verb_class = act.verb_class;
      const uint32_t verb_start = s.info().word_spans[verb].start;
      const ActorRef* speaker = nullptr;
      const ActorRef* addressee = nullptr;
      for (const ActorRef* a : s.actors()) {
        // Speakers are parties and institutions, not victims or class words.
        const bool can_speak = !a->generic && !a->role_is("civilian");
        if (a->span.end <= verb_start && can_speak) speaker = a;
        if (a->span.start > verb_start && !addressee) addressee = a;
      }
      // "..., this will make them accomplices of terrorists, Lavrov said":
      // a source named after the speech act, with its verb, is who speaks.
      const Attribution said_by = find_attribution(s);
      const bool said_after = !said_by.span.empty() && said_by.span.start > verb_start;
      if (said_after && !said_by.reported_by.empty() && !said_by.pronoun_speaker) {
        r.speaker = said_by.reported_by;
        r.spans["speaker"] = said_by.span;
        if (addressee && said_by.span.contains(addressee->span)) addressee = nullptr;
      } else if (speaker) {
        r.speaker = speaker->name;
        r.spans["speaker"] = speaker->span;
      } else if (Span name = name_before(s, verb); !name.empty()) {
        r.speaker = std::string(name.of(text));
        r.spans["speaker"] = name;
      }
      if (r.speaker.empty()) continue;  // nobody to attribute it to
      if (addressee) {
        r.addressee = addressee->name;
        r.spans["addressee"] = addressee->span;
      }
      if (!s.places().empty()) r.country = s.places().front()->country;
      if (doc.anchor) r.date = doc.anchor->iso();
      r.quote = quote_of(s, verb + 1);
      r.quote_text = std::string(r.quote.of(text));
      r.evidence = s.info().span;
      r.evidence_text = std::string(s.text());
      r.statement_id = r.doc_id + "-s" + std::to_string(i) + "-" + act.verb_class;
      out.push_back(std::move(r));
      break;  // one statement per sentence: its strongest speech act
    }
  }
  return out;
}

}  // namespace sitrep
