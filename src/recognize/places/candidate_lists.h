// Internal to the toponym finder: what the gazetteer holds for each folded
// key. Whether a key is known, and its candidates, are asked of the
// gazetteer each time: its RecentAnswers remember them, and hand out one
// shared list per key, so a per-document table of keys (hashing each key
// a second time) saved nothing. A mention holds its list by index.
#pragma once

#include <string_view>
#include <unordered_map>
#include <vector>

#include "recognize/places/gazetteer.h"
#include "recognize/places/name_fold.h"

namespace sitrep::places {

class CandidateLists {
 public:
  // New lists are appended to `lists`, which must outlive this.
  CandidateLists(const Gazetteer& gazetteer, std::vector<CandidateList>& lists)
      : gazetteer_(gazetteer), lists_(lists) {
    lists_.reserve(64);
  }

  // Room for about `lists` lists without regrowing.
  void reserve(size_t lists) { lists_.reserve(lists); }

  // True when some place has the key, or the key without its leading "al ".
  bool known(std::string_view key);
  // A list of the key's exact candidates (Gazetteer::key_candidates): a
  // new index for every call, holding the gazetteer's shared list.
  int exact(std::string_view key);
  // exact(key) when known(key), else -1, asking the gazetteer's recent
  // answers once for a key they know. The common answers inline: the
  // finder asks it of nearly every capitalised word, and the calls' own
  // entry and exit were a sizeable share of a question answered from the
  // recent answers.
  int exact_if_known(std::string_view key) {
    if (key.empty()) return -1;
    if (const CandidateList* known = gazetteer_.known_key_candidates(key)) return add(*known);
    return exact_if_article_known(key);
  }
  // A list of its transliteration variants (Gazetteer::fuzzy_key_candidates),
  // likewise.
  int fuzzy(std::string_view key);
  // The countries, provinces and known abbreviations of list `list`: what a
  // lone acronym mid-text may denote ("US", not "ISIS").
  int acronym_subset(int list);

  [[nodiscard]] const std::vector<Candidate>& list(int index) const {
    return *lists_[static_cast<size_t>(index)];
  }

 private:
  int add(CandidateList&& candidates);
  // A list the gazetteer holds for the thread, copied once.
  int add(const CandidateList& held) {
    lists_.push_back(held);
    return static_cast<int>(lists_.size() - 1);
  }
  // exact_if_known() of a key the gazetteer lacks: its list when the key
  // without its leading "al " is known, else -1.
  int exact_if_article_known(std::string_view key);
  // The key starts with "al " and is known without it ("al raqqa" as
  // "raqqa"): the one way known() and exact_if_known() accept a key the
  // gazetteer lacks. Inline: most keys exact_if_article_known() is asked
  // about have no article, and are turned away without a call.
  bool known_without_article(std::string_view key) {
    return has_leading_article(key) && gazetteer_.has_key(strip_leading_article(key));
  }

  const Gazetteer& gazetteer_;
  std::vector<CandidateList>& lists_;
  // The acronym subset of each shared list (by its address: the mentions
  // of one name hold the same list under different indices).
  std::unordered_map<const std::vector<Candidate>*, int> acronym_lists_;
};

}  // namespace sitrep::places
