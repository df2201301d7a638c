// Internal to the toponym finder: what the gazetteer holds for each folded
// key, asked once per document. Names repeat within a report, and the
// finder tries several windows of words at every capitalised word, so the
// same key is asked about many times; its candidates become one list that
// every mention of the name shares (by index into the lists).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "recognize/places/gazetteer.h"
#include "recognize/places/word_set.h"

namespace sitrep::places {

class CandidateLists {
 public:
  // New lists are appended to `lists`, which must outlive this.
  CandidateLists(const Gazetteer& gazetteer, std::vector<std::vector<Candidate>>& lists)
      : gazetteer_(gazetteer), lists_(lists) {}

  // Room for about `keys` keys without regrowing.
  void reserve(size_t keys) {
    key_ids_.reserve(keys);
    lookups_.reserve(keys);
  }

  // True when some place has the key, or the key without its leading "al ".
  bool known(std::string_view key);
  // The list of the key's exact candidates (Gazetteer::key_candidates).
  int exact(std::string_view key);
  // The list of its transliteration variants (Gazetteer::fuzzy_key_candidates).
  int fuzzy(std::string_view key);
  // The countries, provinces and known abbreviations of list `list`: what a
  // lone acronym mid-text may denote ("US", not "ISIS").
  int acronym_subset(int list);

  [[nodiscard]] const std::vector<Candidate>& list(int index) const {
    return lists_[static_cast<size_t>(index)];
  }

 private:
  struct KeyLookup {
    bool known = false;
    int exact = -1;  // list index, once asked for
    int fuzzy = -1;
  };
  KeyLookup& lookup(std::string_view key);
  // A copy of `key` that lives as long as this.
  std::string_view store(std::string_view key);
  int add(std::vector<Candidate> candidates);

  const Gazetteer& gazetteer_;
  std::vector<std::vector<Candidate>>& lists_;
  // By folded key: the key's id in key_ids_ indexes lookups_. A flat table
  // over views of owned copies instead of an unordered_map<std::string,
  // ...>, which hashed with _Hash_bytes and allocated a node per new key;
  // every window of words asks. The copies sit in chunks that never move,
  // not in a string each (most keys are new, and most are asked once).
  static constexpr size_t kKeyChunk = 4096;
  std::vector<std::unique_ptr<char[]>> key_chunks_;
  size_t chunk_used_ = 0;
  WordSet key_ids_;
  std::vector<KeyLookup> lookups_;
  std::unordered_map<int, int> acronym_lists_;          // list -> its acronym subset
};

}  // namespace sitrep::places
