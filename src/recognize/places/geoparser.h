// Toponym recognition and resolution: finds the place names in an article
// and picks, for each, the place it denotes.
//
//   Geoparser parser(gazetteer, words);     // both must outlive it
//   for (const PlaceMention& m : parser.find_places(doc.text, {})) {
//     m.span.of(doc.text);   // "Sheikh Maqsood"
//     m.place.latitude;      // 36.23
//   }
//
// Recognition takes capitalised word runs (with "al-", "ez-", "of", "de"
// inside) that match gazetteer names, longest first, and drops what looks
// like a person ("Mr. Jackson", "Paris Hilton", a surname seen in a full
// name), an organisation word alone, a month, or a common word at the start
// of a sentence. Resolution scores each candidate place by kind and
// population, then by the document's context: the countries and provinces
// its other names point to, "Y, X" / "Y in X" / "X's Y" containment, and the
// parent of a custom place. One name keeps one sense within a document.
//
// The word lists (data/place_words/, place_words.h) say which capitalised
// words are common words, titles, organisation words or unit words.
//
// Immutable after construction: find_places may run on many threads at once.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"
#include "recognize/places/gazetteer.h"
#include "recognize/places/place.h"
#include "recognize/places/place_words.h"

namespace sitrep::places {

struct GeoContext {
  std::string country_hint;  // ISO2 of the country the source covers, optional ("SY")
};

struct PlaceMention {
  Span span;    // byte offsets into the text given to find_places
  Place place;  // the resolved place
  // 1 the named place itself, 2 near or part of it ("near X", "outskirts of
  // X", "north of X"), 3 a province or larger (ACLED's geo_precision).
  int geo_precision = 1;
  double confidence = 0;  // 0..1
  bool demonym = false;   // an adjective or people ("Syrian", "Americans"), not a name
};

struct GeoparserOptions {
  // Report demonyms ("Syrian" -> Syria) as mentions. Toponym corpora such as
  // LGL count them; event location fields should not use them.
  bool include_demonyms = true;
  // Mentions whose confidence falls below this are dropped.
  double min_confidence = 0.0;
};

class Geoparser {
 public:
  // `gazetteer` and `words` (loaded with it: load_gazetteer.h) must outlive
  // the Geoparser.
  Geoparser(const Gazetteer& gazetteer, const PlaceWordLists& words, GeoparserOptions options = {});

  // The place mentions of `text` in text order, non-overlapping. `text` is
  // UTF-8; invalid bytes are skipped, never a failure.
  [[nodiscard]] std::vector<PlaceMention> find_places(std::string_view text,
                                                      const GeoContext& context = {}) const;

 private:
  const Gazetteer* gazetteer_;
  const PlaceWordLists* words_;
  GeoparserOptions options_;
};

}  // namespace sitrep::places
