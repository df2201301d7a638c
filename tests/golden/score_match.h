// The event-matching rule of ../shared/eval/score.py, in C++, so tests can
// score the sample corpus (examples/) the way the dev set is scored:
// same document, same event_type, locations agree (any spelling the gold
// lists, one normalised name containing the other), dates at most a day
// apart; pairs chosen greedily, most agreeing fields first.
//
// Records are nlohmann::json objects with ACLED field names, as event_to_json
// writes them and as the answer key in examples/README.md lists them.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::testing {

// The fields score.py compares on matched events.
const std::vector<std::string>& scored_fields();

// score.py's norm(): NFKD, combining marks dropped, lower case, apostrophes
// dropped, other non-alphanumerics as spaces, leading articles ("al ",
// "the ", ...) stripped, inner "al "/"el "/... words dropped, spaces removed.
// "Jub al-Quba" -> "jubquba".
std::string score_norm(std::string_view s);

// True when `pred` normalises equal to one of `gold_names`, or, both being at
// least `min_len` characters, one contains the other.
bool names_agree(std::string_view pred, const std::vector<std::string>& gold_names,
                 size_t min_len = 3);

// Attributions agree when the names agree or share a distinctive word of four
// or more letters (not "ministry", "police", "syrian", ...).
bool sources_agree(std::string_view pred, std::string_view gold);

// Whether `pred` gets `field` right against `gold` (score.py field_agrees).
bool field_agrees(const std::string& field, const nlohmann::json& pred,
                  const nlohmann::json& gold);

// Same event_type, locations agree, dates (where both have one) <= 1 day apart.
bool compatible(const nlohmann::json& pred, const nlohmann::json& gold);

// A field value as score.py's str(): strings as they are, numbers printed,
// null or missing as "".
std::string field_text(const nlohmann::json& record, const std::string& field);

// score.py's filled(): the field is present and not null, "" or [].
bool field_filled(const nlohmann::json& record, const std::string& field);

struct EventMatch {
  size_t gold = 0;  // index into the document's gold events
  size_t pred = 0;  // index into the document's predicted events
};

// Greedy one-to-one matching for ONE document's events, as score.py does it.
std::vector<EventMatch> match_events(const std::vector<nlohmann::json>& gold,
                                     const std::vector<nlohmann::json>& pred);

}  // namespace sitrep::testing
