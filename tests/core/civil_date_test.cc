#include "core/civil_date.h"

#include <gtest/gtest.h>

namespace sitrep {
namespace {

TEST(CivilDate, RoundTripsThroughDays) {
  for (long d = -800000; d < 800000; d += 997) {
    EXPECT_EQ(CivilDate::from_days(d).days_since_epoch(), d);
  }
}

TEST(CivilDate, KnowsWeekdays) {
  EXPECT_EQ((CivilDate{2016, 10, 28}).weekday(), 5);  // a Friday
  EXPECT_EQ((CivilDate{2016, 5, 22}).weekday(), 0);   // a Sunday
  EXPECT_EQ((CivilDate{1970, 1, 1}).weekday(), 4);    // a Thursday
}

TEST(CivilDate, ParsesIsoAndRejectsImpossibleDates) {
  EXPECT_EQ(CivilDate::parse_iso("2016-02-29"), (CivilDate{2016, 2, 29}));
  EXPECT_EQ(CivilDate::parse_iso("2016-10-31T13:22:00Z"), (CivilDate{2016, 10, 31}));
  EXPECT_FALSE(CivilDate::parse_iso("2015-02-29"));
  EXPECT_FALSE(CivilDate::parse_iso("2016-13-01"));
  EXPECT_FALSE(CivilDate::parse_iso("yesterday"));
  EXPECT_FALSE(CivilDate::parse_iso("2016-10-3"));
  EXPECT_EQ((CivilDate{2016, 3, 1}).iso(), "2016-03-01");
}

}  // namespace
}  // namespace sitrep
