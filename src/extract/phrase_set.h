// A set of short word patterns matched against a sentence's lower-cased
// words: the engine behind the trigger and cue lexicons. Built once, then
// read-only and safe to share across threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "extract/word_ids.h"

namespace sitrep {

struct PhraseMatch {
  uint32_t first_word = 0;  // index of the first matched word
  uint32_t end_word = 0;    // one past the last matched word
  uint32_t pattern = 0;     // index of the pattern, in insertion order
};

class PhraseSet {
 public:
  // `pattern`: lower-case words separated by spaces; "word*" matches any word
  // starting with "word"; "_" matches any one word. Returns its index.
  uint32_t add(std::string_view pattern);
  [[nodiscard]] size_t size() const { return patterns_.size(); }

  // Every match in `words` (already lower-cased), in order of first word;
  // overlapping matches are all reported. At one word, patterns starting with
  // that exact word come first, then those starting with a prefix of it
  // (shortest prefix first), then those starting with "_"; each group in
  // insertion order.
  [[nodiscard]] std::vector<PhraseMatch> find_all(std::span<const std::string_view> words) const;
  // Calls fn(PhraseMatch) for every match, in find_all's order.
  template <class Fn>
  void for_each_match(std::span<const std::string_view> words, Fn&& fn) const;
  // The same, for a caller that has looked the words up already: ids[i] is
  // word_ids().find(words[i]), for every word.
  template <class Fn>
  void for_each_match(std::span<const std::string_view> words, const uint32_t* ids, Fn&& fn) const;
  // The exact words of the patterns, with the ids matching goes by.
  [[nodiscard]] const WordIds& word_ids() const { return words_; }
  // Whether some pattern matches starting exactly at words[at]; `end_word`
  // gets the end of the first one, in find_all's order.
  [[nodiscard]] bool matches_at(std::span<const std::string_view> words, size_t at,
                                size_t* end_word = nullptr) const;

 private:
  struct Part {
    uint32_t word = WordIds::kNone;  // an exact word: its id in words_
    std::string prefix;              // "word*": "word"
    bool wildcard = false;           // "_"
  };
  struct Pattern {
    uint32_t first_part = 0;  // into parts_
    uint32_t part_count = 0;
  };

  // A pattern as a candidate at a word its first part matched, with what
  // its second part needs, so most candidates are turned away without
  // reading the pattern.
  struct Candidate {
    uint32_t pattern = 0;
    uint32_t second_word = WordIds::kNone;  // id the next word must have; kNone: no need
    // Whether the pattern has parts that first part and second_word leave
    // unchecked; most are one or two exact words, settled without reading
    // the pattern.
    bool needs_rest = false;
  };

  // Whether `p`'s parts after the first match words[1, p.part_count), whose
  // ids are ids[...]; `available` words are there, counting words[0].
  [[nodiscard]] bool rest_matches(const Pattern& p, const std::string_view* words,
                                  const uint32_t* ids, size_t available) const;
  // What matches_starting reads of the set for every word, before most
  // words are turned away. Copied into a local once per sentence, it stays
  // in registers; read from the set, each member was loaded again for every
  // word (fn's stores might have changed it, as far as the compiler knew).
  struct FirstTests {
    const uint64_t* second_words;
    // Words this long or longer may open with a prefix's head: SIZE_MAX when
    // no pattern starts with a prefix.
    size_t head_length;
    // Null when every word of head_length bytes may (a head under 2 bytes).
    const uint64_t* head_keys;
    // Neither of the rare cases (no pattern starts with "_", and head_keys
    // is not null where it is read): matches_starting<true> need not ask.
    bool usual;
  };
  [[nodiscard]] FirstTests first_tests() const {
    const uint64_t* head_keys = head_length_ >= 2 ? head_keys_.data() : nullptr;
    const bool usual = wildcard_first_.empty() && (prefix_first_.empty() || head_keys != nullptr);
    return {second_words_.data(), prefix_first_.empty() ? SIZE_MAX : head_length_, head_keys,
            usual};
  }
  // Calls fn(pattern index) for each pattern matching at words[0], in
  // find_all's order; ids[k] is the id of words[k], `available` words are
  // there; `tests` is first_tests(). kUsual: tests.usual, settled once per
  // sentence rather than its two questions asked at every word.
  template <bool kUsual, class Fn>
  void matches_starting(const FirstTests& tests, const std::string_view* words, const uint32_t* ids,
                        size_t available, Fn&& fn) const;
  [[nodiscard]] Candidate candidate(uint32_t index) const;
  // Rebuilds the index of first-part prefixes by their first head_length_
  // bytes.
  void index_prefixes();

