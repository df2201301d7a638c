#include "text/numbers.h"

#include <gtest/gtest.h>

#include "case_name.h"

#include <climits>
#include <string>
#include <vector>

namespace sitrep {
namespace {

// "span=value" + bound (">=" at least, ">" more than, "~" about, "<=" at
// most) + flags ("/vague", "/indefinite", "/age").
std::string describe(const std::string& text, const Quantity& q) {
  std::string s = std::string(q.span.of(text)) + "=" + std::to_string(q.value);
  switch (q.bound) {
    case Bound::kExact: break;
    case Bound::kAtLeast: s += ">="; break;
    case Bound::kMoreThan: s += ">"; break;
    case Bound::kAbout: s += "~"; break;
    case Bound::kAtMost: s += "<="; break;
  }
  if (q.vague) s += "/vague";
  if (q.indefinite) s += "/indefinite";
  if (q.is_age) s += "/age";
  return s;
}

std::vector<std::string> find(const std::string& text) {
  std::vector<std::string> out;
  for (const Quantity& q : find_quantities(text, Span{0, static_cast<uint32_t>(text.size())})) {
    out.push_back(describe(text, q));
  }
  return out;
}

struct QuantityCase {
  std::string text;
  std::vector<std::string> found;
};
void PrintTo(const QuantityCase& c, std::ostream* os) { *os << testing::case_name(c.text); }

class QuantityTable : public ::testing::TestWithParam<QuantityCase> {};

TEST_P(QuantityTable, Finds) { EXPECT_EQ(find(GetParam().text), GetParam().found) << GetParam().text; }

INSTANTIATE_TEST_SUITE_P(
    Counts, QuantityTable,
    ::testing::Values(
        QuantityCase{"2,000 fighters", {"2,000=2000"}},
        QuantityCase{"2.5 million people", {"2.5 million=2500000"}},
        QuantityCase{"six civilians", {"six=6"}},
        QuantityCase{"twenty-one soldiers", {"twenty-one=21"}},
        QuantityCase{"twenty one soldiers", {"twenty one=21"}},
        QuantityCase{"two thousand rounds", {"two thousand=2000"}},
        QuantityCase{"one hundred and twenty houses", {"one hundred and twenty=120"}},
        QuantityCase{"two thousand five hundred men", {"two thousand five hundred=2500"}},
        QuantityCase{"a hundred homes", {"a hundred=100"}},
        QuantityCase{"a dozen rockets", {"a dozen=12"}},
        QuantityCase{"half a dozen cars", {"half a dozen=6"}},
        QuantityCase{"Eleven killed", {"Eleven=11"}},
        QuantityCase{"1.000.000 refugees", {"1.000.000=1000000"}},
        QuantityCase{"6,000-strong column", {"6,000-strong=6000"}}));

INSTANTIATE_TEST_SUITE_P(
    Vague, QuantityTable,
    ::testing::Values(
        QuantityCase{"Dozens were hurt", {"Dozens=12/vague"}},
        QuantityCase{"tens of people", {"tens=10/vague"}},
        QuantityCase{"scores of civilians", {"scores=20/vague"}},
        QuantityCase{"hundreds wounded", {"hundreds=100/vague"}},
        QuantityCase{"thousands fled", {"thousands=1000/vague"}},
        QuantityCase{"tens of thousands fled", {"tens of thousands=10000/vague"}},
        QuantityCase{"hundreds of thousands of civilians", {"hundreds of thousands=100000/vague"}},
        QuantityCase{"several dozen rockets", {"several dozen=12/vague"}},
        QuantityCase{"several others", {"several=3/vague/indefinite"}},
        QuantityCase{"a few fighters", {"a few=3/vague/indefinite"}},
        QuantityCase{"more than a dozen", {"more than a dozen=12>"}},
        QuantityCase{"More than dozen hurt", {"More than dozen=12>"}},
        QuantityCase{"the team scores goals", {}},
        QuantityCase{"tens fell", {}}));

INSTANTIATE_TEST_SUITE_P(
    Qualifiers, QuantityTable,
    ::testing::Values(
        QuantityCase{"at least six people", {"at least six=6>="}},
        QuantityCase{"over 70 hurt", {"over 70=70>"}},
        QuantityCase{"more than 40 villagers", {"more than 40=40>"}},
        QuantityCase{"Over two thousand troops", {"Over two thousand=2000>"}},
        QuantityCase{"nearly 30 units", {"nearly 30=30~"}},
        QuantityCase{"almost 50", {"almost 50=50~"}},
        QuantityCase{"about 10", {"about 10=10~"}},
        QuantityCase{"around 300,000 residents", {"around 300,000=300000~"}},
        QuantityCase{"some 6,000 troops", {"some 6,000=6000~"}},
        QuantityCase{"up to 70 gunmen", {"up to 70=70<="}},
        QuantityCase{"as many as 9", {"as many as 9=9<="}},
        QuantityCase{"no fewer than 8", {"no fewer than 8=8>="}},
        QuantityCase{"no more than 8", {"no more than 8=8<="}},
        QuantityCase{"40 or more", {"40 or more=40>="}},
        QuantityCase{"an estimated 500", {"an estimated 500=500~"}},
        QuantityCase{"over 2000 people", {"over 2000=2000>"}}));

INSTANTIATE_TEST_SUITE_P(
    RangesAndZero, QuantityTable,
    ::testing::Values(
        QuantityCase{"10-15 people", {"10-15=10>="}},
        QuantityCase{"two or three houses", {"two or three=2>="}},
        QuantityCase{"between 5 and 8 dead", {"between 5 and 8=5>="}},
        // A qualifier never reaches back into the quantity before it (the
        // fuzzer found "more" taken by both).
        QuantityCase{"7 or more than 300", {"7 or more=7>=", "300=300"}},
        QuantityCase{"no one was hurt", {"no one=0"}},
        QuantityCase{"nobody died", {"nobody=0"}},
        QuantityCase{"one civilian", {"one=1"}},
        QuantityCase{"one another", {}},
        QuantityCase{"the one who left", {}}));

INSTANTIATE_TEST_SUITE_P(
    Ages, QuantityTable,
    ::testing::Values(
        QuantityCase{"among them a two-year-old girl", {"two-year-old=2/age"}},
        QuantityCase{"a 67-year-old woman", {"67-year-old=67/age"}},
        QuantityCase{"a twenty-one-year-old man", {"twenty-one-year-old=21/age"}},
        QuantityCase{"aged 25", {"aged 25=25/age"}},
        QuantityCase{"he was 25 years old", {"25 years old=25/age"}}));

INSTANTIATE_TEST_SUITE_P(
    NotQuantities, QuantityTable,
    ::testing::Values(
        QuantityCase{"in 2016", {}},
        QuantityCase{"at 13:22 local", {}},
        QuantityCase{"at 6 a.m.", {}},
        QuantityCase{"at 0500 GMT", {}},
        QuantityCase{"the 5th Corps and 16th Battalion", {}},
        QuantityCase{"on Oct 28", {}},
        QuantityCase{"on Oct. 28, 2016", {}},
        QuantityCase{"on 28 October", {}},
        QuantityCase{"the 17th of August", {}},
        QuantityCase{"night of 4-5 May", {}},
        QuantityCase{"on 2016-10-28", {}},
        QuantityCase{"call +1 555 0123", {}},
        QuantityCase{"call 555-0123", {}},
        QuantityCase{"$5 or 40% or 12 percent or 3 per cent", {}},
        QuantityCase{"No. 5 and Resolution 2254", {}},
        QuantityCase{"a 72-hour truce, a two-week-long pause", {}},
        QuantityCase{"grew by 2.5 points", {}},
        QuantityCase{"the 1990s", {}}));

TEST(NumbersTest, MixedSentenceKeepsOrderAndSpans) {
  const std::string text =
      "On May 9, at least six guards and a two-year-old girl died and over 70 were hurt.";
  EXPECT_EQ(find(text), (std::vector<std::string>{"at least six=6>=", "two-year-old=2/age", "over 70=70>"}));
  const auto qs = find_quantities(text, Span{0, static_cast<uint32_t>(text.size())});
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_EQ(qs[0].number.of(text), "six");
}

TEST(NumbersTest, WithinAndTokenOverloadAgree) {
  const std::string text = "Skip 5 here. Then 12 people.";
  const Span within{13, static_cast<uint32_t>(text.size())};
  const auto a = find_quantities(text, within);
  const auto b = find_quantities(text, tokenize(text, within));
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].value, 12);
  EXPECT_EQ(a[0].span, b[0].span);
}

