#include "extract/phrase_set.h"

#include <algorithm>

namespace sitrep {

uint32_t PhraseSet::add(std::string_view pattern) {
  Pattern p;
  p.first_part = static_cast<uint32_t>(parts_.size());
  size_t i = 0;
  while (i < pattern.size()) {
    while (i < pattern.size() && pattern[i] == ' ') ++i;
    size_t j = i;
    while (j < pattern.size() && pattern[j] != ' ') ++j;
    if (j > i) {
      const std::string_view text = pattern.substr(i, j - i);
      Part part;
      if (text == "_") {
        part.wildcard = true;
      } else if (text.size() > 1 && text.back() == '*') {
        part.prefix = std::string(text.substr(0, text.size() - 1));
      } else {
        part.word = words_.insert(text);
        if (starting_with_.size() < words_.size()) {
          starting_with_.resize(words_.size());
          second_words_.resize(words_.size(), 0);
        }
      }
      parts_.push_back(std::move(part));
      ++p.part_count;
    }
    i = j;
  }
  const auto index = static_cast<uint32_t>(patterns_.size());
  patterns_.push_back(p);
  longest_pattern_ = std::max<size_t>(longest_pattern_, p.part_count);
  if (p.part_count == 0) return index;
  const Part& first = parts_[p.first_part];
  if (first.wildcard) {
    wildcard_first_.push_back(index);
  } else if (!first.prefix.empty()) {
    // Shorter prefixes are tried first; among equal lengths, insertion order.
    const auto at = std::upper_bound(
        prefix_first_.begin(), prefix_first_.end(), index, [&](uint32_t a, uint32_t b) {
          const size_t la = parts_[patterns_[a].first_part].prefix.size();
          const size_t lb = parts_[patterns_[b].first_part].prefix.size();
          return la != lb ? la < lb : a < b;
        });
    prefix_first_.insert(at, index);
    index_prefixes();
  } else {
    const Candidate c = candidate(index);
    starting_with_[first.word].push_back(c);
    second_words_[first.word] |=
        c.second_word == WordIds::kNone ? kAnySecond : uint64_t{1} << (c.second_word & 63);
  }
  return index;
}

void PhraseSet::index_prefixes() {
  head_length_ = parts_[patterns_[prefix_first_.front()].first_part].prefix.size();
  heads_ = WordIds();
  starting_with_head_.clear();
  head_keys_.assign((size_t{1} << 16) / 64, 0);
  for (const uint32_t index : prefix_first_) {
    const std::string& prefix = parts_[patterns_[index].first_part].prefix;
    if (head_length_ >= 2) {
      const size_t k = head_key(prefix, head_length_);
      head_keys_[k >> 6] |= uint64_t{1} << (k & 63);
    }
    const uint32_t head = heads_.insert(std::string_view(prefix).substr(0, head_length_));
    if (starting_with_head_.size() < heads_.size()) starting_with_head_.resize(heads_.size());
    starting_with_head_[head].push_back(candidate(index));
  }
}

PhraseSet::Candidate PhraseSet::candidate(uint32_t index) const {
  const Pattern& p = patterns_[index];
  Candidate c;
  c.pattern = index;
  if (p.part_count > 1) c.second_word = parts_[p.first_part + 1].word;
  // A second part that is no exact word (a prefix, "_") is not in
  // second_word: rest_matches checks it.
  c.needs_rest = p.part_count > 2 || (p.part_count == 2 && c.second_word == WordIds::kNone);
  return c;
}

bool PhraseSet::rest_matches(const Pattern& p, const std::string_view* words, const uint32_t* ids,
                             size_t available) const {
  if (p.part_count > available) return false;
  for (size_t k = 1; k < p.part_count; ++k) {
    const Part& part = parts_[p.first_part + k];
    if (part.wildcard) continue;
    if (part.word != WordIds::kNone ? ids[k] != part.word : !words[k].starts_with(part.prefix)) {
      return false;
    }
  }
  return true;
}

std::vector<PhraseMatch> PhraseSet::find_all(std::span<const std::string_view> words) const {
  std::vector<PhraseMatch> out;
  for_each_match(words, [&](const PhraseMatch& m) { out.push_back(m); });
  return out;
}

bool PhraseSet::matches_at(std::span<const std::string_view> words, size_t at,
                           size_t* end_word) const {
  if (at >= words.size()) return false;
  const size_t available = std::min(words.size() - at, longest_pattern_);
  thread_local std::vector<uint32_t> ids;  // one buffer per thread, not per call
  ids.resize(available);
  for (size_t k = 0; k < available; ++k) ids[k] = words_.find(words[at + k]);
  if (available == 0) return false;  // no patterns
  bool found = false;
  auto first_match = [&](uint32_t index) {
    if (found) return;
    found = true;
    if (end_word) *end_word = at + patterns_[index].part_count;
  };
  const FirstTests tests = first_tests();
  if (tests.usual) {
    matches_starting<true>(tests, &words[at], ids.data(), available, first_match);
  } else {
    matches_starting<false>(tests, &words[at], ids.data(), available, first_match);
  }
  return found;
}

}  // namespace sitrep
