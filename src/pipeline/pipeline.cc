#include "pipeline/pipeline.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <optional>
#include <span>
#include <string_view>
#include <utility>

#include "core/string_arena.h"
#include "extract/event_extractor.h"
#include "extract/lexicon.h"
#include "extract/statements.h"
#include "pipeline/article_layout.h"
#include "pipeline/mention_refs.h"
#include "pipeline/visible_places.h"
#include "pipeline/word_lookup.h"
#include "recognize/actors/actor_matcher.h"
#include "recognize/actors/knowledge_base.h"
#include "recognize/places/geoparser.h"
#include "recognize/places/load_gazetteer.h"
#include "resolve/country_table.h"
#include "text/dates.h"
#include "text/lower_tokens.h"
#include "text/normalize.h"
#include "text/numbers.h"
#include "text/sentences.h"
#include "text/token_starts.h"
#include "text/tokens.h"

namespace sitrep {

struct Pipeline::Knowledge {
  std::optional<actors::ActorKnowledgeBase> kb;
  std::unique_ptr<actors::ActorMatcher> matcher;
  std::optional<places::Gazetteer> gazetteer;
  std::optional<places::PlaceWordLists> place_words;  // the geoparser reads them
  std::unique_ptr<places::Geoparser> geoparser;
  std::optional<Lexicon> lexicon;
  std::optional<WordLookup> word_lookup;  // the lexicon's and TokenStarts' words
  std::optional<CountryTable> countries;
};

Pipeline::Pipeline(std::unique_ptr<Knowledge> knowledge) : knowledge_(std::move(knowledge)) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::load(const PipelineOptions& options,
                                                 std::vector<std::string>* warnings) {
  auto k = std::make_unique<Knowledge>();
  std::vector<std::string> actor_paths = {options.data_dir + "/actors"};
  actor_paths.insert(actor_paths.end(), options.extra_actors.begin(), options.extra_actors.end());
  auto kb = actors::ActorKnowledgeBase::load(actor_paths);
  if (!kb) return kb.error();
  k->kb.emplace(std::move(kb).value());
  k->matcher = std::make_unique<actors::ActorMatcher>(*k->kb);

  auto gaz = places::load_gazetteer(options.gazetteer, options.data_dir, options.extra_places,
                                    options.extra_place_words);
  if (!gaz) return gaz.error();
  if (!gaz->warning.empty() && warnings) warnings->push_back(gaz->warning);
  k->gazetteer.emplace(std::move(gaz.value().gazetteer));
  k->place_words.emplace(std::move(gaz.value().place_words));
  places::GeoparserOptions geo_options;
  geo_options.include_demonyms = false;
  k->geoparser = std::make_unique<places::Geoparser>(*k->gazetteer, *k->place_words, geo_options);

  std::vector<std::string> trigger_paths = {options.data_dir + "/triggers"};
  trigger_paths.insert(trigger_paths.end(), options.extra_triggers.begin(),
                       options.extra_triggers.end());
  auto lexicon = Lexicon::load(trigger_paths);
  if (!lexicon) return lexicon.error();
  k->lexicon.emplace(std::move(lexicon).value());
  k->word_lookup.emplace(*k->lexicon);

  auto countries = CountryTable::load(options.data_dir + "/countries.tsv");
  if (!countries) return countries.error();
  k->countries.emplace(std::move(countries).value());
  return std::unique_ptr<Pipeline>(new Pipeline(std::move(k)));
}

namespace {

// The lower-cased words of a sentence for the lexicons, and their spans,
// in one pass over its tokens; typographic quotes and apostrophes become
// ASCII so "’s" and "'s" read alike. An ASCII token's word is its
// lowercased form, a view into `lowered` (the document's text lowercased,
// kept in `store`); only tokens with other bytes (the tokenizer marks them)
// need fold_key_into(), and their folded form is kept in `store`.
// The words go on the end of the document's `words` and `word_spans`
// (SentenceInfo views its part once every sentence is in).
void fill_words(std::string_view text, const char* lowered, const std::vector<Token>& tokens,
                StringArena& store, std::vector<std::string_view>& words,
                std::vector<Span>& word_spans) {
  const size_t count = tokens.size();
  const size_t first = words.size();
  words.resize(first + count);
  word_spans.resize(first + count);
  // Read through locals: the stores below would otherwise make the
  // compiler reload the vectors' bounds for every token.
  std::string_view* word = words.data() + first;
  Span* word_span = word_spans.data() + first;
  const Token* token = tokens.data();
  thread_local std::string folded;
  for (size_t i = 0; i < count; ++i) {
    const Span span = token[i].span;
    word_span[i] = span;
    if (!token[i].non_ascii) {
      word[i] = std::string_view(lowered + span.start, span.size());
    } else {
      fold_key_into(span.of(text), folded);
      word[i] = store.copy(folded);
    }
  }
}

bool starts_with_since(std::string_view text, Span span) {
  const auto words = span.of(text).substr(0, 5);
  return words == "since" || words == "Since";
}

bool after_locative(std::string_view text, Span span) {
  size_t end = span.start;
  while (end > 0 && text[end - 1] == ' ') --end;
  size_t start = end;
  while (start > 0 && std::isalpha(static_cast<unsigned char>(text[start - 1]))) --start;
  static constexpr std::string_view kLocatives[] = {"in",   "near",    "of",     "at",   "to",
                                                    "from", "outside", "around", "into", "on"};
  std::string word(text.substr(start, end - start));
  for (char& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return std::find(std::begin(kLocatives), std::end(kLocatives), word) != std::end(kLocatives);
}

// A name inside a group's name ("al-Sham" in "Ahrar al-Sham", "Levant" in
// "Levant Front") is not a place; nor is a capital or country that acts or
// speaks ("Moscow reports", "Damascus demanded") rather than being where
// something happened ("in Damascus").
//
// Asked of each place mention before its PlaceRef is built, so a hidden one
// is never built, nor erased later (which moved every PlaceRef after it).
// Only the actors overlapping a place are looked at (actors by start, with a
// running maximum of their ends), so a document with thousands of both does
// not compare every pair.
class PlacesInsideActors {
 public:
  PlacesInsideActors(std::string_view text, const std::vector<actors::ActorMention>& actors)
      : text_(text) {
    by_start_.reserve(actors.size());
    for (const auto& a : actors) by_start_.push_back(&a);
    // The matcher gives its mentions in text order; stable_sort would still
    // allocate a buffer and merge, so it runs only when they are not.
    auto starts_before = [](const auto* a, const auto* b) { return a->span.start < b->span.start; };
    if (!std::is_sorted(by_start_.begin(), by_start_.end(), starts_before)) {
      std::stable_sort(by_start_.begin(), by_start_.end(), starts_before);
    }
    // max_end_[i]: the furthest end among by_start_[0..i].
    max_end_.resize(by_start_.size());
    for (size_t i = 0; i < by_start_.size(); ++i) {
      max_end_[i] = std::max(i ? max_end_[i - 1] : 0u, by_start_[i]->span.end);
    }
  }

  // Whether an actor mention hides the place mentioned at `place`.
  [[nodiscard]] bool hide(Span place) const {
    // Actors starting before the place ends, nearest first, until none of
    // the earlier ones reaches into the place.
    size_t i = static_cast<size_t>(
        std::lower_bound(by_start_.begin(), by_start_.end(), place.end,
                         [](const auto* a, uint32_t end) { return a->span.start < end; }) -
        by_start_.begin());
    while (i-- > 0 && max_end_[i] > place.start) {
      if (hides(*by_start_[i], place)) return true;
    }
    return false;
  }

 private:
  [[nodiscard]] bool hides(const actors::ActorMention& a, Span place) const {
    if (!a.span.overlaps(place)) return false;
    if (a.kind == actors::MentionKind::kCountry) return !after_locative(text_, place);
    return !a.generic && a.span.size() > place.size();
  }

  std::string_view text_;
  std::vector<const actors::ActorMention*> by_start_;
  std::vector<uint32_t> max_end_;
};

constexpr uint32_t kMaxParagraphSentences = 200;

}  // namespace

AnalyzedDocument Pipeline::analyze(const Document& doc) const { return analyze(doc, false); }

AnalyzedDocument Pipeline::analyze(const Document& doc, bool only_if_reported) const {
  AnalyzedDocument out;
  out.doc = &doc;
  const std::string_view text = doc.text;
  const std::optional<CivilDate> anchor = doc.published ? doc.published : find_dateline(text);

  out.anchor = anchor;
  // The whole text lowercased once: every sentence's LowerTokens and ASCII
  // words view it. Folded non-ASCII words go after it in the same arena.
  out.word_text = StringArena(text.size() + 256);
  char* const lowered = out.word_text.allocate(text.size() + kLowerPadding);
  lower_ascii_copy(text, lowered);
  uint32_t paragraph = 0;
  // Per-sentence scratch, reused across the document's sentences; room for
  // a long sentence up front rather than growing through every doubling.
  std::vector<Token> tokens;
  tokens.reserve(256);
  TokenStarts starts;
  std::vector<uint32_t> phrase_ids;
  std::vector<StartFlags> whole_word_starts;
  std::vector<Quantity> quantities;
  std::vector<DateMention> dates;
  const std::vector<Span> spans = split_sentences(text);
  out.sentences.reserve(spans.size());
  // Where each sentence's words begin in out.words, for the views set
  // once all are in (the arrays may move as they grow). About one token
  // in five bytes of prose: reserved so they rarely grow at all.
  std::vector<size_t> first_word;
  first_word.reserve(spans.size() + 1);
  out.words.reserve(text.size() / 5 + 16);
  out.word_spans.reserve(text.size() / 5 + 16);
  out.cue_starts.reserve(text.size() / 5 + 16);
  auto breaks_paragraph = [&](uint32_t from, uint32_t to) {
    return text.substr(from, to - from).find('\n') != std::string_view::npos;
  };
  uint32_t paragraph_sentences = 0;
  // Whether a line break (or the text's start or end) comes before and after
  // the sentence; each gap between sentences is searched once, the break
  // after one sentence being the break before the next.
  bool break_before = true;
  for (size_t si = 0; si < spans.size(); ++si) {
    const Span s = spans[si];
    const bool break_after = si + 1 == spans.size() || breaks_paragraph(s.end, spans[si + 1].start);
    // The extraction rules look back over "the paragraph" for a place, a date
    // or a source. A text with no line breaks would make that look-back as
    // long as the document, for every event; past kMaxParagraphSentences
    // (far more than prose ever puts in one paragraph) a new one is counted.
    if (si > 0 && (break_before || paragraph_sentences == kMaxParagraphSentences)) {
      ++paragraph;
      paragraph_sentences = 0;
    }
    ++paragraph_sentences;
    const bool alone = break_before && break_after;
    break_before = break_after;
    // Filled in place: a moved-in SentenceInfo would cost a move and a
    // destruction of each of its vectors.
    SentenceInfo& info = out.sentences.emplace_back();
    info.span = s;
    info.paragraph = paragraph;
    tokens.clear();
    tokenize_into(text, s, tokens);
    const LowerTokens lower(lowered, tokens);
    first_word.push_back(out.words.size());
    fill_words(text, lowered, tokens, out.word_text, out.words, out.word_spans);
    const std::span<const std::string_view> words(out.words.data() + first_word.back(),
                                                  tokens.size());
    // One probe per word answers both the lexicon and TokenStarts.
    knowledge_->word_lookup->look_up(words, phrase_ids, whole_word_starts);
    out.cue_starts.resize(out.words.size());  // the new words' marks, all 0
    knowledge_->lexicon->mark(words, phrase_ids.data(),
                              {out.cue_starts.data() + first_word.back(), words.size()},
                              info.phrases);
    starts.assign(tokens, lower, whole_word_starts.data());
    quantities.clear();
    find_quantities(text, tokens, lower, starts, quantities);
    for (const Quantity& q : quantities) {
      if (q.indefinite) continue;  // "several", "a few": no figure
      out.quantities.push_back({q.span, q.value, q.vague, q.is_age});
    }
    dates.clear();
    find_dates(text, tokens, lower, starts, anchor, dates);
    info.headline = is_headline(text, s, alone, dates);
    for (const DateMention& d : dates) {
      // "since Friday morning" dates the event to Friday; other spans of
      // days ("over the last 48 hours") fix no single day.
      const bool multi = d.multi_day && !starts_with_since(text, d.span);
      out.dates.push_back({d.span, d.date, d.precision, multi, in_dateline(text, d.span)});
    }
  }
  first_word.push_back(out.words.size());
  for (size_t si = 0; si < out.sentences.size(); ++si) {
    const size_t count = first_word[si + 1] - first_word[si];
    out.sentences[si].words = {out.words.data() + first_word[si], count};
    out.sentences[si].word_spans = {out.word_spans.data() + first_word[si], count};
    out.sentences[si].phrases.cue_starts = {out.cue_starts.data() + first_word[si], count};
  }
  if (only_if_reported &&
      std::none_of(out.sentences.begin(), out.sentences.end(),
                   [&](const SentenceInfo& info) { return !info.phrases.triggers.empty(); })) {
    return out;
  }

  std::vector<places::PlaceMention> mentions = find_places_as_read(*knowledge_->geoparser, text);
  // The actors are found with every place's country as context, and then
  // decide which places stand (PlacesInsideActors).
  actors::MatchContext context;
  context.countries = countries_by_mentions(mentions);
  context.date = anchor;
  auto actor_mentions = knowledge_->matcher->find(text, context);
  const PlacesInsideActors inside_actors(text, actor_mentions);
  out.places.reserve(mentions.size());
  for (places::PlaceMention& m : mentions) {
    if (m.demonym || inside_actors.hide(m.span)) continue;
    const bool dateline = is_dateline(text, m.span) || in_byline(text, m.span);
    append_place_ref(out.places, std::move(m), dateline);
  }
  out.actors.reserve(actor_mentions.size());
  for (const actors::ActorMention& m : actor_mentions) {
    if (m.kind == actors::MentionKind::kCountry) continue;  // "Damascus said": a source, not a side
    append_actor_ref(out.actors, m, out.word_text);
  }
  sort_by_start(out.actors);
  sort_by_start(out.places);
  sort_by_start(out.quantities);
  sort_by_start(out.dates);
  return out;
}

std::vector<EventRecord> Pipeline::extract(const Document& doc) const {
  return extract_all(doc, false).events;
}

Pipeline::Records Pipeline::extract_all(const Document& doc, bool statements) const {
  // Statements need the speakers even where no event is reported.
  const AnalyzedDocument analyzed = analyze(doc, !statements);
  Records out;
  out.events = extract_events(analyzed, *knowledge_->lexicon);
  if (statements) out.statements = extract_statements(analyzed, *knowledge_->lexicon);
  for (EventRecord& e : out.events) {
    // The extractor carries the ISO2 code; ACLED's `iso` is the numeric one.
    if (const CountryInfo* c = knowledge_->countries->find(e.iso)) {
      e.iso = c->numeric;
      e.region = c->region;
      if (e.country.empty()) e.country = c->name;
    }
  }
  return out;
}

}  // namespace sitrep
