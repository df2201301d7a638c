// An event while the extractor builds it: the record plus what merging two
// reports of one incident needs to know.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.h"
#include "extract/casualties.h"

namespace sitrep {

// Whether a record's text field (event_type, sub_event_type, weapon) is
// `literal`. std::string == "literal" compares bytes whatever the lengths
// (libstdc++ 12); as a view the lengths are compared first, so most
// mismatches cost one compare.
inline bool text_is(const std::string& field, std::string_view literal) {
  return std::string_view(field) == literal;
}

struct EventDraft {
  EventRecord record;
  int priority = 0;            // of the trigger that typed it
  bool actor1_default = true;  // actor1 is a placeholder ("Unidentified ...")
  std::optional<Count> fatalities;
  std::optional<Count> injuries;
  std::string place_id;
  int place_rank = 0;  // 0 finest (town, neighbourhood) .. 3 province
  bool outlet_voice = true;  // reported_by is the outlet, no named source
  size_t sentence = 0;       // index of the sentence that reported it
  bool weak = false;         // from a headline or caption: kept only when alone
  bool political = false;    // names activists, protesters or armed actors
};

// Merges drafts that report one incident: same event type, same place,
// dates equal or unknown. Fills what the first lacks from the later ones.
std::vector<EventDraft> merge_drafts(std::vector<EventDraft> drafts);

// Finishes a record: casualty fields, event_id, notes.
void finalize(EventDraft& draft, std::string_view doc_text);

}  // namespace sitrep
