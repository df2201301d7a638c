#include "recognize/places/person_names.h"

#include <algorithm>
#include <cstddef>

namespace sitrep::places {
namespace {

class PersonNames {
 public:
  PersonNames(std::string_view text, const std::vector<Token>& tokens, TokenFolds& folds, TokenFacts& facts,
              CandidateLists& lists)
      : text_(text), tokens_(tokens), folds_(folds), facts_(facts), lists_(lists) {}

  WordSet find() {
    // Reporters give a person's full name at first mention, the surname
    // after; a place's name stands alone from the start. So a word is a
    // person's only when its first use is inside a full name.
    // A headline names people by surname alone: the first sentence does not count.
    // The folded word's first token, by its id in first_use_ids.
    WordSet person_words;
    WordSet first_use_ids;
    std::vector<size_t> first_use;
    size_t body = 1;
    while (body < tokens_.size() && !tokens_[body].sentence_start) ++body;
    if (body >= tokens_.size()) body = 0;
    first_use_ids.reserve(static_cast<size_t>(std::count_if(
        tokens_.begin() + static_cast<std::ptrdiff_t>(body), tokens_.end(), [](const Token& t) { return t.capitalised; })));
    for (size_t k = body; k < tokens_.size(); ++k) {
      if (!tokens_[k].capitalised) continue;
      if (static_cast<size_t>(first_use_ids.insert(folds_.key_of(k))) == first_use.size()) first_use.push_back(k);
    }
    auto add = [&](size_t k) {
      const std::string_view w = folds_.key_of(k);
      const int id = first_use_ids.find(w);
      const size_t first = id < 0 ? 0 : first_use[static_cast<size_t>(id)];  // unseen: as token 0
      if (first == k) person_words.insert(w);
    };
    for (size_t i = 0; i < tokens_.size();) {
      if (!tokens_[i].capitalised || tokens_[i].all_caps) {
        ++i;
        continue;
      }
      size_t j = i;
      while (j + 1 < tokens_.size() && tokens_[j + 1].capitalised && !tokens_[j + 1].all_caps &&
             (gap(j + 1) == " " || (gap(j + 1) == ". " && word(j).size() == 1))) {
        ++j;  // "James C. Verduin": a middle initial stays inside the run
      }
      for (size_t a = i; a <= j;) {
        if (role_word(a)) {
          ++a;
          continue;
        }
        size_t b = a;
        while (b + 1 <= j && !role_word(b + 1)) ++b;
        const bool after_title = a > 0 && facts_.title(a - 1) && (gap(a) == " " || gap(a) == ". ");
        size_t last = b;
        while (last > a && is_name_suffix(word(last))) --last;  // "George Bush Jr"
        const size_t length = last - a + 1;
        // A stretch followed by a role word names an organisation ("Frank
        // Buck Zoo", "Texas Alcoholic Beverage Commission").
        const bool ends_run = b == j;
        if (ends_run && (length >= 2 || after_title) && length <= 4) {
          if (!lists_.known(folds_.run_key(a, last))) {
            add(last);
            if (length >= 2 && word(a).size() > 1) add(a);
          }
        }
        a = b + 1;
      }
      i = j + 1;
    }
    return person_words;
  }

 private:
  // A word that ends a person's name or stands outside one.
  [[nodiscard]] bool role_word(size_t k) {
    if (tokens_[k].end - tokens_[k].start == 1) return false;  // a middle initial
    return facts_.function_word(k) || facts_.title(k) || facts_.org_word(k) || facts_.stopword(k) ||
           facts_.place_prefix(k) || facts_.unit(k) != UnitHint::kNone;
  }

  [[nodiscard]] std::string_view word(size_t k) const {
    return text_.substr(tokens_[k].start, tokens_[k].end - tokens_[k].start);
  }
  // The text between token k-1 and token k.
  [[nodiscard]] std::string_view gap(size_t k) const {
    return text_.substr(tokens_[k - 1].end, tokens_[k].start - tokens_[k - 1].end);
  }

  std::string_view text_;
  const std::vector<Token>& tokens_;
  TokenFolds& folds_;
  TokenFacts& facts_;
  CandidateLists& lists_;
};

}  // namespace

WordSet find_person_words(std::string_view text, const std::vector<Token>& tokens, TokenFolds& folds,
                          TokenFacts& facts, CandidateLists& lists) {
  return PersonNames(text, tokens, folds, facts, lists).find();
}

}  // namespace sitrep::places
