#include "text/tokens.h"

#include <gtest/gtest.h>

#include "case_name.h"

#include <string>
#include <vector>

namespace sitrep {
namespace {

// "w:" word, "n:" number, "p:" punctuation.
std::vector<std::string> show(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& t : tokenize(text, Span{0, static_cast<uint32_t>(text.size())})) {
    const char* kind = t.kind == TokenKind::kWord ? "w:" : t.kind == TokenKind::kNumber ? "n:" : "p:";
    out.push_back(kind + std::string(t.span.of(text)));
  }
  return out;
}

struct TokenCase {
  std::string text;
  std::vector<std::string> tokens;
};
void PrintTo(const TokenCase& c, std::ostream* os) { *os << testing::case_name(c.text); }

class TokenTable : public ::testing::TestWithParam<TokenCase> {};

TEST_P(TokenTable, Tokenizes) { EXPECT_EQ(show(GetParam().text), GetParam().tokens) << GetParam().text; }

INSTANTIATE_TEST_SUITE_P(
    Cases, TokenTable,
    ::testing::Values(
        TokenCase{"", {}},
        TokenCase{"Rebels shelled Aleppo.", {"w:Rebels", "w:shelled", "w:Aleppo", "p:."}},
        TokenCase{"al-Nusra two-year-old", {"w:al-Nusra", "w:two-year-old"}},
        TokenCase{"Aleppo's", {"w:Aleppo", "w:'s"}},
        TokenCase{"Aleppo\xE2\x80\x99s east", {"w:Aleppo", "w:\xE2\x80\x99s", "w:east"}},
        TokenCase{"O'Brien don't", {"w:O'Brien", "w:don't"}},
        TokenCase{"rebels' base", {"w:rebels", "p:'", "w:base"}},
        TokenCase{"'moderate'", {"p:'", "w:moderate", "p:'"}},
        TokenCase{"2,000 2.5 13:22", {"n:2,000", "n:2.5", "n:13:22"}},
        TokenCase{"6,000-strong 72-hour F-16 5th", {"w:6,000-strong", "w:72-hour", "w:F-16", "w:5th"}},
        TokenCase{"4-5 May", {"n:4", "p:-", "n:5", "w:May"}},
        TokenCase{"2016-10-28", {"n:2016", "p:-", "n:10", "p:-", "n:28"}},
        TokenCase{"U.S. and U.N. at 9 a.m.", {"w:U.S.", "w:and", "w:U.N.", "w:at", "n:9", "w:a.m."}},
        TokenCase{"Lt.-Gen. Kuralenko", {"w:Lt", "p:.", "p:-", "w:Gen", "p:.", "w:Kuralenko"}},
        TokenCase{"J. Smith", {"w:J", "p:.", "w:Smith"}},
        TokenCase{"end. Next", {"w:end", "p:.", "w:Next"}},
        TokenCase{"a - b", {"w:a", "p:-", "w:b"}},
        TokenCase{"well-\nknown", {"w:well", "p:-", "w:known"}},
        TokenCase{"al\xE2\x80\x91Sham", {"w:al\xE2\x80\x91Sham"}},              // non-breaking hyphen joins
        TokenCase{"4\xE2\x80\x93" "5", {"n:4", "p:\xE2\x80\x93", "n:5"}},       // en dash splits
        TokenCase{"\xE2\x80\x9CHi\xE2\x80\x9D", {"p:\xE2\x80\x9C", "w:Hi", "p:\xE2\x80\x9D"}},
        TokenCase{"Caf\xC3\xA9 \xD8\xAD\xD9\x84\xD8\xA8", {"w:Caf\xC3\xA9", "w:\xD8\xAD\xD9\x84\xD8\xA8"}},
        TokenCase{"a\xC2\xA0" "b", {"w:a", "w:b"}},                              // NBSP separates
        TokenCase{"x\xFFy", {"w:x", "p:\xFF", "w:y"}},                           // invalid byte
        TokenCase{"...", {"p:.", "p:.", "p:."}},
        TokenCase{"$5 40%", {"p:$", "n:5", "n:40", "p:%"}}));

TEST(TokensTest, WithinLimitsTheRange) {
  const std::string text = "skip this. Take these words. skip";
  const auto toks = tokenize(text, Span{11, 28});
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[0].span.of(text), "Take");
  EXPECT_EQ(toks[3].span.of(text), ".");
}

TEST(TokensTest, WithinIsClamped) {
  const std::string text = "short";
  EXPECT_EQ(tokenize(text, Span{0, 999}).size(), 1u);
  EXPECT_TRUE(tokenize(text, Span{50, 999}).empty());
}

TEST(TokensTest, MultiByteCharacterCutByWithinIsNotReadPastTheEnd) {
  const std::string text = "ab\xC3\xA9";
  const auto toks = tokenize(text, Span{0, 3});  // cuts é in half
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].span.of(text), "ab");
  EXPECT_EQ(toks[1].kind, TokenKind::kPunct);
  EXPECT_EQ(toks[1].span.end, 3u);
}

TEST(TokensTest, IntoAppends) {
  std::vector<Token> out;
  const std::string text = "one two";
  tokenize_into(text, Span{0, 3}, out);
  tokenize_into(text, Span{4, 7}, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].span.of(text), "two");
}

}  // namespace
}  // namespace sitrep
