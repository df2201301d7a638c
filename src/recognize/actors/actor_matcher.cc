#include "recognize/actors/actor_matcher.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <span>

#include "core/scratch_room.h"
#include "recognize/actors/alias_scan.h"
#include "recognize/actors/group_patterns.h"
#include "recognize/actors/match_text.h"

namespace sitrep::actors {
namespace {

using EntryKind = ActorMatcher::EntryKind;
using Entry = ActorMatcher::Entry;

bool same_entry(const Entry& a, const Entry& b) {
  return a.kind == b.kind && a.actor == b.actor && a.country == b.country &&
         a.exact_mask == b.exact_mask && a.local == b.local && a.exact_forms == b.exact_forms &&
         a.needs_article == b.needs_article;
}

const Entry* first_of(const Hit& h, EntryKind kind) {
  return h.first_where([kind](const Entry& e) { return e.kind == kind; });
}

bool has_kind(const Hit& h, EntryKind kind) { return first_of(h, kind) != nullptr; }

const Country* cue_country(const Hit& h) {
  for (EntryKind k : {EntryKind::kCountryName, EntryKind::kMetonym, EntryKind::kDemonym}) {
    if (const Entry* e = first_of(h, k)) return e->country;
  }
  return nullptr;
}

// A generic entry usable after a country word ("Syrian" + "troops").
const Entry* generic_after_cue(const Hit& h) {
  return h.first_where([](const Entry& e) { return e.kind == EntryKind::kGeneric && !e.actor->flags.suffix_only; });
}

// A generic entry that may extend a named actor ("Islamic State" + "group").
const Entry* suffix_entry(const Hit& h) {
  return h.first_where([](const Entry& e) { return e.kind == EntryKind::kGeneric && e.actor->flags.suffix; });
}

bool is_force_class(const std::string& cls) {
  return cls == "military" || cls == "police" || cls == "security";
}

// Adds unknown groups found by pattern to `mentions` (sorted, disjoint): never
// over a named actor; over generic or country words they win.
void add_group_patterns(std::string_view text, const Tokens& tokens, const KeyTokens& keys,
                        const MatchContext& ctx, const std::vector<bool>& country_word,
                        std::span<const uint16_t> pattern_lists,
                        std::vector<ActorMention>& mentions) {
  std::vector<GroupPattern> groups = find_group_patterns(text, tokens.items(), country_word,
                                                         pattern_lists, keys.pattern_starts());
  if (groups.empty()) return;
  std::vector<bool> dropped(mentions.size(), false);
  std::vector<ActorMention> found;
  found.reserve(groups.size());
  for (GroupPattern& g : groups) {
    // Mentions are sorted and disjoint, so their ends are sorted too.
    auto first = std::partition_point(mentions.begin(), mentions.end(),
                                      [&](const ActorMention& m) { return m.span.end <= g.span.start; });
    auto last = first;
    bool blocked = false;
    for (; last != mentions.end() && last->span.start < g.span.end; ++last) {
      if (last->kind == MentionKind::kNamed) blocked = true;
    }
    if (blocked) continue;
    for (auto it = first; it != last; ++it) dropped[static_cast<size_t>(it - mentions.begin())] = true;
    ActorMention m;
    m.span = g.span;
    m.pattern_name = std::move(g.name);
    m.inter = g.inter;
    m.role = g.role;
    if (!ctx.countries.empty() && g.inter == 1) m.country = ctx.countries.front();
    m.kind = MentionKind::kPattern;
    found.push_back(std::move(m));
  }
  if (found.empty()) return;
  // Both lists are in text order and no two spans share a start: merge them.
  std::vector<ActorMention> merged;
  merged.reserve(mentions.size() + found.size());
  size_t next_found = 0;
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (dropped[i]) continue;
    while (next_found < found.size() && found[next_found].span.start < mentions[i].span.start) {
      merged.push_back(std::move(found[next_found++]));
    }
    merged.push_back(std::move(mentions[i]));
  }
  while (next_found < found.size()) merged.push_back(std::move(found[next_found++]));
  mentions = std::move(merged);
}

}  // namespace

