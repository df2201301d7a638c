// Behaviour tests for how events get their arguments when the sentence is
// less direct than "X attacked Y in Z": sources relayed by an outlet or
// named earlier, counts that are not people, a toll shared by two places,
// the two sides of "clashes between", withdrawals, victims past an aside.
// Articles are written for these tests; places come from data/places.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "pipeline/shared_pipeline.h"

namespace sitrep::testing {
namespace {

constexpr const char* kPublished = "2016-12-03";  // a Saturday

std::vector<EventRecord> run(std::string_view id, std::string_view text) {
  const Document doc = make_document(id, kPublished, text);
  auto events = extract_events(doc);
  for (const EventRecord& e : events) expect_spans_index_text(doc, e);
  return events;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

TEST(SourceCases, OutletRelaysTheSpeaker) {
  const auto events = run("relay",
                          "Three civilians were killed when shells hit a market in Saqba on "
                          "Friday, medics told AFP.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].reported_by, "Medics") << describe_events(events);
}

TEST(SourceCases, DefiniteDescriptionPointsBackToTheNamedSource) {
  const auto events = run("the_observatory",
                          "The Syrian Observatory for Human Rights reported heavy fighting across "
                          "the north on Friday.\n\n"
                          "Rebels shelled homes in Salaheddine on Friday, killing two civilians, "
                          "the observatory said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_TRUE(contains(events[0].reported_by, "Syrian Observatory")) << describe_events(events);
}

TEST(SourceCases, PersonWithOfficeBeforeTheVerb) {
  const auto events = run("person_role_before",
                          "Rebels shelled homes in Salaheddine on Friday, killing two civilians, "
                          "Ahmad Haddad, the mayor of the district, told AFP.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].reported_by, "Ahmad Haddad, the mayor of the district")
      << describe_events(events);
}

TEST(SourceCases, PersonWithOfficeAfterTheVerb) {
  const auto events = run("person_role_after",
                          "Rebels shelled homes in Salaheddine on Friday, killing two civilians, "
                          "said Omar Khalil, a spokesman for the local civil defence.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].reported_by, "Omar Khalil, a spokesman for the local civil defence")
      << describe_events(events);
}

// A title before a name is no apposition: "Guzman" is not the source.
TEST(SourceCases, TitleBeforeANameIsNoApposition) {
  const auto events = run("title_name",
                          "Rebels shelled homes in Salaheddine on Friday, killing two civilians, "
                          "the son of Omar Guzman, Defence Minister Ali Ayoub said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].reported_by.find("Guzman"), std::string::npos) << describe_events(events);
}

// "the centre of Donetsk" is a place, not a source speaking.
TEST(SourceCases, DefiniteNounThatDoesNotSpeakIsNoSource) {
  const auto events = run("the_centre",
                          "Government shelling struck the centre of a market in Saqba on "
                          "Friday, killing two people, medics said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].reported_by, "Medics") << describe_events(events);
}

TEST(CasualtyCases, CountedThingsAreNotATollEvenAfterAKillingWord) {
  const auto events = run("things",
                          "Russian jets executed nearly 15 airstrikes on targets in Saqba on "
                          "Friday, activists said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_FALSE(events[0].fatalities) << describe_events(events);
}

TEST(CasualtyCases, OneTollForTwoPlacesGoesToNeither) {
  const auto events = run("shared_toll",
                          "Rebel shelling hit Salaheddine and Saqba on Friday, killing nine "
                          "people, state media said.");
  ASSERT_EQ(events.size(), 2u) << describe_events(events);
  for (const EventRecord& e : events) EXPECT_FALSE(e.fatalities) << describe_events(events);
}

// One source giving a total and then a breakdown: the total stands.
TEST(CasualtyCases, OneSourcesTotalBeatsItsBreakdown) {
  const auto events = run("total_and_part",
                          "Rebels shelled homes in Salaheddine on Friday, killing eleven "
                          "people, state media said.\n\n"
                          "The shelling in Salaheddine killed eight civilians and three "
                          "soldiers, state media said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].fatalities, 11) << describe_events(events);
}

TEST(ActorArgumentCases, ClashesBetweenNameBothSides) {
  const auto events = run("between",
                          "Heavy clashes broke out between Ahrar al-Sham and the Islamic State "
                          "near Khan Tuman on Friday, activists said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].actor1, "Ahrar al-Sham") << describe_events(events);
  EXPECT_TRUE(contains(events[0].actor2, "Islamic State")) << describe_events(events);
}

TEST(ActorArgumentCases, TheSideThatWithdrewIsActor2) {
  const auto events = run("withdrawal",
                          "Ahrar al-Sham fighters withdrew from Khan Tuman on Friday as Syrian "
                          "government forces advanced, state television said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].sub_event_type, "Government regains territory") << describe_events(events);
  EXPECT_TRUE(contains(events[0].actor1, "Military Forces of Syria")) << describe_events(events);
  EXPECT_EQ(events[0].actor2, "Ahrar al-Sham") << describe_events(events);
}

TEST(ActorArgumentCases, VictimsPastAnAsideAreActor2) {
  const auto events = run("aside",
                          "Six soldiers, including an officer, were killed in Khan Tuman on "
                          "Friday when a roadside bomb hit their truck, state media said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_TRUE(contains(events[0].actor2, "Military Forces of Syria")) << describe_events(events);
  EXPECT_EQ(events[0].fatalities, 6) << describe_events(events);
}

TEST(ActorArgumentCases, TheOneHitIsNamedAfterTheAgent) {
  const auto events = run("by_then_on",
                          "An attack by Ahrar al-Sham on government forces in Khan Tuman on "
                          "Friday killed three soldiers, state media said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].actor1, "Ahrar al-Sham") << describe_events(events);
  EXPECT_TRUE(contains(events[0].actor2, "Military Forces of Syria")) << describe_events(events);
}

// No one claimed the bombing; the government blamed a named group.
TEST(ActorArgumentCases, TheSideBlamedIsTheAttackerWhenNoOneClaims) {
  const auto events = run("blamed",
                          "A car bomb exploded at a checkpoint in Atmeh on Friday, killing four "
                          "people, police said.\n\n"
                          "The government blamed the bombing on Ahrar al-Sham.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].actor1, "Ahrar al-Sham") << describe_events(events);
}

// "denied any role and blamed X": the one denying credits no one.
TEST(ActorArgumentCases, BlameInADenialCreditsNoOne) {
  const auto events = run("denial_blame",
                          "A car bomb exploded at a checkpoint in Atmeh on Friday, killing four "
                          "people, police said.\n\n"
                          "Ahrar al-Sham denied any role and blamed the Islamic State.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_FALSE(contains(events[0].actor1, "Islamic State")) << describe_events(events);
}

// In a story about one group, "the militants" stand for it; "unknown
// gunmen" do not.
TEST(ActorArgumentCases, UnknownGunmenStayUnidentified) {
  const auto events = run("unknown_gunmen",
                          "Ahrar al-Sham fighters attacked an army post in Khan Tuman on Friday, "
                          "state media said.\n\n"
                          "Separately, unknown gunmen shot dead two teachers in Atmeh on Saturday, "
                          "residents said.");
  ASSERT_EQ(events.size(), 2u) << describe_events(events);
  EXPECT_EQ(events[1].location, "Atmeh") << describe_events(events);
  EXPECT_NE(events[1].actor1, "Ahrar al-Sham") << describe_events(events);
}

TEST(ActorArgumentCases, GunmenSuspectedToBeAGroupAreThatGroup) {
  const auto events = run("suspected_to_be",
                          "Gunmen suspected to be Ahrar al-Sham fighters attacked an army post in "
                          "Khan Tuman on Friday, state media said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].actor1, "Ahrar al-Sham") << describe_events(events);
}

TEST(ActorArgumentCases, TheAgentOfAnEventNounActsOnTheVictimsNamedBefore) {
  const auto events = run("attack_by",
                          "Activists documented the death of two soldiers in an attack by Ahrar "
                          "al-Sham on their post in Khan Tuman on Friday.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].actor1, "Ahrar al-Sham") << describe_events(events);
  EXPECT_TRUE(contains(events[0].actor2, "Military Forces of Syria")) << describe_events(events);
}

TEST(ActorArgumentCases, TheSourceIsNoPartyToTheEvent) {
  const auto events = run("police_said",
                          "Militants set off a car bomb at a market in Saqba on Friday, killing "
                          "three people, police said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_FALSE(contains(events[0].actor2, "Police")) << describe_events(events);
  EXPECT_EQ(events[0].reported_by, "Police") << describe_events(events);
}

// "That offensive", "The shelling was conducted with ...": an event the
// reader already knows, not a new one.
TEST(EventCountCases, AnEventNamedAsKnownIsNotANewOne) {
  const auto events = run("known_event",
                          "Rebels shelled homes in Salaheddine on Friday, killing two civilians, "
                          "state media said.\n\n"
                          "That offensive was condemned by the United Nations.\n\n"
                          "The shelling was carried out with heavy mortars, the ministry said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].location, "Salaheddine") << describe_events(events);
}

TEST(EventCountCases, TheBlastThatShatteredWindowsIsTheOneReported) {
  const auto events = run("by_the_blast",
                          "A car bomb exploded at a checkpoint in Atmeh on Friday, killing four "
                          "people, police said.\n\n"
                          "One of the dead, a driver from Saqba, died in hospital, and the "
                          "windows of nearby shops were shattered by the blast.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].location, "Atmeh") << describe_events(events);
}

// The lede's event fixes the day later sentences inherit: the claim came
// on Friday, the bombing was on Thursday.
TEST(DateCases, TheLedesEventDayIsTheStorysDay) {
  const auto events = run("lede_day",
                          "Ahrar al-Sham claimed responsibility on Friday for Thursday's car "
                          "bombing at a checkpoint in Atmeh, which killed six soldiers.\n\n"
                          "A second car bomb went off minutes later near the same checkpoint, "
                          "the army said.");
  ASSERT_FALSE(events.empty()) << describe_events(events);
  for (const EventRecord& e : events) {
    EXPECT_EQ(e.event_date, "2016-12-01") << describe_events(events);
  }
}

// Who took the ground decides the sub-type, whatever the verb's row says.
TEST(ActorArgumentCases, StateForcesTakingControlRegainTerritory) {
  const auto events = run("took_control",
                          "Syrian government forces have taken control of Khan Tuman after "
                          "heavy fighting on Friday, state television said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].sub_event_type, "Government regains territory") << describe_events(events);
}

// One protest told at its stages is one event, typed by how far it went.
TEST(EventCountCases, OneProtestToldInStagesIsOneEvent) {
  const auto events = run("protest_stages",
                          "Hundreds of protesters blocked the main road in Atmeh on Friday to "
                          "demand the release of detained relatives, witnesses said.\n\n"
                          "Security forces fired tear gas to disperse the protesters in Atmeh, "
                          "the witnesses said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].sub_event_type, "Protest with intervention") << describe_events(events);
}

// Text pasted from web pages carries soft hyphens inside names; the record's
// location is the name a reader sees (the span still points at the bytes).
TEST(PlaceArgumentCases, LocationDropsInvisibleCharacters) {
  const auto events = run("soft_hyphen",
                          "Rebels shelled homes in Salahed\u00ADdine on Friday, killing two "
                          "civilians, state media said.");
  ASSERT_EQ(events.size(), 1u) << describe_events(events);
  EXPECT_EQ(events[0].location, "Salaheddine") << describe_events(events);
}

// "Vladimir" is a Russian city in the world gazetteer; here it is a
// general's middle name, and the report names no place.
TEST(PlaceArgumentCases, APlaceNameInsideAPersonsNameIsNoScene) {
  if (!has_world_gazetteer()) GTEST_SKIP() << "needs the world gazetteer";
  const auto events = run("name",
                          "Troops killed three rebels on Friday, Brig. Gen. Jose Vladimir Cagara "
                          "told reporters.");
  EXPECT_TRUE(events.empty()) << describe_events(events);
}

}  // namespace
}  // namespace sitrep::testing
