#include "ingest/date_parse.h"

#include <gtest/gtest.h>

namespace sitrep::ingest {
namespace {

std::string iso(std::string_view s) {
  const auto d = parse_date(s);
  return d ? d->iso() : "none";
}

TEST(ParseDate, TableOfFormats) {
  struct Case {
    const char* input;
    const char* expected;
  };
  const Case cases[] = {
      {"2016-10-28", "2016-10-28"},
      {"2016-10-28T13:22:00Z", "2016-10-28"},
      {"2016-10-28T23:30:00-05:00", "2016-10-28"},
      {"2016-10-28+03:00", "2016-10-28"},
      {"2016-10-28 13:22", "2016-10-28"},
      {"20161028", "2016-10-28"},
      {"Oct 28, 2016", "2016-10-28"},
      {"October 28th, 2016", "2016-10-28"},
      {"28 October 2016", "2016-10-28"},
      {"28-Oct-2016", "2016-10-28"},
      {"Sept 3, 2019", "2019-09-03"},
      {"Fri, 28 Oct 2016 13:22:00 GMT", "2016-10-28"},
      {"Fri, 28 Oct 2016 13:22:00 +0300", "2016-10-28"},
      {"Friday, October 28, 2016 1:22 PM", "2016-10-28"},
      {"  Published 28 October 2016, 13:22 GMT ", "2016-10-28"},
      {"2016/10/28", "2016-10-28"},
      {"28.10.2016", "2016-10-28"},
      {"28/10/2016", "2016-10-28"},
      {"10/28/2016", "2016-10-28"},
      {"1477660920", "2016-10-28"},
      {"1477660920000", "2016-10-28"},
      // Unparsable or ambiguous: left empty.
      {"10/11/2016", "none"},
      {"", "none"},
      {"yesterday", "none"},
      {"October 2016", "none"},
      {"2016-02-30", "none"},
      {"Feb 30, 2016", "none"},
      {"October 28 to November 2, 2016", "none"},
      {"1066-10-14", "none"},
      {"3 hours ago", "none"},
  };
  for (const Case& c : cases) EXPECT_EQ(iso(c.input), c.expected) << "input: " << c.input;
}

TEST(ParseDate, RejectsLongProse) {
  const std::string prose(500, 'a');
  EXPECT_FALSE(parse_date(prose + " October 28, 2016"));
}

TEST(DateFromUrl, PathPatterns) {
  auto url = [](std::string_view u) {
    const auto d = date_from_url(u);
    return d ? d->iso() : "none";
  };
  EXPECT_EQ(url("https://ex.com/world/2016/10/28/story-title"), "2016-10-28");
  EXPECT_EQ(url("https://ex.com/2016-10-28-story"), "2016-10-28");
  EXPECT_EQ(url("https://ex.com/world/20161028/1234.html"), "2016-10-28");
  EXPECT_EQ(url("https://ex.com/2016/10/story"), "none");
  EXPECT_EQ(url("https://ex.com/story-1234567890"), "none");
  EXPECT_EQ(url("https://2016.com/"), "none");
  EXPECT_EQ(url(""), "none");
}

TEST(DateFromEpoch, Range) {
  EXPECT_EQ(date_from_epoch(0)->iso(), "1970-01-01");
  EXPECT_FALSE(date_from_epoch(-5));
  EXPECT_FALSE(date_from_epoch(1e30));
  // Larger than a long can hold, even after the milliseconds division (a
  // fuzzer found this one in a JSONL "published" field).
  EXPECT_FALSE(date_from_epoch(1.6e41));
  EXPECT_EQ(date_from_epoch(4133980799.0)->iso(), "2100-12-31");
  EXPECT_FALSE(date_from_epoch(4133980800.0));
}

}  // namespace
}  // namespace sitrep::ingest
