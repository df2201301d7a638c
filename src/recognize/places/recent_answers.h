// Internal to the gazetteer: the answers one thread got lately from one
// Gazetteer, by key. News names repeat across documents ("Aleppo", "Reuters",
// a minister's surname), and every capitalised word of every article is
// looked up, often under several keys; a binary search over half a million
// keys, mostly cache misses, per question was a third of the geoparser.
//
// Per thread (thread_local), so Gazetteer stays immutable and lock-free for
// its callers. Bounded: past kMaxKeys keys or kMaxCandidates candidates the
// answers are dropped and gathered again. Tied to one Gazetteer by a serial
// number that is never reused, so answers (views into a gazetteer's storage)
// are never handed out for another one.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "recognize/places/gazetteer.h"
#include "recognize/places/key_table.h"

namespace sitrep::places {

class RecentAnswers {
 public:
  static constexpr size_t kMaxKeys = 16384;
  static constexpr size_t kMaxCandidates = 32768;

  // The calling thread's answers from the Gazetteer numbered `serial`
  // (emptied when the thread last asked another one). Inline through a
  // plain thread_local pointer: every gazetteer question asks, and the
  // out-of-line call with its thread_local guard cost more than the check.
  static RecentAnswers& of_thread(uint64_t serial) {
    RecentAnswers* answers = current_;
    if (answers != nullptr && answers->owner_ == serial) return *answers;
    return of_thread_slow(serial);
  }

  // What has_key answered for a key, and the key's exact candidates once
  // asked through it (Gazetteer::known_key_candidates): a name
  // the document repeats is then answered by one probe, not one for
  // whether it is known and another for its candidates. `exact` is dropped
  // whenever the candidate tables are emptied, so it holds no list they
  // have let go of.
  struct KnownAnswer {
    bool known = false;
    CandidateList exact;
  };

  // The remembered answer, or nullptr (nullopt for known).
  [[nodiscard]] std::optional<bool> known(std::string_view key) const;
  // Inline: the finder asks it of every window of capitalised words.
  [[nodiscard]] KnownAnswer* known_answer(std::string_view key) {
    const int id = known_keys_.find(key);
    return id < 0 ? nullptr : &known_[static_cast<size_t>(id)];
  }
  [[nodiscard]] const CandidateList* candidates(std::string_view key, bool fuzzy) const;

  KnownAnswer& remember_known(std::string_view key, bool known);
  // Returns the remembered list.
  const CandidateList& remember_candidates(std::string_view key, bool fuzzy,
                                           std::vector<Candidate> candidates);

 private:
  // Answers by the key's id in its KeyTable.
  struct Candidates {
    KeyTable keys;
    std::vector<CandidateList> lists;
  };

  void make_room(size_t candidates);
  static RecentAnswers& of_thread_slow(uint64_t serial);

  // The thread's answers once of_thread_slow has made them; constant
  // initialised, so reading it needs no guard.
  static inline thread_local RecentAnswers* current_ = nullptr;

  uint64_t owner_ = 0;
  KeyTable known_keys_;
  std::vector<KnownAnswer> known_;
  Candidates exact_, fuzzy_;
  size_t candidate_count_ = 0;  // held in exact_ and fuzzy_
};

}  // namespace sitrep::places
