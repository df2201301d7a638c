// Step 2 of extraction, where and when: the place and the day an event
// sentence reports (declared in arguments.h with the actors).
#include <algorithm>
#include <cctype>
#include <string_view>

#include "extract/arguments.h"

namespace sitrep {
namespace {

// "Aleppo's Sheikh Maqsood": a city named as the container of a finer place
// in the same sentence is not where the event happened.
bool contains(const PlaceRef& outer, const PlaceRef& inner) {
  if (&outer == &inner || outer.country_code != inner.country_code) return false;
  if (place_rank(outer) == 4) return true;
  if (place_rank(outer) == 3) return inner.admin1 == outer.admin1 || inner.admin1 == outer.name;
  if (place_rank(outer) <= place_rank(inner)) {
    return outer.population > inner.population && inner.admin1 == outer.admin1 &&
           inner.feature_code == "PPLX";
  }
  return inner.admin1 == outer.admin1;
}

std::vector<const PlaceRef*> finest(const std::vector<const PlaceRef*>& places) {
  std::vector<const PlaceRef*> kept;
  for (const PlaceRef* p : places) {
    if (place_rank(*p) == 4) continue;
    bool container = std::any_of(places.begin(), places.end(),
                                 [&](const PlaceRef* q) { return q != p && contains(*p, *q); });
    if (!container) kept.push_back(p);
  }
  return kept;
}

}  // namespace

int place_rank(const PlaceRef& p) {
  // Asked many times per sentence (finest() compares every pair of places),
  // so the code is told apart by its first bytes, not literal by literal:
  // PCL* countries 4, ADM1 3, ADM2/ADM3 2, PPLC/PPLA/PPLA2 1, other PPL* 0.
  const std::string_view f = p.feature_code;
  if (f.size() >= 3 && f[0] == 'P') {
    if (f[1] == 'C' && f[2] == 'L') return 4;
    if (f[1] == 'P' && f[2] == 'L') return f == "PPLC" || f == "PPLA" || f == "PPLA2" ? 1 : 0;
  } else if (f.size() == 4 && f[0] == 'A' && f[1] == 'D' && f[2] == 'M') {
    if (f[3] == '1') return 3;
    if (f[3] == '2' || f[3] == '3') return 2;
  }
  // Custom places, villages found by pattern and other named sites.
  const bool own = p.id.starts_with("custom:") || p.id.starts_with("unresolved:");
  if (own || f.empty() || (f[0] >= 'a' && f[0] <= 'z')) return 0;
  // Seas, regions, mountains, continents: never where an event is coded.
  return 4;
}

bool inside_a_name(std::string_view text, const PlaceRef& p) {
  auto quote_or_space = [](char c) { return c == ' ' || c == '"' || c == '\''; };
  // Curly quotes are three bytes (E2 80 9C/9D); skip them as a unit.
  auto skip_back = [&](size_t at) {
    while (at > 0) {
      if (quote_or_space(text[at - 1])) {
        --at;
      } else if (at >= 3 && text.substr(at - 3, 2) == "\xE2\x80") {
        at -= 3;
      } else {
        break;
      }
    }
    return at;
  };
  auto skip_forward = [&](size_t at) {
    while (at < text.size()) {
      if (quote_or_space(text[at])) {
        ++at;
      } else if (text.substr(at, 2) == "\xE2\x80") {
        at += 3;
      } else {
        break;
      }
    }
    return at;
  };
  const size_t before = skip_back(p.span.start);
  const size_t after = skip_forward(p.span.end);
  if (before == p.span.start || after == p.span.end || before == 0 || after >= text.size()) {
    return false;
  }
  // The word that ends right before: capitalised, and not the end of a
  // sentence or a clause.
  size_t start = before;
  // Letters outside ASCII ("Joaquín") are bytes >= 0x80.
  auto in_word = [](char c) {
    return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80 ||
           c == '.';
  };
  while (start > 0 && in_word(text[start - 1])) --start;
  const bool name_before = text[before - 1] != '.' && text[before - 1] != ',' &&
                           std::isupper(static_cast<unsigned char>(text[start]));
  const bool name_after = std::isupper(static_cast<unsigned char>(text[after]));
  return name_before && name_after;
}

bool named_as_area(const SentenceView& s, const PlaceRef& p) {
  const size_t after = s.word_from(p.span.end);
  if (after >= s.words().size()) return false;
  static constexpr std::string_view kAreas[] = {
      "district", "province",   "region",     "governorate",  "county", "oblast",
      "state",    "prefecture", "department", "municipality", "raion",  "division"};
  return std::find(std::begin(kAreas), std::end(kAreas), s.words()[after]) != std::end(kAreas);
}

std::vector<const PlaceRef*> choose_places(const AnalyzedDocument& doc, const SentenceView& s,
                                           const DiscourseMemory& memory) {
  auto pick = [&](const std::vector<const PlaceRef*>& all) {
    std::vector<const PlaceRef*> in_main_country;
    for (const PlaceRef* p : all) {
      if (p->country_code == memory.main_country) in_main_country.push_back(p);
    }
    // (Read where they are rather than copied when none is in the country.)
    std::vector<const PlaceRef*> kept = finest(in_main_country.empty() ? all : in_main_country);
    if (kept.empty()) return kept;
    const int best = place_rank(**std::min_element(kept.begin(), kept.end(), [](auto* a, auto* b) {
      return place_rank(*a) < place_rank(*b);
    }));
    std::vector<const PlaceRef*> out;
    for (const PlaceRef* p : kept) {
      if (place_rank(*p) != best) continue;
      if (std::none_of(out.begin(), out.end(), [&](auto* q) { return q->id == p->id; })) {
        out.push_back(p);
      }
    }
    // Two places of one precision are two events only when coordinated
    // ("in Jableh and Tartus"); otherwise the first is the scene.
    if (out.size() > 1) {
      const size_t w = s.word_before(out[1]->span.start);
      const bool coordinated = w != std::string::npos && w < s.words().size() &&
                               (s.words()[w] == "and" || s.words()[w] == ",");
      if (!coordinated) out.resize(1);
    }
    return out;
  };
  std::vector<const PlaceRef*> in_sentence;
  for (const PlaceRef* p : s.places()) {
    if (!p->dateline && !inside_a_name(s.doc_text(), *p)) {
      in_sentence.push_back(p);
    }
  }
  // "near the village of Bilohiria in the Pologiv district": a name the
  // text calls a district or province, placed around the scene named just
  // before it, contains the scene, whatever the gazetteer made of it.
  // ("in Marija al-Jamalan district in the countryside of Hama": the
  // district comes first and is the scene.)
  std::erase_if(in_sentence, [&](const PlaceRef* area) {
    if (!named_as_area(s, *area)) return false;
    const size_t at = s.word_from(area->span.start);
    return std::any_of(in_sentence.begin(), in_sentence.end(), [&](const PlaceRef* scene) {
      if (scene == area || scene->span.end > area->span.start || named_as_area(s, *scene)) {
        return false;
      }
      const size_t after = s.word_from(scene->span.end);
      return at <= after + 3 && s.words()[after] == "in";
    });
  });
  // "In addition to the rocket attack in Kilis, shells landed in Yayladagi":
  // the aside names another event's place. (With no place left there is
  // nothing to set aside, and the words need not be read.)
  if (!in_sentence.empty()) {
    const auto& w = s.words();
    std::vector<const PlaceRef*> outside;
    size_t aside_end = 0;
    for (size_t i = 0; i + 2 < w.size(); ++i) {
      const bool opens = (w[i] == "in" && w[i + 1] == "addition" && w[i + 2] == "to") ||
                         w[i] == "besides" || (w[i] == "apart" && w[i + 1] == "from");
      if (!opens) continue;
      size_t k = i;
      while (k < w.size() && w[k] != ",") ++k;
      aside_end = k < w.size() ? s.info().word_spans[k].start : s.info().span.end;
      for (const PlaceRef* p : in_sentence) {
        if (p->span.start < s.info().word_spans[i].start || p->span.start >= aside_end) {
          outside.push_back(p);
        }
      }
      if (!outside.empty()) in_sentence = std::move(outside);
      break;
    }
  }
  // "rockets fired from the Bab region hit Kilis": where fire came from is
  // not where the event happened, when the target is named too.
  std::vector<const PlaceRef*> targets;
  for (const PlaceRef* p : in_sentence) {
    const size_t w = s.word_from(p->span.start);
    bool origin = false;
    for (size_t back = 1; back <= 4 && back <= w; ++back) {
      const std::string_view word = s.words()[w - back];
      if (word == "from") origin = true;
      if (word == "from" || word == "in" || word == "at" || word == "on" || word == ",") break;
    }
    if (!origin) targets.push_back(p);
  }
  if (!targets.empty()) in_sentence = std::move(targets);
  if (auto here = pick(in_sentence); !here.empty()) return here;
  // "in the same town": the place named last, wherever it was.
  const auto& w = s.words();
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i] != "same") continue;
    static constexpr std::string_view kPlaceNouns[] = {
        "town",  "city",   "village",       "area",         "district",
        "place", "region", "neighbourhood", "neighborhood", "camp"};
    if (std::find(std::begin(kPlaceNouns), std::end(kPlaceNouns), w[i + 1]) ==
        std::end(kPlaceNouns)) {
      continue;
    }
    for (size_t k = s.index(); k-- > 0;) {
      if (auto there = finest(mentions_in(doc.places, doc.sentences[k].span)); !there.empty()) {
        return {there.back()};
      }
    }
  }
  // The paragraph's earlier sentences, nearest first.
  for (size_t i = s.index(); i-- > 0;) {
    if (doc.sentences[i].paragraph != s.info().paragraph) break;
    if (auto there = finest(mentions_in(doc.places, doc.sentences[i].span)); !there.empty()) {
      return {there.front()};
    }
  }
  if (memory.lede_place) return {memory.lede_place};
  return {};
}

