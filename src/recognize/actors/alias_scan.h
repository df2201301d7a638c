// Internal to the actor matcher: the leftmost-longest walk of its alias trie
// over a text's tokens. Takes the tokens of tokenize(text, &vocabulary), with
// their word ids, and the trie (root children, edges, entries per node);
// gives the alias occurrences whose entries the text's case, articles and
// country context allow.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
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
// every token of the text first).
class KeyTokens {
 public:
  const KeyToken& operator[](size_t i) const { return items_[i]; }
  [[nodiscard]] size_t size() const { return size_; }
  [[nodiscard]] const KeyToken* data() const { return items_.get(); }

 private:
  friend KeyTokens key_tokens(const Tokens& tokens);
  std::unique_ptr<KeyToken[]> items_;
  size_t size_ = 0;
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

// Sets which of a node's entries have conditions (`facts.has_children` is
// the caller's to set).
void classify_entries(const std::vector<ActorMatcher::Entry>& entries, NodeFacts& facts);

// The key tokens of a text, from the word ids tokenize() looked up.
KeyTokens key_tokens(const Tokens& tokens);

// The alias occurrences in the text, leftmost-longest, not overlapping, in
// text order.
std::vector<Hit> scan_aliases(std::string_view text, const Tokens& tokens,
                              const KeyTokens& keys, const MatchContext& ctx,
                              const std::vector<uint32_t>& root_children, const EdgeIndex& edges,
                              const std::vector<std::vector<ActorMatcher::Entry>>& entries,
                              const std::vector<NodeFacts>& facts);

}  // namespace sitrep::actors
