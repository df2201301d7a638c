#include "text/sentences.h"

#include <gtest/gtest.h>

#include "case_name.h"

#include <string>
#include <vector>

namespace sitrep {
namespace {

std::vector<std::string> split(const std::string& text) {
  std::vector<std::string> out;
  for (Span s : split_sentences(text)) out.emplace_back(s.of(text));
  return out;
}

struct SentenceCase {
  std::string name;
  std::string text;
  std::vector<std::string> sentences;
};
void PrintTo(const SentenceCase& c, std::ostream* os) { *os << testing::case_name(c.text); }

class SentenceTable : public ::testing::TestWithParam<SentenceCase> {};

TEST_P(SentenceTable, Splits) { EXPECT_EQ(split(GetParam().text), GetParam().sentences); }

INSTANTIATE_TEST_SUITE_P(
    Cases, SentenceTable,
    ::testing::Values(
        SentenceCase{"empty", "", {}},
        SentenceCase{"blank", " \n\t\n \xC2\xA0 ", {}},
        SentenceCase{"two", "Guns fired. People ran.", {"Guns fired.", "People ran."}},
        SentenceCase{"headline_line", "Town shelled overnight\nThe army said so.",
                     {"Town shelled overnight", "The army said so."}},
        SentenceCase{"paragraphs_crlf", "First one.\r\n\r\nSecond one.", {"First one.", "Second one."}},
        SentenceCase{"lt_gen", "A speech by Lt.-Gen. Ivan Petrov followed. Nobody clapped.",
                     {"A speech by Lt.-Gen. Ivan Petrov followed.", "Nobody clapped."}},
        SentenceCase{"us_inside", "Aid from the U.S. Army arrived.", {"Aid from the U.S. Army arrived."}},
        SentenceCase{"us_end", "He blamed the U.S. The envoy disagreed.",
                     {"He blamed the U.S.", "The envoy disagreed."}},
        SentenceCase{"un", "The U.N. Security Council met.", {"The U.N. Security Council met."}},
        SentenceCase{"months", "It began on Oct. 28 and ended Feb. 3 in the north.",
                     {"It began on Oct. 28 and ended Feb. 3 in the north."}},
        SentenceCase{"titles", "Mr. Ali met Dr. Haddad and Gen. Smith and Col. Brown.",
                     {"Mr. Ali met Dr. Haddad and Gen. Smith and Col. Brown."}},
        SentenceCase{"saint_number", "He lives on St. Mark Road, No. 5, near the mosque.",
                     {"He lives on St. Mark Road, No. 5, near the mosque."}},
        SentenceCase{"no_end", "The answer was No. Then he left.", {"The answer was No.", "Then he left."}},
        SentenceCase{"vs", "It was Ali vs. Omar in the final.", {"It was Ali vs. Omar in the final."}},
        SentenceCase{"am_pm", "The blast hit at 9 a.m. local time. It was heard at 3 p.m. By then all had fled.",
                     {"The blast hit at 9 a.m. local time.", "It was heard at 3 p.m.", "By then all had fled."}},
        SentenceCase{"initials", "The report by J. Smith was read.", {"The report by J. Smith was read."}},
        SentenceCase{"decimal", "Losses reached 2.5 million. Nobody agreed.",
                     {"Losses reached 2.5 million.", "Nobody agreed."}},
        SentenceCase{"ellipsis_lower", "He paused... and went on.", {"He paused... and went on."}},
        SentenceCase{"ellipsis_upper", "He paused... Then he went on.", {"He paused...", "Then he went on."}},
        SentenceCase{"ellipsis_char", "It ended\xE2\x80\xA6 Then silence.", {"It ended\xE2\x80\xA6", "Then silence."}},
        SentenceCase{"quote_opens", "He said. \"Next time we stay.\"", {"He said.", "\"Next time we stay.\""}},
        SentenceCase{"quote_closes", "\"It is done.\" She nodded.", {"\"It is done.\"", "She nodded."}},
        SentenceCase{"curly_quote_closes", "\xE2\x80\x9CIt is done.\xE2\x80\x9D She nodded.",
                     {"\xE2\x80\x9CIt is done.\xE2\x80\x9D", "She nodded."}},
        SentenceCase{"question_said", "\"Why?\" he asked. Nobody knew.", {"\"Why?\" he asked.", "Nobody knew."}},
        SentenceCase{"bang", "Run! They are coming? Yes.", {"Run!", "They are coming?", "Yes."}},
        SentenceCase{"digit_start", "He left in 1990. 2,000 people stayed.", {"He left in 1990.", "2,000 people stayed."}},
        SentenceCase{"glued", "said the press office.Medical staff agreed.",
                     {"said the press office.", "Medical staff agreed."}},
        SentenceCase{"url_not_glued", "See example.Com now.", {"See example.Com now."}},
        SentenceCase{"nbsp_trim", "\xC2\xA0 First.\xC2\xA0 Second.\xE2\x80\x89", {"First.", "Second."}},
        SentenceCase{"bracket_close", "It was bad (very bad). Still, they came.",
                     {"It was bad (very bad).", "Still, they came."}},
        SentenceCase{"eg", "Some groups, e.g. the militia, left.", {"Some groups, e.g. the militia, left."}},
        SentenceCase{"no_final_period", "Trailing words without stop", {"Trailing words without stop"}}),
    [](const ::testing::TestParamInfo<SentenceCase>& info) { return info.param.name; });

TEST(SentencesTest, SpansExcludeWhitespaceAndStayInOrder) {
  const std::string text = "  One here.   Two there.\n\n  Three.  ";
  const std::vector<Span> spans = split_sentences(text);
  ASSERT_EQ(spans.size(), 3u);
  for (size_t i = 0; i < spans.size(); ++i) {
    EXPECT_NE(text[spans[i].start], ' ');
    EXPECT_NE(text[spans[i].end - 1], ' ');
    if (i > 0) {
      EXPECT_LE(spans[i - 1].end, spans[i].start);
    }
  }
}

TEST(SentencesTest, InvalidUtf8DoesNotBreakSplitting) {
  const std::string text = "Bad \xFF byte here. Next \xC3 one.";
  EXPECT_EQ(split(text), (std::vector<std::string>{"Bad \xFF byte here.", "Next \xC3 one."}));
}

}  // namespace
}  // namespace sitrep
