// The shared dev set goes through ingest unchanged: 45 documents with the
// ids, outlets, dates and texts the JSON has.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <map>

#include "ingest/ingest.h"
#include "testing/shared.h"

namespace sitrep::ingest {
namespace {

TEST(DevCorpus, ArticlesJsonlComesThroughIntact) {
  SITREP_REQUIRE_SHARED(shared);
  const std::string path = shared + "/eval/dev/articles.jsonl";
  std::vector<Document> docs;
  std::vector<std::string> errors;
  const IngestStats stats = ingest_paths(
      {path}, {}, [&](Document&& d) { docs.push_back(std::move(d)); },
      [&](const Error& e) { errors.push_back(e.message); });
  EXPECT_TRUE(errors.empty()) << errors.front();
  EXPECT_EQ(stats.documents, 45u);
  ASSERT_EQ(docs.size(), 45u);

  // Compare with an independent JSON reading of the same file.
  std::ifstream in(path);
  std::string line;
  size_t i = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const nlohmann::json j = nlohmann::json::parse(line);
    ASSERT_LT(i, docs.size());
    const Document& d = docs[i++];
    EXPECT_EQ(d.id, j["id"].get<std::string>());
    EXPECT_FALSE(d.id.empty());
    EXPECT_EQ(d.outlet, j["outlet"].is_string() ? j["outlet"].get<std::string>() : "");
    EXPECT_FALSE(d.outlet.empty()) << d.id;
    if (j["published"].is_string()) {
      ASSERT_TRUE(d.published) << d.id;
      EXPECT_EQ(d.published->iso(), j["published"].get<std::string>()) << d.id;
    } else {
      EXPECT_FALSE(d.published) << d.id;
    }
    EXPECT_EQ(d.title, j["title"].is_string() ? j["title"].get<std::string>() : "") << d.id;
    EXPECT_EQ(d.text, j["text"].get<std::string>()) << d.id;  // offsets index this text
  }
  EXPECT_EQ(i, 45u);
}

TEST(DevCorpus, SeedTextFilesMatchTheirJsonlTexts) {
  SITREP_REQUIRE_SHARED(shared);
  std::map<std::string, std::string> jsonl_text;
  ingest_paths(
      {shared + "/eval/dev/articles.jsonl"}, {},
      [&](Document&& d) { jsonl_text[d.id] = d.text; }, [](const Error&) {});
  std::vector<Document> seeds;
  ingest_paths(
      {shared + "/seeds"}, {}, [&](Document&& d) { seeds.push_back(std::move(d)); },
      [](const Error& e) { ADD_FAILURE() << e.message; });
  ASSERT_EQ(seeds.size(), 5u);
  for (size_t i = 0; i < seeds.size(); ++i) {
    const std::string id = "seed-00" + std::to_string(i);
    EXPECT_EQ(seeds[i].text, jsonl_text[id]) << seeds[i].id;
  }
}

}  // namespace
}  // namespace sitrep::ingest
