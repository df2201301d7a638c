// The direct JSON writer must write the very bytes nlohmann::json's dump()
// wrote before it, or every JSONL file sitrep produces changes. So the old
// nlohmann builders live on here, as the reference, and each case compares
// bytes, not parsed values.
#include "export/json_writer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "export/event_writer.h"

namespace sitrep {
namespace {

using nlohmann::json;

// ---- The reference: event_writer.cc as it was, with nlohmann ----

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }
template <class T>
json or_null(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}
json spans_json(const FieldSpans& spans) {
  json out = json::object();
  for (const auto& [field, span] : spans) out[field] = json::array({span.start, span.end});
  return out;
}
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::string reference_event(const EventRecord& e) {
  json j;
  j["record"] = "event";
  j["doc_id"] = e.doc_id;
  j["event_id"] = e.event_id;
  j["event_date"] = or_null(e.event_date);
  j["time_precision"] = static_cast<int>(e.time_precision);
  j["disorder_type"] = or_null(e.disorder_type);
  j["event_type"] = e.event_type;
  j["sub_event_type"] = e.sub_event_type;
  j["actor1"] = or_null(e.actor1);
  j["assoc_actor_1"] = or_null(e.assoc_actor_1);
  j["inter1"] = e.inter1 ? json(e.inter1) : json(nullptr);
  j["actor2"] = or_null(e.actor2);
  j["assoc_actor_2"] = or_null(e.assoc_actor_2);
  j["inter2"] = e.inter2 ? json(e.inter2) : json(nullptr);
  j["interaction"] = e.inter1 ? json(interaction_code(e.inter1, e.inter2)) : json(nullptr);
  j["civilian_targeting"] = e.civilian_targeting;
  j["iso"] = or_null(e.iso);
  j["region"] = or_null(e.region);
  j["country"] = or_null(e.country);
  j["admin1"] = or_null(e.admin1);
  j["admin2"] = or_null(e.admin2);
  j["location"] = or_null(e.location);
  // Coordinates are written to five decimals (about a metre).
  auto five_decimals = [](std::optional<double> v) {
    return v ? json(std::round(*v * 1e5) / 1e5) : json(nullptr);
  };
  j["latitude"] = five_decimals(e.latitude);
  j["longitude"] = five_decimals(e.longitude);
  j["geo_precision"] = e.geo_precision;
  j["fatalities"] = or_null(e.fatalities);
  j["injuries"] = or_null(e.injuries);
  j["fatalities_text"] = or_null(e.fatalities_text);
  j["weapon"] = or_null(e.weapon);
  j["source"] = or_null(e.source);
  j["reported_by"] = or_null(e.reported_by);
  j["sources"] = e.sources;
  j["hedged"] = e.hedged;
  j["notes"] = e.notes;
  j["evidence"] = {{"start", e.evidence.start}, {"end", e.evidence.end}, {"text", e.evidence_text}};
  j["spans"] = spans_json(e.spans);
  return dump(j);
}

std::string reference_statement(const StatementRecord& s) {
  json j;
  j["record"] = "statement";
  j["doc_id"] = s.doc_id;
  j["statement_id"] = s.statement_id;
  j["date"] = or_null(s.date);
  j["speaker"] = or_null(s.speaker);
  j["addressee"] = or_null(s.addressee);
  j["verb_class"] = s.verb_class;
  j["country"] = or_null(s.country);
  j["quote"] = {{"start", s.quote.start}, {"end", s.quote.end}, {"text", s.quote_text}};
  j["evidence"] = {{"start", s.evidence.start}, {"end", s.evidence.end}, {"text", s.evidence_text}};
  j["spans"] = spans_json(s.spans);
  return dump(j);
}

std::string via_writer(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}
std::string via_writer(double v) {
  std::string out;
  append_json_double(out, v);
  return out;
}

// ---- Strings ----

const std::vector<std::string>& awkward_strings() {
  static const std::vector<std::string> strings = {
      "",
      "plain",
      "say \"no\"",
      "back\\slash\\",
      "a/b </script>",
      std::string("nul\0byte", 8),
      "\b\f\n\r\t",
      "\x01\x02\x1f\x7f",
      "Aleppo — “shelled” ‘again’",
      "حلب ودمشق",
      "emoji 💥🇸🇾 and ZWJ 👨‍👩‍👧",
      "\xEF\xBB\xBF"
      "BOM first",
      "bad \xff byte",
      "\xC3(",                  // lead byte, then a byte that cannot follow it
      "\xE0\x80\x80",           // overlong
      "\xED\xA0\x80",           // UTF-16 surrogate
      "\xF4\x90\x80\x80",       // past U+10FFFF
      "\xF0\x9F\x92",           // cut off at the end
      "\xE2\x82",               // cut off at the end
      "\x80\x80 continuation",  // continuation bytes alone
      "\xC0\xAF \xC1\xBF \xF5\x80 \xF8\x88\x80\x80\x80",
      "ok \xE2\x80\x94 then \xE2\x80",
      std::string(100000, 'x') + "\"" + std::string(70000, '\\'),
  };
  return strings;
}

TEST(JsonString, AwkwardStringsMatchNlohmann) {
  for (const std::string& s : awkward_strings()) {
    EXPECT_EQ(via_writer(s), dump(json(s))) << "input: " << s.substr(0, 80);
  }
}

TEST(JsonString, FixedExpectations) {
  EXPECT_EQ(via_writer("a\"b\\c/d"), R"("a\"b\\c/d")");
  EXPECT_EQ(via_writer(std::string("\x01\x1f\x7f", 3)), "\"\\u0001\\u001f\x7f\"");
  EXPECT_EQ(via_writer("\xff"), "\"\xEF\xBF\xBD\"");
  EXPECT_EQ(via_writer("\xC3("), "\"\xEF\xBF\xBD(\"");
}

// Random byte strings from an alphabet weighted towards the bytes that
// matter: escapes, UTF-8 lead and continuation bytes, the edges of the
// well-formed ranges.
TEST(JsonString, RandomBytesMatchNlohmann) {
  const std::string alphabet =
      "aZ \"\\/\b\f\n\r\t\x01\x1f\x7f"
      "\x80\x8f\x90\x9f\xa0\xbf\xc0\xc1\xc2\xdf\xe0\xe1\xec\xed\xee\xef\xf0\xf1\xf3\xf4\xf5\xff";
  std::mt19937 rng(20261130);
  std::uniform_int_distribution<size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(0, 12);
  for (int i = 0; i < 200000; ++i) {
    std::string s;
    for (int n = length(rng); n > 0; --n) s += alphabet[pick(rng)];
    ASSERT_EQ(via_writer(s), dump(json(s))) << "case " << i;
  }
}

// ---- Numbers ----

TEST(JsonNumber, DoublesMatchNlohmann) {
  std::vector<double> values = {0.0,
                                -0.0,
                                1.0,
                                -1.0,
                                36.0,
                                36.729,
                                68.857,
                                -179.99512,
                                0.1,
                                0.2,
                                1e-5,
                                1e-4,
                                0.00012345,
                                123456789012345.0,
                                1e15,
                                1e16,
                                1e17,
                                1e21,
                                1e300,
                                -1e-300,
                                5e-324,
                                std::numeric_limits<double>::min(),
                                std::numeric_limits<double>::max(),
                                0.30000000000000004};
  // Coordinates as the pipeline rounds them (5 decimals), and random ones.
  for (long k = -18000000; k <= 18000000; k += 13) values.push_back(static_cast<double>(k) / 1e5);
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> lon(-180, 180);
  for (int i = 0; i < 100000; ++i) values.push_back(std::round(lon(rng) * 1e5) / 1e5);
  for (int i = 0; i < 200000; ++i) {
    uint64_t bits = rng();
    double v = 0;
    std::memcpy(&v, &bits, sizeof v);
    values.push_back(v);
  }
  for (double v : values) ASSERT_EQ(via_writer(v), dump(json(v))) << v;
}

TEST(JsonNumber, FixedExpectations) {
  EXPECT_EQ(via_writer(36.729), "36.729");
  EXPECT_EQ(via_writer(36.0), "36.0");
  EXPECT_EQ(via_writer(-0.0), "-0.0");
  EXPECT_EQ(via_writer(1e-5), "1e-05");
  EXPECT_EQ(via_writer(std::nan("")), "null");
  EXPECT_EQ(via_writer(std::numeric_limits<double>::infinity()), "null");
  std::string out;
  append_json_int(out, std::numeric_limits<int64_t>::min());
  out += ',';
  append_json_uint(out, std::numeric_limits<uint64_t>::max());
  EXPECT_EQ(out, "-9223372036854775808,18446744073709551615");
}

// ---- Whole records ----

std::vector<EventRecord> events() {
  std::vector<EventRecord> out;
  EventRecord empty;
  out.push_back(empty);
  const auto& strings = awkward_strings();
  for (size_t i = 0; i < strings.size(); ++i) {
    const std::string& s = strings[i];
    EventRecord e;
    e.doc_id = s;
    e.event_id = "id-" + std::to_string(i);
    if (i % 2) e.event_date = s;
    e.time_precision = static_cast<TimePrecision>(1 + i % 3);
    e.event_type = s;
    e.sub_event_type = "Armed clash";
    e.disorder_type = i % 3 ? s : "";
    e.actor1 = s;
    e.assoc_actor_2 = s;
    e.inter1 = static_cast<int>(i % 9);
    e.inter2 = static_cast<int>((i * 5) % 9);
    e.civilian_targeting = i % 2;
    e.iso = "760";
    e.country = s;
    e.location = s;
    if (i % 4 != 3) e.latitude = i % 2 ? -36.0 : 36.72912 + static_cast<double>(i) * 1e-5;
    if (i % 4 != 3) e.longitude = -179.99512 + static_cast<double>(i);
    e.geo_precision = static_cast<int>(1 + i % 3);
    if (i % 3) e.fatalities = static_cast<int>(i) - 5;
    if (i % 5) e.injuries = static_cast<int>(i * 1000);
    e.fatalities_text = s;
    e.weapon = i % 2 ? "" : s;
    e.reported_by = s;
    for (size_t k = 0; k < i % 4; ++k) e.sources.push_back(strings[(i + k) % strings.size()]);
    e.hedged = i % 3 == 0;
    e.notes = s;
    e.evidence = {static_cast<uint32_t>(i), static_cast<uint32_t>(4000000000u + i)};
    e.evidence_text = s;
    if (i % 3) e.spans["actor1"] = {1, 2};
    if (i % 2) e.spans["location"] = {30, 44};
    if (i % 5 == 1) e.spans[s] = {7, 9};  // a field name that needs escaping
    out.push_back(e);
  }
  return out;
}

TEST(EventJsonBytes, MatchTheNlohmannBuilder) {
  for (const EventRecord& e : events()) {
    EXPECT_EQ(event_to_json(e), reference_event(e)) << "event " << e.event_id;
  }
}

TEST(StatementJsonBytes, MatchTheNlohmannBuilder) {
  std::vector<StatementRecord> statements(1);
  for (const std::string& s : awkward_strings()) {
    StatementRecord st;
    st.doc_id = s;
    st.statement_id = s + "-1";
    st.date = s;
    st.speaker = s;
    st.verb_class = "accuse";
    st.quote = {3, 9};
    st.quote_text = s;
    st.evidence = {0, 12};
    st.evidence_text = s;
    st.spans["speaker"] = {0, 3};
    statements.push_back(st);
  }
  for (const StatementRecord& st : statements) {
    EXPECT_EQ(statement_to_json(st), reference_statement(st));
  }
}

TEST(EventJsonBytes, AppendAddsToWhatIsThere) {
  const EventRecord e = events()[3];
  std::string out = "prefix\n";
  append_event_json(out, e);
  EXPECT_EQ(out, "prefix\n" + reference_event(e));
}

}  // namespace
}  // namespace sitrep
