// Internal to the toponym finder: what the gazetteer holds for each folded
// key. Names repeat within a report, so a key's candidates are gathered
// once per document and become one list that every mention of the name
// shares (by index into the lists). Whether a key is known at all is asked
// of the gazetteer each time (its RecentAnswers remember): the finder tries
// several windows of words at every capitalised word, and most are new.
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
  // The list of the key's exact candidates (Gazetteer::key_candidates).
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
    int exact = -1;  // list index, once asked for
    int fuzzy = -1;
  };
  KeyLookup& lookup(std::string_view key);
  int add(CandidateList candidates);

  const Gazetteer& gazetteer_;
  std::vector<CandidateList>& lists_;
  // By folded key: the key's id in keys_ indexes lookups_.
  KeyTable keys_;
  std::vector<KeyLookup> lookups_;
  std::unordered_map<int, int> acronym_lists_;          // list -> its acronym subset
};

}  // namespace sitrep::places
