#include "recognize/places/place_tokens.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

namespace sitrep::places {
namespace {

std::vector<std::string> words_of(std::string_view text) {
  std::vector<std::string> words;
  for (const Token& t : tokenize_words(text))
    words.emplace_back(text.substr(t.start, t.end - t.start));
  return words;
}

// Plain ASCII words take a fast path; words with apostrophes, hyphens,
// periods or other scripts the general one. Both must agree on the rules.
TEST(TokenizeWords, SplitsWordsAsTheFinderNeedsThem) {
  // A possessive 's is no part of the name; the "s" is a word of its own.
  EXPECT_EQ(words_of("Aleppo's east, U.S. forces"),
            (std::vector<std::string>{"Aleppo", "s", "east", "U.S", "forces"}));
  EXPECT_EQ(words_of("Ma'arrat al-Nu'man and Deir ez-Zor"),
            (std::vector<std::string>{"Ma'arrat", "al-Nu'man", "and", "Deir", "ez-Zor"}));
  EXPECT_EQ(words_of("Gainesville-area D-Charleston end.Next"),
            (std::vector<std::string>{"Gainesville", "area", "D", "Charleston", "end", "Next"}));
  EXPECT_EQ(words_of("Şanlıurfa 2019 Aleppo\xE2\x80\x99s"),
            (std::vector<std::string>{"Şanlıurfa", "2019", "Aleppo", "s"}));
  EXPECT_EQ(words_of("W.Va. x"), (std::vector<std::string>{"W.Va", "x"}));
  // A period, apostrophe or hyphen with no letter after it ends a plain word.
  EXPECT_EQ(words_of("said. rebels' pro- and 3.5 end-"),
            (std::vector<std::string>{"said", "rebels", "pro", "and", "3", "5", "end"}));
}

TEST(TokenizeWords, MarksCaseAndPosition) {
  const std::string_view text = "ALEPPO, Syria. the al-Raqqa AB 1st\nNext";
  const std::vector<Token> tokens = tokenize_words(text);
  ASSERT_EQ(tokens.size(), 7u);
  EXPECT_TRUE(tokens[0].all_caps && tokens[0].capitalised && tokens[0].sentence_start &&
              tokens[0].line_start);
  EXPECT_TRUE(tokens[1].capitalised && !tokens[1].all_caps &&
              !tokens[1].sentence_start);  // after a comma
  EXPECT_TRUE(!tokens[2].capitalised && tokens[2].sentence_start &&
              !tokens[2].line_start);                          // "the"
  EXPECT_TRUE(tokens[3].capitalised && !tokens[3].all_caps);   // "al-Raqqa"
  EXPECT_TRUE(tokens[4].all_caps);                             // "AB"
  EXPECT_TRUE(!tokens[5].capitalised && !tokens[5].all_caps);  // "1st"
  EXPECT_TRUE(tokens[6].line_start && tokens[6].sentence_start);
}

}  // namespace
}  // namespace sitrep::places
