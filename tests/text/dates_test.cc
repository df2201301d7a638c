#include "text/dates.h"

#include <gtest/gtest.h>

#include "case_name.h"

#include <string>
#include <vector>

namespace sitrep {
namespace {

// "span=date" (or "span=?" unresolved) + flags: "/week" "/month" precision,
// "/rel" relative, "/multi" multi_day, "..end" when an end date is known.
std::string describe(const std::string& text, const DateMention& m) {
  std::string s = std::string(m.span.of(text)) + "=" + (m.date ? m.date->iso() : "?");
  if (m.end) s += ".." + m.end->iso();
  if (m.precision == TimePrecision::kWeek) s += "/week";
  if (m.precision == TimePrecision::kMonth) s += "/month";
  if (m.relative) s += "/rel";
  if (m.multi_day) s += "/multi";
  return s;
}

std::vector<std::string> find(const std::string& text, const std::string& anchor) {
  std::optional<CivilDate> a;
  if (!anchor.empty()) a = CivilDate::parse_iso(anchor);
  std::vector<std::string> out;
  for (const DateMention& m : find_dates(text, Span{0, static_cast<uint32_t>(text.size())}, a)) {
    out.push_back(describe(text, m));
  }
  return out;
}

struct DateCase {
  std::string text;
  std::string anchor;  // "" = none
  std::vector<std::string> found;
};
void PrintTo(const DateCase& c, std::ostream* os) { *os << testing::case_name(c.text); }

class DateTable : public ::testing::TestWithParam<DateCase> {};

TEST_P(DateTable, Finds) {
  EXPECT_EQ(find(GetParam().text, GetParam().anchor), GetParam().found) << GetParam().text;
}

// 2016-10-28 is a Friday; 2016-10-31 a Monday.
INSTANTIATE_TEST_SUITE_P(
    Absolute, DateTable,
    ::testing::Values(
        DateCase{"on 2016-10-28 at dawn", "", {"2016-10-28=2016-10-28"}},
        DateCase{"stamp 2019-02-14T20:14:24Z", "", {"2019-02-14T20:14:24Z=2019-02-14"}},
        DateCase{"2019/03/01 | 00:10", "", {"2019/03/01=2019-03-01"}},
        DateCase{"on 28.10.2016 and 2016.10.29", "", {"28.10.2016=2016-10-28", "2016.10.29=2016-10-29"}},
        DateCase{"Mon, 08-08-2022 06:25 PM", "", {"Mon, 08-08-2022 06:25 PM=2022-08-08"}},
        DateCase{"10/28/2016", "", {"10/28/2016=2016-10-28"}},
        DateCase{"World Wednesday 03/March/2021 16:11 PM", "", {"Wednesday 03/March/2021 16:11 PM=2021-03-03"}},
        DateCase{"In Worldview, Oct 28, 2016 (more below)", "", {"Oct 28, 2016=2016-10-28"}},
        DateCase{"Oct. 28 2016 and Oct 04 2017", "", {"Oct. 28 2016=2016-10-28", "Oct 04 2017=2017-10-04"}},
        DateCase{"28 October 2016", "", {"28 October 2016=2016-10-28"}},
        DateCase{"31 Oct, 2016 13:22", "", {"31 Oct, 2016 13:22=2016-10-31"}},
        DateCase{"July 02, 2023 09:21 am | Updated", "", {"July 02, 2023 09:21 am=2023-07-02"}},
        DateCase{"today the 17th of August 2017 clashes", "2017-08-17",
                 {"today=2017-08-17/rel", "17th of August 2017=2017-08-17"}},
        DateCase{"Monday, 14 September 2021", "", {"Monday, 14 September 2021=2021-09-14"}},
        DateCase{"Tue Oct 22, 2013 09:32:08", "", {"Tue Oct 22, 2013 09:32:08=2013-10-22"}},
        DateCase{"Saturday, February 6, 2010", "", {"Saturday, February 6, 2010=2010-02-06"}},
        DateCase{"on 31 February 2016", "", {"February 2016=2016-02-01/month"}},
        DateCase{"in Oct. 2016 it rained", "", {"Oct. 2016=2016-10-01/month"}}));

INSTANTIATE_TEST_SUITE_P(
    NoYear, DateTable,
    ::testing::Values(
        DateCase{"since February 27 the truce", "2016-05-23", {"February 27=2016-02-27/rel"}},
        DateCase{"on May 9, six soldiers", "2020-05-19", {"May 9=2020-05-09/rel"}},
        DateCase{"December 4. Ten civilians", "2019-12-04", {"December 4=2019-12-04/rel"}},
        DateCase{"on December 30", "2017-01-02", {"December 30=2016-12-30/rel"}},
        DateCase{"on January 5", "2016-12-30", {"January 5=2017-01-05/rel"}},
        DateCase{"on January 10", "2016-12-30", {"January 10=2016-01-10/rel"}},
        DateCase{"on January 2", "2016-12-30", {"January 2=2017-01-02/rel"}},
        DateCase{"Tuesday (August 20th)", "2019-08-20", {"Tuesday=2019-08-20/rel", "August 20th=2019-08-20/rel"}},
        DateCase{"kidnapped Oct. 31 in", "2021-11-03", {"Oct. 31=2021-10-31/rel"}},
        DateCase{"on May 9", "", {"May 9=?/rel"}},
        DateCase{"began on 5 October last year", "2018-06-18", {"5 October last year=2017-10-05/rel"}},
        DateCase{"On the night of 4-5 May, a group", "2018-06-18",
                 {"night of 4-5 May=2018-05-04..2018-05-05/rel/multi"}},
        DateCase{"May 4-5", "2018-06-18", {"May 4-5=2018-05-04..2018-05-05/rel/multi"}}));

INSTANTIATE_TEST_SUITE_P(
    Months, DateTable,
    ::testing::Values(
        DateCase{"in February and June of 2015 to protest", "2016-05-01",
                 {"February=2015-02-01/month", "June of 2015=2015-06-01/month"}},
        DateCase{"From February to September the groups", "2016-10-31",
                 {"February=2016-02-01/month/rel", "September=2016-09-01/month/rel"}},
        DateCase{"began in February with", "2016-05-23", {"February=2016-02-01/month/rel"}},
        DateCase{"in November", "2016-05-23", {"November=2015-11-01/month/rel"}},
        DateCase{"last October", "2016-10-31", {"last October=2015-10-01/month/rel"}},
        DateCase{"in mid-October", "2016-11-02", {"mid-October=2016-10-01/month/rel"}},
        DateCase{"in December 2013", "", {"December 2013=2013-12-01/month"}},
        DateCase{"May God help", "2016-05-23", {}},
        DateCase{"They March on", "2016-05-23", {}},
        DateCase{"last month", "2016-01-15", {"last month=2015-12-01/month/rel"}},
        DateCase{"earlier this month", "2016-01-15", {"earlier this month=2016-01-01/month/rel"}},
        DateCase{"last week", "2016-10-28", {"last week=2016-10-17/week/rel"}},
        DateCase{"earlier this week", "2016-10-28", {"earlier this week=2016-10-24/week/rel"}},
        DateCase{"last weekend", "2016-10-31", {"last weekend=2016-10-29/week/rel"}}));

INSTANTIATE_TEST_SUITE_P(
    Weekdays, DateTable,
    ::testing::Values(
        DateCase{"on Friday", "2016-10-28", {"Friday=2016-10-28/rel"}},
        DateCase{"on Friday", "2016-10-31", {"Friday=2016-10-28/rel"}},
        DateCase{"late Friday", "2016-10-30", {"late Friday=2016-10-28/rel"}},
        DateCase{"Friday morning and Friday night", "2016-10-29",
                 {"Friday morning=2016-10-28/rel", "Friday night=2016-10-28/rel"}},
        DateCase{"late on Thursday night", "2021-10-29", {"late on Thursday night=2021-10-28/rel"}},
        DateCase{"early Saturday", "2010-02-06", {"early Saturday=2010-02-06/rel"}},
        DateCase{"last Sunday", "2016-10-30", {"last Sunday=2016-10-23/rel"}},
        DateCase{"last Sunday", "2016-10-31", {"last Sunday=2016-10-30/rel"}},
        DateCase{"next Monday", "2016-10-31", {"next Monday=2016-11-07/rel"}},
        DateCase{"since Friday morning, including", "2016-10-28",
                 {"since Friday morning=2016-10-28..2016-10-28/rel/multi"}},
        DateCase{"since Friday", "2016-10-31", {"since Friday=2016-10-28..2016-10-31/rel/multi"}},
        DateCase{"Friday's warning", "2016-05-23", {"Friday's=2016-05-20/rel"}},
        DateCase{"on Friday", "", {"Friday=?/rel"}},
        DateCase{"Sun and Fri are not days here", "2016-05-23", {}}));

INSTANTIATE_TEST_SUITE_P(
    Relative, DateTable,
    ::testing::Values(
        DateCase{"yesterday", "2016-10-28", {"yesterday=2016-10-27/rel"}},
        DateCase{"yesterday morning", "2016-10-28", {"yesterday morning=2016-10-27/rel"}},
        DateCase{"today", "2016-10-28", {"today=2016-10-28/rel"}},
        DateCase{"last night", "2016-10-28", {"last night=2016-10-27/rel"}},
        DateCase{"this morning", "2016-10-28", {"this morning=2016-10-28/rel"}},
        DateCase{
            "the day before yesterday", "2016-10-28", {"the day before yesterday=2016-10-26/rel"}},
        DateCase{"two days ago", "2016-10-28", {"two days ago=2016-10-26/rel"}},
        DateCase{"3 days ago", "2016-10-28", {"3 days ago=2016-10-25/rel"}},
        // Every count word starts one, not a chosen few.
        DateCase{"thirteen days ago", "2016-10-28", {"thirteen days ago=2016-10-15/rel"}},
        DateCase{"a week ago", "2016-10-28", {"a week ago=2016-10-21/week/rel"}},
        DateCase{"yesterday", "", {"yesterday=?/rel"}},
        DateCase{"within the last 24 hours",
                 "2016-10-28",
                 {"within the last 24 hours=2016-10-27..2016-10-28/rel/multi"}},
        DateCase{"over the past 48 hours",
                 "2016-10-31",
                 {"over the past 48 hours=2016-10-29..2016-10-31/rel/multi"}},
        DateCase{"in the past two days",
                 "2016-10-31",
                 {"in the past two days=2016-10-29..2016-10-31/rel/multi"}},
        DateCase{"during the past week",
                 "2016-10-31",
                 {"during the past week=2016-10-24..2016-10-31/week/rel/multi"}},
        DateCase{"over the last 48 hours", "", {"over the last 48 hours=?/rel/multi"}},
        DateCase{"on the last day of the fair", "2016-10-28", {}}));

TEST(DatesTest, TokenOverloadMatchesWithin) {
  const std::string text = "Ignore May 9. Rebels attacked on Friday.";
  const Span within{14, static_cast<uint32_t>(text.size())};
  const auto anchor = CivilDate::parse_iso("2016-10-28");
  const auto a = find_dates(text, within, anchor);
  const auto b = find_dates(text, tokenize(text, within), anchor);
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].span.of(text), "Friday");
  EXPECT_EQ(a[0].span, b[0].span);
}

