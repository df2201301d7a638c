#include "recognize/places/gazetteer_writer.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <string_view>
#include <unordered_map>

#include "recognize/places/name_fold.h"
#include "recognize/places/skeleton_key.h"

namespace sitrep::places {
namespace {

using format::kNone;

class Pool {
 public:
  Pool() { bytes_.push_back('\0'); }  // offset 0 is ""
  uint32_t add(const std::string& s) {
    if (s.empty()) return 0;
    auto [it, inserted] = offsets_.try_emplace(s, static_cast<uint32_t>(bytes_.size()));
    if (inserted) {
      bytes_.insert(bytes_.end(), s.begin(), s.end());
      bytes_.push_back('\0');
    }
    return it->second;
  }
  [[nodiscard]] const std::vector<char>& bytes() const { return bytes_; }

 private:
  std::vector<char> bytes_;
  std::unordered_map<std::string, uint32_t> offsets_;
};

// Order of a key's postings: what a reader should try first.
double prior(const BuildPlace& p) {
  double score = std::log10(static_cast<double>(p.population) + 1);
  switch (p.kind) {
    case format::PlaceKind::kCountry: score += 12; break;
    case format::PlaceKind::kAdmin1: score += 4; break;
    case format::PlaceKind::kAdmin2: score -= 1; break;
    case format::PlaceKind::kCity: break;
  }
  if (p.feature_code == "PPLC") score += 2;
  return score;
}

// Sorts names by key, then exact before flagged, then by prior; drops repeats
// of one place under one key; returns the key table and postings.
void index_names(std::vector<BuildName>& names, const std::vector<double>& priors, Pool& pool,
                 std::vector<format::KeyRecord>& keys, std::vector<uint32_t>& postings) {
  std::sort(names.begin(), names.end(), [&](const BuildName& a, const BuildName& b) {
    if (a.key != b.key) return a.key < b.key;
    const uint32_t fa = a.posting & format::kPostingFlags, fb = b.posting & format::kPostingFlags;
    const uint32_t ia = a.posting & format::kPostingIndex, ib = b.posting & format::kPostingIndex;
    if (ia == ib) return fa < fb;
    if (priors[ia] != priors[ib]) return priors[ia] > priors[ib];
    return ia < ib;
  });
  for (size_t i = 0; i < names.size();) {
    size_t j = i;
    format::KeyRecord rec{pool.add(names[i].key), static_cast<uint32_t>(postings.size()), 0};
    uint32_t last = kNone;
    for (; j < names.size() && names[j].key == names[i].key; ++j) {
      // One place's entries are adjacent, its least-flagged first.
      const uint32_t index = names[j].posting & format::kPostingIndex;
      if (index == last) continue;
      last = index;
      postings.push_back(names[j].posting);
    }
    rec.count = static_cast<uint32_t>(postings.size()) - rec.first;
    keys.push_back(rec);
    i = j;
  }
}

void pad8(std::ofstream& out, uint64_t& pos) {
  static const char zeros[8] = {};
  const uint64_t pad = (8 - pos % 8) % 8;
  out.write(zeros, static_cast<std::streamsize>(pad));
  pos += pad;
}

template <class T>
format::Section write_section(std::ofstream& out, uint64_t& pos, const std::vector<T>& v) {
  pad8(out, pos);
  format::Section s{pos, v.size()};
  out.write(reinterpret_cast<const char*>(v.data()), static_cast<std::streamsize>(v.size() * sizeof(T)));
  pos += v.size() * sizeof(T);
  return s;
}

void copy_code(char* dst, size_t n, const std::string& src) {
  std::memset(dst, 0, n);
  std::memcpy(dst, src.data(), std::min(n, src.size()));
}

}  // namespace

Result<BuildStats> write_gazetteer(GazetteerData data, const std::string& out_path,
                                   std::chrono::steady_clock::time_point start) {
  Pool pool;
  std::vector<double> priors;
  priors.reserve(data.places.size());
  for (const auto& p : data.places) priors.push_back(prior(p));

  // Admin tables sorted by code (std::map order) so the reader can search them.
  auto admin_table = [&](const std::map<std::string, std::string>& names,
                         std::unordered_map<std::string, uint32_t>& index_of) {
    std::vector<format::AdminRecord> table;
    for (const auto& [code, name] : names) {
      index_of[code] = static_cast<uint32_t>(table.size());
      table.push_back({pool.add(code), pool.add(name), kNone});
    }
    return table;
  };
  std::unordered_map<std::string, uint32_t> admin1_index, admin2_index;
  std::vector<format::AdminRecord> admin1 = admin_table(data.admin1_names, admin1_index);
  std::vector<format::AdminRecord> admin2 = admin_table(data.admin2_names, admin2_index);

  std::vector<format::PlaceRecord> places;
  places.reserve(data.places.size());
  for (size_t i = 0; i < data.places.size(); ++i) {
    const BuildPlace& p = data.places[i];
    format::PlaceRecord r{};
    r.id = pool.add(p.id);
    r.name = pool.add(p.name);
    r.latitude = static_cast<float>(p.latitude);
    r.longitude = static_cast<float>(p.longitude);
    r.population = static_cast<uint32_t>(std::min<uint64_t>(p.population, 0xFFFFFFFFu));
    auto a1 = admin1_index.find(p.admin1_code);
    r.admin1 = a1 == admin1_index.end() ? kNone : a1->second;
    auto a2 = admin2_index.find(p.admin2_code);
    r.admin2 = a2 == admin2_index.end() ? kNone : a2->second;
    copy_code(r.country, sizeof r.country, p.country);
    copy_code(r.feature_code, sizeof r.feature_code, p.feature_code);
    r.kind = static_cast<uint8_t>(p.kind);
    if (p.kind == format::PlaceKind::kAdmin1 && r.admin1 != kNone) admin1[r.admin1].place = static_cast<uint32_t>(i);
    if (p.kind == format::PlaceKind::kAdmin2 && r.admin2 != kNone) admin2[r.admin2].place = static_cast<uint32_t>(i);
    places.push_back(r);
  }

  std::vector<format::CountryRecord> countries;
  std::sort(data.countries.begin(), data.countries.end(),
            [](const BuildCountry& a, const BuildCountry& b) { return a.iso2 < b.iso2; });
  for (const auto& c : data.countries) {
    format::CountryRecord r{};
    copy_code(r.iso2, sizeof r.iso2, c.iso2);
    copy_code(r.iso3, sizeof r.iso3, c.iso3);
    r.name = pool.add(c.name);
    r.place = c.place;
    countries.push_back(r);
  }

  std::vector<format::KeyRecord> keys, skeletons;
  std::vector<uint32_t> postings;
  index_names(data.names, priors, pool, keys, postings);
  // Fuzzy keys from every plain and article-stripped key (not demonyms or
  // abbreviations: those are exact forms by nature). data.names is sorted now.
  std::vector<BuildName> skeleton_names;
  {
    std::string last_key = "\x01", last_skeleton;
    for (const auto& n : data.names) {
      if (n.posting & (format::kPostingDemonym | format::kPostingAbbrev)) continue;
      if (n.key != last_key) {
        last_key = n.key;
        last_skeleton = skeleton_key(n.key);
      }
      if (!last_skeleton.empty()) skeleton_names.push_back({last_skeleton, n.posting});
    }
  }
  index_names(skeleton_names, priors, pool, skeletons, postings);

  const std::string tmp_path = out_path + ".tmp";
  std::ofstream out(tmp_path, std::ios::binary | std::ios::trunc);
  if (!out) return Error{tmp_path + ": cannot write"};
  format::Header header{};
  std::memcpy(header.magic, format::kMagic, sizeof header.magic);
  header.version = format::kFormatVersion;
  header.header_size = sizeof(format::Header);
  header.built_unix_seconds = static_cast<int64_t>(std::time(nullptr));
  header.name_count = static_cast<uint32_t>(data.name_count);
  out.write(reinterpret_cast<const char*>(&header), sizeof header);
  uint64_t pos = sizeof header;
  header.pool = write_section(out, pos, pool.bytes());
  header.places = write_section(out, pos, places);
  header.countries = write_section(out, pos, countries);
  header.admin1 = write_section(out, pos, admin1);
  header.admin2 = write_section(out, pos, admin2);
  header.names = write_section(out, pos, keys);
  header.skeletons = write_section(out, pos, skeletons);
  header.postings = write_section(out, pos, postings);
  pad8(out, pos);
  header.file_size = pos;
  header.build_milliseconds = static_cast<uint32_t>(
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start)
          .count());
  out.seekp(0);
  out.write(reinterpret_cast<const char*>(&header), sizeof header);
  out.close();
  if (!out) return Error{tmp_path + ": write failed (disk full?)"};
  std::error_code ec;
  std::filesystem::rename(tmp_path, out_path, ec);
  if (ec) return Error{out_path + ": cannot replace: " + ec.message()};

  BuildStats stats;
  stats.places = places.size();
  stats.names = data.name_count;
  stats.keys = keys.size();
  stats.skeletons = skeletons.size();
  stats.file_bytes = pos;
  stats.milliseconds = header.build_milliseconds;
  return stats;
}

}  // namespace sitrep::places
