#include "recognize/places/candidate_filter.h"

#include <algorithm>
#include <string>

#include "recognize/places/place_scoring.h"
#include "recognize/places/place_words.h"

namespace sitrep::places {

void allowed_candidates(const FoundToponyms& found, std::string_view text, const RawMention& m,
                        std::vector<const Candidate*>& out) {
  out.clear();
  if (m.person_strong) return;
  const std::string_view surface = m.span.of(text);
  if (m.words > 1 && found.words->is_stopword(surface)) return;  // "White House"
  if (m.words == 1) {
    std::string_view bare = surface;
    if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
    if (found.words->is_stopword(bare)) return;
    if (m.sentence_initial && !m.all_caps) {
      // ASCII letters only, as std::tolower in the C locale the program
      // runs in, without a library call per byte.
      std::string lower(bare);
      for (char& ch : lower) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + ('a' - 'A'));
      }
      if (found.lowercase_uses.used(lower)) return;  // "Police said..." with "police" elsewhere
    }
  }
  // Demonyms among `out`, counted as they are kept: most names have none,
  // and no pass over the list is needed to tell.
  size_t demonyms = 0;
  for (const Candidate& c : found.candidates_of(m)) {
    if (c.match.abbreviation && !m.has_period && !m.all_caps) continue;
    if (m.words == 1 && surface.size() <= 2 && !c.match.abbreviation &&
        !(m.all_caps && (c.place.is_country() || c.place.is_admin1()))) {
      continue;  // two letters name a place only as a known abbreviation ("US")
    }
    out.push_back(&c);
    if (c.match.demonym) ++demonyms;
  }
  auto keep_if_any = [&out](auto pred) {
    if (std::any_of(out.begin(), out.end(), pred))
      std::erase_if(out, [&](const Candidate* c) { return !pred(c); });
  };
  switch (m.hint) {
    case UnitHint::kAdmin1:
      keep_if_any([](const Candidate* c) { return c->place.is_admin1(); });
      break;
    case UnitHint::kAdmin2:
      keep_if_any([](const Candidate* c) {
        return c->place.is_admin2() || c->place.feature_code == "ADM2";
      });
      break;
    case UnitHint::kSettlement:
      keep_if_any([](const Candidate* c) { return !c->big_unit && !c->place.is_admin2(); });
      break;
    case UnitHint::kNone:
      break;
  }
  // A hint may have dropped some of them: counted again, once, only when
  // there were any and a hint filtered the list.
  if (demonyms > 0 && m.hint != UnitHint::kNone) {
    demonyms = static_cast<size_t>(
        std::count_if(out.begin(), out.end(), [](const Candidate* c) { return c->match.demonym; }));
  }
  // A demonym stands alone; a name that is also a demonym ("Georgian" is
  // not, "Somali" is) is read as the name.
  const bool all_demonyms = !out.empty() && demonyms == out.size();
  if (!all_demonyms && demonyms > 0)
    std::erase_if(out, [](const Candidate* c) { return c->match.demonym; });
  // "American Legion", "Native American", "French said": part of a name, not a nationality.
  if (all_demonyms && (m.capital_neighbour || m.person_like)) out.clear();
}

}  // namespace sitrep::places