struct DatelineCase {
  std::string text;
  std::string date;  // "" = none
};
void PrintTo(const DatelineCase& c, std::ostream* os) { *os << testing::case_name(c.text); }

class DatelineTable : public ::testing::TestWithParam<DatelineCase> {};

TEST_P(DatelineTable, Finds) {
  const auto d = find_dateline(GetParam().text);
  EXPECT_EQ(d ? d->iso() : "", GetParam().date) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DatelineTable,
    ::testing::Values(
        DatelineCase{"In Worldview, Oct 28, 2016  (and more below)\n\nText.", "2016-10-28"},
        DatelineCase{"Headline words here\n\n31 Oct, 2016 13:22\n\nBody.", "2016-10-31"},
        DatelineCase{"Title\nMonday, 14 September 2021\nVoice\n", "2021-09-14"},
        DatelineCase{"2021-09-14\nBody text.", "2021-09-14"},
        DatelineCase{" date 2016-10-28\nBody text.", "2016-10-28"},
        DatelineCase{"Headline\n\nPublished Apr 23, 2024 02:34 am\n", "2024-04-23"},
        DatelineCase{"Source: Agency| 2019-02-14 20:14:24|Editor: x\n", "2019-02-14"},
        DatelineCase{"Fighters fire at an army post near the town on August 6, 2016\n", ""},
        DatelineCase{"BEIRUT, December 4. /WIRE/. Several people were hurt.", ""},
        DatelineCase{"Rebels attacked the town on Friday, officials said.", ""},
        DatelineCase{"", ""},
        DatelineCase{std::string(500, 'x') + "\nOct 28, 2016", ""}));

TEST(DatelineTest, FillsOnlyWhenEmpty) {
  Document doc;
  doc.text = "Oct 28, 2016\nBody.";
  fill_published_from_dateline(doc);
  ASSERT_TRUE(doc.published);
  EXPECT_EQ(doc.published->iso(), "2016-10-28");
  doc.published = CivilDate{2020, 1, 1};
  fill_published_from_dateline(doc);
  EXPECT_EQ(doc.published->iso(), "2020-01-01");
}

}  // namespace
}  // namespace sitrep
