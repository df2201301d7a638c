// Internal to the toponym finder: what the gazetteer holds for each folded
// key. Whether a key is known, and its exact candidates, are asked of the
// gazetteer each time (its RecentAnswers remember, and hand out one shared
// list per key): the finder tries several windows of words at every
// capitalised word, most are new, and a per-document table of the known
// ones would hash each key a third time. Transliteration variants, asked
// of fewer keys, are gathered once per document.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "recognize/places/gazetteer.h"
#include "recognize/places/key_table.h"

namespace sitrep::places {

class CandidateLists {
 public:
  // New lists are appended to `lists`, which must outlive this.
  CandidateLists(const Gazetteer& gazetteer, std::vector<CandidateList>& lists)
      : gazetteer_(gazetteer), lists_(lists) {
    lists_.reserve(64);
  }

  // Room for about `keys` keys without regrowing.
  void reserve(size_t keys) { lookups_.reserve(keys); }

  // True when some place has the key, or the key without its leading "al ".
  bool known(std::string_view key);
  // A list of the key's exact candidates (Gazetteer::key_candidates): a
  // new index for every call, holding the gazetteer's shared list.
  int exact(std::string_view key);
  // The list of its transliteration variants (Gazetteer::fuzzy_key_candidates).
  int fuzzy(std::string_view key);
  // The countries, provinces and known abbreviations of list `list`: what a
  // lone acronym mid-text may denote ("US", not "ISIS").
  int acronym_subset(int list);

  [[nodiscard]] const std::vector<Candidate>& list(int index) const {
    return *lists_[static_cast<size_t>(index)];
  }

 private:
  struct KeyLookup {
    int fuzzy = -1;  // list index, once asked for
  };
  KeyLookup& lookup(std::string_view key);
  int add(CandidateList candidates);

  const Gazetteer& gazetteer_;
  std::vector<CandidateList>& lists_;
  // By folded key: the key's id in keys_ indexes lookups_.
  KeyTable keys_;
  std::vector<KeyLookup> lookups_;
  // The acronym subset of each shared list (by its address: the mentions
  // of one name hold the same list under different indices).
  std::unordered_map<const std::vector<Candidate>*, int> acronym_lists_;
};

}  // namespace sitrep::places
