#include "ingest/jsonl_record.h"

#include <gtest/gtest.h>

namespace sitrep::ingest {
namespace {

TEST(JsonlRecord, CanonicalFields) {
  auto r = parse_jsonl_record(
      R"({"id":"dev-9","url":"https://ex.com/a","outlet":"Example","published":"2021-10-29",)"
      R"("title":"T","text":"Line one.\nLine two.","extra":{"nested":[1,2]}})",
      "in.jsonl:3");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->id, "dev-9");
  EXPECT_EQ(r->url, "https://ex.com/a");
  EXPECT_EQ(r->outlet, "Example");
  EXPECT_EQ(r->published->iso(), "2021-10-29");
  EXPECT_EQ(r->title, "T");
  EXPECT_EQ(r->text, "Line one.\nLine two.");
  EXPECT_EQ(r->origin, "in.jsonl:3");
}

TEST(JsonlRecord, Aliases) {
  auto r = parse_jsonl_record(
      R"({"headline":"H","source":"Wire","date":"Oct 28, 2016","content":"Body text."})", "x/feed.jsonl:12");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->id, "feed-12");
  EXPECT_EQ(r->title, "H");
  EXPECT_EQ(r->outlet, "Wire");
  EXPECT_EQ(r->published->iso(), "2016-10-28");
  EXPECT_EQ(r->text, "Body text.");

  for (const char* key : {"publish_date", "published_at", "publishedAt"}) {
    const std::string line = std::string(R"({"body":"B",")") + key + R"(":"2020-01-25T10:00:00Z"})";
    r = parse_jsonl_record(line, "f.jsonl:1");
    ASSERT_TRUE(r.ok()) << key;
    ASSERT_TRUE(r->published) << key;
    EXPECT_EQ(r->published->iso(), "2020-01-25") << key;
    EXPECT_EQ(r->text, "B");
  }
}

TEST(JsonlRecord, CanonicalKeyBeatsAliasAndNullIsMissing) {
  auto r = parse_jsonl_record(R"({"content":"alias","text":"canonical","title":null,"published":null})",
                              "f.jsonl:1");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "canonical");
  EXPECT_TRUE(r->title.empty());
  EXPECT_FALSE(r->published);
  // An empty canonical text does not hide a non-empty alias.
  r = parse_jsonl_record(R"({"text":"","body":"real text"})", "f.jsonl:2");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "real text");
}

TEST(JsonlRecord, NestedSourceNameAndNumbers) {
  auto r = parse_jsonl_record(
      R"({"id":42,"source":{"id":null,"name":"Wire Service"},"publishedAt":1477660920,"text":"x"})",
      "f.jsonl:1");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->id, "42");
  EXPECT_EQ(r->outlet, "Wire Service");
  EXPECT_EQ(r->published->iso(), "2016-10-28");
}

TEST(JsonlRecord, UnparsableDateLeftEmptyUrlFallback) {
  auto r = parse_jsonl_record(R"({"text":"x","published":"soon"})", "f.jsonl:1");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->published);
  r = parse_jsonl_record(R"({"text":"x","url":"https://ex.com/2019/02/14/a"})", "f.jsonl:1");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->published->iso(), "2019-02-14");
}

TEST(JsonlRecord, HtmlField) {
  auto r = parse_jsonl_record(
      R"({"id":"p1","html":"<html><head><meta property='og:site_name' content='Site'></head>)"
      R"(<body><nav>Home</nav><article><p>Story paragraph one.</p><p>Two.</p></article></body></html>"})",
      "f.jsonl:1");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->id, "p1");
  EXPECT_EQ(r->outlet, "Site");
  EXPECT_EQ(r->text, "Story paragraph one.\nTwo.");
}

struct BadCase {
  const char* line;
  const char* message;
};

TEST(JsonlRecord, BadRecordsGiveOneLineErrors) {
  const BadCase cases[] = {
      {R"({"id":"a","text":"cut off here)", "f.jsonl:4: truncated JSON record"},
      {R"({"id":"a","text":"x")", "f.jsonl:4: truncated JSON record"},
      {R"({"id":"a", "text")", "f.jsonl:4: truncated JSON record"},
      {R"(["a","b"])", "f.jsonl:4: record is not a JSON object"},
      {R"("just a string")", "f.jsonl:4: record is not a JSON object"},
      {R"(17)", "f.jsonl:4: record is not a JSON object"},
      {R"({"text": 17})", "f.jsonl:4: \"text\" is not a string"},
      {R"({"text": ["para 1", "para 2"]})", "f.jsonl:4: \"text\" is not a string"},
      {R"({"Content": {"a": 1}})", "f.jsonl:4: \"Content\" is not a string"},
      {R"({"id":"a","title":"no body"})", "f.jsonl:4: no text field"},
      {R"({"id":"a","text":"   \n "})", "f.jsonl:4: empty article, skipped"},
      {R"({"id":"a","text":""})", "f.jsonl:4: empty article, skipped"},
  };
  for (const BadCase& c : cases) {
    auto r = parse_jsonl_record(c.line, "f.jsonl:4");
    ASSERT_FALSE(r.ok()) << c.line;
    EXPECT_EQ(r.error().message, c.message) << c.line;
  }
}

TEST(JsonlRecord, SyntaxErrorNamesByte) {
  auto r = parse_jsonl_record(R"({"id": nope, "text": "x"})", "f.jsonl:9");
  ASSERT_FALSE(r.ok());
  const std::string& m = r.error().message;
  EXPECT_EQ(m.rfind("f.jsonl:9: invalid JSON at byte ", 0), 0u) << m;
  EXPECT_EQ(m.find('\n'), std::string::npos);
  r = parse_jsonl_record("not json at all", "f.jsonl:10");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message.rfind("f.jsonl:10: invalid JSON at byte ", 0), 0u) << r.error().message;
  r = parse_jsonl_record(R"({"text":"a"} trailing)", "f.jsonl:11");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message.rfind("f.jsonl:11: invalid JSON", 0), 0u) << r.error().message;
}

// Records take two parsers (simdjson for plain records, nlohmann for the
// rest); both must read escapes and repeated keys the same way.
TEST(JsonlRecord, EscapesAndRepeatedKeys) {
  auto r = parse_jsonl_record(
      R"({"text":"caf\u00e9 \ud83d\ude00 \"q\" a\\b\ttab","text":"second","title":"\/t"})",
      "f.jsonl:1");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->text, "caf\xC3\xA9 \xF0\x9F\x98\x80 \"q\" a\\b\ttab");
  EXPECT_EQ(r->title, "/t");
  r = parse_jsonl_record(R"({"text":"lone \ud800 half"})", "f.jsonl:2");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("f.jsonl:2: invalid JSON at byte"), std::string::npos)
      << r.error().message;
  r = parse_jsonl_record(R"({"text":"x"} trailing)", "f.jsonl:3");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.error().message.find("f.jsonl:3: invalid JSON"), std::string::npos)
      << r.error().message;
}

TEST(JsonlRecord, InvalidUtf8InsideStringIsRepaired) {
  auto r = parse_jsonl_record("{\"text\":\"bad \xFF byte\"}", "f.jsonl:1");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->text, "bad \xEF\xBF\xBD byte");
}

TEST(JsonlRecord, DeepNestingDoesNotCrash) {
  std::string line = R"({"text":"x","deep":)";
  line += std::string(100000, '[') + std::string(100000, ']') + "}";
  auto r = parse_jsonl_record(line, "f.jsonl:1");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->text, "x");
}

}  // namespace
}  // namespace sitrep::ingest
