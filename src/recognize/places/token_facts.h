// Internal to the toponym finder: what the word lists (place_words.h) say
// about each word of an article, each list asked at most once per word.
// Several of the finder's rules (person names, name windows, frames, the
// cues around a mention) ask the same lists about the same word.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#include "recognize/places/place_tokens.h"
#include "recognize/places/place_words.h"

namespace sitrep::places {

class TokenFacts {
 public:
  // `text`, `tokens` (tokenize_words(text)) and `words` must outlive this.
  TokenFacts(std::string_view text, const std::vector<Token>& tokens, const PlaceWordLists& words)
      : text_(text),
        tokens_(tokens),
        words_(words),
        facts_(std::make_unique_for_overwrite<Facts[]>(tokens.size())) {
    std::memset(facts_.get(), 0, tokens.size() * sizeof(Facts));
  }

  // The lists asked: the finder's other rules ask them directly.
  [[nodiscard]] const PlaceWordLists& words() const { return words_; }

  // The place_words.h answer about word k.
  bool function_word(size_t k) { return ask_classes(k, kFunctionWord); }
  bool stopword(size_t k) { return ask_classes(k, kStopword); }
  bool title(size_t k) { return ask_title_and_unit(k, kTitle); }
  bool org_word(size_t k) { return ask_classes(k, kOrgWord); }
  bool place_prefix(size_t k) { return ask_classes(k, kPlacePrefix); }
  UnitHint unit(size_t k) {
    ask_title_and_unit(k, kUnit);
    return static_cast<UnitHint>(facts_[k].unit);
  }

 private:
  enum Fact : uint8_t {
    kFunctionWord = 1,
    kStopword = 2,
    kTitle = 4,
    kOrgWord = 8,
    kPlacePrefix = 16,
    kUnit = 32,  // the answer is in Facts::unit
  };
  // Three bytes, all zero at first (nothing asked), the unit kept as a
  // byte. Zeroed with one memset: a vector of them (with the UnitHint
  // itself, four bytes, and member initialisers) was set up token by
  // token, a loop over every word of the article.
  struct Facts {
    uint8_t asked;    // Fact bits already asked
    uint8_t answers;  // the Fact bits answered yes
    uint8_t unit;     // a UnitHint
  };
  static_assert(static_cast<int>(UnitHint::kNone) == 0);

  // The check inline, the first answer out of line: most questions are
  // repeats. Each lookup answers a group of facts, and each fact's
  // accessor calls its group's lookup directly.
  bool ask_classes(size_t k, Fact fact) {
    const Facts& f = facts_[k];
    if (!(f.asked & fact)) first_ask_classes(k);
    return (f.answers & fact) != 0;
  }
  // Most words are neither title nor unit, told by one table test: their
  // first answer, both no, is written here rather than in a call.
  bool ask_title_and_unit(size_t k, Fact fact) {
    Facts& f = facts_[k];
    if (!(f.asked & fact)) {
      if (words_.may_be_title_or_unit(word_of(text_, tokens_[k])))
        first_ask_title_and_unit(k);
      else
        f.asked |= kTitle | kUnit;
    }
    return (f.answers & fact) != 0;
  }

  // One lookup answers all four word classes.
  [[gnu::noinline]] void first_ask_classes(size_t k) {
    Facts& f = facts_[k];
    const WrittenWordClasses classes = words_.written_word_classes(word_of(text_, tokens_[k]));
    f.asked |= kFunctionWord | kStopword | kOrgWord | kPlacePrefix;
    f.answers |= (classes.function_word ? kFunctionWord : 0) | (classes.stopword ? kStopword : 0) |
                 (classes.org_word ? kOrgWord : 0) | (classes.place_prefix ? kPlacePrefix : 0);
  }

  // One lookup answers both title and unit.
  [[gnu::noinline]] void first_ask_title_and_unit(size_t k) {
    Facts& f = facts_[k];
    const TitleAndUnit classes = words_.title_and_unit(word_of(text_, tokens_[k]));
    f.asked |= kTitle | kUnit;
    f.unit = static_cast<uint8_t>(classes.unit);
    f.answers |= (classes.title ? kTitle : 0) | (classes.unit != UnitHint::kNone ? kUnit : 0);
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  const PlaceWordLists& words_;
  std::unique_ptr<Facts[]> facts_;  // one per token
};

}  // namespace sitrep::places
