#include "recognize/places/place_relations.h"

#include <string_view>

#include "recognize/places/word_set.h"

namespace sitrep::places {

std::optional<RelationKind> relation_between(std::string_view g) {
  if (g.empty() || g.size() > 40) return std::nullopt;
  std::string_view s = g;  // a view: the gap between every two mentions is asked
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  if (s == ",") return RelationKind::kComma;
  if (s == "and" || s == ", and" || s == "or") return RelationKind::kList;
  if (s == "(") return RelationKind::kParen;
  if (s == "'s" || s == "\xE2\x80\x99s") return RelationKind::kPossessive;
  if (!s.empty() && s.front() == ',') s.remove_prefix(1);
  static const WordSet kFiller = {
      "in", "the", "of", "city", "town", "province", "governorate", "district", "region",
      "state", "county", "area", "village", "part", "neighbourhood", "neighborhood", "near",
      "outside", "countryside", "outskirts", "suburbs", "northern", "southern", "eastern",
      "western", "central", "north", "south", "east", "west", "rural", "a", "suburb", "located"};
  bool contains = false, near = false;
  size_t pos = 0;
  while (pos < s.size()) {
    while (pos < s.size() && s[pos] == ' ') ++pos;
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    const std::string_view w = s.substr(pos, end - pos);
    if (w.empty()) break;
    if (!kFiller.count(w)) return std::nullopt;
    if (w == "in" || w == "of") contains = true;
    if (w == "near" || w == "outside" || w == "outskirts") near = true;
    pos = end;
  }
  if (near) return RelationKind::kNear;
  if (contains) return RelationKind::kIn;
  return std::nullopt;
}

}  // namespace sitrep::places
