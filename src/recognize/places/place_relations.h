// Internal to the toponym finder: what the words between two place names
// say about them ("Dublin, Ga.", "Sheikh Maqsood in Aleppo", "Aleppo's
// Sheikh Maqsood", "Homs and Hama").
#pragma once

#include <optional>
#include <string_view>

namespace sitrep::places {

enum class RelationKind { kComma, kIn, kNear, kPossessive, kParen, kList };

// The relation the text `gap` between two names states, if any: a comma,
// "in" / "of" with filler words ("in the province of"), "near", "'s", "(",
// "and" / "or".
std::optional<RelationKind> relation_between(std::string_view gap);

}  // namespace sitrep::places
