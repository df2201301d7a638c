// Internal to the gazetteer: world.gaz mapped read-only, with bounds-checked
// access to its tables. A corrupt file yields errors or empty answers, never
// reads outside the mapping.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/result.h"
#include "recognize/places/gazetteer_format.h"
#include "recognize/places/key_buckets.h"
#include "recognize/places/place.h"
#include "recognize/places/place_view.h"

namespace sitrep::places {

class WorldIndex {
 public:
  // Maps the file and checks magic, version, size and section bounds.
  static Result<WorldIndex> open(const std::string& path);

  WorldIndex(WorldIndex&& other) noexcept;
  WorldIndex& operator=(WorldIndex&& other) noexcept;
  WorldIndex(const WorldIndex&) = delete;
  WorldIndex& operator=(const WorldIndex&) = delete;
  ~WorldIndex();

  // Postings (place index | flags) for a folded key, or for a skeleton key,
  // in place in the mapping. A corrupt file may hold indices past the
  // places: check them with is_place before use.
  [[nodiscard]] std::span<const uint32_t> postings(std::string_view key) const;
  [[nodiscard]] std::span<const uint32_t> skeleton_postings(std::string_view key) const;
  [[nodiscard]] bool has_key(std::string_view key) const;
  // True when some folded key starts with `prefix`.
  [[nodiscard]] bool has_key_starting(std::string_view prefix) const;
  [[nodiscard]] bool is_place(uint32_t index) const { return index < header_->places.count; }

  // The place with its strings copied, or only viewed in the mapping.
  [[nodiscard]] Place place(uint32_t index) const;
  [[nodiscard]] PlaceView view(uint32_t index) const;
  [[nodiscard]] std::optional<uint32_t> country_place(std::string_view iso2) const;
  [[nodiscard]] std::string country_name(std::string_view iso2) const;
  [[nodiscard]] std::optional<uint32_t> admin1_place(std::string_view code) const;
  // PlaceView::admin1_number of a province code: 1 + its admin1 row, 0 when
  // not a world code (or past what 16 bits hold, as view() gives).
  [[nodiscard]] uint16_t admin1_number(std::string_view code) const;
  // First-level unit code for a folded unit name within a country ("SY",
  // "aleppo" -> "SY.09"); "" when none.
  [[nodiscard]] std::string admin1_code_for(std::string_view iso2, std::string_view folded_name) const;

  [[nodiscard]] const format::Header& header() const { return *header_; }

 private:
  WorldIndex() = default;
  [[nodiscard]] std::string_view str(uint32_t offset) const;
  [[nodiscard]] const format::KeyRecord* find(const format::KeyRecord* table, uint64_t count,
                                              const KeyBuckets& buckets,
                                              std::string_view key) const;
  [[nodiscard]] std::span<const uint32_t> postings_of(const format::KeyRecord* rec) const;
  [[nodiscard]] const format::CountryRecord* country_record(std::string_view iso2) const;

  const char* data_ = nullptr;
  uint64_t size_ = 0;
  const format::Header* header_ = nullptr;
  const char* pool_ = nullptr;
  const format::PlaceRecord* places_ = nullptr;
  const format::CountryRecord* countries_ = nullptr;
  const format::AdminRecord* admin1_ = nullptr;
  const format::AdminRecord* admin2_ = nullptr;
  const format::KeyRecord* names_ = nullptr;
  const format::KeyRecord* skeletons_ = nullptr;
  const uint32_t* postings_ = nullptr;
  // Country records by two capital letters ((c0 - 'A') * 26 + c1 - 'A'):
  // record index + 1, 0 none. Every place a geoparse reports asks for its
  // country's name.
  std::array<uint32_t, 26 * 26> country_by_letters_{};
  // Where each key can be in names_ and skeletons_ (every place lookup of
  // every candidate name searches one of them).
  KeyBuckets name_buckets_, skeleton_buckets_;
};

}  // namespace sitrep::places
