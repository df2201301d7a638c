#include "recognize/places/candidate_lists.h"

#include <memory>
#include <utility>

#include "recognize/places/name_fold.h"

namespace sitrep::places {

// Straight to the gazetteer (whose RecentAnswers remember the answer):
// most keys the finder asks about are new to the document, and only the
// known ones come back for their candidates.
bool CandidateLists::known(std::string_view key) {
  if (key.empty()) return false;
  return gazetteer_.has_key(key) || known_without_article(key);
}

int CandidateLists::add(CandidateList&& candidates) {
  lists_.push_back(std::move(candidates));
  return static_cast<int>(lists_.size() - 1);
}

int CandidateLists::exact(std::string_view key) {
  return add(gazetteer_.shared_key_candidates(key));
}

int CandidateLists::exact_if_article_known(std::string_view key) {
  return known_without_article(key) ? exact(key) : -1;
}

int CandidateLists::fuzzy(std::string_view key) {
  return add(gazetteer_.held_fuzzy_key_candidates(key));
}

int CandidateLists::acronym_subset(int list) {
  auto [it, inserted] = acronym_lists_.try_emplace(lists_[static_cast<size_t>(list)].get(), -1);
  if (inserted) {
    std::vector<Candidate> kept = *lists_[static_cast<size_t>(list)];
    std::erase_if(kept, [](const Candidate& c) {
      return !c.match.abbreviation && !c.place.is_country() && !c.place.is_admin1();
    });
    it->second = add(std::make_shared<const std::vector<Candidate>>(std::move(kept)));
  }
  return it->second;
}

}  // namespace sitrep::places
