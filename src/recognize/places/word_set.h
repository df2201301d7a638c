// A set of short words, each with a small id (its insertion rank), for the
// geoparser's per-word questions.
//
// The toponym finder asks fixed word lists about nearly every word of every
// article, builds the set of the article's lowercase words, and the resolver
// gives every candidate's country and province code an id. With
// std::unordered_set / unordered_map these were about a fifth of geoparse
// time: std::hash runs the full _Hash_bytes, a modulo by a prime picks the
// bucket, every insertion allocates a node. Here a word whose first letter
// and length no member has is rejected before hashing, the hash reads a
// word eight bytes at a time, and the table is one flat power-of-two array
// probed linearly, kept at most half full (a quarter for the fixed lists,
// which are asked far more often than they are built) so a miss ends
// quickly.
// Membership is plain byte equality, as with the standard containers; the
// words are views and must outlive the set.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_words.h"

namespace sitrep::places {

class WordSet {
 public:
  WordSet() = default;
  // A fixed list (string literals).
  WordSet(std::initializer_list<std::string_view> words) { insert_fixed(words); }
  // A fixed list read from a file: the strings must outlive the set.
  explicit WordSet(const std::vector<std::string>& words) { insert_fixed(words); }

  // Room for `words` words without growing: rehashing as a set fills
  // costs more than the few empty slots.
  void reserve(size_t words) {
    size_t size = slots_.empty() ? 64 : slots_.size();
    while (size < words * 2) size *= 2;
    if (size > slots_.size()) rehash(size);
  }

  // The id of `w` (0, 1, ... in order of first insertion), new or known.
  int insert(std::string_view w) {
    return insert_stored(w, [](std::string_view word) { return word; });
  }

  // insert() for a word that is not yet in storage of its own: a new word
  // is kept as store(w), a view of a copy that must outlive the set. One
  // probe serves the question and the insertion.
  template <typename Store>
  int insert_stored(std::string_view w, Store&& store) {
    if (w.empty()) {
      if (empty_id_ < 0) empty_id_ = static_cast<int>(size_++);
      return empty_id_;
    }
    if ((size_ + 1) * 2 > slots_.size()) rehash(slots_.empty() ? 64 : slots_.size() * 2);
    size_t i = hash(w) & mask_;
    while (slots_[i].word.data() != nullptr) {
      if (byte_words::same_word(slots_[i].word, w)) return slots_[i].id;
      i = (i + 1) & mask_;
    }
    if (w.size() > max_size_) max_size_ = w.size();
    lengths_by_first_[first_slot(w)] |= length_bit(w);
    slots_[i] = {store(w), static_cast<int>(size_++)};
    return slots_[i].id;
  }

  // False when no member has the first letter (either case: 'A' and 'a'
  // share a slot) and the length of `w`: most words asked about a fixed
  // list are out here, before any hashing. A word that only an ASCII
  // lowercasing sets apart asks the same, so callers may ask before
  // lowercasing.
  [[nodiscard]] bool may_contain(std::string_view w) const {
    if (w.empty()) return empty_id_ >= 0;
    return (lengths_by_first_[first_slot(w)] & length_bit(w)) != 0;
  }

  // The id of `w`, or -1. The first-letter-and-length test is inline, the
  // probe out of line: most words asked are out before it, and the call.
  [[nodiscard]] int find(std::string_view w) const {
    if (w.empty()) return empty_id_;
    if (w.size() > max_size_ || !may_contain(w)) return -1;
    return probe(w);
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

  // Multiply-xorshift over the word read eight bytes at a time (a short
  // word in two overlapping four-byte reads, or three bytes): FNV-1a's byte
  // loop was a sizeable share of every lookup. Ids are insertion ranks, so
  // the hash never shows in any answer.
  static size_t hash(std::string_view w) {
    constexpr uint64_t kMul = 0x9E3779B97F4A7C15ULL;
    const char* p = w.data();
    const size_t n = w.size();
    uint64_t h = n * kMul;
    auto mix = [&h](uint64_t x) {
      h = (h ^ x) * kMul;
      h ^= h >> 32;
    };
    if (n >= 8) {
      size_t i = 0;
      for (; i + 8 <= n; i += 8) mix(load<uint64_t>(p + i));
      if (i < n) mix(load<uint64_t>(p + n - 8));
    } else if (n >= 4) {
      mix((uint64_t{load<uint32_t>(p)} << 32) | load<uint32_t>(p + n - 4));
    } else if (n > 0) {
      mix((uint64_t{static_cast<unsigned char>(p[0])} << 16) |
          (uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
          static_cast<unsigned char>(p[n - 1]));
    }
    return static_cast<size_t>(h ^ (h >> 29));
  }
  [[gnu::noinline]] int probe(std::string_view w) const {
    for (size_t i = hash(w) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.word.data() == nullptr) return -1;
      if (byte_words::same_word(s.word, w)) return s.id;
    }
  }
  // may_contain's slot and bit: the first byte's low five bits (the same
  // for an ASCII letter in either case), one bit per length up to 31 and
  // one for all longer.
  static size_t first_slot(std::string_view w) { return static_cast<unsigned char>(w[0]) & 31u; }
  static uint32_t length_bit(std::string_view w) {
    return uint32_t{1} << (w.size() < 31 ? w.size() : 31);
  }

  // A fixed list's table is a quarter full: it is asked far more often
  // than built, and a miss ends sooner.
  template <typename Words>
  void insert_fixed(const Words& words) {
    size_t size = 16;
    while (size < words.size() * 4) size *= 2;
    rehash(size);
    for (std::string_view w : words) insert(w);
  }

  template <typename T>
  static T load(const char* p) {
    T x;
    std::memcpy(&x, p, sizeof x);
    return x;
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
  std::array<uint32_t, 32> lengths_by_first_{};  // may_contain's bits
  int empty_id_ = -1;  // "" has no slot (an empty slot is a null view)
};

}  // namespace sitrep::places
