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
    if (lowered.size() < 32)
      lengths_by_first_[first_slot(lowered)] |= uint32_t{1} << lowered.size();
    return id;
  }

  // `word`, which starts with a lowercase ASCII letter (the caller has
  // read it, so its slot needs no test), is written in lowercase in the
  // text. Most words are rejected by a table read, before any hashing.
  void mark_lowercase(std::string_view word) {
    if (word.size() < 32 &&
        !(lengths_by_first_[static_cast<size_t>(word[0] - 'a')] & (uint32_t{1} << word.size())))
      return;
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
  static size_t first_slot(std::string_view w) {
    const char c = w[0];
    return c >= 'a' && c <= 'z' ? static_cast<size_t>(c - 'a') : 26;
  }

  KeyTable asked_;
  std::vector<bool> used_;  // by id in asked_
  // Per first letter (26: any other byte), a bit per length below 32 of
  // the words asked about; longer words always go to the table.
  std::array<uint32_t, 27> lengths_by_first_{};
};

}  // namespace sitrep::places
