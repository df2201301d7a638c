// Storage for many strings that live and die together (a document's
// lower-cased text and the words folded from it), handed out as views.
//
// A std::string per word costs a construction, a destruction and, past the
// small-string size, an allocation each; the arena holds them in a few
// large blocks instead. Blocks are never moved or freed before the arena, so
// every view it returned stays valid while the arena lives, even if the
// arena itself is moved. Not copyable (a copy's views would point into the
// original). Not thread-safe: one arena per document.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace sitrep {

class StringArena {
 public:
  // `first_block`: bytes of the first block; later blocks are at least as
  // large. Sizing it to the expected total makes one allocation in all.
  StringArena() = default;
  explicit StringArena(size_t first_block) : next_block_(std::max<size_t>(first_block, 64)) {}

  // Room for n bytes, to be filled by the caller, that lives as long as the
  // arena.
  char* allocate(size_t n) {
    if (n > left_) grow(n);
    char* at = free_;
    free_ += n;
    left_ -= n;
    return at;
  }
  // A copy of `s` that lives as long as the arena.
  std::string_view copy(std::string_view s) {
    char* at = allocate(s.size());
    if (!s.empty()) std::memcpy(at, s.data(), s.size());
    return {at, s.size()};
  }

 private:
  void grow(size_t at_least) {
    const size_t size = std::max(next_block_, at_least);
    blocks_.push_back(std::make_unique_for_overwrite<char[]>(size));
    free_ = blocks_.back().get();
    left_ = size;
    next_block_ = size * 2;
  }

  std::vector<std::unique_ptr<char[]>> blocks_;
  char* free_ = nullptr;
  size_t left_ = 0;
  size_t next_block_ = 4096;
};

}  // namespace sitrep
