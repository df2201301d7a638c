// Behaviour tests for statement records (`sitrep extract --statements`):
// who speaks, what kind of speech act, and against whom, on short articles
// written for these tests. One row a case.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/shared_pipeline.h"

namespace sitrep::testing {
namespace {

struct StatementCase {
  const char* name;
  const char* text;
  const char* verb_class;  // of the first statement
  const char* speaker;     // a part of the first statement's speaker
};

void PrintTo(const StatementCase& c, std::ostream* os) { *os << c.name; }

constexpr StatementCase kCases[] = {
    // The one quoted speaks, even when the name comes after the accusation.
    {"speaker_named_after_the_accusation",
     "If the rebels do not break with the Nusra Front, they will become accomplices of "
     "terrorists, Russian Foreign Minister Sergey Lavrov said on Monday.",
     "accuse", "Russian Foreign Ministry"},
    {"demand_with_the_speaker_first",
     "Damascus demanded that the Security Council take immediate measures against the states "
     "that arm the rebels.",
     "demand", "Damascus"},
    {"denial", "The Syrian army denied shelling residential areas of Saqba on Friday.", "deny",
     "Military Forces of Syria"},
};

class StatementCaseTest : public ::testing::TestWithParam<StatementCase> {};

TEST_P(StatementCaseTest, SpeakerAndSpeechAct) {
  const StatementCase& c = GetParam();
  const std::vector<StatementRecord> statements =
      extract_statements(make_document(c.name, "2016-12-03", c.text));
  ASSERT_FALSE(statements.empty()) << c.text;
  EXPECT_EQ(statements[0].verb_class, c.verb_class) << statements[0].evidence_text;
  EXPECT_TRUE(contains(statements[0].speaker, c.speaker)) << statements[0].speaker;
}

INSTANTIATE_TEST_SUITE_P(Cases, StatementCaseTest, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<StatementCase>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace sitrep::testing
