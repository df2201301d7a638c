#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>
#include <initializer_list>
#include <string>
#include <string_view>

#include "extract/event_draft.h"

namespace sitrep {
namespace {

constexpr double kCityRadiusKm = 20;

double distance_km(const EventRecord& a, const EventRecord& b) {
  if (!a.latitude || !a.longitude || !b.latitude || !b.longitude) return 1e9;
  constexpr double kRad = 3.14159265358979323846 / 180;
  const double dlat = (*b.latitude - *a.latitude) * kRad;
  const double dlon = (*b.longitude - *a.longitude) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(*a.latitude * kRad) * std::cos(*b.latitude * kRad) *
                       std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * 6371 * std::asin(std::min(1.0, std::sqrt(h)));
}

// One report names the city ("shelling of Aleppo"), another the quarter
// ("Bustan al-Qasr in western Aleppo"): the same place at two precisions.
bool same_place(const EventDraft& a, const EventDraft& b) {
  if (a.place_id == b.place_id) return true;
  // One name resolved to the town in one sentence and to its district in
  // another: still one place.
  if (a.record.location == b.record.location && a.record.admin1 == b.record.admin1) return true;
  if (a.place_rank == b.place_rank || (a.place_rank != 0 && b.place_rank != 0)) return false;
  const EventDraft& coarse = a.place_rank ? a : b;
  const EventDraft& fine = a.place_rank ? b : a;
  if (coarse.record.iso != fine.record.iso || fine.record.admin1.empty() ||
      coarse.record.admin1 != fine.record.admin1) {
    return false;
  }
  // A province or district holds its towns; a city holds only its own
  // quarters (Mandalay city does not hold Myingyan, 100 km away).
  return coarse.place_rank >= 2 || distance_km(coarse.record, fine.record) < kCityRadiusKm;
}

// A date the text stated; the report's own date standing in is not one.
bool stated_date(const EventRecord& r) {
  return r.event_date && r.time_precision == TimePrecision::kDay;
}

// How far a demonstration went: the reports of one protest name it at
// different stages ("blocked the road" ... "fired warning shots to disperse"
// ... "two were killed"), and the event is what it came to.
int protest_severity(const std::string& sub_event_type) {
  if (text_is(sub_event_type, "Excessive force against protesters")) return 3;
  if (text_is(sub_event_type, "Protest with intervention")) return 2;
  if (text_is(sub_event_type, "Peaceful protest")) return 1;
  return 0;
}

bool same_kind(const EventRecord& a, const EventRecord& b) {
  return a.sub_event_type == b.sub_event_type ||
         (protest_severity(a.sub_event_type) && protest_severity(b.sub_event_type));
}

bool same_incident(const EventDraft& a, const EventDraft& b) {
  // One kind of interaction per event: shelling and a suicide bombing on the
  // same day in the same city are two events; one protest is one event.
  if (!same_kind(a.record, b.record) || !same_place(a, b)) return false;
  return !stated_date(a.record) || !stated_date(b.record) ||
         a.record.event_date == b.record.event_date;
}

void take_place(EventRecord& r, const EventRecord& f) {
  r.location = f.location;
  r.admin1 = f.admin1;
  r.admin2 = f.admin2;
  r.latitude = f.latitude;
  r.longitude = f.longitude;
  r.geo_precision = f.geo_precision;
  if (auto it = f.spans.find("location"); it != f.spans.end()) r.spans["location"] = it->second;
}

void absorb(EventDraft& into, const EventDraft& from) {
  EventRecord& r = into.record;
  const EventRecord& f = from.record;
  if (protest_severity(f.sub_event_type) > protest_severity(r.sub_event_type)) {
    r.sub_event_type = f.sub_event_type;
  }
  if (from.place_rank < into.place_rank) {
    take_place(r, f);
    into.place_id = from.place_id;
    into.place_rank = from.place_rank;
  }
  if (into.actor1_default && !from.actor1_default) {
    r.actor1 = f.actor1;
    r.inter1 = f.inter1;
    r.assoc_actor_1 = f.assoc_actor_1;
    into.actor1_default = false;
    if (auto it = f.spans.find("actor1"); it != f.spans.end()) r.spans["actor1"] = it->second;
  }
  if (r.actor2.empty() && !f.actor2.empty() && f.actor2 != r.actor1) {
    r.actor2 = f.actor2;
    r.inter2 = f.inter2;
    if (auto it = f.spans.find("actor2"); it != f.spans.end()) r.spans["actor2"] = it->second;
  }
  if (!stated_date(r) && stated_date(f)) {
    r.event_date = f.event_date;
    r.time_precision = f.time_precision;
  }
  const bool same_source = r.reported_by == f.reported_by;
  into.fatalities = combine_counts(into.fatalities, from.fatalities, same_source);
  into.injuries = combine_counts(into.injuries, from.injuries, same_source);
  if (into.outlet_voice && !from.outlet_voice) {
    r.reported_by = f.reported_by;
    r.sources = f.sources;
    into.outlet_voice = false;
  }
  if (r.weapon.empty()) r.weapon = f.weapon;
  r.hedged = r.hedged || f.hedged;
  r.civilian_targeting = r.civilian_targeting || f.civilian_targeting;
}

uint32_t fnv1a(std::string_view s, uint32_t h = 2166136261u) {
  // Each byte waits on the one before, so only the loop's own count and
  // branch can go: four bytes a round (-O2 does not unroll by itself).
#pragma GCC unroll 4
  for (unsigned char c : s) {
    h ^= c;
    h *= 16777619u;
  }
  return h;
}

// The pieces of a string, joined at the end: one allocation and a copy per
// piece, where appending them one by one costs a call and a capacity check
// each (a note has some twenty pieces). The pieces must outlive join().
class Pieces {
 public:
  void add(std::initializer_list<std::string_view> pieces) {
    for (const std::string_view piece : pieces) {
      pieces_[count_++] = piece;
      size_ += piece.size();
    }
  }
  [[nodiscard]] std::string join() const {
    std::string out(size_, '\0');
    char* at = out.data();
    for (size_t i = 0; i < count_; ++i) {
      std::memcpy(at, pieces_[i].data(), pieces_[i].size());
      at += pieces_[i].size();
    }
    return out;
  }