const DateRef* choose_date(const AnalyzedDocument& doc, const SentenceView& s,
                           const DiscourseMemory& memory) {
  auto first_date = [](const std::vector<const DateRef*>& dates) -> const DateRef* {
    for (const DateRef* d : dates) {
      if (d->multi_day || (d->date && d->precision == TimePrecision::kDay)) return d;
    }
    return nullptr;
  };
  // "Thursday's twin bombing": a day that names the event itself.
  for (const DateRef* d : s.dates()) {
    const std::string_view after = s.doc_text().substr(d->span.end, 4);
    const bool possessive = after.substr(0, 2) == "'s" || after.substr(0, 4) == "\xE2\x80\x99s";
    if (possessive && d->date && d->precision == TimePrecision::kDay) return d;
  }
  // "..., aid workers told AFP on Tuesday": the day of the telling, not of
  // the event.
  std::vector<const DateRef*> own;
  for (const DateRef* d : s.dates()) {
    const size_t w = s.word_from(d->span.start);
    const size_t from = w >= 4 ? w - 4 : 0;
    if (!s.cue_in(Cue::kAttribution, from, w) && !d->dateline) own.push_back(d);
  }
  if (const DateRef* d = first_date(own)) return d;
  // Only the dateline gives a day: the report's day stands in below.
  for (size_t i = s.index(); i-- > 0;) {
    if (doc.sentences[i].paragraph != s.info().paragraph) break;
    if (const DateRef* d = first_date(mentions_in(doc.dates, doc.sentences[i].span))) return d;
  }
  return memory.lede_date;
}

}  // namespace sitrep
