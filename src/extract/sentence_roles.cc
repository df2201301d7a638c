#include "extract/sentence_roles.h"

#include <algorithm>

namespace sitrep {

// An earlier incident mentioned in passing whose day the text does not fix
// ("in April", "last month"): not coded (GUIDELINES: earlier incidents only
// when the day can be fixed).
bool is_background(const SentenceView& s) {
  const bool fixed_day = std::any_of(s.dates().begin(), s.dates().end(), [](const DateRef* d) {
    return d->date && d->precision == TimePrecision::kDay;
  });
  return (s.has_cue(Cue::kBackground) && !fixed_day) ||
         std::any_of(s.dates().begin(), s.dates().end(),
                     [](const DateRef* d) { return d->precision != TimePrecision::kDay; });
}

// "the strike at Mai Tsebri", "the attack on the camp in Dedebit": the
// noun is tied to a place of its own, so it may be news, not an echo.
bool names_its_place(const SentenceView& s, size_t noun) {
  constexpr size_t kReach = 8;
  return std::any_of(s.places().begin(), s.places().end(), [&](const PlaceRef* p) {
    const size_t w = s.word_from(p->span.start);
    return !p->dateline && w > noun && w <= noun + kReach;
  });
}

// "That offensive was backed by ...", "The shelling was conducted with
// mortars from ...", "The Monday clash was a follow-up", "windows were
// shattered by the blast": the event named as
// one the reader already knows, without a place of its own. "The shelling
// targeted the Bustan al-Qasr area" gives the known event its place (the
// merge keeps the finer one, as it does for "in Barangay Kitango");
// "residents of Juarez", "the border from El Paso, Texas" are not places of
// it.
bool names_known_event(const SentenceView& s, const TriggerHit& hit) {
  const auto& w = s.words();
  const size_t at = hit.first_word;
  if (at == 0) return false;
  const std::string_view before = w[at - 1];
  const bool demonstrative =
      before == "this" || before == "that" || before == "these" || before == "those";
  // "the blast", and as the subject "The Monday clash".
  bool definite = before == "the";
  for (size_t k = at >= 3 ? at - 3 : 0; k < at && at <= 4; ++k) {
    if (w[k] == "the") definite = true;
  }
  if (!demonstrative && !definite) return false;
  auto locative = [](std::string_view word) {
    return word == "in" || word == "at" || word == "near" || word == "outside" || word == "on" ||
           word == "around" || word == "inside" || word == "into" || word == "across" ||
           word == "toward" || word == "towards";
  };
  return std::none_of(s.places().begin(), s.places().end(), [&](const PlaceRef* p) {
    const size_t pw = s.word_from(p->span.start);
    if (p->dateline || pw <= at) return false;
    return w[pw - 1] == "the" || locative(w[pw - 1]) || (pw >= 2 && locative(w[pw - 2]));
  });
}

// "in two separate attacks", "shelled 32 localities in the regions of
// Aleppo, Latakia, Hama and Idlib": a summary of several incidents.
bool is_summary(const SentenceView& s, const std::vector<const PlaceRef*>& places) {
  return s.has_cue(Cue::kAggregate) || places.size() > 2;
}

bool is_caption(const SentenceView& s) {
  const auto& w = s.words();
  // The caption's verb comes right after its subject.
  constexpr size_t kSubjectWords = 10;
  const size_t verb = s.find_cue(Cue::kCaption, 1, kSubjectWords);
  if (verb == std::string::npos || s.has_cue(Cue::kAttribution)) return false;
  // Photo credits end with where and when the picture was taken: "in
  // Bartella, east of Mosul, Iraq October 20, 2016", "north of Sanaa, Yemen."
  const bool year = std::any_of(w.begin(), w.end(), [](std::string_view word) {
    return word.size() == 4 && (word.starts_with("19") || word.starts_with("20")) &&
           std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; });
  });
  // "..., north of Sanaa, Yemen." (the geoparser reads the trailing country
  // as Sanaa's qualifier, so compare the words).
  std::string_view text = s.text();
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.remove_suffix(1);
  const bool ends_with_country = !s.places().empty() && !s.places().back()->country.empty() &&
                                 text.ends_with(", " + s.places().back()->country);
  return year || ends_with_country;
}

}  // namespace sitrep
