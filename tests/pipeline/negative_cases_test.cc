// Table-driven behaviour tests of the whole pipeline on one-paragraph
// articles written for these tests (our own words). Places are neighbourhoods
// and towns from data/places/syria.tsv, so they geocode with or without the
// world gazetteer; the tests use the world gazetteer when it is built.
//
// Negative cases: wording that mentions violence at a named place without
// reporting that it happened (threats, plans, denials, conditionals, legal
// assessments, tallies over months, build-ups) must yield NO event.
// Positive twins: the same kind of sentence reporting a real incident must
// yield exactly one event of the right ACLED type at the right place.
//
// A case the rules get wrong goes in as a DISABLED_ instantiation with a
// comment saying what fails, until the rules are fixed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "pipeline/shared_pipeline.h"

namespace sitrep::testing {
namespace {

// Saturday: "on Friday" is 2016-12-02, "on Monday" 2016-11-28.
constexpr const char* kPublished = "2016-12-03";

std::string case_name(const char* name) {
  std::string out = name;
  for (char& c : out) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return out;
}

// ---------------------------------------------------------------------------
// Negative cases

struct NegativeCase {
  const char* name;
  const char* place;  // a place as the text names it, which must be recognised
  const char* text;
};

void PrintTo(const NegativeCase& c, std::ostream* os) { *os << c.name; }

constexpr NegativeCase kNegativeCases[] = {
    {"threat", "Sheikh Maqsood",
     "Rebel commanders threatened to attack Sheikh Maqsood on Friday unless Kurdish units "
     "pulled back from the road, a spokesman for the factions said."},
    {"plan", "Khan Tuman",
     "The Syrian army plans an offensive to retake Khan Tuman before the end of the year, a "
     "military source told reporters on Friday."},
    {"preparing_assault", "Masaken Hanano",
     "Government troops are preparing an assault on Masaken Hanano, a commander of an allied "
     "militia said on Friday."},
    {"denial", "Bustan al-Qasr",
     "The army command denied shelling Bustan al-Qasr on Friday and called the reports "
     "fabricated."},
    {"conditional_ceasefire", "Wadi Barada",
     "Rebels in Wadi Barada will fire on army positions if the ceasefire is suspended, a "
     "local commander warned on Friday."},
    {"legal_assessment", "Sukkari",
     "A United Nations envoy said on Friday that attacks on hospitals in the Sukkari district "
     "of Aleppo could amount to war crimes."},
    {"tally_over_months", "Eastern Ghouta",
     "More than 16,000 people have been killed in Eastern Ghouta since February, a monitoring "
     "group said on Friday."},
    {"troop_build_up", "Khan Tuman",
     "Government forces have been amassing fighters near Khan Tuman for a week, residents "
     "said on Friday."},
    {"conditional_threat", "Jobar",
     "The coalition said on Friday it would step up air strikes in Jobar if the rebels did not "
     "withdraw."},
    {"habitual_shelling", "Ramousah",
     "Rebels have repeatedly shelled government areas near Ramousah in recent months, residents "
     "said on Friday."},
    {"accusation_of_plan", "Bustan al-Qasr",
     "The ministry accused rebels of planning to shell Bustan al-Qasr, but gave no details."},
    {"warning", "Eastern Ghouta",
     "Aid groups warned on Friday that an assault on Eastern Ghouta would kill hundreds of "
     "civilians."},
    {"feared_abduction", "Atmeh",
     "Residents feared that the gunmen had abducted more workers from Atmeh, but none were "
     "reported missing on Friday."},
    {"refrained", "Saqba",
     "Russian jets have refrained from carrying out air strikes on targets in Saqba since "
     "Friday, residents said."},
    {"photo_caption", "Khan Tuman",
     "A Syrian soldier fires a machine gun during clashes with rebels near Khan Tuman, Syria "
     "December 2, 2016."},
    {"caption_country_last", "Atmeh",
     "Displaced families look at tents damaged by shelling in a camp near Atmeh, Syria."},
    {"arrest_tally", "Atmeh",
     "Police in Atmeh have arrested more than 600 people since the protests began, a rights "
     "group said on Friday."},
    {"plot", "Atmeh",
     "Officials said the house in Atmeh was used to store weapons and plot attacks on army "
     "posts."},
    {"known_tactics", "Saqba",
     "Militants in Saqba have returned to their old tactics of kidnapping and roadside bombs, "
     "officials said on Friday."},
};

class NegativeCaseTest : public ::testing::TestWithParam<NegativeCase> {};

TEST_P(NegativeCaseTest, YieldsNoEvent) {
  const NegativeCase& c = GetParam();
  const Document doc = make_document(c.name, kPublished, c.text);
  const Pipeline* pipeline = shared_pipeline();
  ASSERT_NE(pipeline, nullptr);
  // The place must be found: otherwise "no event" would prove nothing.
  const AnalyzedDocument analyzed = pipeline->analyze(doc);
  const bool place_found = std::any_of(
      analyzed.places.begin(), analyzed.places.end(),
      [&](const PlaceRef& p) { return p.span.of(doc.text) == c.place || p.name == c.place; });
  EXPECT_TRUE(place_found) << c.place << " not recognised in: " << c.text;
  const auto events = pipeline->extract(doc);
  EXPECT_TRUE(events.empty()) << "expected no event from: " << c.text << "\ngot:\n"
                              << describe_events(events);
}

INSTANTIATE_TEST_SUITE_P(Cases, NegativeCaseTest, ::testing::ValuesIn(kNegativeCases),
                         [](const auto& info) { return case_name(info.param.name); });

// ---------------------------------------------------------------------------
// Positive twins

constexpr int kNull = -1;  // "fatalities: null" in the tables

struct PositiveCase {
  const char* name;
  const char* text;
  const char* event_type;
  const char* sub_event_type;
  const char* location;
  int fatalities;          // kNull: not reported
  const char* actor1;      // must appear in actor1; nullptr: not checked
  const char* event_date;  // ISO; nullptr: not checked
};

void PrintTo(const PositiveCase& c, std::ostream* os) { *os << c.name; }

constexpr PositiveCase kPositiveCases[] = {
    {"rebel_shelling",
     "Rebels shelled Masaken Hanano on Friday, killing at least 12 people, a monitoring group "
     "said.",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", "Masaken Hanano", 12,
     "Rebel groups", "2016-12-02"},
    {"car_bomb", "A car bomb exploded in Jobar on Friday, killing five people, medics said.",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", "Jobar", 5, nullptr,
     "2016-12-02"},
    {"government_recaptures",
     "Government forces recaptured Khan Tuman on Friday after two days of fighting, state "
     "television said.",
     "Battles", "Government regains territory", "Khan Tuman", kNull, "Military Forces of Syria",
     "2016-12-02"},
    {"peaceful_protest",
     "Protesters rallied in Sheikh Maqsood on Friday to demand that the siege be lifted.",
     "Protests", "Peaceful protest", "Sheikh Maqsood", kNull, "Protesters", "2016-12-02"},
    {"tear_gas",
     "Police fired tear gas at protesters in Bab Touma on Friday to break up the march.",
     "Protests", "Protest with intervention", "Bab Touma", kNull, "Protesters", "2016-12-02"},
    {"abduction", "Gunmen abducted 5 aid workers in Atmeh on Friday, the charity said.",
     "Violence against civilians", "Abduction/forced disappearance", "Atmeh", kNull, nullptr,
     "2016-12-02"},
    {"ceasefire_agreement",
     "A ceasefire agreed by both sides took effect in Wadi Barada on Monday, local officials "
     "said.",
     "Strategic developments", "Agreement", "Wadi Barada", kNull, nullptr, "2016-11-28"},
    {"arrests",
     "Police arrested 3 men suspected of belonging to Islamic State in Mezzeh on Friday, "
     "the interior ministry said.",
     "Strategic developments", "Arrests", "Mezzeh", kNull, "Police Forces of Syria", "2016-12-02"},
    // Once failed: fatalities null ("shot dead a shopkeeper" is one death) and actor2
    // empty. With "police said" instead of "his relatives said" it even becomes
    // Battles / Armed clash against the police.
    {"shot_dead", "Gunmen shot dead a shopkeeper in Atmeh on Friday, his relatives said.",
     "Violence against civilians", "Attack", "Atmeh", 1, "Unidentified Armed Group", "2016-12-02"},
    // Once failed: no event at all. "Islamic State seized the town of Khan Tuman"
    // works; "<group> fighters captured X from rebels" does not.
    {"group_captures_town",
     "Islamic State fighters captured Khan Tuman from rebels on Friday, the monitor said.",
     "Battles", "Non-state actor overtakes territory", "Khan Tuman", kNull, "Islamic State",
     "2016-12-02"},
};

class PositiveCaseTest : public ::testing::TestWithParam<PositiveCase> {};

TEST_P(PositiveCaseTest, YieldsOneEvent) {
  const PositiveCase& c = GetParam();
  const Document doc = make_document(c.name, kPublished, c.text);
  const auto events = extract_events(doc);
  ASSERT_EQ(events.size(), 1u) << "from: " << c.text << "\ngot:\n" << describe_events(events);
  const EventRecord& e = events[0];
  EXPECT_EQ(e.event_type, c.event_type) << describe_events(events);
  EXPECT_EQ(e.sub_event_type, c.sub_event_type) << describe_events(events);
  EXPECT_EQ(e.location, c.location) << describe_events(events);
  if (c.fatalities == kNull) {
    EXPECT_FALSE(e.fatalities.has_value()) << describe_events(events);
  } else {
    EXPECT_EQ(e.fatalities, c.fatalities) << describe_events(events);
  }
  if (c.actor1) {
    EXPECT_NE(e.actor1.find(c.actor1), std::string::npos)
        << "actor1 should name " << c.actor1 << "\n"
        << describe_events(events);
  }
  if (c.event_date) {
    EXPECT_EQ(e.event_date.value_or(""), c.event_date) << describe_events(events);
  }
  expect_spans_index_text(doc, e);
}

INSTANTIATE_TEST_SUITE_P(Cases, PositiveCaseTest, ::testing::ValuesIn(kPositiveCases),
                         [](const auto& info) { return case_name(info.param.name); });

}  // namespace
}  // namespace sitrep::testing
