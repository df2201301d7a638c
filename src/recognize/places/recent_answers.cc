#include "recognize/places/recent_answers.h"

#include <utility>

namespace sitrep::places {

RecentAnswers& RecentAnswers::of_thread(uint64_t serial) {
  thread_local RecentAnswers answers;
  if (answers.owner_ != serial) {
    answers = RecentAnswers();
    answers.owner_ = serial;
  }
  return answers;
}

const bool* RecentAnswers::known(std::string_view key) const {
  auto it = known_.find(key);
  return it == known_.end() ? nullptr : &it->second;
}

const std::vector<Candidate>* RecentAnswers::candidates(std::string_view key, bool fuzzy) const {
  const auto& table = fuzzy ? fuzzy_ : exact_;
  auto it = table.find(key);
  return it == table.end() ? nullptr : &it->second;
}

void RecentAnswers::remember_known(std::string_view key, bool known) {
  if (known_.size() >= kMaxKeys) known_.clear();
  known_.emplace(std::string(key), known);
}

const std::vector<Candidate>& RecentAnswers::remember_candidates(std::string_view key, bool fuzzy,
                                                                 std::vector<Candidate> candidates) {
  make_room(candidates.size());
  candidate_count_ += candidates.size();
  auto& table = fuzzy ? fuzzy_ : exact_;
  return table.insert_or_assign(std::string(key), std::move(candidates)).first->second;
}

void RecentAnswers::make_room(size_t candidates) {
  if (exact_.size() + fuzzy_.size() < kMaxKeys && candidate_count_ + candidates <= kMaxCandidates) return;
  exact_.clear();
  fuzzy_.clear();
  candidate_count_ = 0;
}

}  // namespace sitrep::places