ActorMatcher::ActorMatcher(const ActorKnowledgeBase& kb) : kb_(&kb) {
  entries_.emplace_back();  // root
  node_facts_.emplace_back();
  auto entry = [](EntryKind kind, const Actor* actor, const Country* country, bool local) {
    Entry e;
    e.kind = kind;
    e.actor = actor;
    e.country = country;
    e.local = local;
    return e;
  };
  // Every alias of the knowledge base with its entry, tokenized once.
  struct Alias {
    std::string_view text;
    Tokens tokens;
    Entry entry;
  };
  std::vector<Alias> aliases;
  auto keep = [&aliases](std::string_view alias, Entry e) {
    aliases.push_back(Alias{alias, tokenize(alias), std::move(e)});
  };
  for (const Actor* a : kb.actors()) {
    const EntryKind kind = a->generic() ? EntryKind::kGeneric : EntryKind::kNamed;
    for (const auto& alias : a->aliases) keep(alias, entry(kind, a, nullptr, false));
    for (const auto& alias : a->local_aliases) keep(alias, entry(kind, a, nullptr, true));
  }
  for (const Country* c : kb.countries()) {
    keep(c->name, entry(EntryKind::kCountryName, nullptr, c, false));
    for (const auto& n : c->names) keep(n, entry(EntryKind::kCountryName, nullptr, c, false));
    for (const auto& n : c->metonyms) keep(n, entry(EntryKind::kMetonym, nullptr, c, false));
    for (const auto& n : c->demonyms) keep(n, entry(EntryKind::kDemonym, nullptr, c, false));
  }
  // First the words that count in lower case (see Vocabulary), so they
  // take the first ids: an alias word not in capitals (one in capitals,
  // "IS", "US", matches only capitals), a pattern word whose lists say
  // so, and the articles.
  for (const Alias& a : aliases) {
    for (const Token& t : a.tokens) {
      if (!t.article && !t.all_upper) vocab_.insert(t.key);
    }
  }
  {
    KeyIndex pattern_words;
    const std::vector<uint16_t> lists = pattern_lists_by_id(pattern_words);
    for (uint32_t id = 0; id < lists.size(); ++id) {
      if (lists_matter_in_lowercase(lists[id])) vocab_.insert(pattern_words.word(id));
    }
  }
  for (std::string_view a : article_keys()) vocab_.insert(a);
  lowercase_count_ = vocab_.size();
  for (Alias& a : aliases) add(a.text, a.tokens, std::move(a.entry));
  // The pattern words join the vocabulary after the aliases' words: a
  // word no alias has gets no trie edge, so matching is unchanged.
  pattern_lists_ = pattern_lists_by_id(vocab_);
  for (size_t node = 0; node < entries_.size(); ++node)
    classify_entries(entries_[node], node_facts_[node]);
  root_children_.resize(vocab_.size());
  for (uint32_t id = 0; id < vocab_.size(); ++id)
    root_children_[id] = edges_.find(id);  // node 0's edges
}

void ActorMatcher::add(std::string_view alias, const Tokens& tokens, Entry entry) {
  uint32_t node = 0;
  size_t n = 0;
  // "Al-Monitor" is not every "monitor", "Al Mayadeen" not the town Mayadeen.
  entry.needs_article = !tokens.empty() && tokens[0].article;
  for (const Token& t : tokens) {
    if (t.article) continue;
    if (t.all_upper && n < kMaxMaskTokens) entry.exact_mask |= 1u << n;
    if (t.inner_upper) {
      entry.exact_forms.emplace_back(static_cast<uint32_t>(n), std::string(alias.substr(t.start, t.end - t.start)));
    }
    const uint32_t id = vocab_.insert(t.key);
    const uint64_t edge = (static_cast<uint64_t>(node) << 32) | id;
    uint32_t child = edges_.find(edge);
    if (child == EdgeIndex::kNone) {
      child = static_cast<uint32_t>(entries_.size());
      entries_.emplace_back();
      node_facts_.emplace_back();
      node_facts_[node].next_words |= uint64_t{1} << (id % 64);
      edges_.insert(edge, child);
    }
    node = child;
    ++n;
  }
  if (node == 0) return;  // no words (the loader rejects such aliases)
  auto& list = entries_[node];
  for (const Entry& x : list) {
    if (same_entry(x, entry)) return;
  }
  list.push_back(entry);
}

