#include "export/event_writer.h"

#include <algorithm>
#include <nlohmann/json.hpp>


namespace sitrep {
namespace {

using nlohmann::json;

json or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

template <class T>
json or_null(const std::optional<T>& v) {
  return v ? json(*v) : json(nullptr);
}

json span_json(Span s) { return json::array({s.start, s.end}); }

json spans_json(const std::map<std::string, Span>& spans) {
  json out = json::object();
  for (const auto& [field, span] : spans) out[field] = span_json(span);
  return out;
}

// nlohmann throws on invalid UTF-8 by default; articles may carry it, and a
// record must never be lost over one bad byte, so replace instead.
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

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

std::string event_to_json(const EventRecord& e) {
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
  j["latitude"] = or_null(e.latitude);
  j["longitude"] = or_null(e.longitude);
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

std::string statement_to_json(const StatementRecord& s) {
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
