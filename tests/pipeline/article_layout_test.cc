// The layout predicates the analysis marks spans with (article_layout.h),
// on short texts written for the tests.
#include "pipeline/article_layout.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace sitrep {
namespace {

Span span_of(std::string_view text, std::string_view part) {
  const size_t at = text.find(part);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
}

TEST(ArticleLayout, DatelinePlaceInCapitalsOrBeforeADash) {
  const std::string caps = "Headline\nMOSUL, Iraq - Fighting went on.";
  EXPECT_TRUE(is_dateline(caps, span_of(caps, "MOSUL")));
  const std::string dash = "Sirte, Libya \xE2\x80\x94 Clashes resumed on Friday.";
  EXPECT_TRUE(is_dateline(dash, span_of(dash, "Sirte")));
  // Not at a paragraph's start, or a sentence of the story before any dash.
  const std::string inside = "Clashes near MOSUL went on.";
  EXPECT_FALSE(is_dateline(inside, span_of(inside, "MOSUL")));
  const std::string story = "Sirte is where the fighters said they would go - and they did.";
  EXPECT_FALSE(is_dateline(story, span_of(story, "Sirte")));
}

TEST(ArticleLayout, DateInTheOpeningWordsBeforeTheDash) {
  const std::string text = "Intro line\nGAO, May 3 -- Two soldiers died on May 2.";
  EXPECT_TRUE(in_dateline(text, span_of(text, "May 3")));
  EXPECT_FALSE(in_dateline(text, span_of(text, "May 2")));
}

TEST(ArticleLayout, BylineLineOpensWithBy) {
  const std::string text = "By A. Writer in Gao\nA convoy was hit near Gao.";
  EXPECT_TRUE(in_byline(text, span_of(text, "Gao")));
  EXPECT_FALSE(in_byline(text, {static_cast<uint32_t>(text.rfind("Gao")),
                                static_cast<uint32_t>(text.rfind("Gao") + 3)}));
}

TEST(ArticleLayout, HeadlineHasNoClosingStop) {
  const std::string text = "Five killed in market blast\nThe blast came at noon.";
  const Span headline = span_of(text, "Five killed in market blast");
  const Span sentence = span_of(text, "The blast came at noon.");
  EXPECT_TRUE(is_headline(text, headline, true, {}));
  EXPECT_FALSE(is_headline(text, headline, false, {}));  // shares its paragraph
  EXPECT_FALSE(is_headline(text, sentence, true, {}));
}

}  // namespace
}  // namespace sitrep