// What find() needs besides the mentions it returns: one per thread,
// reused from article to article, so an article costs no allocation for
// these and finds in the cache the memory the last one used. Nothing
// returned views it.
struct ActorMatcher::Scratch {
  // Class resolutions repeat within an article ("civilians" ten times), so
  // match() caches them per call: (class, country) -> resolution.
  struct Resolution {
    std::string_view cls;
    std::string_view iso2;
    ResolvedClass resolved;
  };

  Tokens tokens;
  KeyTokens keys;
  std::vector<Hit> hits;
  std::vector<Resolution> resolutions;
  std::vector<bool> country_word;  // per token: part of a country name or demonym

  // Called after each text: frees the members' memory if `text_bytes` was
  // over the limit (core/scratch_room.h; here a few bytes per byte of news
  // text, some 25 for one of nothing but capitalised one-letter words).
  void settle_after(size_t text_bytes) {
    if (text_bytes > kKeepScratchRoomUpToTextBytes) *this = Scratch{};
  }
};

std::vector<ActorMention> ActorMatcher::find(std::string_view text, const MatchContext& ctx) const {
  const Vocabulary vocabulary{&vocab_, lowercase_count_};
  thread_local Scratch scratch;
  tokenize(text, &vocabulary, scratch.tokens);
  std::vector<ActorMention> mentions = match(text, scratch, ctx);
  scratch.settle_after(text.size());
  return mentions;
}

