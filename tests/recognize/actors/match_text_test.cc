#include "recognize/actors/match_text.h"

#include <gtest/gtest.h>

#include <string>

namespace sitrep::actors {
namespace {

TEST(FoldKey, SpellingVariantsMeet) {
  const std::string key = fold_key("al-Nusra");
  EXPECT_EQ(key, "nusra");
  for (const char* variant : {"Al-Nusra", "al Nusra", "AL NUSRA", "Al Nusra", "ash-Nusra", "el-Nusra"}) {
    EXPECT_EQ(fold_key(variant), key) << variant;
  }
  EXPECT_EQ(fold_key("Jabhat al-Nusra"), "jabhat nusra");
  EXPECT_EQ(fold_key("Ahrar ash-Sham"), fold_key("Ahrar al-Sham"));
}

TEST(FoldKey, ApostrophesAndDiacritics) {
  EXPECT_EQ(fold_key("Hay\xE2\x80\x99" "at Tahrir al-Sham"), "hayat tahrir sham");  // curly apostrophe
  EXPECT_EQ(fold_key("Hay'at Tahrir al-Sham"), "hayat tahrir sham");
  EXPECT_EQ(fold_key("Hayat Tahrir al-Sham"), "hayat tahrir sham");
  EXPECT_EQ(fold_key("\xE1\xB8\xA4" "alab"), "halab");           // H with dot below
  EXPECT_EQ(fold_key("Jaish al-\xCA\xBF" "Izza"), "jaish izza");  // ayn mark
  EXPECT_EQ(fold_key("S\xC3\xA9l\xC3\xA9ka"), "seleka");
}

TEST(FoldKey, PossessiveIsDropped) {
  EXPECT_EQ(fold_key("Assad's forces"), "assad forces");
  EXPECT_EQ(fold_key("Assad\xE2\x80\x99s forces"), "assad forces");
  EXPECT_EQ(fold_key("People's Protection Units"), "people protection units");
}

TEST(FoldKey, ArticleOnlyBeforeAWord) {
  // "as" is an article only when hyphen-attached; as an English word it stays.
  EXPECT_EQ(fold_key("as-Sham"), "sham");
  EXPECT_EQ(fold_key("as well"), "as well");
}

TEST(Tokenize, OffsetsAreBytesOfTheOriginal) {
  // A non-breaking space and curly quotes must not shift offsets.
  const std::string text = "The \xE2\x80\x9C" "Army\xC2\xA0of Conquest\xE2\x80\x9D said";
  const auto tokens = tokenize(text);
  ASSERT_GE(tokens.size(), 4u);
  EXPECT_EQ(text.substr(tokens[1].start, tokens[1].end - tokens[1].start), "Army");
  EXPECT_EQ(text.substr(tokens[2].start, tokens[2].end - tokens[2].start), "of");
  EXPECT_FALSE(tokens[2].break_before);
  EXPECT_TRUE(tokens[1].break_before);  // the opening quote
}

TEST(Tokenize, Flags) {
  const auto tokens = tokenize("ISIS, LeT and U.S. troops; the 16th");
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_TRUE(tokens[0].all_upper);
  EXPECT_TRUE(tokens[1].inner_upper);
  EXPECT_TRUE(tokens[1].break_before);   // comma
  EXPECT_FALSE(tokens[4].break_before);  // "U.S": initials do not break
  EXPECT_FALSE(tokens[5].break_before);  // "S. troops"
  EXPECT_TRUE(tokens[6].break_before);   // semicolon
  EXPECT_TRUE(tokens[7].numeric);
}

// A word of ASCII letters and digits takes a fast path when sixteen bytes
// of text follow its start, and the general one nearer the end (a word
// alone): both must give the same key and flags.
TEST(Tokenize, AsciiWordsAlikeOnEitherPath) {
  const std::string padding = " and more words after it";
  for (const std::string word :
       {"ISIS", "McCain", "2ND", "4thBn", "LeT", "x9", "A1", "Kabul", "US", "iPhone"}) {
    const auto alone = tokenize(word);
    const auto followed = tokenize(word + padding);
    ASSERT_EQ(alone.size(), 1u) << word;
    ASSERT_GE(followed.size(), 1u) << word;
    const Token& a = alone[0];
    const Token& b = followed[0];
    EXPECT_EQ(a.key, b.key) << word;
    EXPECT_EQ(a.end, b.end) << word;
    EXPECT_EQ(a.capitalised, b.capitalised) << word;
    EXPECT_EQ(a.all_upper, b.all_upper) << word;
    EXPECT_EQ(a.inner_upper, b.inner_upper) << word;
    EXPECT_EQ(a.numeric, b.numeric) << word;
  }
  EXPECT_TRUE(tokenize("4thBn and more words after it")[0].inner_upper);  // past a digit
  EXPECT_TRUE(tokenize("McCain and more words after it")[0].inner_upper);
  EXPECT_TRUE(tokenize("ISIS and more words after it")[0].all_upper);
}

TEST(Tokenize, InvalidUtf8SeparatesWords) {
  const std::string text = "Hamas\xFF" "Fatah";
  const auto tokens = tokenize(text);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].key, "hamas");
  EXPECT_EQ(tokens[1].key, "fatah");
}

TEST(Tokenize, SkipsLowerCaseWordsTheVocabularyDoesNotNeed) {
  KeyIndex words;
  for (std::string_view w : {"forces", "syrian"}) words.insert(w);
  for (std::string_view a : article_keys()) words.insert(a);
  const uint32_t lowercase_count = words.size();
  words.insert("said");  // known but not needed in lower case
  const Vocabulary vocabulary{&words, lowercase_count};
  const auto tokens = tokenize("Syrian forces said the al-Nusra fighters withdrew", &vocabulary);
  ASSERT_EQ(tokens.size(), 4u);  // "said", "the", "fighters", "withdrew" give no token
  EXPECT_EQ(tokens[0].key, "syrian");
  EXPECT_TRUE(tokens[0].capitalised);
  EXPECT_EQ(tokens[1].key, "forces");
  EXPECT_FALSE(tokens[1].break_before);
  EXPECT_EQ(tokens[2].key, "al");
  EXPECT_TRUE(tokens[2].article);
  EXPECT_TRUE(tokens[2].break_before);  // skipped words lie before it
  EXPECT_EQ(tokens[3].key, "nusra");
  EXPECT_TRUE(tokens[3].capitalised);
}

}  // namespace
}  // namespace sitrep::actors
