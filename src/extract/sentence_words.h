// A sentence's lower-cased words, each read as a std::string_view.
//
// The extraction rules compare words with literals in nearly every loop
// ("according" "to", "in" "addition" "to", clause breaks); a string_view
// compares lengths first, so most words are turned away at once. Indexing,
// size() and iteration are as on the underlying array, which must outlive
// this view.
#pragma once

#include <cstddef>
#include <span>
#include <string_view>

namespace sitrep {

class SentenceWords {
 public:
  explicit SentenceWords(std::span<const std::string_view> words) : words_(words) {}

  [[nodiscard]] std::string_view operator[](size_t i) const { return words_[i]; }
  [[nodiscard]] size_t size() const { return words_.size(); }
  [[nodiscard]] bool empty() const { return words_.empty(); }
  [[nodiscard]] auto begin() const { return words_.begin(); }
  [[nodiscard]] auto end() const { return words_.end(); }

 private:
  std::span<const std::string_view> words_;
};

}  // namespace sitrep
