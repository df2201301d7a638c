#include "recognize/places/gazetteer.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstring>
#include <fstream>
#include <unordered_map>

#include "recognize/places/custom_places.h"
#include "recognize/places/gazetteer_format.h"
#include "recognize/places/name_fold.h"
#include "recognize/places/recent_answers.h"
#include "recognize/places/skeleton_key.h"
#include "recognize/places/world_index.h"

namespace sitrep::places {
namespace {

int64_t resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  long total = 0, resident = 0;
  if (!(statm >> total >> resident)) return 0;
  return static_cast<int64_t>(resident) * ::sysconf(_SC_PAGESIZE);
}

MatchInfo match_of(uint32_t posting) {
  MatchInfo m;
  m.article_stripped = posting & format::kPostingStripped;
  m.partial = posting & format::kPostingPartial;
  m.abbreviation = posting & format::kPostingAbbrev;
  m.demonym = posting & format::kPostingDemonym;
  return m;
}

// A question remembered among RecentAnswers' keys: its words and a marker
// byte no folded key ends with (or holds), so the answers do not mix. Kept
// on the stack; a long one spills to the heap.
class QuestionKey {
 public:
  std::string_view of(std::string_view words, char marker) {
    char* const out = room(words.size() + 1);
    std::memcpy(out, words.data(), words.size());
    out[words.size()] = marker;
    return {out, words.size() + 1};
  }
  // The question of the words "first second", joined here: the caller
  // need not join them in a buffer of its own first.
  std::string_view of(std::string_view first, std::string_view second, char marker) {
    const size_t size = first.size() + 1 + second.size();
    char* const out = room(size + 1);
    std::memcpy(out, first.data(), first.size());
    out[first.size()] = ' ';
    std::memcpy(out + first.size() + 1, second.data(), second.size());
    out[size] = marker;
    return {out, size + 1};
  }

 private:
  // Where a question of `size` bytes is written: the stack buffer, or the
  // spill string grown to it.
  char* room(size_t size) {
    if (size <= sizeof bytes_) return bytes_;
    spill_.resize(size);
    return spill_.data();
  }

  char bytes_[64];
  std::string spill_;
};

}  // namespace

// Looks keys up as string_views without building a std::string per lookup.
struct KeyHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
using CustomKeyTable =
    std::unordered_map<std::string, std::vector<uint32_t>, KeyHash, std::equal_to<>>;

struct Gazetteer::Impl {
  std::optional<WorldIndex> world;
  std::vector<Place> custom;  // never changes after open: candidates view its strings
  std::vector<uint16_t> custom_admin1_numbers;  // by custom index: PlaceView::admin1_number
  CustomKeyTable custom_keys;       // key -> index | flags
  CustomKeyTable custom_skeletons;  // skeleton -> index
  // The first words of the custom keys of two words or more (index unused).
  CustomKeyTable custom_first_words;
  GazetteerStats stats;
  uint64_t serial = 0;  // names this Gazetteer for RecentAnswers; never reused

  Status add_custom_files(const std::vector<std::string>& files);
  void add_custom_name(uint32_t index, std::string_view name);
  void add_custom_key(std::string_view key, uint32_t posting);
  void collect(std::string_view key, bool fuzzy, std::vector<Candidate>& out) const;
  bool holds_key(std::string_view key) const {
    return (world && world->has_key(key)) || custom_keys.find(key) != custom_keys.end();
  }
};

Status Gazetteer::Impl::add_custom_files(const std::vector<std::string>& files) {
  for (const auto& file : files) {
    auto rows = read_custom_places(file);
    if (!rows) return rows.error();
    for (CustomPlace& row : *rows) {
      Place& p = row.place;
      if (world && !p.country_code.empty()) {
        p.country = world->country_name(p.country_code);
        p.admin1_code = world->admin1_code_for(p.country_code, fold_name(p.admin1));
      }
      const auto index = static_cast<uint32_t>(custom.size());
      custom_admin1_numbers.push_back(world ? world->admin1_number(p.admin1_code) : 0);
      custom.push_back(std::move(p));
      add_custom_name(index, custom.back().name);
      for (const auto& alias : row.aliases) add_custom_name(index, alias);
    }
  }
  stats.custom_places = custom.size();
  return Status::Ok();
}

void Gazetteer::Impl::add_custom_name(uint32_t index, std::string_view name) {
  const std::string key = fold_name(name);
  if (key.empty()) return;
  add_custom_key(key, index);
  if (has_leading_article(key)) {
    add_custom_key(strip_leading_article(key), index | format::kPostingStripped);
  }
  if (std::string skeleton = skeleton_key(key); !skeleton.empty()) {
    custom_skeletons[skeleton].push_back(index);
  }
}

void Gazetteer::Impl::add_custom_key(std::string_view key, uint32_t posting) {
  custom_keys[std::string(key)].push_back(posting);
  if (const size_t space = key.find(' '); space != std::string_view::npos)
    custom_first_words.try_emplace(std::string(key.substr(0, space)));
}

