// Small ids for folded keys (place names, "al raqqa"), for the tables the
// geoparser asks about every window of capitalised words: the per-document
// CandidateLists and the per-thread RecentAnswers.
//
// With std::unordered_map<std::string, ...> (or a WordSet over a deque of
// owned copies) each new key cost a node or string allocation, the key was
// hashed a byte at a time or by _Hash_bytes, and again on every rehash.
// Here keys are copied once, back to back, into one arena; the hash is taken
// eight bytes at a time and kept with the entry, so probing compares hashes
// before bytes and growing the table never hashes a key again.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_words.h"

namespace sitrep::places {

class KeyTable {
 public:
  // The id of `key` (0, 1, ... in order of first insertion), or -1.
  [[nodiscard]] int find(std::string_view key) const { return find(key, hash(key)); }

  // The id of `key`, new or known; `inserted` says which.
  // One probe finds the key or the empty slot it goes in.
  int insert(std::string_view key, bool& inserted) {
    const uint64_t h = hash(key);
    if (slots_.empty()) grow();
    size_t i = (h >> 32) & mask_;
    for (; slots_[i] >= 0; i = (i + 1) & mask_) {
      const int id = slots_[i];
      if (holds(entries_[static_cast<size_t>(id)], key, h)) {
        inserted = false;
        return id;
      }
    }
    inserted = true;
    const auto id = static_cast<int>(entries_.size());
    entries_.push_back(
        {h, static_cast<uint32_t>(arena_.size()), static_cast<uint32_t>(key.size())});
    arena_.append(key.data(), key.size());
    if (entries_.size() * 2 > slots_.size())
      grow();  // places every key, this one too
    else
      slots_[i] = id;
    return id;
  }

  [[nodiscard]] std::string_view key(int id) const {
    const Entry& e = entries_[static_cast<size_t>(id)];
    return {arena_.data() + e.offset, e.size};
  }
  [[nodiscard]] size_t size() const { return entries_.size(); }

  void clear() {
    arena_.clear();
    entries_.clear();
    slots_.assign(slots_.size(), -1);
  }

 private:
  struct Entry {
    uint64_t hash;
    uint32_t offset;  // of the key in arena_
    uint32_t size;
  };

  // Eight bytes at a time; the last one to seven bytes in two loads of
  // four, or three single bytes (no call to memcpy of a variable size).
  static uint64_t hash(std::string_view key) {
    constexpr uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;
    const char* p = key.data();
    size_t n = key.size();
    uint64_t h = n * kMultiplier;
    for (; n >= 8; p += 8, n -= 8) {
      uint64_t chunk;
      std::memcpy(&chunk, p, 8);
      h = (h ^ chunk) * kMultiplier;
      h ^= h >> 29;
    }
    uint64_t tail = 0;
    if (n >= 4) {
      uint32_t low, high;
      std::memcpy(&low, p, 4);
      std::memcpy(&high, p + n - 4, 4);
      tail = low | static_cast<uint64_t>(high) << 32;
    } else if (n > 0) {
      tail = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) << 16 |
             static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
             static_cast<unsigned char>(p[n - 1]);
    }
    h = (h ^ tail) * kMultiplier;
    return h ^ (h >> 32);
  }

  [[nodiscard]] int find(std::string_view key, uint64_t h) const {
    if (slots_.empty()) return -1;
    for (size_t i = (h >> 32) & mask_;; i = (i + 1) & mask_) {
      const int id = slots_[i];
      if (id < 0) return -1;
      if (holds(entries_[static_cast<size_t>(id)], key, h)) return id;
    }
  }

  [[nodiscard]] bool holds(const Entry& e, std::string_view key, uint64_t h) const {
    return e.hash == h && e.size == key.size() &&
           byte_words::same_bytes(arena_.data() + e.offset, key.data(), key.size());
  }

  void place(int id) {
    size_t i = (entries_[static_cast<size_t>(id)].hash >> 32) & mask_;
    while (slots_[i] >= 0) i = (i + 1) & mask_;
    slots_[i] = id;
  }

  void grow() {
    if (slots_.empty()) {
      arena_.reserve(4096);
      entries_.reserve(128);
    }
    const size_t capacity = slots_.empty() ? 256 : slots_.size() * 2;
    slots_.assign(capacity, -1);
    mask_ = capacity - 1;
    for (size_t id = 0; id < entries_.size(); ++id) place(static_cast<int>(id));
  }

  std::string arena_;           // every key, back to back
  std::vector<Entry> entries_;  // by id
  std::vector<int32_t> slots_;  // ids by hash, -1 empty; at most half full
  size_t mask_ = 0;
};

}  // namespace sitrep::places
