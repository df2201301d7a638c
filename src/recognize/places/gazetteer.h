// The world gazetteer at run time: world.gaz (GeoNames cities500, countries,
// first- and second-level units, built by tools/sitrep-gazetteer-build) mapped
// read-only into memory, plus custom places read from TSV files.
//
//   auto gaz = Gazetteer::open(default_gazetteer_path(), custom_place_files(dir));
//   if (!gaz) ...  // world.gaz missing or corrupt: gaz.error().message says which
//   for (const Place& p : gaz->lookup("Deir al-Zour")) ...
//
// Immutable after open: every const member may be called from many threads.
// Places are returned by value and stay valid after the Gazetteer is gone;
// only held_fuzzy_key_candidates and known_key_candidates answer with a
// reference into the thread's recent answers, valid until the thread's next
// question to any Gazetteer.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "recognize/places/place.h"
#include "recognize/places/place_view.h"

namespace sitrep::places {

// How a name reached a candidate.
struct MatchInfo {
  bool article_stripped = false;  // "Raqqa" found Ar Raqqah
  bool partial = false;           // "Butler" found Butler County
  bool abbreviation = false;      // "W.Va.", "U.S.": only trust in their written form
  bool demonym = false;           // "Syrian" found Syria
  bool fuzzy = false;             // found through skeleton_key, not the exact key
};

// A place a name may denote, viewed in the Gazetteer's storage (valid while
// the Gazetteer lives); Gazetteer::place makes a Place of it.
struct Candidate {
  PlaceView place;
  MatchInfo match;
  // prior_score (place_scoring.h) of this place and match, set when the
  // gazetteer's recent answers take the list: every document that names
  // the place reads it rather than taking two logarithms again.
  double prior = 0;
  // is_big_unit (place_scoring.h) of the place, set with `prior`: the
  // resolver and its filters ask it of every candidate several times.
  bool big_unit = false;
};

// A list of candidates held in common: the gazetteer's recent answers and
// every document that names the place share one copy.
using CandidateList = std::shared_ptr<const std::vector<Candidate>>;

struct GazetteerStats {
  std::string index_path;       // "" when opened on custom places only
  uint64_t places = 0;          // world places
  uint64_t names = 0;           // names indexed for them
  uint64_t keys = 0;            // distinct folded keys
  uint64_t custom_places = 0;
  uint64_t file_bytes = 0;
  double load_milliseconds = 0;
  int64_t rss_delta_bytes = 0;  // resident memory the open added
  int64_t built_unix_seconds = 0;
  uint32_t build_milliseconds = 0;
};

class Gazetteer {
 public:
  // Maps `index_path` and reads the custom place files. Fails when the index
  // is missing, truncated, of another format version or not a gazetteer
  // (callers may then fall back to open_custom_only), or when a custom file
  // cannot be read or parsed.
  static Result<Gazetteer> open(const std::string& index_path,
                                const std::vector<std::string>& custom_place_files);
  // Custom places only (no world.gaz). Fails when a file cannot be read or parsed.
  static Result<Gazetteer> open_custom_only(const std::vector<std::string>& custom_place_files);

  Gazetteer(Gazetteer&&) noexcept;
  Gazetteer& operator=(Gazetteer&&) noexcept;
  ~Gazetteer();

  // Every place the name may denote, best prior first (countries, provinces,
  // capitals and big cities before villages; custom places among them by
  // kind). Folds and tries article variants; falls back to the fuzzy
  // transliteration key when nothing matches exactly.
  [[nodiscard]] std::vector<Place> lookup(std::string_view name) const;
  // Exact-key candidates (with article variants), with how each matched.
  [[nodiscard]] std::vector<Candidate> candidates(std::string_view name) const;
  // Candidates through the fuzzy transliteration key only.
  [[nodiscard]] std::vector<Candidate> fuzzy_candidates(std::string_view name) const;
  // The same two for a name already folded (fold_name): the geoparser folds
  // each name once and asks with the key.
  [[nodiscard]] std::vector<Candidate> key_candidates(std::string_view folded_key) const;
  [[nodiscard]] std::vector<Candidate> fuzzy_key_candidates(std::string_view folded_key) const;
  // The same two shared rather than copied: the geoparser keeps a list per
  // name and document, and most are answers the thread got before.
  [[nodiscard]] CandidateList shared_key_candidates(std::string_view folded_key) const;
  // The fuzzy list as the thread's recent answers hold it, valid until the
  // thread's next question to any gazetteer: the caller copies it once.
  [[nodiscard]] const CandidateList& held_fuzzy_key_candidates(std::string_view folded_key) const;
  // The candidate as a Place that owns its strings.
  [[nodiscard]] Place place(const PlaceView& view) const;
  // True when some place has exactly this folded key (cheap: no Place built).
  [[nodiscard]] bool has_key(std::string_view folded_key) const;
  // shared_key_candidates' list when has_key, else nullptr, as the thread's
  // recent answers hold it: for a key the thread asked before, one look at
  // them rather than two. The caller copies the list before the thread's
  // next question to any gazetteer, and no shared list is copied, moved and
  // let go of on the way.
  [[nodiscard]] const CandidateList* known_key_candidates(std::string_view folded_key) const;
  // True when some place has a folded key of two words or more whose first
  // word is `first_word`: when none has, no run of words starting with it
  // needs looking up.
  [[nodiscard]] bool has_longer_key(std::string_view first_word) const;
  // False only when no place has a folded key that is `words` or starts
  // with `words` and a space (it may say true of others): no run of words
  // whose key starts so needs looking up.
  [[nodiscard]] bool may_have_key_from(std::string_view words) const;
  // may_have_key_from of the words "first second", joined only once, in
  // the question remembered among the recent answers.
  [[nodiscard]] bool may_have_key_from(std::string_view first, std::string_view second) const;

  // The country place for an ISO2 code ("SY"), if known.
  [[nodiscard]] std::optional<Place> country(std::string_view iso2) const;
  // English country name for an ISO2 code; "" when unknown.
  [[nodiscard]] std::string country_name(std::string_view iso2) const;
  // The first-level unit place for a GeoNames code ("SY.09"), if known.
  [[nodiscard]] std::optional<Place> admin1(std::string_view code) const;

  [[nodiscard]] bool has_world() const;
  [[nodiscard]] const GazetteerStats& stats() const;

  // A prior for ranking candidates of one name, about 0..9: countries 9,
  // regions 6.5, provinces 4-6 by population, custom places 4-4.5, districts 3, cities by
  // population (0.8 per power of ten) plus capital status.
  static double prior(const Place& place);
  static double prior(const PlaceView& place);

 private:
  struct Impl;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  // may_have_key_from of a question QuestionKey made: the words and a tab.
  [[nodiscard]] bool may_have_key_from_question(std::string_view question) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace sitrep::places
