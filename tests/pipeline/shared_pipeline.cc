#include "pipeline/shared_pipeline.h"

#include <filesystem>
#include <memory>

#include "testing/shared.h"

namespace sitrep::testing {
namespace {

struct Loaded {
  std::unique_ptr<Pipeline> pipeline;
  std::string error;
};

const Loaded& loaded() {
  // A function-local static: loaded once, thread-safe, alive until exit.
  static const Loaded instance = [] {
    Loaded out;
    PipelineOptions options;
    options.data_dir = data_dir();
    if (has_world_gazetteer()) options.gazetteer = gazetteer_path();
    std::vector<std::string> warnings;
    auto pipeline = Pipeline::load(options, &warnings);
    if (!pipeline) {
      out.error = pipeline.error().message;
      return out;
    }
    out.pipeline = std::move(pipeline).value();
    return out;
  }();
  return instance;
}

}  // namespace

bool has_world_gazetteer() {
  std::error_code ec;
  return std::filesystem::is_regular_file(gazetteer_path(), ec);
}

const Pipeline* shared_pipeline() {
  const Loaded& l = loaded();
  if (!l.pipeline) ADD_FAILURE() << "Pipeline::load failed: " << l.error;
  return l.pipeline.get();
}

Document make_document(std::string_view id, std::string_view published, std::string_view text) {
  Document doc;
  doc.id = std::string(id);
  doc.outlet = "Test Wire";
  doc.published = CivilDate::parse_iso(published);
  doc.text = std::string(text);
  doc.origin = doc.id;
  return doc;
}

std::string describe_events(const std::vector<EventRecord>& events) {
  if (events.empty()) return "(no events)\n";
  std::string out;
  for (const EventRecord& e : events) {
    out += "  " + e.event_type + " / " + e.sub_event_type + " @ " +
           (e.location.empty() ? "(no location)" : e.location) + " " +
           e.event_date.value_or("(no date)") + "; actor1=" + e.actor1 +
           (e.assoc_actor_1.empty() ? "" : " + " + e.assoc_actor_1) + "; actor2=" + e.actor2 +
           "; fatalities=" + (e.fatalities ? std::to_string(*e.fatalities) : "null") +
           "; injuries=" + (e.injuries ? std::to_string(*e.injuries) : "null") +
           "; reported_by=" + e.reported_by + "\n    evidence: " + e.evidence_text + "\n";
  }
  return out;
}

void expect_spans_index_text(const Document& doc, const EventRecord& event) {
  const std::string_view text = doc.text;
  EXPECT_LT(event.evidence.start, event.evidence.end) << "empty evidence";
  EXPECT_LE(event.evidence.end, text.size()) << "evidence beyond the text";
  if (event.evidence.end <= text.size()) {
    EXPECT_EQ(event.evidence.of(text), event.evidence_text)
        << "evidence_text is not the text at [" << event.evidence.start << ", "
        << event.evidence.end << ")";
  }
  for (const auto& [field, span] : event.spans) {
    EXPECT_LE(span.start, span.end) << field;
    EXPECT_LE(span.end, text.size()) << "span of " << field << " beyond the text";
  }
}

std::vector<EventRecord> extract_events(const Document& doc) {
  const Pipeline* pipeline = shared_pipeline();
  if (!pipeline) return {};
  return pipeline->extract(doc);
}

std::vector<StatementRecord> extract_statements(const Document& doc) {
  const Pipeline* pipeline = shared_pipeline();
  if (!pipeline) return {};
  return pipeline->extract_all(doc, true).statements;
}

std::vector<EventRecord> extract_checked(const Document& doc) {
  auto events = extract_events(doc);
  for (const EventRecord& e : events) expect_spans_index_text(doc, e);
  return events;
}

bool contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

}  // namespace sitrep::testing
