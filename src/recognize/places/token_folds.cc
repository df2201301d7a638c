#include "recognize/places/token_folds.h"

#include <algorithm>

#include "recognize/places/name_fold.h"

namespace sitrep::places {

TokenFolds::TokenFolds(std::string_view text, const std::vector<Token>& tokens)
    : text_(text), tokens_(tokens), fold_of_(tokens.size(), -1) {
  folds_.reserve(tokens.size());
}

const TokenFolds::Fold& TokenFolds::fold(size_t k) {
  int32_t& index = fold_of_[k];
  if (index >= 0) return folds_[static_cast<size_t>(index)];
  index = static_cast<int32_t>(folds_.size());
  Fold& f = folds_.emplace_back();  // never past the capacity reserved: no Fold moves
  const Token& t = tokens_[k];
  f.latin = append_folded_words(text_.substr(t.start, t.end - t.start), f.words);
  if (!f.latin) {
    f.words.clear();
    return f;
  }
  // One word ("aleppo") is its own key; several ("al raqqa", "saint denis")
  // may change when joined.
  if (f.words.find(' ', 1) != std::string::npos) {
    f.joined_key = static_cast<int32_t>(joined_keys_.size());
    join_folded_words(f.words, joined_keys_.emplace_back());
  }
  return f;
}

std::string_view TokenFolds::key_of(size_t k) {
  const Fold& f = fold(k);
  if (f.joined_key >= 0) return joined_keys_[static_cast<size_t>(f.joined_key)];
  if (f.words.empty()) return {};
  return std::string_view(f.words).substr(1);  // without the leading space
}

std::string_view TokenFolds::run_key(size_t first, size_t last) {
  if (first == last) return key_of(first);
  run_words_.clear();
  for (size_t k = first; k <= last; ++k) {
    const Fold& f = fold(k);
    if (!f.latin) return {};
    // " w1 w2": one space before each word. Views into the folds, which
    // never change once made.
    const std::string_view words = f.words;
    for (size_t i = 0; i < words.size();) {
      const size_t end = std::min(words.find(' ', i + 1), words.size());
      run_words_.push_back(words.substr(i + 1, end - i - 1));
      i = end;
    }
  }
  join_folded_words(run_words_, run_key_);
  return run_key_;
}

}  // namespace sitrep::places
