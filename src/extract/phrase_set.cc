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
    if (p.front().wildcard) {
      wildcard_first_.push_back(index);
    } else if (p.front().prefix) {
      by_first_prefix_[p.front().text].push_back(index);
      longest_prefix_ = std::max(longest_prefix_, p.front().text.size());
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

namespace {

// Calls fn(pattern index) for each pattern whose first part can match `word`.
template <class Fn>
void for_each_candidate(const std::string& word, const PhraseSet::Index& exact,
                               const PhraseSet::Index& prefixes, size_t longest,
                               const std::vector<uint32_t>& wildcards, Fn&& fn) {
  if (auto it = exact.find(std::string_view(word)); it != exact.end()) {
    for (uint32_t index : it->second) fn(index);
  }
  const size_t up_to = std::min(longest, word.size());
  for (size_t n = 1; n <= up_to; ++n) {
    if (auto it = prefixes.find(std::string_view(word).substr(0, n)); it != prefixes.end()) {
      for (uint32_t index : it->second) fn(index);
    }
  }
  for (uint32_t index : wildcards) fn(index);
}

}  // namespace

std::vector<PhraseMatch> PhraseSet::find_all(const std::vector<std::string>& words) const {
  std::vector<PhraseMatch> out;
  for (size_t i = 0; i < words.size(); ++i) {
    for_each_candidate(words[i], by_first_word_, by_first_prefix_, longest_prefix_,
                       wildcard_first_, [&](uint32_t index) {
                         if (match_from(patterns_[index], words, i)) {
                           out.push_back({static_cast<uint32_t>(i),
                                          static_cast<uint32_t>(i + patterns_[index].size()),
                                          index});
                         }
                       });
  }
  return out;
}

bool PhraseSet::matches_at(const std::vector<std::string>& words, size_t at,
                           size_t* end_word) const {
  if (at >= words.size()) return false;
  bool found = false;
  for_each_candidate(words[at], by_first_word_, by_first_prefix_, longest_prefix_,
                     wildcard_first_, [&](uint32_t index) {
                       if (found || !match_from(patterns_[index], words, at)) return;
                       found = true;
                       if (end_word) *end_word = at + patterns_[index].size();
                     });
  return found;
}

}  // namespace sitrep
