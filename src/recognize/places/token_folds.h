// Internal to the toponym finder: the fold_name keys of an article's words
// and of runs of them, each word folded once.
//
// The finder tries up to six runs of words at every capitalised word, and
// asks the single-word key of most capitalised words several times (first
// uses, person names); folding the text of every run anew was about a fifth
// of its time. Here a word is folded on first use, and the key of a run is
// joined from its words' folds (name_fold.h: append_folded_words,
// join_folded_words), which gives the same key as fold_name of the run's text.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/places/place_tokens.h"

namespace sitrep::places {

class TokenFolds {
 public:
  // `text` and `tokens` (tokenize_words(text)) must outlive this.
  TokenFolds(std::string_view text, const std::vector<Token>& tokens);

  // fold_name(word k). The view stays valid as long as this object.
  std::string_view key_of(size_t k);
  // fold_name of the text from token `first` through token `last`, which
  // must be one space or a period and a space apart ("St. Louis"). The view
  // is valid until the next call.
  std::string_view run_key(size_t first, size_t last);

 private:
  struct Fold {
    bool latin = true;  // false: a letter of another script, the key is ""
    int32_t joined_key =
        -1;             // index into joined_keys_, when the key is not `words` without the space
    std::string words;  // append_folded_words of the word
  };
  const Fold& fold(size_t k);

  std::string_view text_;
  const std::vector<Token>& tokens_;
  // The folds of the words asked about (mostly the capitalised ones, a
  // fifth of the words), made on first use: room for one per token is
  // reserved up front and never grown, so views stay valid, and only the
  // words folded pay for a Fold's construction and destruction.
  std::vector<Fold> folds_;
  std::vector<int32_t> fold_of_;  // per token: its index in folds_, -1 until folded
  // The keys of the few words that hold several ("al-Raqqa", "Saint-Denis"),
  // which joining may change; a deque, so they never move.
  std::deque<std::string> joined_keys_;
  std::vector<std::string_view> run_words_;  // the words of the run asked last
  std::string run_key_;
};

}  // namespace sitrep::places
