// One sentence of an AnalyzedDocument with the mentions inside it, and the
// word-window questions the extraction rules ask ("is there a negation in
// the three words before the trigger?").
#pragma once

#include <algorithm>
#include <initializer_list>
#include <memory>
#include <span>
#include <string_view>
#include <vector>

#include "extract/analysis.h"
#include "extract/lexicon.h"
#include "extract/sentence_words.h"

namespace sitrep {

// Items (sorted by span start) whose span lies inside `span`.
template <class T>
std::vector<const T*> mentions_in(const std::vector<T>& items, Span span) {
  std::vector<const T*> out;
  const auto first =
      std::lower_bound(items.begin(), items.end(), span.start,
                       [](const T& item, uint32_t start) { return item.span.start < start; });
  auto last = first;
  while (last != items.end() && last->span.start < span.end) ++last;
  if (first == last) return out;
  out.reserve(static_cast<size_t>(last - first));  // one allocation, not one per doubling
  for (auto it = first; it != last; ++it) {
    if (it->span.end <= span.end) out.push_back(&*it);
  }
  return out;
}

// The mention lists of every sentence of a document, one array per kind:
// what SentenceView::all's views point into.
struct SentenceMentions {
  std::vector<const ActorRef*> actors;
  std::vector<const PlaceRef*> places;
  std::vector<const QuantityRef*> quantities;
  std::vector<const DateRef*> dates;
};

class SentenceView {
 public:
  // One sentence, gathering its mentions itself.
  SentenceView(const AnalyzedDocument& doc, size_t index, const Lexicon& lexicon);
  // A view of every sentence of `doc`, in order, their mentions found in one
  // sweep over each list (both sentences and mentions are in text order)
  // rather than a search and a vector per sentence and kind. The views'
  // mention lists point into `mentions`, which must outlive them.
  static std::vector<SentenceView> all(const AnalyzedDocument& doc, const Lexicon& lexicon,
                                       SentenceMentions& mentions);

  // What all() builds its views with, in place; only it can make the key.
  class PooledKey {
    friend class SentenceView;
    PooledKey() = default;
  };
  SentenceView(PooledKey, const AnalyzedDocument& doc, size_t index, const Lexicon& lexicon,
               std::span<const ActorRef* const> actors, std::span<const PlaceRef* const> places,
               std::span<const QuantityRef* const> quantities,
               std::span<const DateRef* const> dates);

  SentenceView(SentenceView&&) noexcept = default;
  SentenceView& operator=(SentenceView&&) noexcept = default;
  // A copy's lists would point into the original's storage.
  SentenceView(const SentenceView&) = delete;
  SentenceView& operator=(const SentenceView&) = delete;

  [[nodiscard]] const SentenceInfo& info() const { return *sentence_; }
  [[nodiscard]] size_t index() const { return index_; }
  [[nodiscard]] SentenceWords words() const { return SentenceWords(sentence_->words); }
  [[nodiscard]] std::string_view text() const;
  // The whole document's text, which every span indexes.
  [[nodiscard]] std::string_view doc_text() const { return doc_->doc->text; }

  // Mentions whose span lies inside the sentence, in text order.
  [[nodiscard]] std::span<const ActorRef* const> actors() const { return actors_; }
  [[nodiscard]] std::span<const PlaceRef* const> places() const { return places_; }
  [[nodiscard]] std::span<const QuantityRef* const> quantities() const { return quantities_; }
  [[nodiscard]] std::span<const DateRef* const> dates() const { return dates_; }

  // Index of the first word starting at or after byte `offset` (words().size()
  // when none), and of the last word ending at or before it.
  [[nodiscard]] size_t word_from(uint32_t offset) const;
  [[nodiscard]] size_t word_before(uint32_t offset) const;

  // Whether a cue phrase starts within [from, to) word indices.
  [[nodiscard]] bool cue_in(Cue cue, size_t from, size_t to) const {
    return find_cue(cue, from, to) != std::string_view::npos;
  }
  // Start word of the first cue phrase in [from, to), or npos. The rules ask
  // this ~25 times a sentence, mostly of cues the sentence has none of:
  // that answer is given here, inline, and only the rest scan the words.
  [[nodiscard]] size_t find_cue(Cue cue, size_t from, size_t to) const {
    if (!sentence_->phrases.has(cue)) return std::string_view::npos;
    return scan_for_cues(bit_of(cue), from, to);
  }
  // Whether a phrase of any of `cues` starts within [from, to): one scan
  // for several cues that each settle the same question.
  [[nodiscard]] bool any_cue_in(std::initializer_list<Cue> cues, size_t from, size_t to) const {
    uint32_t mask = 0;
    for (const Cue cue : cues) mask |= bit_of(cue);
    if ((sentence_->phrases.cues_anywhere & mask) == 0) return false;
    return scan_for_cues(mask, from, to) != std::string_view::npos;
  }
  [[nodiscard]] bool has_cue(Cue cue) const { return sentence_->phrases.has(cue); }
  // One past the last word of the cue phrase starting at `at`, or `at` when
  // none starts there.
  [[nodiscard]] size_t cue_end(Cue cue, size_t at) const;
  [[nodiscard]] bool has_word(std::string_view w) const;
  // Whether word `word` starts with a capital letter in the text (words()
  // are lower-cased): names of people and organisations.
  [[nodiscard]] bool capitalised(size_t word) const {
    const char c = doc_text()[sentence_->word_spans[word].start];
    return c >= 'A' && c <= 'Z';
  }
  // Whether word `word` falls inside one of `mentions` (dates(), places()):
  // "May" in the date "On May 9" is no modal verb, "Aleppo" no person.
  template <class T>
  [[nodiscard]] bool word_in(std::span<const T* const> mentions, size_t word) const {
    const Span w = sentence_->word_spans[word];
    return std::any_of(mentions.begin(), mentions.end(),
                       [&](const T* m) { return m->span.overlaps(w); });
  }

 private:
  static uint32_t bit_of(Cue cue) { return uint32_t{1} << static_cast<uint32_t>(cue); }
  // First word in [from, to) where a phrase of a cue in `mask` starts, or npos.
  [[nodiscard]] size_t scan_for_cues(uint32_t mask, size_t from, size_t to) const;

  const AnalyzedDocument* doc_;
  const SentenceInfo* sentence_;
  size_t index_;
  const Lexicon* lexicon_;
  // The lists, when this view gathered them itself; null for all()'s views,
  // which then stay small and cheap to destroy.
  std::unique_ptr<SentenceMentions> own_;
  std::span<const ActorRef* const> actors_;
  std::span<const PlaceRef* const> places_;
  std::span<const QuantityRef* const> quantities_;
  std::span<const DateRef* const> dates_;
};

}  // namespace sitrep
