// Internal to the geoparser: which capitalised words of an article the text
// also uses in lowercase ("Police said ..." with "police" elsewhere), to tell
// a sentence-initial common word from a name.
//
// Only the lowercase forms of the words that may be asked about are kept
// (may_ask()), and each lowercase word of the text is checked against them
// (mark_lowercase()). A set of every lowercase word of the article was built for a
// few dozen questions; here most lowercase words are rejected by their
// first letter and length before any hashing.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "recognize/places/key_table.h"

namespace sitrep::places {

class LowercaseUses {
 public:
  // `lowered` (a word lowercased) may be asked about with used(), or with
  // used_id() and the id returned.
  int may_ask(std::string_view lowered) {
    bool inserted = false;
    const int id = asked_.insert(lowered, inserted);
    if (!inserted) return id;
    used_.push_back(false);
    // Only a word that starts with a lowercase letter can be marked.
    const auto first = static_cast<unsigned char>(lowered[0]);
    if (lowered.size() < 32 && first >= 'a' && first <= 'z')
      lengths_by_first_[first] |= uint32_t{1} << lowered.size();
    return id;
  }

  // Whether a word of `size` bytes that starts with the byte `first` may
  // be one asked about and written in lowercase, from one table read: no
  // bit is set for a byte other than a lowercase letter, and a word of 32
  // bytes or more that starts with one is always let through.
  [[nodiscard]] bool may_mark(unsigned char first, size_t size) const {
    if (size < 32) return (lengths_by_first_[first] >> size) & 1;
    return first >= 'a' && first <= 'z';
  }

  // `word`, which may_mark() let through, is written in lowercase in the
  // text.
  void mark_lowercase(std::string_view word) {
    const int id = asked_.find(word);
    if (id >= 0) used_[static_cast<size_t>(id)] = true;
  }

  // used() of the word may_ask() returned `id` for, without hashing it again.
  [[nodiscard]] bool used_id(int id) const { return used_[static_cast<size_t>(id)]; }

  // Whether the text writes `lowered` in lowercase; false for a word that
  // was not announced with may_ask().
  [[nodiscard]] bool used(std::string_view lowered) const {
    const int id = asked_.find(lowered);
    return id >= 0 && used_[static_cast<size_t>(id)];
  }

 private:
  KeyTable asked_;
  std::vector<bool> used_;  // by id in asked_
  // Per first byte, a bit per length below 32 of the words asked about
  // that start with a lowercase letter; longer words always go to the table.
  std::array<uint32_t, 256> lengths_by_first_{};
};

}  // namespace sitrep::places
