#include "recognize/places/candidate_lists.h"

#include <algorithm>
#include <utility>

#include "recognize/places/name_fold.h"

namespace sitrep::places {

std::string_view CandidateLists::store(std::string_view key) {
  if (key_chunks_.empty() || key.size() > kKeyChunk - chunk_used_) {
    key_chunks_.push_back(std::make_unique<char[]>(std::max(kKeyChunk, key.size())));
    chunk_used_ = 0;
  }
  char* copy = key_chunks_.back().get() + chunk_used_;
  std::copy(key.begin(), key.end(), copy);
  chunk_used_ += key.size();
  return {copy, key.size()};
}

CandidateLists::KeyLookup& CandidateLists::lookup(std::string_view key) {
  const auto id = static_cast<size_t>(key_ids_.insert_stored(key, [this](std::string_view k) { return store(k); }));
  if (id < lookups_.size()) return lookups_[id];
  KeyLookup& l = lookups_.emplace_back();  // a new key: its id is lookups_.size()
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
