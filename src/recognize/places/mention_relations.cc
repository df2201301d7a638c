#include "recognize/places/mention_relations.h"

#include <optional>

#include "recognize/places/place_relations.h"

namespace sitrep::places {
namespace {

// Used as a place: next to another place ("Henry, Ill."), or at least
// twice after "in", "near", "from" (a person is pushed "into Bell's back"
// once). Asked only about the few person words among the mentions: a scan
// of the mentions is cheaper than a table of every name.
bool used_as_place(const FoundToponyms& found, std::string_view key) {
  int locative_uses = 0;
  for (const RawMention& r : found.mentions) {
    if (r.locative && r.key == key && ++locative_uses >= 2) return true;
  }
  for (const Relation& rel : found.relations) {
    if (rel.kind == RelationKind::kList) continue;  // "Smith and Jones"
    if (found.mentions[rel.inner].key == key || found.mentions[rel.outer].key == key) return true;
  }
  return false;
}

}  // namespace

void find_relations(std::string_view text, FoundToponyms& found) {
  for (size_t m = 0; m + 1 < found.mentions.size(); ++m) {
    const RawMention& a = found.mentions[m];
    const RawMention& b = found.mentions[m + 1];
    const std::string_view gap = text.substr(a.full_span.end, b.span.start - a.full_span.end);
    const std::optional<RelationKind> kind = relation_between(gap);
    if (!kind) continue;
    if (*kind == RelationKind::kPossessive) {
      found.relations.push_back({m + 1, m, *kind});
    } else {
      found.relations.push_back({m, m + 1, *kind});
    }
  }
}

void mark_person_names(const WordSet& person_words, FoundToponyms& found) {
  for (RawMention& r : found.mentions) {
    if (r.words == 1 && person_words.count(r.key) && !used_as_place(found, r.key))
      r.person_strong = true;
  }
}

}  // namespace sitrep::places
