#include "export/event_writer.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace sitrep {
namespace {

EventRecord sample_event() {
  EventRecord e;
  e.doc_id = "wire-7";
  e.event_id = "wire-7-1a2b";
  e.event_date = "2016-10-28";
  e.event_type = "Explosions/Remote violence";
  e.sub_event_type = "Shelling/artillery/missile attack";
  e.disorder_type = "Political violence";
  e.actor1 = "Rebel groups (Syria)";
  e.inter1 = 2;
  e.actor2 = "Civilians (Syria)";
  e.inter2 = 7;
  e.iso = "760";
  e.country = "Syria";
  e.admin1 = "Aleppo";
  e.location = "Bustan al-Qasr";
  e.latitude = 36.19;
  e.longitude = 37.14;
  e.fatalities = 6;
  e.fatalities_text = "at least six";
  e.notes = "On 28 October 2016, rebels shelled Bustan al-Qasr, \"killing\" 6.";
  e.evidence = {10, 42};
  e.evidence_text = "Rebels shelled, the town, \"again\".";
  e.spans["location"] = {20, 34};
  return e;
}

TEST(EventJson, WritesContractFieldsWithNullsForUnknowns) {
  const auto j = nlohmann::json::parse(event_to_json(sample_event()));
  EXPECT_EQ(j["record"], "event");
  EXPECT_EQ(j["doc_id"], "wire-7");
  EXPECT_EQ(j["event_date"], "2016-10-28");
  EXPECT_EQ(j["time_precision"], 1);
  EXPECT_EQ(j["fatalities"], 6);
  EXPECT_TRUE(j["injuries"].is_null());
  EXPECT_TRUE(j["assoc_actor_1"].is_null());
  EXPECT_TRUE(j["weapon"].is_null());
  EXPECT_EQ(j["interaction"], 27);
  EXPECT_EQ(j["evidence"]["start"], 10);
  EXPECT_EQ(j["evidence"]["end"], 42);
  EXPECT_EQ(j["spans"]["location"], nlohmann::json::array({20, 34}));
}

TEST(EventJson, ReplacesInvalidUtf8InsteadOfFailing) {
  EventRecord e = sample_event();
  e.evidence_text = "bad \xff byte";
  const std::string line = event_to_json(e);
  EXPECT_TRUE(nlohmann::json::accept(line));
}

TEST(EventCsv, HeaderHasAcledColumnsInOrderThenSitrepColumns) {
  const std::string header = csv_header();
  EXPECT_EQ(header.rfind("event_id_cnty,event_date,year,time_precision,disorder_type,", 0), 0u);
  EXPECT_NE(header.find(",source,source_scale,notes,fatalities,tags,timestamp,doc_id,injuries,"
                        "reported_by,weapon,evidence_start,evidence_end"),
            std::string::npos);
  EXPECT_EQ(std::count(header.begin(), header.end(), ','), 36);
}

TEST(EventCsv, QuotesFieldsWithCommasAndQuotes) {
  const std::string row = event_to_csv_row(sample_event());
  EXPECT_NE(row.find("\"On 28 October 2016, rebels shelled Bustan al-Qasr, \"\"killing\"\" 6.\""),
            std::string::npos);
  EXPECT_NE(row.find(",2016-10-28,2016,1,Political violence,"), std::string::npos);
  EXPECT_NE(row.find(",760,,Syria,Aleppo,,,Bustan al-Qasr,36.1900,37.1400,1,"), std::string::npos);
}

TEST(Interaction, OrdersCodesLowFirst) {
  EXPECT_EQ(interaction_code(2, 1), 12);
  EXPECT_EQ(interaction_code(1, 7), 17);
  EXPECT_EQ(interaction_code(6, 0), 60);
  EXPECT_EQ(interaction_code(0, 0), 0);
}

TEST(OutputFormat, ParsesNames) {
  OutputFormat f{};
  EXPECT_TRUE(parse_output_format("csv", f));
  EXPECT_EQ(f, OutputFormat::kCsv);
  EXPECT_TRUE(parse_output_format("jsonl", f));
  EXPECT_EQ(f, OutputFormat::kJsonl);
  EXPECT_FALSE(parse_output_format("xml", f));
}

}  // namespace
}  // namespace sitrep