void Gazetteer::Impl::collect(std::string_view key, bool fuzzy, std::vector<Candidate>& out) const {
  auto add = [&](const PlaceView& place, uint32_t posting) {
    for (auto& c : out) {
      if (c.place.id == place.id) return;  // first (least flagged) wins
    }
    Candidate c{place, match_of(posting)};
    c.match.fuzzy = fuzzy;
    out.push_back(c);
  };
  if (world) {
    const auto postings = fuzzy ? world->skeleton_postings(key) : world->postings(key);
    // Room for them all at once: a common name has dozens of places, and
    // growing the list a doubling at a time copied it over and over.
    out.reserve(out.size() + postings.size());
    for (uint32_t posting : postings) {
      const uint32_t index = posting & format::kPostingIndex;
      if (world->is_place(index)) add(world->view(index), posting);
    }
  }
  const auto& table = fuzzy ? custom_skeletons : custom_keys;
  if (auto it = table.find(key); it != table.end()) {
    for (uint32_t posting : it->second) {
      const uint32_t index = posting & format::kPostingIndex;
      PlaceView view = view_of(custom[index]);
      view.index = index;
      view.from_custom = true;
      view.admin1_number = custom_admin1_numbers[index];
      add(view, posting);
    }
  }
}

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {
  static std::atomic<uint64_t> next_serial{1};
  impl_->serial = next_serial++;
}
Gazetteer::Gazetteer(Gazetteer&&) noexcept = default;
Gazetteer& Gazetteer::operator=(Gazetteer&&) noexcept = default;
Gazetteer::~Gazetteer() = default;

Result<Gazetteer> Gazetteer::open(const std::string& index_path,
                                  const std::vector<std::string>& custom_place_files) {
  const auto start = std::chrono::steady_clock::now();
  const int64_t rss_before = resident_bytes();
  auto world = WorldIndex::open(index_path);
  if (!world) return world.error();
  auto impl = std::make_unique<Impl>();
  impl->world.emplace(std::move(*world));
  const format::Header& h = impl->world->header();
  impl->stats.index_path = index_path;
  impl->stats.places = h.places.count;
  impl->stats.names = h.name_count;
  impl->stats.keys = h.names.count;
  impl->stats.file_bytes = h.file_size;
  impl->stats.built_unix_seconds = h.built_unix_seconds;
  impl->stats.build_milliseconds = h.build_milliseconds;
  if (auto s = impl->add_custom_files(custom_place_files); !s) return s.error();
  impl->stats.load_milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  impl->stats.rss_delta_bytes = resident_bytes() - rss_before;
  return Gazetteer(std::move(impl));
}

Result<Gazetteer> Gazetteer::open_custom_only(const std::vector<std::string>& custom_place_files) {
  const auto start = std::chrono::steady_clock::now();
  const int64_t rss_before = resident_bytes();
  auto impl = std::make_unique<Impl>();
  if (auto s = impl->add_custom_files(custom_place_files); !s) return s.error();
  impl->stats.load_milliseconds =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  impl->stats.rss_delta_bytes = resident_bytes() - rss_before;
  return Gazetteer(std::move(impl));
}

std::vector<Candidate> Gazetteer::candidates(std::string_view name) const {
  return key_candidates(fold_name(name));
}

std::vector<Candidate> Gazetteer::key_candidates(std::string_view key) const {
  return *shared_key_candidates(key);
}

CandidateList Gazetteer::shared_key_candidates(std::string_view key) const {
  static const CandidateList kNone = std::make_shared<const std::vector<Candidate>>();
  if (key.empty()) return kNone;
  RecentAnswers& recent = RecentAnswers::of_thread(impl_->serial);
  if (const CandidateList* known = recent.candidates(key, false)) return *known;
  std::vector<Candidate> out;
  impl_->collect(key, false, out);
  if (has_leading_article(key)) {
    const size_t before = out.size();
    impl_->collect(strip_leading_article(key), false, out);
    for (size_t i = before; i < out.size(); ++i) out[i].match.article_stripped = true;
  }
  return recent.remember_candidates(key, false, std::move(out));
}

std::vector<Candidate> Gazetteer::fuzzy_candidates(std::string_view name) const {
  return fuzzy_key_candidates(fold_name(name));
}

std::vector<Candidate> Gazetteer::fuzzy_key_candidates(std::string_view key) const {
  return *held_fuzzy_key_candidates(key);
}

const CandidateList& Gazetteer::held_fuzzy_key_candidates(std::string_view key) const {
  RecentAnswers& recent = RecentAnswers::of_thread(impl_->serial);
  if (const CandidateList* known = recent.candidates(key, true)) return *known;
  std::vector<Candidate> out;
  const std::string skeleton = skeleton_key(key);
  if (!skeleton.empty()) impl_->collect(skeleton, true, out);
  return recent.remember_candidates(key, true, std::move(out));
}

Place Gazetteer::place(const PlaceView& view) const {
  if (view.from_custom) return view.index < impl_->custom.size() ? impl_->custom[view.index] : Place{};
  return impl_->world ? impl_->world->place(view.index) : Place{};
}

bool Gazetteer::has_key(std::string_view folded_key) const {
  RecentAnswers& recent = RecentAnswers::of_thread(impl_->serial);
  if (const std::optional<bool> known = recent.known(folded_key)) return *known;
  return recent.remember_known(folded_key, impl_->holds_key(folded_key)).known;
}