std::vector<ActorMention> ActorMatcher::match(std::string_view text, Scratch& scratch,
                                              const MatchContext& ctx) const {
  const Tokens& tokens = scratch.tokens;
  KeyTokens& keys = scratch.keys;
  std::vector<Hit>& hits = scratch.hits;
  key_tokens(tokens, keys);
  const CountryRanks countries(ctx);
  scan_aliases(text, tokens, keys, countries, root_children_, edges_, entries_, node_facts_,
               hits);

  auto span_of = [&](size_t first_key, size_t last_key) {
    return Span{keys[first_key].start, tokens[keys[last_key].token].end};
  };
  // Hit b directly follows hit a in one phrase.
  auto adjacent = [&](const Hit& a, const Hit& b) { return b.first == a.last + 1 && !keys[b.first].break_before; };

  // A vector reserved once, not a deque (two allocations and a node walk):
  // an article needs a handful of resolutions, and each caller reads the
  // one it gets before resolving another, so a regrowth past the reserve
  // never leaves a reference behind.
  std::vector<Scratch::Resolution>& resolutions = scratch.resolutions;
  resolutions.clear();
  resolutions.reserve(16);
  auto resolve = [&](std::string_view cls, std::string_view iso2) -> const ResolvedClass& {
    for (const Scratch::Resolution& r : resolutions) {
      if ((r.cls.data() == cls.data() || byte_words::same_word(r.cls, cls)) &&
          same_code(r.iso2, iso2))
        return r.resolved;
    }
    resolutions.push_back(Scratch::Resolution{cls, iso2, kb_->resolve_class(cls, iso2, ctx.date)});
    return resolutions.back().resolved;
  };

  // The mention builders fill every field of a mention made in place in
  // `mentions` (reserved for every hit): moving its three strings into the
  // vector would cost about as much as making them.
  auto generic_mention = [&](ActorMention& m, const Actor& word, const Country* cue, Span span) {
    std::string_view iso2;
    if (cue != nullptr) {
      iso2 = cue->iso2;
    } else if (!word.flags.no_context && !ctx.countries.empty()) {
      iso2 = ctx.countries.front();
    }
    const ResolvedClass& r = resolve(word.cls, iso2);
    m.span = span;
    m.actor = r.actor != nullptr ? r.actor : &word;
    m.name = r.name.empty() ? std::string_view(word.name) : r.name;
    m.inter = r.inter;
    m.role = r.role;
    m.country = r.country;
    m.generic = true;
    m.kind = MentionKind::kGeneric;
  };

  auto named_mention = [&](ActorMention& m, const Hit& h, Span span) {
    const Actor* best = nullptr;
    size_t best_rank = 0;
    h.each([&](const Entry* e) {
      if (e->kind != EntryKind::kNamed) return;
      const size_t rank = countries.rank(e->actor->country);
      if (best == nullptr || rank < best_rank) {
        best = e->actor;
        best_rank = rank;
      }
    });
    const Actor& row = ctx.date ? kb_->as_of(*best, *ctx.date) : *best;
    m.span = span;
    m.actor = &row;
    m.name = row.name;
    m.inter = row.inter;
    m.role = row.role;
    m.country = row.country;
    m.generic = false;
    m.kind = MentionKind::kNamed;
  };

  // A named row of another country loses to a generic word with the same
  // spelling ("pro-government forces" in an article about Syria).
  auto prefers_generic = [&](const Hit& h) {
    return h.first_where([&](const Entry& e) {
      return e.kind == EntryKind::kNamed &&
             countries.rank(e.actor->country) <= ctx.countries.size();
    }) == nullptr;
  };

  std::vector<ActorMention> mentions;
  mentions.reserve(hits.size());
  std::vector<bool>& country_word = scratch.country_word;
  country_word.assign(tokens.size(), false);
  for (size_t r = 0; r < hits.size(); ++r) {
    const Hit& h = hits[r];
    const Hit* next = r + 1 < hits.size() && adjacent(h, hits[r + 1]) ? &hits[r + 1] : nullptr;
    if (has_kind(h, EntryKind::kNamed) && !(prefers_generic(h) && has_kind(h, EntryKind::kGeneric))) {
      Span span = span_of(h.first, h.last);
      const Entry* suffix = next != nullptr && !has_kind(*next, EntryKind::kNamed) ? suffix_entry(*next) : nullptr;
      if (suffix != nullptr) {
        span.end = tokens[keys[next->last].token].end;
        ++r;
      }
      ActorMention& m = mentions.emplace_back();
      named_mention(m, h, span);
      // "Somali government security forces": the government's forces, not the government.
      if (suffix != nullptr && m.role == "government" && !m.country.empty() && is_force_class(suffix->actor->cls)) {
        const Country* country = kb_->country(m.country);
        if (country != nullptr) generic_mention(m, *suffix->actor, country, span);
      }
      continue;
    }
    if (const Entry* g = first_of(h, EntryKind::kGeneric)) {
      if (g->actor->flags.cue_only || g->actor->flags.suffix_only) continue;
      generic_mention(mentions.emplace_back(), *g->actor, nullptr, span_of(h.first, h.last));
      continue;
    }
    const Country* cue = cue_country(h);
    if (cue == nullptr) continue;
    for (size_t k = h.first; k <= h.last; ++k) country_word[keys[k].token] = true;
    if (next != nullptr && !has_kind(*next, EntryKind::kNamed)) {
      if (const Entry* g = generic_after_cue(*next)) {
        generic_mention(mentions.emplace_back(), *g->actor, cue, span_of(h.first, next->last));
        ++r;
        continue;
      }
    }
    if (has_kind(h, EntryKind::kCountryName) || has_kind(h, EntryKind::kMetonym)) {
      const ResolvedClass& gov = resolve("government", cue->iso2);
      ActorMention& m = mentions.emplace_back();
      m.span = span_of(h.first, h.last);
      m.actor = gov.actor;
      m.name = gov.name.empty() ? std::string_view(cue->name) : gov.name;
      m.inter = gov.name.empty() ? 1 : gov.inter;
      m.role = gov.role.empty() ? std::string_view("government") : gov.role;
      m.country = cue->iso2;
      m.kind = MentionKind::kCountry;
    }
  }

  add_group_patterns(text, tokens, keys, ctx, country_word, pattern_lists_, mentions);
  return mentions;
}

}  // namespace sitrep::actors
