// The words a PhraseSet's patterns are made of, each with a small id (its
// insertion rank), so a sentence's words are looked up once and patterns
// compare ids instead of strings.
//
// Phrase matching asks about every word of every sentence, and most words
// start no pattern: with std::unordered_map each question ran the full
// _Hash_bytes, a modulo and a node walk. Here the hash reads only the
// length and the first and last two bytes (constant time, and enough to tell a lexicon's words
// apart: words that share them just probe one slot further and are told
// apart by the byte comparison); the table is one flat power-of-two array
// probed linearly, kept at most a quarter full so a miss usually ends at the
// first slot. The set owns its words; read-only lookups are safe to share
// across threads.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_words.h"

namespace sitrep {

class WordIds {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;

  // The id of `w` (0, 1, ... in order of first insertion), new or known.
  uint32_t insert(std::string_view w) {
    if (const uint32_t known = find(w); known != kNone) return known;
    if ((words_.size() + 1) * 4 > slots_.size()) rehash(std::max<size_t>(64, slots_.size() * 2));
    const auto id = static_cast<uint32_t>(words_.size());
    words_.emplace_back(w);
    place(id);
    return id;
  }

  // The id of `w`, or kNone.
  [[nodiscard, gnu::always_inline]] uint32_t find(std::string_view w) const {
    return reader().find(w);
  }

 private:
  struct Slot {
    uint32_t hash = 0;
    uint32_t id = kNone;  // kNone: empty
  };

 public:
  // What find() reads, copied out of the set, for a caller that looks up
  // many words in a row and stores each answer: held in a local, these stay
  // in registers, where the set's own members had to be read again after
  // every store (a store through a char pointer may alias anything).
  // Valid while the set is not changed.
  class Reader {
   public:
    // The id of `w`, or kNone.
    // Inlined: every word of every sentence is looked up, and the call costs
    // as much as a miss.
    [[nodiscard, gnu::always_inline]] uint32_t find(std::string_view w) const {
      // (No test of the length first: a word longer than any member is rare,
      // and misses at an empty slot or on the length compare anyway.)
      const uint32_t h = hash(w);
      for (size_t i = h & mask_;; i = (i + 1) & mask_) {
        const Slot& s = slots_[i];
        if (s.id == kNone) return kNone;
        if (s.hash == h && byte_words::same_word(words_[s.id], w)) return s.id;
      }
    }

   private:
    friend class WordIds;
    Reader(const Slot* slots, size_t mask, const std::string* words)
        : slots_(slots), mask_(mask), words_(words) {}
    const Slot* slots_;
    size_t mask_;
    const std::string* words_;
  };
  [[nodiscard]] Reader reader() const { return Reader(slots_.data(), mask_, words_.data()); }

  [[nodiscard]] size_t size() const { return words_.size(); }
  // The word whose id is `id` (< size()).
  [[nodiscard]] std::string_view word(uint32_t id) const { return words_[id]; }

 private:
  static uint32_t hash(std::string_view w) {
    const size_t n = w.size();
    uint32_t h = static_cast<uint32_t>(n);
    if (n >= 2) {
      // The first two and the last two bytes, each pair read as one load.
      uint16_t head;
      uint16_t tail;
      std::memcpy(&head, w.data(), 2);
      std::memcpy(&tail, w.data() + n - 2, 2);
      h ^= uint32_t{head} << 8 ^ uint32_t{tail} << 19;
    } else if (n == 1) {
      h ^= static_cast<uint32_t>(static_cast<unsigned char>(w[0])) << 8;
    }
    h *= 0x9E3779B1u;  // spread the bytes over the bits the mask keeps
    return h ^ (h >> 15);
  }

  void place(uint32_t id) {
    const uint32_t h = hash(words_[id]);
    size_t i = h & mask_;
    while (slots_[i].id != kNone) i = (i + 1) & mask_;
    slots_[i] = {h, id};
  }

  void rehash(size_t size) {
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    for (uint32_t id = 0; id < words_.size(); ++id) place(id);
  }

  std::vector<std::string> words_;
  // One empty slot while the set is empty, so find() need not test for an
  // empty table (every word of every sentence is looked up).
  std::vector<Slot> slots_ = std::vector<Slot>(1);
  size_t mask_ = 0;
};

}  // namespace sitrep
