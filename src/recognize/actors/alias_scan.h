// Internal to the actor matcher: the leftmost-longest walk of its alias trie
// over a text's tokens. Takes the tokens of tokenize(text, &vocabulary), with
// their word ids, and the trie (root children, edges, entries per node);
// gives the alias occurrences whose entries the text's case, articles and
// country context allow.
#pragma once

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/actors/actor_matcher.h"
#include "recognize/actors/flat_index.h"
#include "recognize/actors/match_text.h"

namespace sitrep::actors {

// Alias tokens written in capitals, one bit each, up to this many.
constexpr size_t kMaxMaskTokens = 32;

// Country codes compared inline: nearly all are two bytes, and a
// std::string == calls memcmp for every pair of equal length.
inline bool same_code(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  if (a.size() == 2) {  // both bytes at once: which byte differs follows no pattern
    uint16_t x, y;
    std::memcpy(&x, a.data(), 2);
    std::memcpy(&y, b.data(), 2);
    return x == y;
  }
  return a.empty() || std::memcmp(a.data(), b.data(), a.size()) == 0;
}

// Where each country of a MatchContext stands in it (its index in
// ctx.countries, the first if repeated), for the rank and locality tests
// the matcher makes for every entry it meets: a code of two capital letters
// is one table read, not a compare per context country; other codes take
// the compares. Keeps a pointer to `ctx`, which must outlive it.
class CountryRanks {
 public:
  explicit CountryRanks(const MatchContext& ctx)
      : countries_(&ctx.countries), no_country_rank_(countries_->size()) {
    ranks_.fill(kAbsent);
    for (size_t i = countries_->size(); i-- > 0;) {  // backwards: the first of repeats wins
      if (const int slot = slot_of((*countries_)[i]); slot >= 0 && i < kAbsent)
        ranks_[static_cast<size_t>(slot)] = static_cast<uint8_t>(i);
      if ((*countries_)[i].empty()) no_country_rank_ = i;
    }
  }
  // The index of `code` in ctx.countries; else its size for "" (no country)
  // and one more for any other code.
  [[nodiscard]] size_t rank(std::string_view code) const {
    const size_t count = countries_->size();
    if (const int slot = slot_of(code); slot >= 0 && count < kAbsent) {
      const uint8_t r = ranks_[static_cast<size_t>(slot)];
      return r == kAbsent ? count + 1 : r;
    }
    if (code.empty()) return no_country_rank_;  // transnational rows, often met
    for (size_t i = 0; i < count; ++i) {
      if (same_code((*countries_)[i], code)) return i;
    }
    return count + 1;
  }
  // Whether `code` is one of the context's countries.
  [[nodiscard]] bool contains(std::string_view code) const {
    return rank(code) < countries_->size();
  }

 private:
  static constexpr uint8_t kAbsent = 0xFF;
  // 0..675 for "AA".."ZZ", else -1.
  static int slot_of(std::string_view code) {
    if (code.size() != 2) return -1;
    const unsigned a = static_cast<unsigned char>(code[0]) - 'A';
    const unsigned b = static_cast<unsigned char>(code[1]) - 'A';
    return a < 26 && b < 26 ? static_cast<int>(a * 26 + b) : -1;
  }
  const std::vector<std::string>* countries_;
  size_t no_country_rank_;  // rank(""): the index of "" in the context, else its size
  std::array<uint8_t, 26 * 26> ranks_;
};

// The key tokens of a text: its non-article tokens whose words some alias
// or pattern uses, each with the start of any articles right before it
// ("al-" of "al-Nusra") and whether a phrase break, or a word no alias has,
// lies before it (either way no alias runs on across it). Every field is
// given where one is made, so none has a default (KeyTokens leaves its
// slots uninitialised until then).
struct KeyToken {
  uint32_t token;  // index into the tokens
  uint32_t start;  // includes preceding articles
  uint32_t id;     // a word id of the vocabulary
  bool has_article;
  bool break_before;
};

// The key tokens of a text, in text order. Their slots are not
// initialised before key_tokens() writes them (a vector would zero one for
// every token of the text first). Filling one again reuses its storage.
class KeyTokens {
 public:
  const KeyToken& operator[](size_t i) const { return items_[i]; }
  [[nodiscard]] size_t size() const { return size_; }
  [[nodiscard]] const KeyToken* data() const { return items_.get(); }
  // The indices of the text's tokens that are capitalised, in capitals or
  // numeric, in text order: where the group patterns look for anchors.
  // Gathered in the same pass over the tokens, so the patterns need not
  // make one of their own over every token (most are lower case).
  [[nodiscard]] std::span<const uint32_t> pattern_starts() const {
    return {pattern_starts_.get(), pattern_start_count_};
  }

 private:
  friend void key_tokens(const Tokens& tokens, KeyTokens& into);
  std::unique_ptr<KeyToken[]> items_;
  size_t size_ = 0;
  std::unique_ptr<uint32_t[]> pattern_starts_;
  size_t pattern_start_count_ = 0;
  size_t capacity_ = 0;  // slots at items_ and at pattern_starts_
};

// One alias occurrence found by the trie walk: key tokens [first, last], and
// which entries of the trie node the text's case and country allow (a bit
// per entry; nodes hold far fewer than 64).
struct Hit {
  size_t first = 0, last = 0;
  const std::vector<ActorMatcher::Entry>* node = nullptr;
  uint64_t allowed = 0;

  template <class F>
  void each(F f) const {
    for (uint64_t m = allowed; m != 0; m &= m - 1)
      f(&(*node)[static_cast<size_t>(std::countr_zero(m))]);
  }
  template <class P>
  [[nodiscard]] const ActorMatcher::Entry* first_where(P pred) const {
    for (uint64_t m = allowed; m != 0; m &= m - 1) {
      const ActorMatcher::Entry* e = &(*node)[static_cast<size_t>(std::countr_zero(m))];
      if (pred(*e)) return e;
    }
    return nullptr;
  }
};

using NodeFacts = ActorMatcher::NodeFacts;

// Sets which of a node's entries have conditions (`facts.next_words` is the
// caller's to set).
void classify_entries(const std::vector<ActorMatcher::Entry>& entries, NodeFacts& facts);

// The key tokens of a text, from the word ids tokenize() looked up, into
// `into` (replacing what it held).
void key_tokens(const Tokens& tokens, KeyTokens& into);

// The alias occurrences in the text, leftmost-longest, not overlapping, in
// text order, into `hits` (replacing what it held).
void scan_aliases(std::string_view text, const Tokens& tokens, const KeyTokens& keys,
                  const CountryRanks& countries, const std::vector<uint32_t>& root_children,
                  const EdgeIndex& edges,
                  const std::vector<std::vector<ActorMatcher::Entry>>& entries,
                  const std::vector<NodeFacts>& facts, std::vector<Hit>& hits);

}  // namespace sitrep::actors
