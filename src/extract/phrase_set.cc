#include "extract/phrase_set.h"

#include <algorithm>

namespace sitrep {

uint32_t PhraseSet::add(std::string_view pattern) {
  Pattern p;
  size_t i = 0;
  while (i < pattern.size()) {
    while (i < pattern.size() && pattern[i] == ' ') ++i;
    size_t j = i;
    while (j < pattern.size() && pattern[j] != ' ') ++j;
    if (j > i) {
      Part part;
      part.text = std::string(pattern.substr(i, j - i));
      if (part.text == "_") {
        part.wildcard = true;
      } else if (part.text.size() > 1 && part.text.back() == '*') {
        part.prefix = true;
        part.text.pop_back();
      }
      p.push_back(std::move(part));
    }
    i = j;
  }
  const auto index = static_cast<uint32_t>(patterns_.size());
  if (!p.empty()) {
    if (p.front().prefix || p.front().wildcard) {
      prefix_first_.push_back(index);
    } else {
      by_first_word_[p.front().text].push_back(index);
    }
  }
  patterns_.push_back(std::move(p));
  return index;
}

bool PhraseSet::match_from(const Pattern& p, const std::vector<std::string>& words,
                           size_t at) const {
  if (p.empty() || at + p.size() > words.size()) return false;
  for (size_t k = 0; k < p.size(); ++k) {
    const Part& part = p[k];
    const std::string& w = words[at + k];
    if (part.wildcard) continue;
    if (part.prefix ? w.compare(0, part.text.size(), part.text) != 0 : w != part.text) {
      return false;
    }
  }
  return true;
}

std::vector<PhraseMatch> PhraseSet::find_all(const std::vector<std::string>& words) const {
  std::vector<PhraseMatch> out;
  for (size_t i = 0; i < words.size(); ++i) {
    auto try_pattern = [&](uint32_t index) {
      if (match_from(patterns_[index], words, i)) {
        out.push_back({static_cast<uint32_t>(i),
                       static_cast<uint32_t>(i + patterns_[index].size()), index});
      }
    };
    if (auto it = by_first_word_.find(words[i]); it != by_first_word_.end()) {
      for (uint32_t index : it->second) try_pattern(index);
    }
    for (uint32_t index : prefix_first_) try_pattern(index);
  }
  return out;
}

bool PhraseSet::matches_at(const std::vector<std::string>& words, size_t at,
                           size_t* end_word) const {
  if (at >= words.size()) return false;
  auto check = [&](uint32_t index) {
    if (!match_from(patterns_[index], words, at)) return false;
    if (end_word) *end_word = at + patterns_[index].size();
    return true;
  };
  if (auto it = by_first_word_.find(words[at]); it != by_first_word_.end()) {
    if (std::any_of(it->second.begin(), it->second.end(), check)) return true;
  }
  return std::any_of(prefix_first_.begin(), prefix_first_.end(), check);
}

}  // namespace sitrep