  std::vector<Part> parts_;
  std::vector<Pattern> patterns_;
  // Every exact word of every pattern; a sentence's words are looked up once.
  WordIds words_;
  std::vector<std::vector<Candidate>> starting_with_;  // by word id: patterns it starts
  // By word id: bit (id & 63) set for the id of every second word its
  // candidates need; kAnySecond when one of them needs none. A word such as
  // "the" or "in" starts a dozen patterns, and the word after it usually
  // fits none of them: the list is then not walked.
  static constexpr uint64_t kAnySecond = ~uint64_t{0};
  std::vector<uint64_t> second_words_;
  // Patterns starting with a prefix, in the order they are tried (shorter
  // prefix first, then insertion order), and the same grouped by the prefix's
  // first head_length_ bytes (the shortest first-part prefix's length).
  std::vector<uint32_t> prefix_first_;
  size_t head_length_ = 0;
  WordIds heads_;
  // Bit head_key(h) set for every head h: most words have no head's key
  // and skip the heads_ lookup (a second hash). Keyed by the head's first
  // two and last two bytes (all of a four-letter head), not its first two
  // alone: about three words in four that open like a head ("were", "that",
  // "city") have none. Plain 64-bit words rather than std::vector<bool>,
  // whose bit reference costs a few more instructions for every word of
  // every sentence.
  std::vector<uint64_t> head_keys_;
  // Whether `word` (at least head_length_ bytes) may open with a head;
  // `tests` is first_tests().
  [[nodiscard]] static bool may_open_a_head(const FirstTests& tests, std::string_view word) {
    return tests.head_keys == nullptr || has_head_key(tests, word);
  }
  // The same when tests.head_keys is not null.
  [[nodiscard]] static bool has_head_key(const FirstTests& tests, std::string_view word) {
    const size_t k = head_key(word, tests.head_length);
    return ((tests.head_keys[k >> 6] >> (k & 63)) & 1) != 0;
  }
  // 16 bits of the first two and the last two of the first `head_length`
  // (head_length_, at least 2) bytes of `word`, each pair read as one load.
  [[nodiscard]] static size_t head_key(std::string_view word, size_t head_length) {
    uint16_t first;
    uint16_t last;
    std::memcpy(&first, word.data(), 2);
    std::memcpy(&last, word.data() + head_length - 2, 2);
    return ((uint32_t{first} | uint32_t{last} << 16) * 0x9E3779B1u) >> 16;
  }
  std::vector<std::vector<Candidate>> starting_with_head_;  // by head id
  std::vector<uint32_t> wildcard_first_;                    // patterns starting with "_"
  size_t longest_pattern_ = 0;                              // in parts
};

template <bool kUsual, class Fn>
void PhraseSet::matches_starting(const FirstTests& tests, const std::string_view* words,
                                 const uint32_t* ids, size_t available, Fn&& fn) const {
  auto try_candidate = [&](const Candidate& c) {
    if (c.second_word != WordIds::kNone && (available < 2 || ids[1] != c.second_word)) return;
    if (!c.needs_rest || rest_matches(patterns_[c.pattern], words, ids, available)) fn(c.pattern);
  };
  if (ids[0] != WordIds::kNone) {
    const uint64_t seconds = tests.second_words[ids[0]];
    if (seconds == kAnySecond ||
        (available >= 2 && ids[1] != WordIds::kNone && ((seconds >> (ids[1] & 63)) & 1) != 0)) {
      for (const Candidate& c : starting_with_[ids[0]]) try_candidate(c);
    }
  }
  const std::string_view word = words[0];
  if (word.size() >= tests.head_length &&
      (kUsual ? has_head_key(tests, word) : may_open_a_head(tests, word))) {
    if (const uint32_t head = heads_.find(word.substr(0, head_length_)); head != WordIds::kNone) {
      for (const Candidate& c : starting_with_head_[head]) {
        if (word.starts_with(parts_[patterns_[c.pattern].first_part].prefix)) try_candidate(c);
      }
    }
  }
  if constexpr (!kUsual) {
    for (const uint32_t index : wildcard_first_) try_candidate(candidate(index));
  }
}

template <class Fn>
void PhraseSet::for_each_match(std::span<const std::string_view> words, Fn&& fn) const {
  // Every sentence asks; one buffer per thread instead of one per call.
  thread_local std::vector<uint32_t> ids;
  const size_t count = words.size();
  ids.resize(count);
  // Read through locals: the stores would otherwise make the compiler
  // reload both vectors' bounds for every word.
  const std::string_view* word = words.data();
  uint32_t* id = ids.data();
  for (size_t i = 0; i < count; ++i) id[i] = words_.find(word[i]);
  for_each_match(words, id, fn);
}

template <class Fn>
void PhraseSet::for_each_match(std::span<const std::string_view> words, const uint32_t* ids,
                               Fn&& fn) const {
  const size_t count = words.size();
  // Read through a local: fn's stores would otherwise make the compiler
  // reload the vector's bounds for every word.
  const std::string_view* word = words.data();
  const FirstTests tests = first_tests();
  auto each_word = [&](auto usual) {
    for (size_t i = 0; i < count; ++i) {
      matches_starting<decltype(usual)::value>(
          tests, word + i, ids + i, count - i, [&](uint32_t index) {
            fn(PhraseMatch{static_cast<uint32_t>(i),
                           static_cast<uint32_t>(i + patterns_[index].part_count), index});
          });
    }
  };
  if (tests.usual) {
    each_word(std::true_type{});
  } else {
    each_word(std::false_type{});
  }
}

}  // namespace sitrep
