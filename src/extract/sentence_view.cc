#include "extract/sentence_view.h"

#include <algorithm>

namespace sitrep {

SentenceView::SentenceView(const AnalyzedDocument& doc, size_t index, const Lexicon& lexicon)
    : doc_(&doc), sentence_(&doc.sentences[index]), index_(index), lexicon_(&lexicon) {
  actors_ = mentions_in(doc.actors, sentence_->span);
  places_ = mentions_in(doc.places, sentence_->span);
  quantities_ = mentions_in(doc.quantities, sentence_->span);
  dates_ = mentions_in(doc.dates, sentence_->span);
}

std::string_view SentenceView::text() const { return sentence_->span.of(doc_->doc->text); }

size_t SentenceView::word_from(uint32_t offset) const {
  const auto& spans = sentence_->word_spans;
  auto it = std::lower_bound(spans.begin(), spans.end(), offset,
                             [](Span s, uint32_t off) { return s.start < off; });
  return static_cast<size_t>(it - spans.begin());
}

size_t SentenceView::word_before(uint32_t offset) const {
  const auto& spans = sentence_->word_spans;
  size_t i = word_from(offset);
  while (i > 0 && spans[i - 1].end > offset) --i;
  return i == 0 ? std::string::npos : i - 1;
}

size_t SentenceView::find_cue(Cue cue, size_t from, size_t to) const {
  if (!sentence_->phrases.has(cue)) return std::string::npos;
  const uint32_t bit = uint32_t{1} << static_cast<uint32_t>(cue);
  const auto& starts = sentence_->phrases.cue_starts;
  to = std::min(to, starts.size());
  for (size_t i = from; i < to; ++i) {
    if (starts[i] & bit) return i;
  }
  return std::string::npos;
}

bool SentenceView::cue_in(Cue cue, size_t from, size_t to) const {
  return find_cue(cue, from, to) != std::string::npos;
}

size_t SentenceView::cue_end(Cue cue, size_t at) const {
  size_t end = at;
  return lexicon_->cues(cue).matches_at(sentence_->words, at, &end) ? end : at;
}

bool SentenceView::has_word(std::string_view w) const {
  return std::find(words().begin(), words().end(), w) != words().end();
}

}  // namespace sitrep
