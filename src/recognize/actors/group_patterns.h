// Organised armed groups the knowledge base does not know, found by the shape
// of their names: "Sultan Murad Brigade", "the Levant Front", "Army of the Free
// Valley", "Jaish al-Izza", "Liwa al-Quds", "the 16th Battalion", "444 Brigade",
// "6th Infantry Division". The name words must be capitalised; sentence-start
// function words ("After", "The") and country words alone ("Turkish Forces")
// do not make a name.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "recognize/actors/match_text.h"

namespace sitrep::actors {

struct GroupPattern {
  Span span;          // without a leading "the"
  std::string name;   // the span's words, whitespace made single spaces
  int inter = 2;      // 2 rebel group; 1 for numbered regular formations ("6th Infantry Division")
  std::string_view role;  // "armed" or "state_force" (static strings)
};

// `tokens` is tokenize(text).items(); `country_word[i]` marks tokens that are part of
// a country name or demonym. Returns non-overlapping matches in text order.
std::vector<GroupPattern> find_group_patterns(std::string_view text, const std::vector<Token>& tokens,
                                              const std::vector<bool>& country_word);

// For a caller whose tokens carry ids of its own vocabulary (the matcher):
// adds every word the patterns look for to `vocabulary` and returns, by word
// id, which of the pattern lists each word is in (0 for other words). With
// that table the patterns read each token's lists by its id, without hashing
// its key again.
std::vector<uint16_t> pattern_lists_by_id(KeyIndex& vocabulary);

// Whether a word in the pattern lists `lists` (an entry of
// pattern_lists_by_id) counts when written in lower case: a connector ("of",
// "al"), a unit or a spelled ordinal ("first brigade"). Any other lower-case
// word is to the patterns what a phrase break is.
bool lists_matter_in_lowercase(uint16_t lists);

// Whether token `t` may anchor a group pattern: every pattern starts or
// ends at a capitalised word, one in capitals, or a number. Bitwise, not
// a branch per flag: key_tokens() asks it of every token.
inline bool anchors_group_pattern(const Token& t) {
  return t.capitalised | t.all_upper | t.numeric;
}

// The same search over tokens from tokenize(text, &vocabulary), with
// `lists_by_id` = pattern_lists_by_id(vocabulary). `starts` are the indices
// of the tokens that are capitalised, in capitals or numeric, in order
// (every pattern is anchored on one; KeyTokens::pattern_starts() gathers them).
std::vector<GroupPattern> find_group_patterns(std::string_view text,
                                              const std::vector<Token>& tokens,
                                              const std::vector<bool>& country_word,
                                              std::span<const uint16_t> lists_by_id,
                                              std::span<const uint32_t> starts);

}  // namespace sitrep::actors
