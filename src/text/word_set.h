// Internal to the text stage: a fixed set of lowercase ASCII keywords with a
// fast "no" for the common case. The scanners ask it about every token, and
// almost every token is not a keyword, so words are bucketed by (first
// letter, length): most words land in an empty bucket and are rejected by one
// table read; the rest are compared byte by byte with the one or two keywords
// that share their bucket. Callers that ask about every word can first test
// its first two letters against those the keywords open with (may_open, one
// bit): "was", "said", "police" open like no keyword.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string_view>
#include <vector>

#include "core/byte_words.h"
#include "text/ascii.h"

namespace sitrep::detail {

class WordSet {
 public:
  // `words` must be lowercase and outlive the set (string literals do).
  WordSet(std::initializer_list<std::string_view> words)
      : WordSet(std::vector<std::string_view>(words)) {}
  explicit WordSet(const std::vector<std::string_view>& words) {
    std::array<uint16_t, kBuckets> count{};
    for (std::string_view w : words) {
      if (!w.empty() && w.size() < kMaxSize) {
        ++count[bucket(w)];
        second_letters_[letter_of(w[0])] |= uint32_t{1} << second_letter_of(w);
      }
    }
    for (size_t b = 0; b < kBuckets; ++b)
      first_[b + 1] = static_cast<uint16_t>(first_[b] + count[b]);
    entries_.resize(first_[kBuckets]);
    std::array<uint16_t, kBuckets> next{};
    std::copy(first_.begin(), first_.end() - 1, next.begin());
    int index = 0;
    for (std::string_view w : words) {
      // A repeated word keeps its first position, as a sorted search found it.
      if (!w.empty() && w.size() < kMaxSize && index_of(w) < 0)
        entries_[next[bucket(w)]++] = {w, index};
      ++index;
    }
  }

  // Whether some keyword opens with the first two letters of `w` (a second
  // letter being "none" for a one-letter word or one followed by a
  // non-letter): false proves `w` no keyword, nor a keyword followed by
  // non-letters ("two-year-old" opens like "two"). `w` must not be empty.
  [[nodiscard]] bool may_open(std::string_view w) const {
    return (second_letters_[letter_of(w[0])] >> second_letter_of(w) & 1) != 0;
  }

  // Position of `w` in the constructor's list, or -1.
  [[nodiscard]] int index_of(std::string_view w) const {
    if (w.empty() || w.size() >= kMaxSize) return -1;
    const size_t b = bucket(w);
    for (size_t k = first_[b]; k < first_[b + 1]; ++k) {
      const Entry& e = entries_[k];
      if (e.word.data() != nullptr && same_bytes(w, e.word.data())) return e.index;
    }
    return -1;
  }
  [[nodiscard]] bool contains(std::string_view w) const { return index_of(w) >= 0; }

 private:
  static constexpr size_t kMaxSize = 32;  // longer words are never keywords
  static constexpr size_t kBuckets = 27 * kMaxSize;
  struct Entry {
    std::string_view word;  // null for the unused slot of a repeated word
    int index = -1;
  };
  // w == the w.size() bytes at `word`; keywords are short, so
  // byte_words::same_bytes beats a call to memcmp.
  static bool same_bytes(std::string_view w, const char* word) {
    return byte_words::same_bytes(w.data(), word, w.size());
  }
  // 0-25 for 'a'-'z', 26 for any other byte: one table read (every word
  // of every sentence is asked about).
  static constexpr std::array<uint8_t, 256> kLetterIndex = [] {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
      t[static_cast<size_t>(c)] = c >= 'a' && c <= 'z' ? static_cast<uint8_t>(c - 'a') : 26;
    }
    return t;
  }();
  static size_t letter_of(char c) { return kLetterIndex[static_cast<unsigned char>(c)]; }
  static size_t second_letter_of(std::string_view w) { return w.size() > 1 ? letter_of(w[1]) : 26; }
  static size_t bucket(std::string_view w) { return letter_of(w[0]) * kMaxSize + w.size(); }

  std::vector<Entry> entries_;                  // grouped by bucket
  std::array<uint16_t, kBuckets + 1> first_{};  // bucket b holds entries_[first_[b], first_[b + 1])
  // Bit s of second_letters_[f]: a keyword opens with letters f, s (as
  // letter_of gives them; s = 26: no second letter).
  std::array<uint32_t, 27> second_letters_{};
};

// Whether `w` is one of the words of kList, a constant array of lowercase
// string_views: a WordSet of them is built on first use, so a word is told
// apart by one bucket read where std::find called memcmp for every entry of
// the word's length.
template <const auto& kList>
bool in_word_list(std::string_view w) {
  static const WordSet set{std::vector<std::string_view>(std::begin(kList), std::end(kList))};
  return set.contains(w);
}

}  // namespace sitrep::detail
