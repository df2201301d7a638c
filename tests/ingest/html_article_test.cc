#include "ingest/html_article.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "testing/shared.h"

namespace sitrep::ingest {
namespace {

std::string fixture(const std::string& name) {
  return sitrep::testing::read_file(std::string(SITREP_INGEST_FIXTURES) + "/" + name);
}

bool has(const std::string& text, std::string_view part) { return text.find(part) != std::string::npos; }

TEST(HtmlArticle, AgencyPageMetadata) {
  auto r = parse_html_article(fixture("agency_page.html"), "pages/agency_page.html");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->id, "agency_page");
  EXPECT_EQ(r->title, "Mortar fire hits market district, monitors say");
  EXPECT_EQ(r->outlet, "Northwind Wire");
  EXPECT_EQ(r->url, "https://northwind.example/world/20190314/mortar-market.html");
  ASSERT_TRUE(r->published);
  EXPECT_EQ(r->published->iso(), "2019-03-14");
}

TEST(HtmlArticle, AgencyPageKeepsStoryDropsDebris) {
  auto r = parse_html_article(fixture("agency_page.html"), "agency_page.html");
  ASSERT_TRUE(r.ok()) << r.error().message;
  const std::string& t = r->text;
  // Story paragraphs, in order, one per line, entities decoded.
  EXPECT_TRUE(has(t, "At least four people were killed and eleven wounded"));
  EXPECT_TRUE(has(t, "The monitor blamed armed groups"));
  EXPECT_TRUE(has(t, "several of the wounded were children"));
  EXPECT_TRUE(has(t, "comment on the report \xE2\x80\x94 its last statement"));
  EXPECT_TRUE(has(t, "\"restored calm\""));
  EXPECT_LT(t.find("At least four"), t.find("The monitor blamed"));
  EXPECT_TRUE(has(t, "monitoring group said.\nThe monitor blamed"));
  // Debris of every kind the seeds show.
  for (const char* debris : {"Share", "Tweet", "Subscribe", "cookies", "Politics", "Get the latest",
                             "\xC2\xA9", "Smoke rises", "Also read", "Talks on a local truce",
                             "Related", "Army says it repelled", "Aid convoy", "Most read",
                             "Ten things", "Reader one", "Earlier:", "Classes were suspended", "All rights reserved", "tracking", "color"}) {
    EXPECT_FALSE(has(t, debris)) << "kept debris: " << debris << "\n--- text:\n" << t;
  }
  EXPECT_EQ(t.find("  "), std::string::npos);
  EXPECT_EQ(t.find("\n\n"), std::string::npos);
}

TEST(HtmlArticle, DivLayoutWithSidebarAndAd) {
  auto r = parse_html_article(fixture("div_layout.html"), "div_layout.html");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->title, "Clashes displace hundreds in northern province");
  EXPECT_EQ(r->outlet, "Coastline Herald");
  ASSERT_TRUE(r->published);
  EXPECT_EQ(r->published->iso(), "2021-06-02");
  const std::string& t = r->text;
  EXPECT_TRUE(has(t, "Fighting between two rival militias")) << t;
  EXPECT_TRUE(has(t, "Residents described gunfire")) << t;
  EXPECT_TRUE(has(t, "three civilians had been killed")) << t;
  EXPECT_TRUE(has(t, "Neither militia has commented")) << t;
  for (const char* debris : {"Advertisement", "Photo:", "Most popular", "popular story", "newsletter",
                             "Home", "About", "Contact"}) {
    EXPECT_FALSE(has(t, debris)) << "kept debris: " << debris << "\n--- text:\n" << t;
  }
}

TEST(HtmlArticle, TeaserArticlesDoNotWinOverTheStory) {
  auto r = parse_html_article(fixture("teaser_cards.html"), "teaser_cards.html");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->title, "Drone strike reported near river crossing");
  EXPECT_EQ(r->outlet, "Valley Times");
  ASSERT_TRUE(r->published);
  EXPECT_EQ(r->published->iso(), "2022-11-05");
  const std::string& t = r->text;
  EXPECT_TRUE(has(t, "A drone struck a vehicle")) << t;
  EXPECT_TRUE(has(t, "Villagers reported hearing")) << t;
  EXPECT_FALSE(has(t, "Farmers count losses")) << t;
  EXPECT_FALSE(has(t, "Short teaser")) << t;
}

TEST(HtmlArticle, BreaksEntitiesAndRfc822Date) {
  auto r = parse_html_article(fixture("br_paragraphs.html"), "br_paragraphs.html");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->title, "Statement on the weekend incidents");
  ASSERT_TRUE(r->published);
  EXPECT_EQ(r->published->iso(), "2020-08-03");
  EXPECT_EQ(r->text,
            "Security forces dispersed a protest outside the ministry on Sunday using tear gas, witnesses said.\n"
            "Organisers said around two hundred people had gathered to demand the release of detained "
            "students & teachers.\n"
            "The ministry said seven officers were lightly injured by stones thrown by the crowd.");
}

TEST(HtmlArticle, DeclaredLegacyCharset) {
  const std::string page =
      "<html><head><meta charset=\"windows-1251\"></head><body><p>\xCF\xF0\xE8\xE2\xE5\xF2 "
      "world, a full sentence of story text.</p></body></html>";
  auto r = parse_html_article(page, "cp1251.html");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->text, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 world, a full sentence of story text.");
}

TEST(HtmlArticle, Failures) {
  auto r = parse_html_article("", "e.html");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "e.html: empty article, skipped");
  r = parse_html_article("<html><body><nav>Home</nav><script>x()</script></body></html>", "n.html");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "n.html: no article text found, skipped");
  r = parse_html_article(std::string("<html>\0\0\0\0\x01\x02", 12), "b.html");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "b.html: binary file, skipped");
}

TEST(HtmlArticle, MalformedMarkupStillYieldsText) {
  auto r = parse_html_article("<p>Unclosed <b>bold <i>story text about a raid<p>Second paragraph</div></span>",
                              "m.html");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->text, "Unclosed bold story text about a raid\nSecond paragraph");
}

TEST(HtmlArticle, DeepNestingIsRefusedQuickly) {
  std::string page = "<html><body>";
  for (int i = 0; i < 300000; ++i) page += "<div>";
  page += "<p>Text at the bottom.</p></body></html>";
  auto r = parse_html_article(page, "deep.html");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "deep.html: HTML nested more than 5000 levels deep, skipped");
}

TEST(HtmlArticle, ManyUnclosedParagraphsAreNotDeep) {
  std::string page = "<html><body><article>";
  for (int i = 0; i < 20000; ++i) page += "<p>Paragraph " + std::to_string(i) + " of a long report.";
  page += "</article></body></html>";
  auto r = parse_html_article(page, "flat.html");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(std::count(r->text.begin(), r->text.end(), '\n'), 19999);
}

TEST(HtmlArticle, NestingWithinTheLimitWorks) {
  std::string page = "<html><body>";
  for (int i = 0; i < 4000; ++i) page += "<div>";
  page += "<p>Deep story text sits at the bottom of many nested blocks.</p>";
  page += "</body></html>";
  auto r = parse_html_article(page, "deep.html");
  ASSERT_TRUE(r.ok()) << r.error().message;
  EXPECT_EQ(r->text, "Deep story text sits at the bottom of many nested blocks.");
}

}  // namespace
}  // namespace sitrep::ingest
