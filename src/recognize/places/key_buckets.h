// Internal to the world index: where in a sorted key table (world.gaz's
// half a million folded names, or their skeletons) a key can be, by its
// first three bytes, so that a lookup binary-searches one bucket of keys
// instead of the whole table (about seven probes instead of nineteen, each
// a string compare).
//
// A key's bucket is its first three bytes, each as a class: 0 for a byte
// below 'a' or no byte, 1..26 for 'a'..'z', 27 above 'z'; after the first
// byte that is no letter every class counts as 0. Byte order of keys never
// reverses bucket order (two keys that first differ at a non-letter byte
// have equal buckets from there on), so the keys of a sorted table fall into
// buckets in order, and equal keys share one bucket.
//
// Built once when the table is opened; read-only after, safe to share.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace sitrep::places {

class KeyBuckets {
 public:
  // `key_at(i)` gives the i-th of `count` keys, in byte order. Each bucket's
  // start is found by binary search, halving the buckets and the keys
  // together, so only a few thousand keys are read, not the whole table (its
  // pages stay on disk until a lookup needs them). A table out of order (a
  // corrupt file) gives wrong answers, never ranges past `count`.
  template <class KeyAt>
  void build(uint32_t count, KeyAt key_at) {
    starts_.assign(kBuckets + 1, 0);
    starts_[kBuckets] = count;
    fill(0, kBuckets, 0, count, key_at);
  }

  // The index range [first, last) of the table that holds `key` if the
  // table has it; the whole table before build().
  [[nodiscard]] std::pair<uint32_t, uint32_t> range(std::string_view key, uint32_t count) const {
    if (starts_.empty()) return {0, count};
    const size_t b = bucket(key);
    return {starts_[b], starts_[b + 1]};
  }

  // The index range that holds every key starting with `prefix`: the
  // prefix's bucket when the prefix fixes it (three bytes or more, or a
  // byte among them that is no letter, after which every class is 0),
  // else the whole table.
  [[nodiscard]] std::pair<uint32_t, uint32_t> prefix_range(std::string_view prefix,
                                                           uint32_t count) const {
    bool fixed = prefix.size() >= 3;
    for (size_t i = 0; i < prefix.size() && !fixed; ++i)
      fixed = !(prefix[i] >= 'a' && prefix[i] <= 'z');
    return fixed ? range(prefix, count) : std::pair<uint32_t, uint32_t>{0, count};
  }

 private:
  static constexpr size_t kClasses = 28;
  static constexpr size_t kBuckets = kClasses * kClasses * kClasses;

  static size_t bucket(std::string_view key) {
    size_t b = 0;
    bool letters = true;  // every byte so far is a letter
    for (size_t i = 0; i < 3; ++i) {
      size_t c = 0;
      if (letters && i < key.size()) {
        const auto byte = static_cast<unsigned char>(key[i]);
        if (byte >= 'a' && byte <= 'z') {
          c = static_cast<size_t>(byte - 'a') + 1;
        } else {
          c = byte > 'z' ? kClasses - 1 : 0;
          letters = false;
        }
      }
      b = b * kClasses + c;
    }
    return b;
  }

  // Sets the starts of buckets low + 1 .. high - 1, given that bucket low
  // starts at key `first` and bucket high at key `last`.
  template <class KeyAt>
  void fill(size_t low, size_t high, uint32_t first, uint32_t last, KeyAt& key_at) {
    if (high - low < 2) return;
    if (first == last) {  // no keys: every bucket between starts there
      std::fill(starts_.begin() + static_cast<std::ptrdiff_t>(low) + 1,
                starts_.begin() + static_cast<std::ptrdiff_t>(high), first);
      return;
    }
    const size_t mid = low + (high - low) / 2;
    uint32_t lo = first, hi = last;  // the first key of bucket mid or later
    while (lo < hi) {
      const uint32_t m = lo + (hi - lo) / 2;
      if (bucket(key_at(m)) < mid)
        lo = m + 1;
      else
        hi = m;
    }
    starts_[mid] = lo;
    fill(low, mid, first, lo, key_at);
    fill(mid, high, lo, last, key_at);
  }

  std::vector<uint32_t> starts_;  // per bucket, its first key; kBuckets + 1 entries
};

}  // namespace sitrep::places
