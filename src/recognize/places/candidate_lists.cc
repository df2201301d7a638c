#include "recognize/places/candidate_lists.h"

#include <utility>

#include "recognize/places/name_fold.h"

namespace sitrep::places {

CandidateLists::KeyLookup& CandidateLists::lookup(std::string_view key) {
  const int known_id = key_ids_.find(key);
  if (known_id >= 0) return lookups_[static_cast<size_t>(known_id)];
  key_ids_.insert(keys_.emplace_back(key));  // a new key: its id is lookups_.size()
  KeyLookup& l = lookups_.emplace_back();
  if (!key.empty()) {
    l.known = gazetteer_.has_key(key) || (has_leading_article(key) && gazetteer_.has_key(strip_leading_article(key)));
  }
  return l;
}

bool CandidateLists::known(std::string_view key) { return lookup(key).known; }

int CandidateLists::add(std::vector<Candidate> candidates) {
  lists_.push_back(std::move(candidates));
  return static_cast<int>(lists_.size() - 1);
}

int CandidateLists::exact(std::string_view key) {
  KeyLookup& l = lookup(key);
  if (l.exact < 0) l.exact = add(gazetteer_.key_candidates(key));
  return l.exact;
}

int CandidateLists::fuzzy(std::string_view key) {
  KeyLookup& l = lookup(key);
  if (l.fuzzy < 0) l.fuzzy = add(gazetteer_.fuzzy_key_candidates(key));
  return l.fuzzy;
}

int CandidateLists::acronym_subset(int list) {
  auto [it, inserted] = acronym_lists_.try_emplace(list, -1);
  if (inserted) {
    std::vector<Candidate> kept = lists_[static_cast<size_t>(list)];
    std::erase_if(kept, [](const Candidate& c) {
      return !c.match.abbreviation && !c.place.is_country() && !c.place.is_admin1();
    });
    it->second = add(std::move(kept));
  }
  return it->second;
}

}  // namespace sitrep::places