const CandidateList* Gazetteer::known_key_candidates(std::string_view folded_key) const {
  RecentAnswers& recent = RecentAnswers::of_thread(impl_->serial);
  RecentAnswers::KnownAnswer* answer = recent.known_answer(folded_key);
  if (answer == nullptr) answer = &recent.remember_known(folded_key, impl_->holds_key(folded_key));
  if (!answer->known) return nullptr;
  // Gathering them may empty the candidate tables (and every answer's
  // `exact`), never the known answers: `answer` still stands.
  if (!answer->exact) answer->exact = shared_key_candidates(folded_key);
  return &answer->exact;
}

bool Gazetteer::has_longer_key(std::string_view first_word) const {
  // The prefix "word " ends with a space, which no folded key does: its
  // answer is remembered among the keys' without mistaking one for another.
  QuestionKey buffer;
  const std::string_view prefix = buffer.of(first_word, ' ');
  RecentAnswers& recent = RecentAnswers::of_thread(impl_->serial);
  if (const std::optional<bool> known = recent.known(prefix)) return *known;
  const bool known = (impl_->world && impl_->world->has_key_starting(prefix)) ||
                     impl_->custom_first_words.find(first_word) != impl_->custom_first_words.end();
  recent.remember_known(prefix, known);
  return known;
}

bool Gazetteer::may_have_key_from(std::string_view words) const {
  QuestionKey buffer;
  return may_have_key_from_question(buffer.of(words, '\t'));
}

bool Gazetteer::may_have_key_from(std::string_view first, std::string_view second) const {
  QuestionKey buffer;
  return may_have_key_from_question(buffer.of(first, second, '\t'));
}

bool Gazetteer::may_have_key_from_question(std::string_view question) const {
  // Remembered as "words\t": no folded key holds a tab, so it is mistaken
  // for no key and no has_longer_key prefix.
  RecentAnswers& recent = RecentAnswers::of_thread(impl_->serial);
  if (const std::optional<bool> known = recent.known(question)) return *known;
  // The world keys that start with `words` (a few that go on without a
  // space, "words2", say yes too); the custom keys are not sorted, so any
  // of two words or more with the same first word says yes.
  const std::string_view words = question.substr(0, question.size() - 1);
  const size_t space = words.find(' ');
  const std::string_view first = words.substr(0, space);
  const bool known = (impl_->world && impl_->world->has_key_starting(words)) ||
                     impl_->custom_keys.find(words) != impl_->custom_keys.end() ||
                     impl_->custom_first_words.find(first) != impl_->custom_first_words.end();
  recent.remember_known(question, known);
  return known;
}

double Gazetteer::prior(const Place& p) { return prior(view_of(p)); }

double Gazetteer::prior(const PlaceView& p) {
  const std::string_view f = p.feature_code;
  if (p.is_country()) return 9.0;
  if (p.id.starts_with("cont:") || p.id.starts_with("rgn:")) return 6.5;
  // Provinces by the people in their cities: Georgia (US) or Aleppo 5.5,
  // a parish of the Isle of Man 4.5.
  if (p.is_admin1()) {
    return std::min(6.0, 3.5 + 0.3 * std::log10(static_cast<double>(std::max(0L, p.population)) + 1));
  }
  if (p.is_admin2()) return 3.0;
  if (p.is_custom()) return f == "PPL" ? 4.5 : 4.0;  // curated for the areas sitrep covers
  double score = 0.8 * std::log10(static_cast<double>(std::max(0L, p.population)) + 1);
  if (f == "PPLC") score += 2.5;
  else if (f == "PPLA") score += 1.5;
  else if (f == "PPLA2") score += 0.7;
  else if (f == "PPLA3" || f == "PPLA4") score += 0.2;
  else if (f == "PPLX") score -= 0.3;
  return score;
}

std::vector<Place> Gazetteer::lookup(std::string_view name) const {
  std::vector<Candidate> found = candidates(name);
  if (found.empty()) found = fuzzy_candidates(name);
  std::stable_sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    return prior(a.place) > prior(b.place);
  });
  std::vector<Place> out;
  out.reserve(found.size());
  for (const auto& c : found) out.push_back(place(c.place));
  return out;
}

std::optional<Place> Gazetteer::country(std::string_view iso2) const {
  if (!impl_->world) return std::nullopt;
  auto index = impl_->world->country_place(iso2);
  if (!index) return std::nullopt;
  return impl_->world->place(*index);
}

std::string Gazetteer::country_name(std::string_view iso2) const {
  return impl_->world ? impl_->world->country_name(iso2) : std::string();
}

std::optional<Place> Gazetteer::admin1(std::string_view code) const {
  if (!impl_->world) return std::nullopt;
  auto index = impl_->world->admin1_place(code);
  if (!index) return std::nullopt;
  return impl_->world->place(*index);
}

bool Gazetteer::has_world() const { return impl_->world.has_value(); }
const GazetteerStats& Gazetteer::stats() const { return impl_->stats; }

}  // namespace sitrep::places
