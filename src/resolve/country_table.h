// ACLED's country metadata (ISO numeric code, region) from data/countries.tsv.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include "core/result.h"

namespace sitrep {

struct CountryInfo {
  std::string iso2, iso3, numeric, name, region;
};

class CountryTable {
 public:
  // Reads a countries.tsv (columns iso2, iso3, numeric, name, region).
  static Result<CountryTable> load(const std::string& path);
  // By ISO 3166-1 alpha-2 code; nullptr when unknown.
  [[nodiscard]] const CountryInfo* find(std::string_view iso2) const;
  [[nodiscard]] size_t size() const { return by_iso2_.size(); }

 private:
  std::unordered_map<std::string, CountryInfo> by_iso2_;
};

}  // namespace sitrep
