// Pipeline::analyze on texts whose lines or paragraphs are very long: the
// checks that look back along a line (byline, dateline) or a paragraph stay
// bounded, and still give the answers they give on ordinary articles.
#include <gtest/gtest.h>

#include <string>

#include "pipeline/shared_pipeline.h"

namespace sitrep::testing {
namespace {

const PlaceRef* place_at(const AnalyzedDocument& a, std::string_view text, std::string_view name,
                         size_t from = 0) {
  const size_t at = text.find(name, from);
  for (const PlaceRef& p : a.places) {
    if (p.span.start == at) return &p;
  }
  return nullptr;
}

TEST(LongText, BylinePlaceIsTheReportersWhereverTheLineStarts) {
  const Pipeline* pipeline = shared_pipeline();
  ASSERT_NE(pipeline, nullptr);
  // The byline opens a line deep into the text: only its own start counts.
  std::string text(5000, ' ');
  for (size_t i = 80; i < text.size(); i += 81) text[i] = '\n';
  text += "\nBy Sam Reporter in Karrada\nGunmen attacked Adhamiya on Monday.\n";
  const Document doc = make_document("byline", "2021-03-02", text);
  const AnalyzedDocument a = pipeline->analyze(doc);
  const PlaceRef* byline = place_at(a, doc.text, "Karrada");
  const PlaceRef* story = place_at(a, doc.text, "Adhamiya");
  ASSERT_NE(byline, nullptr);
  ASSERT_NE(story, nullptr);
  EXPECT_TRUE(byline->dateline);
  EXPECT_FALSE(story->dateline);
}

TEST(LongText, BylineReachesSixtyBytes) {
  const Pipeline* pipeline = shared_pipeline();
  ASSERT_NE(pipeline, nullptr);
  // "By " then a place 59 bytes into the line is the byline's; at 60 it is not.
  const std::string near = "By " + std::string(52, 'x') + " in Karrada\n";
  const std::string far = "By " + std::string(53, 'x') + " in Karrada\n";
  const std::string text = "Intro.\n" + near + far;
  const Document doc = make_document("reach", "2021-03-02", text);
  const AnalyzedDocument a = pipeline->analyze(doc);
  const PlaceRef* first = place_at(a, doc.text, "Karrada");
  const PlaceRef* second = place_at(a, doc.text, "Karrada", doc.text.find("Karrada") + 1);
  ASSERT_NE(first, nullptr);
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(first->span.start - doc.text.find("By "), 59u);
  EXPECT_TRUE(first->dateline);
  EXPECT_FALSE(second->dateline);
}

TEST(LongText, OneLineParagraphIsCountedInBoundedRuns) {
  const Pipeline* pipeline = shared_pipeline();
  ASSERT_NE(pipeline, nullptr);
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "Calm returned. ";
  const Document doc = make_document("runs", "2021-03-02", text);
  const AnalyzedDocument a = pipeline->analyze(doc);
  ASSERT_EQ(a.sentences.size(), 1000u);
  // Neighbours mostly share a paragraph, but the last is not in the first's.
  EXPECT_EQ(a.sentences[0].paragraph, a.sentences[1].paragraph);
  EXPECT_NE(a.sentences.front().paragraph, a.sentences.back().paragraph);
}

}  // namespace
}  // namespace sitrep::testing
