// Two small open-addressing hash tables for the matcher's inner loop: word
// keys to ids and trie edges to child nodes. They beat std::unordered_map
// here because lookups (one per word of every article) mostly miss and need
// no node chasing. Filled while the matcher is built, read-only after.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace sitrep::actors {

inline uint64_t hash_bytes(std::string_view s) {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h ^ (h >> 29);
}

// Strings to dense ids 0, 1, 2, ...
class KeyIndex {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFF;

  // The id of `key`, adding it if new.
  uint32_t insert(std::string_view key) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    const uint64_t h = hash_bytes(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.id == kNone) {
        s = Slot{h, static_cast<uint32_t>(text_.size()), static_cast<uint32_t>(key.size()), count_};
        text_.append(key);
        return count_++;
      }
      if (s.hash == h && view(s) == key) return s.id;
    }
  }
  // The id of `key`, or kNone.
  [[nodiscard]] uint32_t find(std::string_view key) const {
    if (slots_.empty()) return kNone;
    const uint64_t h = hash_bytes(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == kNone) return kNone;
      if (s.hash == h && s.size == key.size() && std::memcmp(text_.data() + s.offset, key.data(), key.size()) == 0) {
        return s.id;
      }
    }
  }
  [[nodiscard]] uint32_t size() const { return count_; }

 private:
  struct Slot {
    uint64_t hash = 0;
    uint32_t offset = 0, size = 0;
    uint32_t id = kNone;
  };
  [[nodiscard]] std::string_view view(const Slot& s) const { return std::string_view(text_).substr(s.offset, s.size); }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.id == kNone) continue;
      size_t i = s.hash & mask_;
      while (slots_[i].id != kNone) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::string text_;
  uint32_t count_ = 0;
};

// 64-bit keys to 32-bit values.
class EdgeIndex {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFF;

  void insert(uint64_t key, uint32_t value) {
    if ((count_ + 1) * 2 > slots_.size()) grow();
    for (size_t i = mix(key) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.value == kNone) {
        s = Slot{key, value};
        ++count_;
        return;
      }
      if (s.key == key) {
        s.value = value;
        return;
      }
    }
  }
  [[nodiscard]] uint32_t find(uint64_t key) const {
    if (slots_.empty()) return kNone;
    for (size_t i = mix(key) & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.value == kNone || s.key == key) return s.value;
    }
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = kNone;
  };
  static uint64_t mix(uint64_t k) {
    k ^= k >> 33;
    k *= 0xff51afd7ed558ccdull;
    return k ^ (k >> 33);
  }
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (s.value == kNone) continue;
      size_t i = mix(s.key) & mask_;
      while (slots_[i].value != kNone) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  uint32_t count_ = 0;
};

}  // namespace sitrep::actors
