// The answer key of the sample corpus: the JSON lines in the "Answer key"
// section of examples/README.md (one gold event per line, in the shape of
// ../shared/eval/dev/*.gold.json events plus a doc_id).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace sitrep::testing {

// The lines of the first ```jsonl block after the "## Answer key" heading of
// `readme` (the README's text). Fails when the heading or the block is
// missing, a line is not a JSON object, or an object has no doc_id.
Result<std::vector<nlohmann::json>> parse_answer_key(std::string_view readme);

}  // namespace sitrep::testing
