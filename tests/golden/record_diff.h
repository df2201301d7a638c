// Compares two lists of event records (parsed JSONL) the way a reviewer reads
// them: records that are identical (in any order) are set aside; the rest
// are paired by the event they describe (same evidence sentence, or same
// type at the same place) and shown field by field; what is left is "missing"
// (expected, not produced) or "new" (produced, not expected).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace sitrep::testing {

struct RecordDiff {
  size_t unchanged = 0, changed = 0, missing = 0, added = 0;
  // Empty when the lists hold the same records; else a multi-line report:
  // counts, the first changed record field by field, one line per other
  // changed, missing or new record.
  std::string report;
  [[nodiscard]] bool same() const { return changed == 0 && missing == 0 && added == 0; }
};

// One JSON object per non-blank line. Fails with "LINE: MESSAGE" on the
// first line that is not a JSON object.
Result<std::vector<nlohmann::json>> parse_jsonl(std::string_view text);

// Numbers compare with a relative tolerance of 1e-9, so coordinates printed
// on another platform still match; everything else compares exactly.
RecordDiff diff_records(const std::vector<nlohmann::json>& expected,
                        const std::vector<nlohmann::json>& actual);

// "Battles / Armed clash @ Hodeidah 2018-12-17 [bytes 120-245]".
std::string record_summary(const nlohmann::json& record);

}  // namespace sitrep::testing
