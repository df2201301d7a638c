#include "recognize/actors/alias_scan.h"

#include <algorithm>

#include "recognize/actors/group_patterns.h"

namespace sitrep::actors {
namespace {

using Entry = ActorMatcher::Entry;

// Whether the text at key token k meets an entry's conditions: capitals,
// inner capitals, a leading article, the actor's country in the context.
bool allowed(const Entry& entry, std::string_view text, const Tokens& tokens, const KeyTokens& keys,
             size_t k, const CountryRanks& countries) {
  if (entry.needs_article && !keys[k].has_article) return false;
  for (size_t b = 0; b < kMaxMaskTokens && (entry.exact_mask >> b) != 0; ++b) {
    if (((entry.exact_mask >> b) & 1u) && !tokens[keys[k + b].token].all_upper) return false;
  }
  for (const auto& [index, form] : entry.exact_forms) {
    const Token& t = tokens[keys[k + index].token];
    if (text.substr(t.start, t.end - t.start) != form) return false;
  }
  return !entry.local || countries.contains(entry.actor->country);
}

// The bits of `conditional` (entries of `here`) whose conditions the text
// at key token k meets. Out of line: few nodes have such entries, and
// inlined, this loop cost the walk registers it needs at every node.
[[gnu::noinline]] uint64_t allowed_conditional(const std::vector<Entry>& here, uint64_t conditional,
                                               std::string_view text, const Tokens& tokens,
                                               const KeyTokens& keys, size_t k,
                                               const CountryRanks& countries) {
  uint64_t ok = 0;
  for (uint64_t m = conditional; m != 0; m &= m - 1) {
    const auto x = static_cast<size_t>(std::countr_zero(m));
    if (allowed(here[x], text, tokens, keys, k, countries)) ok |= uint64_t{1} << x;
  }
  return ok;
}

}  // namespace

void classify_entries(const std::vector<Entry>& entries, NodeFacts& facts) {
  facts.unconditional = facts.conditional = 0;
  for (size_t x = 0; x < entries.size() && x < 64; ++x) {
    const Entry& e = entries[x];
    const bool conditional =
        e.needs_article || e.exact_mask != 0 || !e.exact_forms.empty() || e.local;
    (conditional ? facts.conditional : facts.unconditional) |= uint64_t{1} << x;
  }
}

// The key tokens of a text, from the word ids tokenize() looked up.
void key_tokens(const Tokens& tokens, KeyTokens& into) {
  // Room for every token, filled by index: no capacity check per word.
  KeyTokens& result = into;
  if (result.capacity_ < tokens.size()) {
    result.capacity_ = tokens.size();
    result.items_ = std::make_unique_for_overwrite<KeyToken[]>(result.capacity_);
    result.pattern_starts_ = std::make_unique_for_overwrite<uint32_t[]>(result.capacity_);
  }
  KeyToken* const keys = result.items_.get();
  size_t count = 0;
  uint32_t* const starts = result.pattern_starts_.get();
  size_t start_count = 0;
  // A plain flag rather than std::optional: GCC's -Wmaybe-uninitialized
  // misfires on optional<uint32_t> copies under some optimisation levels.
  bool has_article = false;
  uint32_t article_start = 0;
  bool article_break = false;
  bool unknown_before = false;  // a word without an id since the last key token
  const auto token_count = static_cast<uint32_t>(tokens.size());
  for (uint32_t i = 0; i < token_count; ++i) {
    const Token& t = tokens[i];
    // Written at every token, counted only at those that qualify: no
    // branch on capitals, whose pattern a predictor cannot learn.
    starts[start_count] = i;
    start_count += static_cast<size_t>(anchors_group_pattern(t));
    // A token is an article only if no break follows it, so a break here is
    // a skipped word (see Vocabulary), which ends articles as an unknown word
    // does. Bitwise, not a branch: where breaks fall follows no pattern.
    has_article = has_article & !t.break_before;
    if (t.article) {
      if (!has_article) {
        has_article = true;
        article_start = t.start;
        article_break = t.break_before;
      }
      continue;
    }
    if (t.id == KeyIndex::kNone) {  // starts and continues no alias
      unknown_before = true;
      has_article = false;
      continue;
    }
    if (!has_article) {  // the common case, without the article's fields
      keys[count++] = KeyToken{i, t.start, t.id, false, t.break_before || unknown_before};
    } else {
      keys[count++] =
          KeyToken{i, article_start, t.id, true, t.break_before || article_break || unknown_before};
      has_article = false;
    }
    unknown_before = false;
  }
  result.size_ = count;
  result.pattern_start_count_ = start_count;
}

// Leftmost-longest walk of the alias trie over the key tokens.
void scan_aliases(std::string_view text, const Tokens& tokens, const KeyTokens& keys,
                  const CountryRanks& countries, const std::vector<uint32_t>& root_children,
                  const EdgeIndex& edges, const std::vector<std::vector<Entry>>& entries,
                  const std::vector<NodeFacts>& facts, std::vector<Hit>& hits) {
  // A local vector (the caller's storage, moved in and back): the
  // caller's would be read and written through memory at every push.
  std::vector<Hit> found = std::move(hits);
  found.clear();
  const size_t count = keys.size();
  found.reserve(count);  // each hit takes a key token at least: no regrowth
  // Plain pointers, read once: through the references GCC reads them again
  // after every store (a hit pushed may alias them), and the walk's state
  // lived on the stack.
  const KeyToken* const key = keys.data();
  const uint32_t* const roots = root_children.data();
  const NodeFacts* const node_facts = facts.data();
  for (size_t k = 0; k < count;) {
    // Most words start no alias: skip them before setting up a walk.
    uint32_t node = roots[key[k].id];
    if (node == EdgeIndex::kNone) {
      ++k;
      continue;
    }
    // The walk from key token k: the root's child is known to exist; each
    // later step needs the next key token in the same phrase and an edge.
    // The longest alias ending so far: its last key token, node, allowed entries.
    size_t last = 0;
    uint32_t last_node = 0;
    uint64_t last_allowed = 0;
    for (size_t j = k;;) {
      const NodeFacts& here = node_facts[node];
      uint64_t ok = here.unconditional;
      if (here.conditional != 0)
        ok |=
            allowed_conditional(entries[node], here.conditional, text, tokens, keys, k, countries);
      if (ok != 0) {
        last = j;
        last_node = node;
        last_allowed = ok;
      }
      if (here.next_words == 0 || ++j >= count || key[j].break_before) break;
      if (((here.next_words >> (key[j].id % 64)) & 1) == 0) break;
      node = edges.find((static_cast<uint64_t>(node) << 32) | key[j].id);
      if (node == EdgeIndex::kNone) break;
    }
    if (last_allowed == 0) {
      ++k;
      continue;
    }
    found.push_back(Hit{k, last, &entries[last_node], last_allowed});
    k = last + 1;
  }
  hits = std::move(found);
}

}  // namespace sitrep::actors
