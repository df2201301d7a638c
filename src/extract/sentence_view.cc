#include "extract/sentence_view.h"

#include <algorithm>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sitrep {

SentenceView::SentenceView(const AnalyzedDocument& doc, size_t index, const Lexicon& lexicon)
    : doc_(&doc),
      sentence_(&doc.sentences[index]),
      index_(index),
      lexicon_(&lexicon),
      own_(std::make_unique<SentenceMentions>()) {
  own_->actors = mentions_in(doc.actors, sentence_->span);
  own_->places = mentions_in(doc.places, sentence_->span);
  own_->quantities = mentions_in(doc.quantities, sentence_->span);
  own_->dates = mentions_in(doc.dates, sentence_->span);
  actors_ = own_->actors;
  places_ = own_->places;
  quantities_ = own_->quantities;
  dates_ = own_->dates;
}

SentenceView::SentenceView(PooledKey, const AnalyzedDocument& doc, size_t index,
                           const Lexicon& lexicon, std::span<const ActorRef* const> actors,
                           std::span<const PlaceRef* const> places,
                           std::span<const QuantityRef* const> quantities,
                           std::span<const DateRef* const> dates)
    : doc_(&doc),
      sentence_(&doc.sentences[index]),
      index_(index),
      lexicon_(&lexicon),
      actors_(actors),
      places_(places),
      quantities_(quantities),
      dates_(dates) {}

namespace {

// Appends to `out` the items inside each sentence, as mentions_in finds
// them, and sets starts[i] .. starts[i + 1] to sentence i's part of it.
// Sentences come in text order, so the first candidate of one is found by
// going on from the last one's rather than by a search.
template <class T>
void gather(const std::vector<T>& items, const std::vector<SentenceInfo>& sentences,
            std::vector<const T*>& out, std::vector<size_t>& starts) {
  out.reserve(items.size());
  starts.assign(sentences.size() + 1, 0);
  size_t first = 0;
  uint32_t previous_start = 0;
  for (size_t i = 0; i < sentences.size(); ++i) {
    const Span span = sentences[i].span;
    if (span.start < previous_start) first = 0;  // out of order: start over
    previous_start = span.start;
    while (first < items.size() && items[first].span.start < span.start) ++first;
    starts[i] = out.size();
    for (size_t k = first; k < items.size() && items[k].span.start < span.end; ++k) {
      if (items[k].span.end <= span.end) out.push_back(&items[k]);
    }
  }
  starts[sentences.size()] = out.size();
}

template <class T>
std::span<const T* const> part(const std::vector<const T*>& all, const std::vector<size_t>& starts,
                               size_t i) {
  return {all.data() + starts[i], starts[i + 1] - starts[i]};
}

}  // namespace

std::vector<SentenceView> SentenceView::all(const AnalyzedDocument& doc, const Lexicon& lexicon,
                                            SentenceMentions& mentions) {
  std::vector<size_t> actor_starts;
  std::vector<size_t> place_starts;
  std::vector<size_t> quantity_starts;
  std::vector<size_t> date_starts;
  gather(doc.actors, doc.sentences, mentions.actors, actor_starts);
  gather(doc.places, doc.sentences, mentions.places, place_starts);
  gather(doc.quantities, doc.sentences, mentions.quantities, quantity_starts);
  gather(doc.dates, doc.sentences, mentions.dates, date_starts);
  std::vector<SentenceView> views;
  views.reserve(doc.sentences.size());
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    views.emplace_back(PooledKey{}, doc, i, lexicon, part(mentions.actors, actor_starts, i),
                       part(mentions.places, place_starts, i),
                       part(mentions.quantities, quantity_starts, i),
                       part(mentions.dates, date_starts, i));
  }
  return views;
}

std::string_view SentenceView::text() const { return sentence_->span.of(doc_->doc->text); }

size_t SentenceView::word_from(uint32_t offset) const {
  // std::lower_bound's answer, by a search whose steps do not depend on the
  // comparisons (a conditional add, not a branch): the offsets asked for
  // are all over the sentence, so a branch per step is a coin toss for the
  // predictor. The answer stays within [base, base + len].
  const auto& spans = sentence_->word_spans;
  if (spans.empty()) return 0;
  const Span* base = spans.data();
  size_t len = spans.size();
  while (len > 1) {
    const size_t half = len / 2;
    const size_t before = base[half - 1].start < offset;  // 0 or 1
    base += half & (0 - before);                          // half or 0, as a mask
    len -= half;
  }
  return static_cast<size_t>(base - spans.data()) + (base->start < offset ? 1 : 0);
}

size_t SentenceView::word_before(uint32_t offset) const {
  const auto& spans = sentence_->word_spans;
  size_t i = word_from(offset);
  while (i > 0 && spans[i - 1].end > offset) --i;
  return i == 0 ? std::string::npos : i - 1;
}

size_t SentenceView::scan_for_cues(uint32_t mask, size_t from, size_t to) const {
  const auto& starts = sentence_->phrases.cue_starts;
  to = std::min(to, starts.size());
  size_t i = from;
#if defined(__SSE2__)
  // Four words a step: the rules mostly ask over a whole clause or
  // sentence, and a cue is rarely found in the first few words.
  const __m128i wanted = _mm_set1_epi32(static_cast<int>(mask));
  const __m128i zero = _mm_setzero_si128();
  for (; i + 4 <= to; i += 4) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(starts.data() + i));
    const __m128i none = _mm_cmpeq_epi32(_mm_and_si128(x, wanted), zero);
    const unsigned hits = ~static_cast<unsigned>(_mm_movemask_ps(_mm_castsi128_ps(none))) & 0xFu;
    if (hits != 0) return i + static_cast<size_t>(__builtin_ctz(hits));
  }
#endif
  for (; i < to; ++i) {
    if (starts[i] & mask) return i;
  }
  return std::string::npos;
}

size_t SentenceView::cue_end(Cue cue, size_t at) const {
  size_t end = at;
  return lexicon_->cues(cue).matches_at(sentence_->words, at, &end) ? end : at;
}

bool SentenceView::has_word(std::string_view w) const {
  return std::find(words().begin(), words().end(), w) != words().end();
}

}  // namespace sitrep
