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
      const std::string& prefix = p.front().text;
      by_first_prefix_[prefix].push_back(index);
      const auto length = static_cast<uint32_t>(prefix.size());
      const auto at = std::lower_bound(prefix_lengths_.begin(), prefix_lengths_.end(), length);
      if (at == prefix_lengths_.end() || *at != length) prefix_lengths_.insert(at, length);
      const size_t key = filter_key(prefix, prefix.size());
      first_prefix_filter_[key >> 6] |= uint64_t{1} << (key & 63);
    } else {
      by_first_word_[p.front().text].push_back(index);
      const size_t key = filter_key(p.front().text, p.front().text.size());
      first_word_filter_[key >> 6] |= uint64_t{1} << (key & 63);
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

size_t PhraseSet::filter_key(std::string_view word, size_t length) {
  const size_t first = word.empty() ? 0 : static_cast<unsigned char>(word[0]) & 31u;
  const size_t second = length > 1 ? static_cast<unsigned char>(word[1]) & 31u : 0;
  return first << 10 | second << 5 | (length & 31u);
}

template <class Fn>
void PhraseSet::for_each_candidate(const std::string& word, Fn&& fn) const {
  const std::string_view w(word);
  if (in_filter(first_word_filter_, filter_key(w, w.size()))) {
    if (auto it = by_first_word_.find(w); it != by_first_word_.end()) {
      for (uint32_t index : it->second) fn(index);
    }
  }
  // Shortest prefix first, as the patterns were always tried.
  for (const uint32_t n : prefix_lengths_) {
    if (n > w.size()) break;
    if (!in_filter(first_prefix_filter_, filter_key(w, n))) continue;
    if (auto it = by_first_prefix_.find(w.substr(0, n)); it != by_first_prefix_.end()) {
      for (uint32_t index : it->second) fn(index);
    }
  }
  for (uint32_t index : wildcard_first_) fn(index);
}

std::vector<PhraseMatch> PhraseSet::find_all(const std::vector<std::string>& words) const {
  std::vector<PhraseMatch> out;
  for (size_t i = 0; i < words.size(); ++i) {
    for_each_candidate(words[i], [&](uint32_t index) {
      if (match_from(patterns_[index], words, i)) {
        out.push_back(
            {static_cast<uint32_t>(i), static_cast<uint32_t>(i + patterns_[index].size()), index});
      }
    });
  }
  return out;
}

bool PhraseSet::matches_at(const std::vector<std::string>& words, size_t at,
                           size_t* end_word) const {
  if (at >= words.size()) return false;
  bool found = false;
  for_each_candidate(words[at], [&](uint32_t index) {
    if (found || !match_from(patterns_[index], words, at)) return;
    found = true;
    if (end_word) *end_word = at + patterns_[index].size();
  });
  return found;
}

}  // namespace sitrep
