#include "recognize/places/custom_places.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sitrep::places {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    const size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool parse_double(std::string_view s, double& out) {
  s = trim(s);
  if (s.empty()) return false;
  const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && ptr == s.data() + s.size() && std::isfinite(out);
}

}  // namespace

std::string feature_code_for(std::string_view feature) {
  struct Entry {
    std::string_view word;
    std::string_view code;
  };
  static constexpr Entry kTable[] = {
      {"neighbourhood", "PPLX"}, {"neighborhood", "PPLX"}, {"quarter", "PPLX"},
      {"suburb", "PPLX"},        {"village", "PPL"},       {"town", "PPL"},
      {"city", "PPL"},           {"district", "ADM2"},     {"province", "ADM1"},
      {"governorate", "ADM1"},   {"state", "ADM1"},        {"region", "RGN"},
      {"camp", "CMP"},           {"base", "MILB"},         {"airport", "AIRP"},
      {"road", "RD"},            {"crossing", "PSTB"},     {"landmark", "BLDG"},
      {"area", "AREA"},          {"continent", "CONT"},    {"island", "ISL"},
      {"river", "STM"},          {"mountain", "MT"},       {"valley", "VAL"},
  };
  // "PPLX neighbourhood": the first word wins when it is already a code.
  const std::string_view first = feature.substr(0, feature.find(' '));
  const bool is_code = !first.empty() && first.size() <= 5 &&
                       std::all_of(first.begin(), first.end(),
                                   [](char c) { return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); });
  if (is_code) return std::string(first);
  for (const auto& e : kTable) {
    if (feature.find(e.word) != std::string_view::npos) return std::string(e.code);
  }
  return "PPL";
}

Result<std::vector<CustomPlace>> parse_custom_places(std::string_view tsv,
                                                     const std::string& origin) {
  std::vector<CustomPlace> out;
  int line_no = 0;
  size_t pos = 0;
  while (pos <= tsv.size()) {
    size_t end = tsv.find('\n', pos);
    if (end == std::string_view::npos) end = tsv.size();
    const std::string_view line = tsv.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    if (trim(line).empty() || line.front() == '#' || line.rfind("id\t", 0) == 0) {
      if (end == tsv.size()) break;
      continue;
    }
    const auto cols = split(line, '\t');
    const std::string where = origin + ":" + std::to_string(line_no) + ": ";
    if (cols.size() != 10) {
      return Error{where + "expected 10 tab-separated columns, found " +
                   std::to_string(cols.size())};
    }
    CustomPlace cp;
    Place& p = cp.place;
    const std::string_view id = trim(cols[0]);
    p.name = std::string(trim(cols[1]));
    if (id.empty() || p.name.empty()) return Error{where + "id and name must not be empty"};
    p.id = id.find(':') == std::string_view::npos ? "custom:" + std::string(id) : std::string(id);
    for (auto alias : split(cols[2], '|')) {
      alias = trim(alias);
      if (!alias.empty()) cp.aliases.emplace_back(alias);
    }
    p.feature_code = feature_code_for(trim(cols[3]));
    if (!parse_double(cols[4], p.latitude) || !parse_double(cols[5], p.longitude) ||
        std::abs(p.latitude) > 90 || std::abs(p.longitude) > 180) {
      return Error{where + "latitude/longitude must be decimal degrees"};
    }
    p.country_code = std::string(trim(cols[6]));
    if (!p.country_code.empty() && p.country_code.size() != 2) {
      return Error{where + "country must be an ISO 3166-1 alpha-2 code"};
    }
    p.admin1 = std::string(trim(cols[7]));
    p.admin2 = std::string(trim(cols[8]));
    p.parent = std::string(trim(cols[9]));
    out.push_back(std::move(cp));
    if (end == tsv.size()) break;
  }
  return out;
}

Result<std::vector<CustomPlace>> read_custom_places(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot read custom places file"};
  std::ostringstream text;
  text << in.rdbuf();
  return parse_custom_places(text.str(), path);
}

std::vector<std::string> custom_place_files(const std::string& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".tsv") {
      files.push_back(entry.path().string());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace sitrep::places
