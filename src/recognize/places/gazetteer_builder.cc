#include "recognize/places/gazetteer_builder.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <sstream>
#include <unordered_map>

#include "recognize/places/custom_places.h"
#include "recognize/places/gazetteer_format.h"
#include "recognize/places/gazetteer_writer.h"
#include "recognize/places/name_fold.h"
#include "recognize/places/place_word_files.h"

namespace sitrep::places {
namespace {

using format::kNone;
using format::PlaceKind;

Result<std::string> slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot read (run `npm ci --prefix gazetteer`?)"};
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Result<nlohmann::json> read_json(const std::string& path) {
  auto text = slurp(path);
  if (!text) return text.error();
  auto json = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (json.is_discarded()) return Error{path + ": not valid JSON"};
  return json;
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (size_t pos; (pos = s.find(sep, start)) != std::string_view::npos; start = pos + 1) {
    out.push_back(s.substr(start, pos - start));
  }
  out.push_back(s.substr(start));
  return out;
}

template <class Fn>
void for_each_line(std::string_view text, Fn fn) {
  size_t pos = 0;
  int line_no = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    pos = end + 1;
    ++line_no;
    if (line.empty() || line.front() == '#') continue;
    if (!fn(line, line_no)) return;
  }
}

// GeoNames alternate names hold airport codes, postal codes and links;
// none of them is a name a reporter writes.
bool usable_alternate(std::string_view name) {
  if (name.empty() || name.size() > 80) return false;
  if (name.find("http") != std::string_view::npos) return false;
  if (std::any_of(name.begin(), name.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return false;
  }
  const bool all_caps = std::all_of(name.begin(), name.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return !(all_caps && name.size() <= 4);
}

// Middle of the box holding the central 80% of the points: a country's or
// province's point that outlying islands or enclaves do not drag away.
std::optional<std::pair<double, double>> robust_center(std::vector<double> lats,
                                                       std::vector<double> lons) {
  if (lats.empty()) return std::nullopt;
  auto quantile = [](std::vector<double>& v, double q) {
    const size_t k = std::min(v.size() - 1, static_cast<size_t>(q * static_cast<double>(v.size())));
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(k), v.end());
    return v[k];
  };
  const double lat = (quantile(lats, 0.1) + quantile(lats, 0.9)) / 2;
  const double lon = (quantile(lons, 0.1) + quantile(lons, 0.9)) / 2;
  return std::make_pair(lat, lon);
}

class Builder {
 public:
  Status load_cities(const std::string& path);
  Status load_admins(const std::string& path, PlaceKind kind);
  Status load_countries(const std::string& countries_path, const std::string& iso3_path,
                        const std::string& centers_path);
  Status load_names(const std::string& path);
  Status load_supplement(const std::string& path);
  Status load_unit_suffixes(const std::string& place_words_dir);
  GazetteerData take() { return std::move(data_); }

 private:
  void add_name(uint32_t place, std::string_view raw, uint32_t flags = 0);
  uint32_t add_place(BuildPlace p) {
    const auto index = static_cast<uint32_t>(data_.places.size());
    by_id_[p.id] = index;
    data_.places.push_back(std::move(p));
    return index;
  }

  // "damascus governorate" -> "damascus", "butler county" -> "butler": the
  // key without the first unit suffix that ends it, leaving three letters.
  [[nodiscard]] std::optional<std::string> without_unit_word(const std::string& key) const {
    for (std::string_view w : unit_suffixes_) {
      if (key.size() > w.size() + 2 && key.compare(key.size() - w.size(), w.size(), w) == 0)
        return key.substr(0, key.size() - w.size());
    }
    return std::nullopt;
  }

  GazetteerData data_;
  std::unordered_map<std::string, uint32_t> by_id_;
  std::vector<std::string> unit_suffixes_;  // admin_name_suffixes, each after a space
};

Status Builder::load_unit_suffixes(const std::string& place_words_dir) {
  auto lists = load_place_words(place_words_dir, {});
  if (!lists) return lists.error();
  for (const std::string& w : lists->words(PlaceWordList::kAdminNameSuffixes))
    unit_suffixes_.push_back(" " + w);
  return Status::Ok();
}

void Builder::add_name(uint32_t place, std::string_view raw, uint32_t flags) {
  std::string key = fold_name(raw);
  if (key.empty()) return;
  ++data_.name_count;
  if (has_leading_article(key)) {
    data_.names.push_back({std::string(strip_leading_article(key)), place | flags | format::kPostingStripped});
  }
  data_.names.push_back({std::move(key), place | flags});
}

Status Builder::load_cities(const std::string& path) {
  auto text = slurp(path);
  if (!text) return text.error();
  Status status;
  for_each_line(*text, [&](std::string_view line, int line_no) {
    const auto f = split(line, '\t');
    if (f.size() < 19) {
      status = Error{path + ":" + std::to_string(line_no) + ": expected 19 GeoNames columns, found " +
                     std::to_string(f.size())};
      return false;
    }
    BuildPlace p;
    p.id = std::string(f[0]);
    p.name = std::string(f[1]);
    double lat = 0, lon = 0;
    std::from_chars(f[4].data(), f[4].data() + f[4].size(), lat);
    std::from_chars(f[5].data(), f[5].data() + f[5].size(), lon);
    p.latitude = lat;
    p.longitude = lon;
    p.feature_code = std::string(f[7]);
    p.country = std::string(f[8]);
    if (!f[10].empty()) p.admin1_code = p.country + "." + std::string(f[10]);
    if (!f[11].empty() && !p.admin1_code.empty()) p.admin2_code = p.admin1_code + "." + std::string(f[11]);
    uint64_t pop = 0;
    std::from_chars(f[14].data(), f[14].data() + f[14].size(), pop);
    p.population = pop;
    p.kind = PlaceKind::kCity;
    const uint32_t index = add_place(std::move(p));
    std::set<std::string_view> seen;
    auto add = [&](std::string_view n) {
      if (seen.insert(n).second) add_name(index, n);
    };
    add(f[1]);
    add(f[2]);
    for (std::string_view alt : split(f[3], ',')) {
      if (usable_alternate(alt)) add(alt);
    }
    return true;
  });
  return status;
}

Status Builder::load_admins(const std::string& path, PlaceKind kind) {
  auto json = read_json(path);
  if (!json) return json.error();
  if (!json->is_array()) return Error{path + ": expected a JSON array of {code, name}"};
  const bool adm1 = kind == PlaceKind::kAdmin1;
  // Member cities give each unit its point and a population prior.
  struct Members {
    std::vector<double> lats, lons;
    uint64_t population = 0;
  };
  std::unordered_map<std::string, Members> members;
  for (const BuildPlace& p : data_.places) {
    if (p.kind != PlaceKind::kCity) continue;
    const std::string& code = adm1 ? p.admin1_code : p.admin2_code;
    if (code.empty()) continue;
    Members& m = members[code];
    m.lats.push_back(p.latitude);
    m.lons.push_back(p.longitude);
    m.population += p.population;
  }
  for (const auto& unit : *json) {
    if (!unit.is_object() || !unit.contains("code") || !unit.contains("name")) continue;
    const std::string code = unit["code"].get<std::string>();
    const std::string name = unit["name"].get<std::string>();
    auto& names = adm1 ? data_.admin1_names : data_.admin2_names;
    names[code] = name;
    auto it = members.find(code);
    if (it == members.end()) continue;  // no city to place it by
    const auto center = robust_center(it->second.lats, it->second.lons);
    BuildPlace p;
    p.id = (adm1 ? "adm1:" : "adm2:") + code;
    p.name = name;
    p.latitude = center->first;
    p.longitude = center->second;
    p.population = it->second.population;
    p.country = code.substr(0, 2);
    p.admin1_code = adm1 ? code : code.substr(0, code.rfind('.'));
    if (!adm1) p.admin2_code = code;
    p.feature_code = adm1 ? "ADM1" : "ADM2";
    p.kind = kind;
    const uint32_t index = add_place(std::move(p));
    add_name(index, name);
    const std::string key = fold_name(name);
    if (auto bare = without_unit_word(key)) {
      add_name(index, *bare, adm1 ? 0 : format::kPostingPartial);
    }
  }
  return Status::Ok();
}

Status Builder::load_countries(const std::string& countries_path, const std::string& iso3_path,
                               const std::string& centers_path) {
  auto json = read_json(countries_path);
  if (!json) return json.error();
  nlohmann::json iso3 = nlohmann::json::object();
  if (!iso3_path.empty()) {
    auto j = read_json(iso3_path);
    if (!j) return j.error();
    iso3 = std::move(*j);
  }
  std::map<std::string, std::pair<double, double>> centers;
  if (!centers_path.empty()) {
    auto text = slurp(centers_path);
    if (!text) return text.error();
    for_each_line(*text, [&](std::string_view line, int) {
      const auto f = split(line, '\t');
      if (f.size() >= 3) {
        double lat = 0, lon = 0;
        std::from_chars(f[1].data(), f[1].data() + f[1].size(), lat);
        std::from_chars(f[2].data(), f[2].data() + f[2].size(), lon);
        centers[std::string(f[0])] = {lat, lon};
      }
      return true;
    });
  }
  std::unordered_map<std::string, std::pair<std::vector<double>, std::vector<double>>> points;
  std::unordered_map<std::string, uint64_t> population;
  for (const BuildPlace& p : data_.places) {
    if (p.kind != PlaceKind::kCity) continue;
    points[p.country].first.push_back(p.latitude);
    points[p.country].second.push_back(p.longitude);
    population[p.country] += p.population;
  }
  for (const auto& [iso2, info] : json->items()) {
    if (iso2.size() != 2 || !info.is_object()) continue;
    BuildCountry c;
    c.iso2 = iso2;
    c.iso3 = iso3.value(iso2, std::string());
    c.name = info.value("name", iso2);
    std::optional<std::pair<double, double>> center;
    if (auto it = centers.find(iso2); it != centers.end()) center = it->second;
    if (!center) {
      auto pit = points.find(iso2);
      if (pit != points.end()) center = robust_center(pit->second.first, pit->second.second);
    }
    if (center) {
      BuildPlace p;
      p.id = "country:" + iso2;
      p.name = c.name;
      p.latitude = center->first;
      p.longitude = center->second;
      p.population = population[iso2];
      p.country = iso2;
      p.feature_code = "PCLI";
      p.kind = PlaceKind::kCountry;
      c.place = add_place(std::move(p));
      add_name(c.place, c.name);
      add_name(c.place, info.value("native", std::string()));
      if (info.contains("alias") && info["alias"].is_array()) {
        for (const auto& a : info["alias"]) add_name(c.place, a.get<std::string>());
      }
    }
    data_.countries.push_back(std::move(c));
  }
  return Status::Ok();
}

Status Builder::load_names(const std::string& path) {
  auto text = slurp(path);
  if (!text) return text.error();
  Status status;
  for_each_line(*text, [&](std::string_view line, int line_no) {
    const auto f = split(line, '\t');
    const std::string where = path + ":" + std::to_string(line_no) + ": ";
    if (f.size() != 3) {
      status = Error{where + "expected target, kind, names"};
      return false;
    }
    auto it = by_id_.find(std::string(f[0]));
    if (it == by_id_.end()) return true;  // a target this source set lacks (tiny fixtures)
    uint32_t flags = 0;
    if (f[1] == "demonym") flags = format::kPostingDemonym;
    else if (f[1] == "abbrev") flags = format::kPostingAbbrev;
    else if (f[1] != "alias" && f[1] != "name") {
      status = Error{where + "kind must be alias, demonym, abbrev or name"};
      return false;
    }
    const auto names = split(f[2], '|');
    if (f[1] == "name" && !names.empty()) {
      BuildPlace& p = data_.places[it->second];
      p.name = std::string(names.front());
      for (auto& c : data_.countries) {
        if (c.place == it->second) c.name = p.name;
      }
    }
    for (std::string_view n : names) add_name(it->second, n, flags);
    return true;
  });
  return status;
}

Status Builder::load_supplement(const std::string& path) {
  auto rows = read_custom_places(path);
  if (!rows) return rows.error();
  // Custom files name their province; the index wants its code.
  std::map<std::pair<std::string, std::string>, std::string> admin1_by_name;
  for (const auto& [code, name] : data_.admin1_names) {
    const std::string key = fold_name(name);
    admin1_by_name[{code.substr(0, 2), key}] = code;
    if (auto bare = without_unit_word(key)) admin1_by_name[{code.substr(0, 2), *bare}] = code;
  }
  for (CustomPlace& row : *rows) {
    BuildPlace p;
    p.id = row.place.id;
    p.name = row.place.name;
    p.latitude = row.place.latitude;
    p.longitude = row.place.longitude;
    p.country = row.place.country_code;
    p.feature_code = row.place.feature_code;
    p.kind = PlaceKind::kCity;
    auto it = admin1_by_name.find({p.country, fold_name(row.place.admin1)});
    if (it != admin1_by_name.end()) p.admin1_code = it->second;
    const uint32_t index = add_place(std::move(p));
    add_name(index, row.place.name);
    for (const auto& alias : row.aliases) add_name(index, alias);
  }
  return Status::Ok();
}

}  // namespace

Result<BuildStats> build_gazetteer(const GazetteerSources& sources, const std::string& out_path) {
  const auto start = std::chrono::steady_clock::now();
  Builder builder;
  if (!sources.place_words_dir.empty()) {
    if (auto s = builder.load_unit_suffixes(sources.place_words_dir); !s) return s.error();
  }
  if (auto s = builder.load_cities(sources.cities_tsv); !s) return s.error();
  if (!sources.admin1_json.empty()) {
    if (auto s = builder.load_admins(sources.admin1_json, PlaceKind::kAdmin1); !s) return s.error();
  }
  if (!sources.admin2_json.empty()) {
    if (auto s = builder.load_admins(sources.admin2_json, PlaceKind::kAdmin2); !s) return s.error();
  }
  if (!sources.countries_json.empty()) {
    auto s = builder.load_countries(sources.countries_json, sources.iso3_json,
                                    sources.country_centers_tsv);
    if (!s) return s.error();
  }
  for (const auto& path : sources.supplement_tsvs) {
    if (auto s = builder.load_supplement(path); !s) return s.error();
  }
  if (!sources.names_tsv.empty()) {
    if (auto s = builder.load_names(sources.names_tsv); !s) return s.error();
  }
  GazetteerData data = builder.take();
  const auto elapsed = std::chrono::steady_clock::now() - start;
  data.build_milliseconds = static_cast<uint32_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(elapsed).count());
  return write_gazetteer(std::move(data), out_path, start);
}

}  // namespace sitrep::places
