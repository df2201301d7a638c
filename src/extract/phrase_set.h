// A set of short word patterns matched against a sentence's lower-cased
// words: the engine behind the trigger and cue lexicons. Built once, then
// read-only and safe to share across threads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace sitrep {

struct PhraseMatch {
  uint32_t first_word = 0;  // index of the first matched word
  uint32_t end_word = 0;    // one past the last matched word
  uint32_t pattern = 0;     // index of the pattern, in insertion order
};

class PhraseSet {
 public:
  // First-part lookups, keyed by a word or a prefix; string_view lookups
  // allocate nothing.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<uint32_t>, Hash, std::equal_to<>>;

  // `pattern`: lower-case words separated by spaces; "word*" matches any word
  // starting with "word"; "_" matches any one word. Returns its index.
  uint32_t add(std::string_view pattern);
  [[nodiscard]] size_t size() const { return patterns_.size(); }

  // Every match in `words` (already lower-cased), in order of first word;
  // overlapping matches are all reported.
  [[nodiscard]] std::vector<PhraseMatch> find_all(const std::vector<std::string>& words) const;
  // Whether some pattern matches starting exactly at words[at].
  [[nodiscard]] bool matches_at(const std::vector<std::string>& words, size_t at,
                                size_t* end_word = nullptr) const;

 private:
  struct Part {
    std::string text;
    bool prefix = false;    // "word*"
    bool wildcard = false;  // "_"
  };
  using Pattern = std::vector<Part>;
  [[nodiscard]] bool match_from(const Pattern& p, const std::vector<std::string>& words,
                                size_t at) const;
  // Calls fn(pattern index) for each pattern whose first part can match `word`.
  template <class Fn>
  void for_each_candidate(const std::string& word, Fn&& fn) const;

  // A cheap key of a word's (or prefix's) first two bytes and length; the
  // filters below hold the keys of every first part, so most words, which
  // start no pattern, are turned away without hashing them (matches_at runs
  // for every word of every cue window).
  static constexpr size_t kFilterBits = 1u << 15;
  static size_t filter_key(std::string_view word, size_t length);
  [[nodiscard]] static bool in_filter(const std::vector<uint64_t>& filter, size_t key) {
    return (filter[key >> 6] >> (key & 63)) & 1u;
  }

  std::vector<Pattern> patterns_;
  Index by_first_word_;    // "shelled"
  Index by_first_prefix_;  // "shell*", by "shell"; each word's prefixes are tried
  std::vector<uint64_t> first_word_filter_ = std::vector<uint64_t>(kFilterBits / 64);
  std::vector<uint64_t> first_prefix_filter_ = std::vector<uint64_t>(kFilterBits / 64);
  std::vector<uint32_t> prefix_lengths_;  // distinct lengths of first-part prefixes, ascending
  std::vector<uint32_t> wildcard_first_;  // patterns starting with "_"
};

}  // namespace sitrep