 private:
  static constexpr size_t kMaxPieces = 32;  // notes_for adds at most 26
  std::array<std::string_view, kMaxPieces> pieces_;
  size_t count_ = 0;
  size_t size_ = 0;
};

// A count as decimal digits, in storage that outlives the Pieces using it.
struct Digits {
  explicit Digits(long v)
      : size(static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, v).ptr - buf)) {}
  [[nodiscard]] std::string_view view() const { return {buf, size}; }
  char buf[24];
  size_t size;
};

std::string notes_for(const EventRecord& r) {
  Pieces s;
  s.add({"On ", r.event_date ? std::string_view(*r.event_date) : "an unreported date", ", ",
         r.actor1.empty() ? std::string_view("an unidentified actor") : r.actor1, " (",
         r.sub_event_type, ")"});
  if (!r.actor2.empty()) s.add({" against ", r.actor2});
  s.add({" in ", r.location});
  if (!r.admin1.empty() && r.admin1 != r.location) s.add({", ", r.admin1});
  if (!r.country.empty()) s.add({" (", r.country, ")"});
  s.add({"."});
  const Digits fatalities(r.fatalities.value_or(0));
  const Digits injuries(r.injuries.value_or(0));
  if (r.fatalities) s.add({" Fatalities: ", fatalities.view(), "."});
  if (r.injuries) s.add({" Injuries: ", injuries.view(), "."});
  if (!r.reported_by.empty()) s.add({" Reported by ", r.reported_by, "."});
  return s.join();
}

}  // namespace

std::vector<EventDraft> merge_drafts(std::vector<EventDraft> drafts) {
  // Compacted in place: drafts[0, kept) are the incidents so far, in order
  // of first report. A draft is large; one that merges into none moves only
  // when an earlier one has merged away (usually it stays where it is).
  size_t kept = 0;
  for (size_t i = 0; i < drafts.size(); ++i) {
    EventDraft& d = drafts[i];
    bool merged = false;
    for (size_t k = 0; k < kept; ++k) {
      EventDraft& o = drafts[k];
      if (same_incident(o, d)) {
        // The body's sentence is better evidence than the headline's.
        if (o.weak && !d.weak) std::swap(o, d);
        absorb(o, d);
        merged = true;
        break;
      }
    }
    if (merged) continue;
    if (i != kept) drafts[kept] = std::move(d);
    ++kept;
  }
  drafts.erase(drafts.begin() + static_cast<std::ptrdiff_t>(kept), drafts.end());
  std::vector<EventDraft>& out = drafts;
  // A headline restates what the body reports; alone, it is the report.
  const bool has_body_event =
      std::any_of(out.begin(), out.end(), [](const EventDraft& d) { return !d.weak; });
  if (has_body_event) std::erase_if(out, [](const EventDraft& d) { return d.weak; });
  return drafts;
}

void finalize(EventDraft& d, std::string_view doc_text) {
  EventRecord& r = d.record;
  if (d.fatalities) {
    r.fatalities = d.fatalities->value;
    r.fatalities_text = std::string(d.fatalities->span.of(doc_text));
    r.spans["fatalities"] = d.fatalities->span;
  }
  if (d.injuries) {
    r.injuries = d.injuries->value;
    r.spans["injuries"] = d.injuries->span;
  }
  uint32_t h = fnv1a(r.doc_id);
  h = fnv1a(r.event_type, h);
  h = fnv1a(d.place_id, h);
  h = fnv1a(r.event_date ? std::string_view(*r.event_date) : std::string_view(), h);
  h = fnv1a(Digits(r.evidence.start).view(), h);
  // "%08x" by hand: snprintf parses its format for every event.
  static constexpr char kHex[] = "0123456789abcdef";
  char hex[8];
  for (int k = 7; k >= 0; --k, h >>= 4) hex[k] = kHex[h & 0xF];
  r.event_id.reserve(r.doc_id.size() + 1 + sizeof hex);
  r.event_id = r.doc_id;
  r.event_id += '-';
  r.event_id.append(hex, sizeof hex);
  r.notes = notes_for(r);
}

}  // namespace sitrep
