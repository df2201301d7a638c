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
#include <memory>
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
  std::string_view key_of(size_t k) {
    const Fold& f = fold(k);
    return {f.key, f.key_size};
  }
  // fold_name of the text from token `first` through token `last`, which
  // must be one space or a period and a space apart ("St. Louis"). The view
  // is valid until the next call. One word, what most runs the finder asks
  // about are, is answered inline: it is that word's key.
  std::string_view run_key(size_t first, size_t last) {
    return first == last ? key_of(first) : joined_key(first, last);
  }

 private:
  // A word's fold, in storage that never moves.
  struct Fold {
    const char* words = nullptr;  // append_folded_words of the word: " w1 w2"
    const char* key = nullptr;    // its key: "w1" for one word, else joined
    uint32_t words_size = 0;
    uint32_t key_size = 0;
    bool latin = true;      // false: a letter of another script, the key is ""
    bool one_word = false;  // `words` holds one word, and the key is that word
  };

  const Fold& fold(size_t k) {
    const int32_t index = fold_of_[k];
    return index >= 0 ? folds_[static_cast<size_t>(index)] : fold_first(k);
  }
  const Fold& fold_first(size_t k);
  std::string_view joined_key(size_t first, size_t last);  // run_key of two words or more
  // Room for `size` bytes that stays where it is while this object lives.
  char* store(size_t size);
  [[gnu::noinline]] void new_block(size_t size);  // once a document: kept out of store's way
  const char* store(std::string_view bytes);

  std::string_view text_;
  const std::vector<Token>& tokens_;
  // The folds of the words asked about (mostly the capitalised ones, a
  // fifth of the words), made on first use.
  std::vector<Fold> folds_;
  std::vector<int32_t> fold_of_;  // per token: its index in folds_, -1 until folded
  // The folded bytes, in blocks that never move.
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;
  size_t free_size_ = 0;
  std::string scratch_;                      // a word's folded words or key on their way to a block
  std::vector<std::string_view> run_words_;  // the words of the run asked last
  std::string run_key_;
};

}  // namespace sitrep::places
