#include "ingest/text_article.h"

#include <gtest/gtest.h>

namespace sitrep::ingest {
namespace {

TEST(TextArticle, PlainTextKeptByteForByte) {
  const std::string text = "First paragraph about a clash.\n\nSecond paragraph.\n";
  auto r = parse_text_article(text, "dir/report-7.txt");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->id, "report-7");
  EXPECT_EQ(r->origin, "dir/report-7.txt");
  EXPECT_EQ(r->text, text);
  EXPECT_TRUE(r->title.empty());
  EXPECT_FALSE(r->published);
}

TEST(TextArticle, HeaderLines) {
  auto r = parse_text_article(
      "Title: Shelling reported overnight\nOutlet: Example Daily\nURL: https://ex.com/a\n"
      "Published: 2016-10-28\n\n\nThe article starts here.\nAnd goes on.",
      "a.txt");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->title, "Shelling reported overnight");
  EXPECT_EQ(r->outlet, "Example Daily");
  EXPECT_EQ(r->url, "https://ex.com/a");
  ASSERT_TRUE(r->published);
  EXPECT_EQ(r->published->iso(), "2016-10-28");
  EXPECT_EQ(r->text, "The article starts here.\nAnd goes on.");
}

TEST(TextArticle, HeaderKeysAreCaseInsensitiveAndDatesFlexible) {
  auto r = parse_text_article("title: T\nPUBLISHED: Oct 28, 2016\n\nBody.", "a.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->title, "T");
  EXPECT_EQ(r->published->iso(), "2016-10-28");
}

TEST(TextArticle, UnparsableDateLeftEmpty) {
  auto r = parse_text_article("Published: sometime last week\n\nBody.", "a.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r->published);
  EXPECT_EQ(r->text, "Body.");
}

TEST(TextArticle, UrlDateFillsMissingPublished) {
  auto r = parse_text_article("URL: https://ex.com/2020/05/19/story\n\nBody.", "a.txt");
  ASSERT_TRUE(r.ok());
  ASSERT_TRUE(r->published);
  EXPECT_EQ(r->published->iso(), "2020-05-19");
}

TEST(TextArticle, NotAHeaderWhenALineIsProse) {
  // "Note: ..." is not a header key, so the whole file is text.
  const std::string text = "Title: A\nNote: this is prose\n\nBody.";
  auto r = parse_text_article(text, "a.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, text);
  EXPECT_TRUE(r->title.empty());
  // A colon in the first sentence of an article is not a header either.
  const std::string prose = "Aleppo: rebels launched an offensive.\n\nMore.";
  r = parse_text_article(prose, "b.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, prose);
}

TEST(TextArticle, LineEndingsAndControls) {
  auto r = parse_text_article("\xEF\xBB\xBFOne.\r\nTwo.\rThree\x07.", "a.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "One.\nTwo.\nThree .");
}

TEST(TextArticle, EmptyAndWhitespaceOnly) {
  for (const char* content : {"", "   \n\t\n", "\xC2\xA0\n", "Title: Only a header\n\n  \n"}) {
    auto r = parse_text_article(content, "e.txt");
    ASSERT_FALSE(r.ok()) << content;
    EXPECT_EQ(r.error().message, "e.txt: empty article, skipped");
  }
}

TEST(TextArticle, InvalidUtf8RepairedBinaryRefused) {
  // UTF-8 text (the em dash) with stray bytes: each is replaced.
  auto r = parse_text_article("Troops \xE2\x80\x94 entered \xFF\xFE on Monday.", "a.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "Troops \xE2\x80\x94 entered \xEF\xBF\xBD\xEF\xBF\xBD on Monday.");
  // No UTF-8 at all: read as Windows-1252.
  r = parse_text_article("The caf\xE9 was hit.", "b.txt");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "The caf\xC3\xA9 was hit.");
  r = parse_text_article(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), "img.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "img.txt: binary file, skipped");
}

TEST(TextArticle, StdinId) {
  auto r = parse_text_article("Body.", "stdin");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->id, "stdin");
}

}  // namespace
}  // namespace sitrep::ingest
