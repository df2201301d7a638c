// One entry of the gazetteer: a GeoNames city, a country, a first- or
// second-level administrative unit, or a custom place from data/places/.
// A plain value: it owns its strings and outlives the Gazetteer it came from.
#pragma once

#include <string>

namespace sitrep::places {

struct Place {
  // GeoNames id ("170063"), or "country:SY", "adm1:SY.09", "adm2:US.OH.017",
  // "custom:<slug>".
  std::string id;
  std::string name;          // preferred name ("Aleppo", "Latakia")
  std::string country_code;  // ISO 3166-1 alpha-2 ("SY"); "" when unknown
  std::string country;       // English country name ("Syria")
  std::string admin1;        // first-level unit name ("Aleppo"); "" when unknown
  std::string admin1_code;   // GeoNames code ("SY.09"); "" when unknown
  std::string admin2;        // second-level unit name; often ""
  std::string feature_code;  // GeoNames code: PPL, PPLA, PPLC, PCLI, ADM1, ADM2, PPLX, ...
  std::string parent;        // custom places: the place they lie in ("Aleppo")
  double latitude = 0;
  double longitude = 0;
  long population = 0;

  [[nodiscard]] bool is_country() const { return feature_code == "PCLI"; }
  [[nodiscard]] bool is_admin1() const { return feature_code == "ADM1"; }
  [[nodiscard]] bool is_admin2() const { return feature_code == "ADM2"; }
  [[nodiscard]] bool is_custom() const { return id.rfind("custom:", 0) == 0; }
};

}  // namespace sitrep::places
