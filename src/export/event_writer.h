// Writers for the output contract (DESIGN.md "Event record"): JSONL, one
// object per record per line, and CSV with ACLED's 31 export columns in
// ACLED's order followed by sitrep's own columns.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "core/event.h"

namespace sitrep {

class JsonBuffer;

enum class OutputFormat { kJsonl, kCsv };

// "jsonl" / "csv"; nullopt-like failure is reported by the CLI's validator.
bool parse_output_format(std::string_view name, OutputFormat& out);

// One JSON object, no trailing newline. Empty strings are written as null so
// that "not known" reads the same for every field. The append_ forms write
// onto the caller's buffer, so a document's lines need no string per record.
void append_event_json(std::string& out, const EventRecord& event);
void append_statement_json(std::string& out, const StatementRecord& statement);
// The same through a JsonBuffer (export/json_writer.h), which a caller
// writing many records keeps for all of them.
void append_event_json(JsonBuffer& out, const EventRecord& event);
void append_statement_json(JsonBuffer& out, const StatementRecord& statement);
std::string event_to_json(const EventRecord& event);
std::string statement_to_json(const StatementRecord& statement);

// The CSV header line (no trailing newline) and one row per event.
std::string csv_header();
std::string event_to_csv_row(const EventRecord& event);

// ACLED's `interaction` code: the two inter codes as one number, lower first
// ("12" for state forces vs rebels); 10*inter1 when there is no second actor.
int interaction_code(int inter1, int inter2);

}  // namespace sitrep
