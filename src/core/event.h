// The event record of DESIGN.md's output contract, as a plain struct. The
// extract stage fills it; the export stage writes it as JSONL or ACLED CSV.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/field_spans.h"
#include "core/span.h"

namespace sitrep {

// How precisely the date is known (ACLED's time_precision).
enum class TimePrecision { kDay = 1, kWeek = 2, kMonth = 3 };

struct EventRecord {
  std::string doc_id;
  std::string event_id;  // stable: derived from doc_id and the event's content
  std::optional<std::string> event_date;  // ISO date
  TimePrecision time_precision = TimePrecision::kDay;
  std::string event_type;
  std::string sub_event_type;
  std::string disorder_type;  // "Political violence", "Demonstrations", "Strategic developments"

  std::string actor1, assoc_actor_1, actor2, assoc_actor_2;
  int inter1 = 0, inter2 = 0;  // ACLED actor-type codes 1-8; 0 = none
  bool civilian_targeting = false;

  std::string iso;  // ISO 3166-1 numeric, as ACLED writes it ("760" for Syria)
  std::string region, country, admin1, admin2, admin3, location;
  std::optional<double> latitude, longitude;
  int geo_precision = 1;  // 1 named place, 2 near/part of, 3 province level

  std::optional<int> fatalities, injuries;
  std::string fatalities_text;
  std::string weapon;
  std::string source;  // the outlet
  std::string reported_by;
  std::vector<std::string> sources;  // attribution chain, outermost first
  bool hedged = false;               // "alleged", "reportedly", "claimed"
  std::string notes;

  Span evidence;              // the sentence that states the event
  std::string evidence_text;  // its bytes, copied so the record stands alone
  FieldSpans spans;           // field name -> where its value came from
};

// A second record kind: accusations, demands, appeals, denials, threats.
struct StatementRecord {
  std::string doc_id;
  std::string statement_id;
  std::optional<std::string> date;
  std::string speaker;
  std::string addressee;
  std::string verb_class;  // accuse, demand, appeal, deny, threaten, claim
  std::string country;
  Span quote;
  std::string quote_text;
  Span evidence;
  std::string evidence_text;
  FieldSpans spans;
};

}  // namespace sitrep
