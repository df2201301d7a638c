// The on-disk layout of world.gaz, shared by the builder and the reader.
// Everything is little-endian fixed-size records so that the reader mmaps the
// file and uses it in place, with no parsing at load:
//
//   Header | string pool | places | countries | admin1 | admin2 |
//   name keys | skeleton keys | postings
//
// Strings are offsets into the pool, NUL-terminated. Key tables are sorted
// by their key bytes (std::string_view order) for binary search; each key
// owns the postings [first, first + count), place indices sorted by prior
// (best first) with kPosting* flags in the top bits.
#pragma once

#include <cstdint>

namespace sitrep::places::format {

inline constexpr char kMagic[8] = {'S', 'I', 'T', 'R', 'G', 'A', 'Z', '\n'};
// Bump when the layout or name_fold.h's keys change.
inline constexpr uint32_t kFormatVersion = 3;
inline constexpr uint32_t kNone = 0xFFFFFFFFu;

// Flags on a posting: how the key reached the place.
inline constexpr uint32_t kPostingDemonym = 1u << 31;   // "Syrian" -> Syria
inline constexpr uint32_t kPostingAbbrev = 1u << 30;    // "W.Va.", "U.S.": case-sensitive forms
inline constexpr uint32_t kPostingPartial = 1u << 29;   // "Butler" for Butler County
inline constexpr uint32_t kPostingStripped = 1u << 28;  // "Raqqa" for Ar Raqqah
inline constexpr uint32_t kPostingFlags = 0xF0000000u;
inline constexpr uint32_t kPostingIndex = 0x0FFFFFFFu;

struct Section {
  uint64_t offset = 0;  // bytes from the start of the file
  uint64_t count = 0;   // records (bytes for the pool)
};

struct Header {
  char magic[8];
  uint32_t version;
  uint32_t header_size;
  uint64_t file_size;
  int64_t built_unix_seconds;
  uint32_t build_milliseconds;
  uint32_t name_count;  // names indexed (before de-duplication of keys)
  Section pool;
  Section places;
  Section countries;
  Section admin1;
  Section admin2;
  Section names;
  Section skeletons;
  Section postings;
};

enum class PlaceKind : uint8_t { kCity = 0, kCountry = 1, kAdmin1 = 2, kAdmin2 = 3 };

struct PlaceRecord {
  uint32_t id;    // pool offset
  uint32_t name;  // pool offset
  float latitude;
  float longitude;
  uint32_t population;
  uint32_t admin1;  // index into admin1 table, or kNone
  uint32_t admin2;  // index into admin2 table, or kNone
  char country[2];  // ISO2, or "\0\0"
  char feature_code[6];  // NUL-padded
  uint8_t kind;          // PlaceKind
  uint8_t reserved[3];
};
static_assert(sizeof(PlaceRecord) == 40);

struct CountryRecord {
  char iso2[2];
  char iso3[3];
  char reserved[3];
  uint32_t name;   // pool offset
  uint32_t place;  // index into places
};
static_assert(sizeof(CountryRecord) == 16);

struct AdminRecord {
  uint32_t code;   // pool offset: "SY.09", "US.OH.017"
  uint32_t name;   // pool offset
  uint32_t place;  // index into places, or kNone
};
static_assert(sizeof(AdminRecord) == 12);

struct KeyRecord {
  uint32_t key;    // pool offset
  uint32_t first;  // index into postings
  uint32_t count;
};
static_assert(sizeof(KeyRecord) == 12);

}  // namespace sitrep::places::format
