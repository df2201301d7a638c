#include "export/event_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "export/json_writer.h"

namespace sitrep {
namespace {

// Fields the contract writes as null when empty ("not known" reads the same
// for every field).
void string_or_null(JsonBuffer& out, const std::string& s) {
  if (s.empty()) {
    out.null();
  } else {
    out.string(s);
  }
}

void string_or_null(JsonBuffer& out, const std::optional<std::string>& s) {
  if (s) {
    out.string(*s);
  } else {
    out.null();
  }
}

void int_or_null(JsonBuffer& out, const std::optional<int>& v) {
  if (v) {
    out.integer(*v);
  } else {
    out.null();
  }
}

void double_or_null(JsonBuffer& out, const std::optional<double>& v) {
  if (v) {
    out.real(*v);
  } else {
    out.null();
  }
}

// {"end":..,"start":..,"text":..}: the keys in nlohmann's (sorted) order.
void located_text(JsonBuffer& out, Span span, const std::string& text) {
  JsonObject o(out);
  o.key("end").unsigned_integer(span.end);
  o.key("start").unsigned_integer(span.start);
  o.key("text").string(text);
}

void spans_json(JsonBuffer& out, const FieldSpans& spans) {
  JsonObject o(out);
  for (const auto& [field, span] : spans) {
    JsonBuffer& value = o.escaped_key(field);
    // "[start,end]" written in place.
    constexpr size_t kDigits = 10;  // a uint32_t has at most ten
    char* const first = value.room(2 * kDigits + 3);
    char* p = first;
    *p++ = '[';
    p = std::to_chars(p, p + kDigits, span.start).ptr;
    *p++ = ',';
    p = std::to_chars(p, p + kDigits, span.end).ptr;
    *p++ = ']';
    value.advance(static_cast<size_t>(p - first));
  }
}

std::string csv_field(std::string_view v) {
  if (v.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(v);
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string number_or_empty(const std::optional<int>& v) { return v ? std::to_string(*v) : ""; }

// Five decimals (about a metre), as `sitrep geoparse` writes them: the
// gazetteer stores single-precision floats, whose widened digits
// (37.161170959472656) claim a precision nobody measured.
std::optional<double> rounded_coordinate(const std::optional<double>& v) {
  if (!v) return v;
  return std::round(*v * 1e5) / 1e5;
}

std::string coordinate(const std::optional<double>& v) {
  if (!v) return "";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4f", *v);
  return buf;
}

}  // namespace

bool parse_output_format(std::string_view name, OutputFormat& out) {
  if (name == "jsonl" || name == "json") {
    out = OutputFormat::kJsonl;
    return true;
  }
  if (name == "csv") {
    out = OutputFormat::kCsv;
    return true;
  }
  return false;
}

int interaction_code(int inter1, int inter2) {
  if (inter1 == 0) return 0;
  if (inter2 == 0) return inter1 * 10;
  return std::min(inter1, inter2) * 10 + std::max(inter1, inter2);
}

// Keys in bytewise order, as nlohmann::json's std::map wrote them before
// this writer replaced it; tests/export checks the bytes against it.
void append_event_json(JsonBuffer& out, const EventRecord& e) {
  JsonObject o(out);
  string_or_null(o.key("actor1"), e.actor1);
  string_or_null(o.key("actor2"), e.actor2);
  string_or_null(o.key("admin1"), e.admin1);
  string_or_null(o.key("admin2"), e.admin2);
  string_or_null(o.key("assoc_actor_1"), e.assoc_actor_1);
  string_or_null(o.key("assoc_actor_2"), e.assoc_actor_2);
  o.key("civilian_targeting").boolean(e.civilian_targeting);
  string_or_null(o.key("country"), e.country);
  string_or_null(o.key("disorder_type"), e.disorder_type);
  o.key("doc_id").string(e.doc_id);
  string_or_null(o.key("event_date"), e.event_date);
  o.key("event_id").string(e.event_id);
  o.key("event_type").string(e.event_type);
  located_text(o.key("evidence"), e.evidence, e.evidence_text);
  int_or_null(o.key("fatalities"), e.fatalities);
  string_or_null(o.key("fatalities_text"), e.fatalities_text);
  o.key("geo_precision").integer(e.geo_precision);
  o.key("hedged").boolean(e.hedged);
  int_or_null(o.key("injuries"), e.injuries);
  int_or_null(o.key("inter1"), e.inter1 ? std::optional<int>(e.inter1) : std::nullopt);
  int_or_null(o.key("inter2"), e.inter2 ? std::optional<int>(e.inter2) : std::nullopt);
  int_or_null(o.key("interaction"),
              e.inter1 ? std::optional<int>(interaction_code(e.inter1, e.inter2)) : std::nullopt);
  string_or_null(o.key("iso"), e.iso);
  double_or_null(o.key("latitude"), rounded_coordinate(e.latitude));
  string_or_null(o.key("location"), e.location);
  double_or_null(o.key("longitude"), rounded_coordinate(e.longitude));
  o.key("notes").string(e.notes);
  o.key("record").literal("\"event\"");
  string_or_null(o.key("region"), e.region);
  string_or_null(o.key("reported_by"), e.reported_by);
  string_or_null(o.key("source"), e.source);
  JsonBuffer& sources = o.key("sources");
  sources.raw('[');
  for (size_t i = 0; i < e.sources.size(); ++i) {
    if (i) sources.raw(',');
    sources.string(e.sources[i]);
  }
  sources.raw(']');
  spans_json(o.key("spans"), e.spans);
  o.key("sub_event_type").string(e.sub_event_type);
  o.key("time_precision").integer(static_cast<int>(e.time_precision));
  string_or_null(o.key("weapon"), e.weapon);
}

void append_statement_json(JsonBuffer& out, const StatementRecord& s) {
  JsonObject o(out);
  string_or_null(o.key("addressee"), s.addressee);
  string_or_null(o.key("country"), s.country);
  string_or_null(o.key("date"), s.date);
  o.key("doc_id").string(s.doc_id);
  located_text(o.key("evidence"), s.evidence, s.evidence_text);
  located_text(o.key("quote"), s.quote, s.quote_text);
  o.key("record").literal("\"statement\"");
  spans_json(o.key("spans"), s.spans);
  string_or_null(o.key("speaker"), s.speaker);
  o.key("statement_id").string(s.statement_id);
  o.key("verb_class").string(s.verb_class);
}

void append_event_json(std::string& out, const EventRecord& event) {
  JsonBuffer buffer(out);
  append_event_json(buffer, event);
}

void append_statement_json(std::string& out, const StatementRecord& statement) {
  JsonBuffer buffer(out);
  append_statement_json(buffer, statement);
}

std::string event_to_json(const EventRecord& e) {
  std::string out;
  append_event_json(out, e);
  return out;
}

std::string statement_to_json(const StatementRecord& s) {
  std::string out;
  append_statement_json(out, s);
  return out;
}

std::string csv_header() {
  return "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
         "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
         "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
         "source,source_scale,notes,fatalities,tags,timestamp,"
         "doc_id,injuries,reported_by,weapon,evidence_start,evidence_end";
}

std::string event_to_csv_row(const EventRecord& e) {
  const std::string date = e.event_date.value_or("");
  const std::vector<std::string> cells = {
      e.event_id,
      date,
      date.size() >= 4 ? date.substr(0, 4) : "",
      std::to_string(static_cast<int>(e.time_precision)),
      e.disorder_type,
      e.event_type,
      e.sub_event_type,
      e.actor1,
      e.assoc_actor_1,
      e.inter1 ? std::to_string(e.inter1) : "",
      e.actor2,
      e.assoc_actor_2,
      e.inter2 ? std::to_string(e.inter2) : "",
      e.inter1 ? std::to_string(interaction_code(e.inter1, e.inter2)) : "",
      e.civilian_targeting ? "Civilian targeting" : "",
      e.iso,
      e.region,
      e.country,
      e.admin1,
      e.admin2,
      e.admin3,
      e.location,
      coordinate(e.latitude),
      coordinate(e.longitude),
      std::to_string(e.geo_precision),
      e.source,
      "",  // source_scale: not known from one article
      e.notes,
      // ACLED writes 0 for "no figure"; sitrep keeps null apart in JSONL.
      e.fatalities ? std::to_string(*e.fatalities) : "0",
      e.hedged ? "hedged" : "",
      "",  // timestamp: ACLED's upload time; sitrep's output stays reproducible
      e.doc_id,
      number_or_empty(e.injuries),
      e.reported_by,
      e.weapon,
      std::to_string(e.evidence.start),
      std::to_string(e.evidence.end),
  };
  std::string row;
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i) row += ',';
    row += csv_field(cells[i]);
  }
  return row;
}

}  // namespace sitrep
