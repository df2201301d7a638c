#include "recognize/places/person_names.h"

#include <algorithm>
#include <cstddef>

namespace sitrep::places {
namespace {

class PersonNames : private TokenText {
 public:
  PersonNames(std::string_view text, std::span<const Token> tokens,
              const std::vector<size_t>& capitals, TokenFolds& folds, TokenFacts& facts,
              CandidateLists& lists)
      : TokenText(text, tokens), capitals_(capitals), folds_(folds), facts_(facts), lists_(lists) {}

  WordSet find() {
    // Reporters give a person's full name at first mention, the surname
    // after; a place's name stands alone from the start. So a word is a
    // person's only when its first use is inside a full name.
    // A headline names people by surname alone: the first sentence does not count.
    body_ = 1;
    while (body_ < tokens_.size() && !tokens_[body_].sentence_start) ++body_;
    if (body_ >= tokens_.size()) body_ = 0;
    size_t next = 0;  // the first token after the last run
    for (const size_t i : capitals_) {
      if (i < next || tokens_[i].all_caps) continue;
      size_t j = i;
      while (j + 1 < tokens_.size() && tokens_[j + 1].capitalised && !tokens_[j + 1].all_caps &&
             (one_space_before(j + 1) || (gap(j + 1) == ". " && word(j).size() == 1))) {
        ++j;  // "James C. Verduin": a middle initial stays inside the run
      }
      add_final_stretch(i, j);
      next = j + 1;
    }
    WordSet person_words;
    if (names_.empty()) return person_words;
    find_first_uses();
    for (const Name& name : names_) {
      const bool last_first = first_use(name.last);
      const bool a_first = name.first_may_count && first_use(name.first);
      // Whether the gazetteer knows the name is asked only when a word
      // would be added: a surname used before adds nothing either way.
      if ((last_first || a_first) && !lists_.known(folds_.run_key(name.first, name.last))) {
        if (last_first) person_words.insert(folds_.key_of(name.last));
        if (a_first) person_words.insert(folds_.key_of(name.first));
      }
    }
    return person_words;
  }

 private:
  // The run of capitalised words [i, j] splits at role words into stretches
  // ("Huntsville City Manager | Bill Baine"); only the one that ends the run
  // may name a person: a stretch followed by a role word names an
  // organisation ("Frank Buck Zoo", "Texas Alcoholic Beverage Commission").
  // Role words are asked from the run's end back, and a lone word is asked
  // nothing unless a title precedes it: most capitalised words stand alone.
  void add_final_stretch(size_t i, size_t j) {
    if (i == j && !after_title(j)) return;  // one word, no title: no name
    if (role_word(j)) return;
    size_t a = j;
    while (a > i && !role_word(a - 1)) --a;
    const bool titled = after_title(a);
    size_t last = j;
    while (last > a && facts_.words().is_name_suffix(word(last))) --last;  // "George Bush Jr"
    const size_t length = last - a + 1;
    if (!((length >= 2 || titled) && length <= 4)) return;
    names_.push_back({a, last, length >= 2 && word(a).size() > 1});
  }

  // A title right before token a ("Gov. Perdue", "coach Ripley").
  [[nodiscard]] bool after_title(size_t a) {
    return a > 0 && (one_space_before(a) || gap(a) == ". ") && facts_.title(a - 1);
  }

  // Token k is the first use of its folded word in the body (a word the
  // body never uses counts as first used at token 0).
  [[nodiscard]] bool first_use(size_t k) const {
    if (k < body_ && k != 0) return false;  // its word is first used at 0 or in the body
    const size_t first = first_use_[static_cast<size_t>(asked_.find(folds_.key_of(k)))];
    return (first == kUnused ? 0 : first) == k;
  }

  // The first body use of each word first_use() is asked about: only those
  // few words (the ends of the names found) are looked for, and most
  // capitalised words are rejected by the set on their first letter and
  // length, before any hashing.
  void find_first_uses() {
    size_t through = body_;  // the body's tokens before this one may hold first uses
    auto ask = [&](size_t k) {
      asked_.insert(folds_.key_of(k));
      through = std::max(through, k >= body_ ? k + 1 : tokens_.size());
    };
    for (const Name& name : names_) {
      ask(name.last);
      if (name.first_may_count) ask(name.first);
    }
    first_use_.assign(asked_.size(), kUnused);
    for (auto c = std::lower_bound(capitals_.begin(), capitals_.end(), body_);
         c != capitals_.end() && *c < through; ++c) {
      const size_t m = *c;
      const int id = asked_.find(folds_.key_of(m));
      if (id >= 0 && first_use_[static_cast<size_t>(id)] == kUnused)
        first_use_[static_cast<size_t>(id)] = m;
    }
  }

  // A word that ends a person's name or stands outside one.
  [[nodiscard]] bool role_word(size_t k) {
    if (tokens_[k].end - tokens_[k].start == 1) return false;  // a middle initial
    // The four word classes come from one lookup, title and unit from another.
    return facts_.function_word(k) || facts_.org_word(k) || facts_.stopword(k) ||
           facts_.place_prefix(k) || facts_.title(k) || facts_.unit(k) != UnitHint::kNone;
  }

  const std::vector<size_t>& capitals_;
  TokenFolds& folds_;
  TokenFacts& facts_;
  CandidateLists& lists_;
  size_t body_ = 0;  // the first token after the headline (0: the text is one sentence)
  // A stretch of words that may name a person, from `first` through `last`.
  struct Name {
    size_t first = 0;
    size_t last = 0;
    bool first_may_count = false;  // its first word counts too (two words or more, not an initial)
  };
  std::vector<Name> names_;
  static constexpr size_t kUnused = static_cast<size_t>(-1);
  WordSet asked_;                  // the folded words first_use() is asked about
  std::vector<size_t> first_use_;  // by id in asked_: the token of its first body use, or kUnused
};

}  // namespace

WordSet find_person_words(std::string_view text, std::span<const Token> tokens,
                          const std::vector<size_t>& capitals, TokenFolds& folds, TokenFacts& facts,
                          CandidateLists& lists) {
  return PersonNames(text, tokens, capitals, folds, facts, lists).find();
}

}  // namespace sitrep::places