TEST(NumbersTest, HugeNumbersSaturate) {
  EXPECT_EQ(find("99999999999999999999999999 grains"), (std::vector<std::string>{
                                                            "99999999999999999999999999=" + std::to_string(LONG_MAX)}));
  EXPECT_EQ(parse_number("9,999,999,999,999,999,999,999 trillion"), LONG_MAX);
  EXPECT_EQ(parse_number("99999999999999999999 million"), LONG_MAX);
}

struct ParseCase {
  std::string phrase;
  std::optional<long> value;
};
void PrintTo(const ParseCase& c, std::ostream* os) { *os << testing::case_name(c.phrase); }

class ParseTable : public ::testing::TestWithParam<ParseCase> {};

TEST_P(ParseTable, Parses) { EXPECT_EQ(parse_number(GetParam().phrase), GetParam().value) << GetParam().phrase; }

INSTANTIATE_TEST_SUITE_P(
    Cases, ParseTable,
    ::testing::Values(ParseCase{"2,000", 2000}, ParseCase{"2.5 million", 2500000}, ParseCase{"six", 6},
                      ParseCase{"twenty-one", 21}, ParseCase{"two thousand", 2000},
                      ParseCase{"a hundred", 100}, ParseCase{"A dozen", 12}, ParseCase{"dozens", 12},
                      ParseCase{"scores", std::nullopt}, ParseCase{"scores of", std::nullopt},
                      ParseCase{"hundreds", 100}, ParseCase{"thousands", 1000}, ParseCase{"tens of", std::nullopt},
                      ParseCase{"more than 40", 40}, ParseCase{"at least 15", 15}, ParseCase{"Over two thousand", 2000},
                      ParseCase{"  17  ", 17}, ParseCase{"2016", 2016}, ParseCase{"no one", 0},
                      ParseCase{"2.5", std::nullopt}, ParseCase{"two-year-old", std::nullopt},
                      ParseCase{"72-hour", std::nullopt}, ParseCase{"six people", std::nullopt},
                      ParseCase{"", std::nullopt}, ParseCase{"people", std::nullopt},
                      ParseCase{"1,2", std::nullopt}, ParseCase{"13:22", std::nullopt}));

}  // namespace
}  // namespace sitrep
