#include "ingest/html_debris.h"

#include <gtest/gtest.h>

namespace sitrep::ingest::html {
namespace {

TEST(HtmlDebris, ChromeClassesByWord) {
  for (const char* c : {"nav", "site-nav", "post-share-buttons", "related_links", "comments-area",
                        "cookie-banner", "newsletter-signup", "ad-slot", "sidebar", "photo-caption",
                        "image-credit", "byline", "Footer", "MostRead"}) {
    EXPECT_TRUE(is_chrome_class(c)) << c;
  }
  // Words are matched whole: "shadow" is not "ad", "header-image" is.
  for (const char* c : {"", "article-body", "entry-content", "story", "shadow", "download", "readable",
                        "commentary-text", "content main"}) {
    EXPECT_FALSE(is_chrome_class(c)) << c;
  }
}

TEST(HtmlDebris, RolesAndHiddenStyles) {
  EXPECT_TRUE(is_chrome_role("navigation"));
  EXPECT_TRUE(is_chrome_role("Complementary"));
  EXPECT_FALSE(is_chrome_role("main"));
  EXPECT_TRUE(is_hidden_style("color: red; display: none"));
  EXPECT_TRUE(is_hidden_style("visibility:hidden"));
  EXPECT_FALSE(is_hidden_style("display:block"));
}

TEST(HtmlDebris, DebrisLines) {
  const std::string_view outlet = "Harbour News Service";
  for (const char* line : {
           "Share", "SHARE:", "Tweet", "Subscribe", "World", "Most read",
           "- Harbour News Service", "Harbour News Service",
           "Fishermen mend their nets at dawn in the old port - Harbour News Service",
           "\xC2\xA9 Example Photo 2023 / A. Person Fishermen mend their nets",
           "Photo: Provincial press office", "Also read: Talks stall again",
           "Read more: What the truce means", "Get the latest headlines from every region, live.",
           "We use cookies to give you the best experience. Accept all",
           "\xC2\xA9 2024 Harbour News Service. All rights reserved.", "\xC2\xBB Read more",
       }) {
    EXPECT_TRUE(is_debris_block(line, outlet)) << line;
  }
  for (const char* line : {
           "Two fishermen were killed when a shell hit the old port on Monday, officials said.",
           "KABUL (AFP) - Seven people were wounded in a blast.",
           "The ministry said it would share its findings with the United Nations.",
           "Harbour News Service reported that the port was closed.",
       }) {
    EXPECT_FALSE(is_debris_block(line, outlet)) << line;
  }
}

TEST(HtmlDebris, TeaserHeadings) {
  for (const char* h : {"Related", "Related articles", "READ MORE", "Most read", "Also read",
                        "More from Harbour News", "You may also like", "More stories \xE2\x80\xBA"}) {
    EXPECT_TRUE(is_teaser_heading(h)) << h;
  }
  for (const char* h : {"Casualties", "Related talks collapsed on Monday after a long night of argument"}) {
    EXPECT_FALSE(is_teaser_heading(h)) << h;
  }
}

}  // namespace
}  // namespace sitrep::ingest::html
