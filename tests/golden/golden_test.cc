// Golden tests (DuckDB / re2 style): every article in examples/ goes through
// the Pipeline, its events are written as JSONL with the export stage's
// writer, and the result is compared with tests/golden/expected/<doc_id>.jsonl.
// One test case per article, so a failure names the article.
//
// Record order does not matter (identical records pair up in any order);
// numbers compare with a tiny tolerance; everything else must be equal.
// On a mismatch the test prints the first changed record field by field and
// one line per other changed, missing or new record, and leaves the full
// output in <build>/golden-actual/<doc_id>.jsonl.
//
// To accept the current output (after a deliberate rule change), run
//   scripts/update_golden.sh            (or SITREP_UPDATE_GOLDEN=1 golden_test)
// and review `git diff tests/golden/expected` before committing.
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "export/event_writer.h"
#include "golden/example_corpus.h"
#include "golden/record_diff.h"
#include "pipeline/shared_pipeline.h"
#include "testing/shared.h"

namespace sitrep::testing {
namespace {

namespace fs = std::filesystem;

bool update_mode() {
  const char* v = std::getenv("SITREP_UPDATE_GOLDEN");
  return v && std::string_view(v) == "1";
}

std::string expected_dir() { return source_dir() + "/tests/golden/expected"; }
std::string actual_dir() { return binary_dir() + "/golden-actual"; }
std::string expected_path(const std::string& id) { return expected_dir() + "/" + id + ".jsonl"; }

bool write_file(const std::string& path, const std::string& content) {
  std::error_code ec;
  fs::create_directories(fs::path(path).parent_path(), ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  return static_cast<bool>(out.flush());
}

std::string events_jsonl(const std::vector<EventRecord>& events) {
  std::string out;
  for (const EventRecord& e : events) out += event_to_json(e) + "\n";
  return out;
}

std::vector<std::string> example_ids() {
  std::vector<std::string> ids;
  for (const Document& d : example_documents()) ids.push_back(d.id);
  return ids;
}

std::string case_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

class GoldenTest : public ::testing::TestWithParam<std::string> {};

TEST_P(GoldenTest, MatchesExpected) {
  SITREP_REQUIRE_WORLD_GAZETTEER();
  const std::string& id = GetParam();
  const Document* doc = find_example(id);
  ASSERT_NE(doc, nullptr) << id;
  const std::string produced = events_jsonl(extract_events(*doc));
  const std::string path = expected_path(id);

  if (update_mode()) {
    ASSERT_TRUE(write_file(path, produced)) << "cannot write " << path;
    std::cout << "updated " << path << "\n";
    return;
  }
  if (!fs::exists(path)) {
    write_file(actual_dir() + "/" + id + ".jsonl", produced);
    FAIL() << "no expected file " << path
           << "\nrun scripts/update_golden.sh (or SITREP_UPDATE_GOLDEN=1 golden_test) to create it";
  }
  auto expected = parse_jsonl(read_file(path));
  ASSERT_TRUE(expected.ok()) << path << ":" << expected.error().message;
  auto actual = parse_jsonl(produced);
  ASSERT_TRUE(actual.ok()) << "event_to_json output line " << actual.error().message;

  const RecordDiff diff = diff_records(*expected, *actual);
  if (diff.same()) return;
  const std::string actual_path = actual_dir() + "/" + id + ".jsonl";
  write_file(actual_path, produced);
  ADD_FAILURE() << "golden mismatch for " << id << " (" << doc->origin << ")\n"
                << diff.report << "full output: " << actual_path << "\n"
                << "compare:   diff " << path << " " << actual_path << "\n"
                << "to accept: scripts/update_golden.sh, then review git diff " << path;
}

INSTANTIATE_TEST_SUITE_P(Examples, GoldenTest, ::testing::ValuesIn(example_ids()), case_name);
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(GoldenTest);

TEST(GoldenCorpus, ExamplesIngestWithoutErrors) {
  std::vector<std::string> errors;
  const auto& docs = example_documents(&errors);
  EXPECT_FALSE(docs.empty()) << "no articles found in " << examples_dir();
  for (const std::string& e : errors) ADD_FAILURE() << "ingest: " << e;
  std::set<std::string> ids;
  for (const Document& d : docs) {
    EXPECT_TRUE(ids.insert(d.id).second) << "two examples share the id " << d.id;
  }
}

// An expected file without an article is a renamed or deleted example whose
// golden output was left behind; update mode deletes it.
TEST(GoldenCorpus, EveryExpectedFileHasAnArticle) {
  std::set<std::string> ids;
  for (const Document& d : example_documents()) ids.insert(d.id);
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(expected_dir(), ec)) {
    if (entry.path().extension() != ".jsonl") continue;
    const std::string id = entry.path().stem().string();
    if (ids.count(id)) continue;
    if (update_mode()) {
      fs::remove(entry.path(), ec);
      std::cout << "removed stale " << entry.path().string() << "\n";
      continue;
    }
    ADD_FAILURE() << "stale expected file " << entry.path().string()
                  << ": no article with id " << id << " in " << examples_dir();
  }
}

}  // namespace
}  // namespace sitrep::testing
