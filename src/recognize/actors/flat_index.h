// Two small open-addressing hash tables for the matcher's inner loop: word
// keys to ids and trie edges to child nodes. They beat std::unordered_map
// here because lookups (one per word of every article) mostly miss and need
// no node chasing. Filled while the matcher is built, read-only after.
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_words.h"

namespace sitrep::actors {

// A fast hash for short words: eight bytes at a time.
inline uint64_t hash_bytes(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    h = (h ^ w) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
  }
  if (const size_t rest = s.size() - i; rest > 0) {
    // The last 1-7 bytes without a variable-length copy (a call to memcpy):
    // two overlapping 4-byte reads, or the first, middle and last byte;
    // either way every byte counts.
    const char* p = s.data() + i;
    uint64_t w = 0;
    if (rest >= 4) {
      uint32_t lo = 0, hi = 0;
      std::memcpy(&lo, p, 4);
      std::memcpy(&hi, p + rest - 4, 4);
      w = (static_cast<uint64_t>(hi) << 32) | lo;
    } else {
      w = static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
          static_cast<uint64_t>(static_cast<unsigned char>(p[rest / 2])) << 8 |
          static_cast<uint64_t>(static_cast<unsigned char>(p[rest - 1])) << 16;
    }
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 32;
  }
  return h * 0x9E3779B97F4A7C15ull;
}

// A word of up to eight bytes as the little-endian number of its bytes
// (the bytes past its end zero): with the length known, equal codes mean
// equal words. Read without a byte loop or a variable-length copy: two
// overlapping 4-byte reads, or the first, middle and last byte. It is the
// same number as an 8-byte read masked to the word (KeyIndex::find_padded).
inline uint64_t pack_short_word(std::string_view s) {
  const char* p = s.data();
  const size_t n = s.size();
  if (n == 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    return w;
  }
  if (n >= 4) {
    uint32_t lo = 0, hi = 0;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + n - 4, 4);
    return lo | static_cast<uint64_t>(hi) << (8 * (n - 4));
  }
  if (n == 0) return 0;
  return static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
         static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << (8 * (n / 2)) |
         static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << (8 * (n - 1));
}

// Strings to dense ids 0, 1, 2, ... A slot holds a word's code and length:
// for words of up to eight bytes the code is the packed word itself, so a
// lookup compares them without reading the stored word; longer words keep
// their hash there and are compared byte by byte. The words live in one string.
class KeyIndex {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFF;

  // The id of `key`, adding it if new.
  uint32_t insert(std::string_view key) {
    if (const uint32_t id = find(key); id != kNone) return id;
    // At most a quarter full: lookups (one per word of every article)
    // mostly miss, and a miss probes until it meets an empty slot.
    if ((count_ + 1) * 4 > slots_.size()) grow();
    const Code c = code_of(key);
    size_t i = slot_of(c.hash);
    while (slots_[i].id != kNone) i = (i + 1) & mask_;
    slots_[i] = Slot{c.code, static_cast<uint32_t>(key.size()), count_};
    offsets_.push_back(static_cast<uint32_t>(text_.size()));
    text_.append(key);
    offsets_.push_back(static_cast<uint32_t>(text_.size()));
    return count_++;
  }
  // The id of `key`, or kNone.
  [[nodiscard]] uint32_t find(std::string_view key) const {
    if (key.size() <= kShort) return find_packed(pack_short_word(key), key.size());
    return find_long(key);
  }
  // The same for a key with eight readable bytes after its end, and so
  // from its start (a key in a padded buffer, as tokenize() makes them): a
  // short key's code is one masked read, looked up as find_packed() does,
  // and a key of up to sixteen bytes is hashed from two reads.
  [[nodiscard]] uint32_t find_padded(std::string_view key) const {
    const size_t n = key.size();
    if (n <= kShort) return find_packed(byte_words::load(key.data()) & kFirstBytes[n], n);
    if (n > 2 * kShort) return find_long(key);
    const uint64_t tail = byte_words::load(key.data() + kShort) & kFirstBytes[n - kShort];
    return probe_long(two_word_hash(byte_words::load(key.data()), tail, n), key);
  }
  [[nodiscard]] uint32_t size() const { return count_; }
  // The word with id `id` (< size()).
  [[nodiscard]] std::string_view word(uint32_t id) const {
    // Offsets are always in range: no substr bounds check.
    return std::string_view(text_.data() + offsets_[2 * id],
                            offsets_[2 * id + 1] - offsets_[2 * id]);
  }

