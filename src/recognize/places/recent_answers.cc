#include "recognize/places/recent_answers.h"

#include <memory>
#include <utility>

#include "recognize/places/place_scoring.h"

namespace sitrep::places {

RecentAnswers& RecentAnswers::of_thread_slow(uint64_t serial) {
  thread_local RecentAnswers answers;
  if (answers.owner_ != serial) {
    answers = RecentAnswers();
    answers.owner_ = serial;
  }
  current_ = &answers;
  return answers;
}

std::optional<bool> RecentAnswers::known(std::string_view key) const {
  const int id = known_keys_.find(key);
  if (id < 0) return std::nullopt;
  return known_[static_cast<size_t>(id)].known;
}

const CandidateList* RecentAnswers::candidates(std::string_view key, bool fuzzy) const {
  const Candidates& table = fuzzy ? fuzzy_ : exact_;
  const int id = table.keys.find(key);
  return id < 0 ? nullptr : &table.lists[static_cast<size_t>(id)];
}

RecentAnswers::KnownAnswer& RecentAnswers::remember_known(std::string_view key, bool known) {
  if (known_.size() >= kMaxKeys) {
    known_keys_.clear();
    known_.clear();
  }
  bool inserted = false;
  const int id = known_keys_.insert(key, inserted);
  if (inserted) known_.push_back({});
  KnownAnswer& answer = known_[static_cast<size_t>(id)];
  answer = {known, nullptr};
  return answer;
}

const CandidateList& RecentAnswers::remember_candidates(std::string_view key, bool fuzzy,
                                                        std::vector<Candidate> candidates) {
  make_room(candidates.size());
  for (Candidate& c : candidates) {
    c.prior = prior_score(c);
    c.big_unit = is_big_unit(c.place);
  }
  candidate_count_ += candidates.size();
  Candidates& table = fuzzy ? fuzzy_ : exact_;
  bool inserted = false;
  const auto id = static_cast<size_t>(table.keys.insert(key, inserted));
  CandidateList list = std::make_shared<const std::vector<Candidate>>(std::move(candidates));
  if (inserted) return table.lists.emplace_back(std::move(list));
  return table.lists[id] = std::move(list);
}

void RecentAnswers::make_room(size_t candidates) {
  if (exact_.keys.size() + fuzzy_.keys.size() < kMaxKeys &&
      candidate_count_ + candidates <= kMaxCandidates)
    return;
  for (Candidates* table : {&exact_, &fuzzy_}) {
    table->keys.clear();
    table->lists.clear();
  }
  for (KnownAnswer& answer : known_) answer.exact.reset();
  candidate_count_ = 0;
}

}  // namespace sitrep::places
