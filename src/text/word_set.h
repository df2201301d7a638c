// Internal to the text stage: a fixed set of lowercase ASCII keywords with a
// fast "no" for the common case. The scanners ask it about every token, and
// almost every token is not a keyword, so a bitmap of (first letter, length)
// pairs rejects most words before any string comparison.
#pragma once

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <utility>
#include <vector>

namespace sitrep::detail {

class WordSet {
 public:
  // `words` must be lowercase and outlive the set (string literals do).
  WordSet(std::initializer_list<std::string_view> words)
      : WordSet(std::vector<std::string_view>(words)) {}
  explicit WordSet(const std::vector<std::string_view>& words) {
    int index = 0;
    for (std::string_view w : words) {
      entries_.emplace_back(w, index++);
      if (w.size() < 32) mask_[slot(w)] |= 1u << w.size();
    }
    std::sort(entries_.begin(), entries_.end());
  }

  // Position of `w` in the constructor's list, or -1.
  [[nodiscard]] int index_of(std::string_view w) const {
    if (w.empty() || w.size() >= 32 || !(mask_[slot(w)] & (1u << w.size()))) return -1;
    const auto it = std::lower_bound(entries_.begin(), entries_.end(), std::make_pair(w, -1));
    return it != entries_.end() && it->first == w ? it->second : -1;
  }
  [[nodiscard]] bool contains(std::string_view w) const { return index_of(w) >= 0; }

 private:
  static size_t slot(std::string_view w) {
    const char c = w[0];
    return c >= 'a' && c <= 'z' ? static_cast<size_t>(c - 'a') : 26;
  }

  std::vector<std::pair<std::string_view, int>> entries_;
  uint32_t mask_[27] = {};
};

}  // namespace sitrep::detail
