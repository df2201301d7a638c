// A set of short words, each with a small id (its insertion rank), for the
// geoparser's per-word questions.
//
// The toponym finder asks fixed word lists about nearly every word of every
// article, builds the set of the article's lowercase words, and the resolver
// gives every candidate's country and province code an id. With
// std::unordered_set / unordered_map these were about a fifth of geoparse
// time: std::hash runs the full _Hash_bytes, a modulo by a prime picks the
// bucket, every insertion allocates a node. Here a word longer than any
// member is rejected before hashing, the hash is a short FNV-1a over the few
// bytes of a word, and the table is one flat power-of-two array probed
// linearly, kept at most half full (a quarter for the fixed lists, which are
// asked far more often than they are built) so a miss ends quickly.
// Membership is plain byte equality, as with the standard containers; the
// words are views and must outlive the set.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <vector>

namespace sitrep::places {

class WordSet {
 public:
  WordSet() = default;
  // A fixed list (string literals).
  WordSet(std::initializer_list<std::string_view> words) {
    size_t size = 16;
    while (size < words.size() * 4) size *= 2;
    rehash(size);
    for (std::string_view w : words) insert(w);
  }

  // The id of `w` (0, 1, ... in order of first insertion), new or known.
  int insert(std::string_view w) {
    if (w.empty()) {
      if (empty_id_ < 0) empty_id_ = static_cast<int>(size_++);
      return empty_id_;
    }
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 64 : slots_.size() * 2);
    size_t i = hash(w) & mask_;
    while (slots_[i].word.data() != nullptr) {
      if (slots_[i].word == w) return slots_[i].id;
      i = (i + 1) & mask_;
    }
    if (w.size() > max_size_) max_size_ = w.size();
    slots_[i] = {w, static_cast<int>(size_++)};
    return slots_[i].id;
  }

  // The id of `w`, or -1.
  [[nodiscard]] int find(std::string_view w) const {
    if (w.empty()) return empty_id_;
    if (w.size() > max_size_) return -1;
    for (size_t i = hash(w) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.word.data() == nullptr) return -1;
      if (s.word == w) return s.id;
    }
  }
  [[nodiscard]] bool contains(std::string_view w) const { return find(w) >= 0; }
  // The spelling the code already used with std::unordered_set.
  [[nodiscard]] size_t count(std::string_view w) const { return contains(w) ? 1 : 0; }
  [[nodiscard]] size_t size() const { return size_; }

 private:
  struct Slot {
    std::string_view word;  // data() is null in an empty slot
    int id = -1;
  };

  static size_t hash(std::string_view w) {
    uint64_t h = 14695981039346656037ULL;
    for (const char c : w) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ULL;
    }
    return static_cast<size_t>(h ^ (h >> 29));
  }

  void rehash(size_t capacity) {
    std::vector<Slot> old(capacity);
    old.swap(slots_);
    mask_ = capacity - 1;
    for (const Slot& s : old) {
      if (s.word.data() == nullptr) continue;
      size_t i = hash(s.word) & mask_;
      while (slots_[i].word.data() != nullptr) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
  size_t max_size_ = 0;
  int empty_id_ = -1;  // "" has no slot (an empty slot is a null view)
};

}  // namespace sitrep::places