 private:
  static constexpr size_t kShort = 8;  // words packed whole into a slot's code
  // kFirstBytes[n] keeps the first n bytes (text order) of an eight-byte
  // load: one table read instead of a shift by a variable count (and n = 0
  // needs no case of its own: the empty word packs to 0 as well).
  static constexpr std::array<uint64_t, kShort + 1> kFirstBytes = [] {
    std::array<uint64_t, kShort + 1> masks{};
    for (size_t n = 1; n <= kShort; ++n) masks[n] = ~uint64_t{0} >> (64 - 8 * n);
    return masks;
  }();
  struct Code {
    uint64_t code;  // the packed word (up to kShort bytes), else its hash
    uint64_t hash;  // picks the slot (by its top bits)
  };
  // One multiply: a slot is picked by the product's top bits, which every
  // bit of the packed word reaches.
  static uint64_t spread(uint64_t packed) { return packed * 0x9E3779B97F4A7C15ull; }
  // The hash of a word of kShort + 1 to 2 * kShort bytes from its first
  // eight bytes and the rest packed (pack_short_word): no byte loop.
  static uint64_t two_word_hash(uint64_t head, uint64_t tail, size_t size) {
    uint64_t h = (head ^ size) * 0xff51afd7ed558ccdull;
    h ^= h >> 32;
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 32;
    return h * 0x9E3779B97F4A7C15ull;
  }
  // The hash of a word of more than kShort bytes.
  static uint64_t long_hash(std::string_view key) {
    if (key.size() > 2 * kShort) return hash_bytes(key);
    return two_word_hash(byte_words::load(key.data()), pack_short_word(key.substr(kShort)),
                         key.size());
  }
  static Code code_of(std::string_view key) {
    if (key.size() > kShort) {
      const uint64_t h = long_hash(key);
      return Code{h, h};
    }
    const uint64_t packed = pack_short_word(key);
    return Code{packed, spread(packed)};
  }
  // The id of a word of up to 8 bytes given as pack_short_word() packs it.
  [[nodiscard]] uint32_t find_packed(uint64_t packed, size_t size) const {
    for (size_t i = slot_of(spread(packed));; i = (i + 1) & mask_) {
      // An empty slot (id kNone, size 0) ends the search with its id, as
      // the word's own slot does: one test, bitwise, for both, since
      // whether a text's word is in the table follows no pattern.
      const Slot& s = slots_[i];
      if ((s.id == kNone) | ((s.code == packed) & (s.size == size))) return s.id;
    }
  }
  [[nodiscard]] size_t slot_of(uint64_t hash) const { return static_cast<size_t>(hash >> shift_); }
  // The id of a word of more than kShort bytes, or kNone: slots hold its
  // hash, so an equal hash and size still needs the words compared.
  [[nodiscard]] uint32_t find_long(std::string_view key) const {
    return probe_long(long_hash(key), key);
  }
  [[nodiscard]] uint32_t probe_long(uint64_t hash, std::string_view key) const {
    for (size_t i = slot_of(hash);; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (s.id == kNone) return kNone;
      if (s.code == hash && s.size == key.size() && byte_words::same_word(word(s.id), key))
        return s.id;
    }
  }
  struct Slot {
    uint64_t code = 0;
    uint32_t size = 0;
    uint32_t id = kNone;
  };
  void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(std::max(kInitialSlots, old.size() * 2), Slot{});
    mask_ = slots_.size() - 1;
    shift_ = 64 - static_cast<unsigned>(std::countr_zero(slots_.size()));
    for (const Slot& s : old) {
      if (s.id == kNone) continue;
      size_t i = slot_of(code_of(word(s.id)).hash);
      while (slots_[i].id != kNone) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }
  // Never empty, so a lookup needs no check for a table not yet made.
  static constexpr size_t kInitialSlots = 1024;
  std::vector<Slot> slots_ = std::vector<Slot>(kInitialSlots);
  size_t mask_ = kInitialSlots - 1;
  unsigned shift_ = 64 - 10;  // 64 - log2(kInitialSlots)
  std::string text_;
  std::vector<uint32_t> offsets_;  // start and end of word id in text_
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
      if ((s.value == kNone) | (s.key == key)) return s.value;  // bitwise: one branch
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
