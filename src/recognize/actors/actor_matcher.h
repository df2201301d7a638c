// Finding actors in article text: every alias of the knowledge base in one
// pass, generic words resolved by country, unknown armed groups by pattern.
//
//   ActorMatcher matcher(kb);                       // once; kb must outlive it
//   MatchContext ctx{{"SY"}, CivilDate{2016, 5, 3}};
//   for (const ActorMention& m : matcher.find(doc.text, ctx)) {
//     m.span.of(doc.text);   // "Syrian troops"
//     m.output_name();       // "Military Forces of Syria (2000-2024)"
//   }
//
// Matching is on folded word keys (match_text.h): case, diacritics, hyphens vs
// spaces, "al-"/"ash-" articles and straight vs curly apostrophes do not
// matter; whole words only ("Hamas" never inside "Hamasa"); an alias token
// written in capitals in the data ("IS", "SAA", "US") matches only capitals.
// Where aliases overlap, the leftmost wins, then the longest. Spans are exact
// byte offsets into the text passed to find().
//
// Resolution, in order:
//  - named alias: the row whose country comes first in ctx.countries (else a
//    transnational row, else the first defined), then, with a date, renamed as
//    of that date ("Jabhat al-Nusra" in 2019 -> "Hayat Tahrir al-Sham"). Without
//    a date the name the text uses stands.
//  - a following force word joins a named actor: "Islamic State group",
//    "ADF fighters", "Houthi militia" are one mention of the named actor.
//  - country word + generic word ("Syrian troops", "Russian warplanes",
//    "US military", "Syria's army"): the generic class in that country.
//  - generic word alone ("troops", "gunmen", "civilians"): the class in
//    ctx.countries[0] ("Civilians (Syria)"), or its neutral name without a
//    country ("Civilians"); air-power words stay "Unidentified Military Forces".
//  - a country name or capital alone ("Turkey", "Ankara"): kind kCountry,
//    named as that country's government. A demonym alone gives no mention.
//  - unknown groups by pattern ("Sultan Murad Brigade", "the 16th Battalion",
//    "Jaish al-Izza", "Army of the Free Valley"): kind kPattern, actor nullptr,
//    the text's own words as name.
//
// Immutable after construction; find() is const and safe from many threads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/span.h"
#include "recognize/actors/flat_index.h"
#include "recognize/actors/knowledge_base.h"
#include "recognize/actors/match_text.h"

namespace sitrep::actors {

struct MatchContext {
  std::vector<std::string> countries;  // ISO2 of the article's countries, most likely first
  std::optional<CivilDate> date;       // the article's publication date
};

enum class MentionKind {
  kNamed,    // an alias of a named actor
  kGeneric,  // a generic word, maybe with a country word ("Syrian troops")
  kCountry,  // a country name or capital standing for its government
  kPattern,  // an unknown organised group found by its shape
};

struct ActorMention {
  Span span;  // bytes of the text passed to find()
  // The knowledge-base row behind the name: the named actor (after renames),
  // the country's row for a generic class, or the generic word's own row when
  // the name was made from a class template. nullptr for kPattern.
  const Actor* actor = nullptr;
  // The strings are views into the knowledge base (no copy per mention),
  // but a kPattern's: its name is the text's own words, held in
  // `pattern_name` (`name` is empty), and its country views ctx.countries.
  std::string_view name;     // canonical name to output; output_name() for any kind
  std::string pattern_name;  // kPattern: the span's words, whitespace made single spaces
  int inter = 0;             // ACLED actor type
  std::string_view role;     // see kRoles; a generic mention takes its class's role
  std::string_view country;  // ISO2 the name was resolved for, "" if none
  bool generic = false;      // came from a generic word
  MentionKind kind = MentionKind::kNamed;

  [[nodiscard]] std::string_view output_name() const {
    return kind == MentionKind::kPattern ? std::string_view(pattern_name) : name;
  }
};

class ActorMatcher {
 public:
  // Compiles every alias, country name and demonym of `kb`. `kb` must outlive
  // the matcher and every mention it returns (their strings view it).
  explicit ActorMatcher(const ActorKnowledgeBase& kb);

  // All actor mentions in `text`, ordered by position, not overlapping.
  [[nodiscard]] std::vector<ActorMention> find(std::string_view text, const MatchContext& ctx) const;

  [[nodiscard]] const ActorKnowledgeBase& knowledge_base() const { return *kb_; }

  enum class EntryKind : uint8_t { kNamed, kGeneric, kCountryName, kMetonym, kDemonym };
  struct Entry {
    EntryKind kind = EntryKind::kNamed;
    const Actor* actor = nullptr;      // kNamed, kGeneric
    const Country* country = nullptr;  // kCountryName, kMetonym, kDemonym
    uint32_t exact_mask = 0;           // bit i: key token i must be in capitals
    bool local = false;                // only when the actor's country is in the context
    bool needs_article = false;        // the alias starts with "al-": the text must have one too
    // Tokens written with inner capitals ("LeT"): (key token index, exact bytes).
    std::vector<std::pair<uint32_t, std::string>> exact_forms;
  };
  // What the trie walk needs to know of a node before looking at its entries.
  struct NodeFacts {
    uint64_t unconditional = 0;  // entries allowed whatever the text (bit per entry, first 64)
    uint64_t conditional = 0;    // entries with conditions to check
    // Bit (id % 64) of each word id with an edge from this node: a next
    // word whose bit is clear has none, found without the edge lookup
    // ("the", "in" start aliases; most words after them go on with none).
    // Zero: no alias goes on past this node.
    uint64_t next_words = 0;
  };

 private:
  // Adds `alias`, whose tokens are `tokens` (tokenize(alias)).
  void add(std::string_view alias, const Tokens& tokens, Entry entry);
  // The working storage of one find() call (tokens, key tokens, hits, ...),
  // kept per thread and reused from text to text; defined in the .cc.
  struct Scratch;
  // find() on `text`, whose tokens (tokenize(text, &vocab_)) are in
  // `scratch`; the rest of `scratch` it fills itself.
  [[nodiscard]] std::vector<ActorMention> match(std::string_view text, Scratch& scratch,
                                                const MatchContext& ctx) const;

  const ActorKnowledgeBase* kb_;
  KeyIndex vocab_;                           // folded word -> token id
  EdgeIndex edges_;                          // (node << 32 | token id) -> child node
  // The root's child per token id (EdgeIndex::kNone if none): the first step
  // of every walk, so a plain array rather than a hash lookup.
  std::vector<uint32_t> root_children_;
  std::vector<std::vector<Entry>> entries_;       // per trie node; node 0 is the root
  std::vector<NodeFacts> node_facts_;             // per trie node
  std::vector<uint16_t> pattern_lists_;           // pattern_lists_by_id(vocab_)
  uint32_t lowercase_count_ = 0;                  // see Vocabulary
};

}  // namespace sitrep::actors
