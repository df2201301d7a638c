#include "recognize/places/world_index.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>

#include "recognize/places/name_fold.h"

namespace sitrep::places {
namespace {

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

template <class T>
bool section_fits(const format::Section& s, uint64_t file_size) {
  if (s.offset % alignof(T) != 0 || s.offset > file_size) return false;
  return s.count <= (file_size - s.offset) / sizeof(T);
}

}  // namespace

Result<WorldIndex> WorldIndex::open(const std::string& path) {
  const std::string rebuild = " (rebuild it: npm ci --prefix gazetteer && make -C build gazetteer)";
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{path + ": cannot open gazetteer index: " + std::strerror(errno) + rebuild};
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return Error{path + ": cannot stat gazetteer index"};
  }
  const auto size = static_cast<uint64_t>(st.st_size);
  if (size < sizeof(format::Header)) {
    ::close(fd);
    return Error{path + ": truncated gazetteer index (" + std::to_string(size) + " bytes)" + rebuild};
  }
  void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return Error{path + ": cannot map gazetteer index: " + std::strerror(errno)};
  WorldIndex w;
  w.data_ = static_cast<const char*>(map);
  w.size_ = size;
  w.header_ = reinterpret_cast<const format::Header*>(w.data_);
  const format::Header& h = *w.header_;
  if (std::memcmp(h.magic, format::kMagic, sizeof h.magic) != 0) {
    return Error{path + ": not a sitrep gazetteer index (bad magic)"};
  }
  if (h.version != format::kFormatVersion) {
    return Error{path + ": gazetteer index format " + std::to_string(h.version) + ", this sitrep reads " +
                 std::to_string(format::kFormatVersion) + rebuild};
  }
  if (h.file_size != size || h.header_size != sizeof(format::Header)) {
    return Error{path + ": truncated or corrupt gazetteer index (header says " + std::to_string(h.file_size) +
                 " bytes, file has " + std::to_string(size) + ")" + rebuild};
  }
  const bool fits = section_fits<char>(h.pool, size) && section_fits<format::PlaceRecord>(h.places, size) &&
                    section_fits<format::CountryRecord>(h.countries, size) &&
                    section_fits<format::AdminRecord>(h.admin1, size) &&
                    section_fits<format::AdminRecord>(h.admin2, size) &&
                    section_fits<format::KeyRecord>(h.names, size) &&
                    section_fits<format::KeyRecord>(h.skeletons, size) &&
                    section_fits<uint32_t>(h.postings, size);
  if (!fits || h.pool.count == 0 || w.data_[h.pool.offset + h.pool.count - 1] != '\0') {
    return Error{path + ": corrupt gazetteer index (a section lies outside the file)" + rebuild};
  }
  w.pool_ = w.data_ + h.pool.offset;
  w.places_ = reinterpret_cast<const format::PlaceRecord*>(w.data_ + h.places.offset);
  w.countries_ = reinterpret_cast<const format::CountryRecord*>(w.data_ + h.countries.offset);
  w.admin1_ = reinterpret_cast<const format::AdminRecord*>(w.data_ + h.admin1.offset);
  w.admin2_ = reinterpret_cast<const format::AdminRecord*>(w.data_ + h.admin2.offset);
  w.names_ = reinterpret_cast<const format::KeyRecord*>(w.data_ + h.names.offset);
  w.skeletons_ = reinterpret_cast<const format::KeyRecord*>(w.data_ + h.skeletons.offset);
  w.postings_ = reinterpret_cast<const uint32_t*>(w.data_ + h.postings.offset);
  for (uint64_t i = h.countries.count;
       i-- > 0;) {  // the first record of a code wins, as with lower_bound
    const char* iso2 = w.countries_[i].iso2;
    if (is_capital(iso2[0]) && is_capital(iso2[1])) {
      w.country_by_letters_[static_cast<size_t>((iso2[0] - 'A') * 26 + (iso2[1] - 'A'))] =
          static_cast<uint32_t>(i + 1);
    }
  }
  // The key tables' buckets.
  const auto build = [&w](KeyBuckets& buckets, const format::KeyRecord* table, uint64_t count) {
    if (count > UINT32_MAX) return;  // left unbuilt: lookups search the whole table
    buckets.build(static_cast<uint32_t>(count), [&](uint32_t i) { return w.str(table[i].key); });
  };
  build(w.name_buckets_, w.names_, h.names.count);
  build(w.skeleton_buckets_, w.skeletons_, h.skeletons.count);
  return w;
}

WorldIndex::WorldIndex(WorldIndex&& other) noexcept { *this = std::move(other); }

WorldIndex& WorldIndex::operator=(WorldIndex&& other) noexcept {
  if (this != &other) {
    if (data_) ::munmap(const_cast<char*>(data_), size_);
    data_ = std::exchange(other.data_, nullptr);
    size_ = std::exchange(other.size_, 0);
    header_ = other.header_;
    pool_ = other.pool_;
    places_ = other.places_;
    countries_ = other.countries_;
    admin1_ = other.admin1_;
    admin2_ = other.admin2_;
    names_ = other.names_;
    skeletons_ = other.skeletons_;
    postings_ = other.postings_;
    country_by_letters_ = other.country_by_letters_;
    name_buckets_ = std::move(other.name_buckets_);
    skeleton_buckets_ = std::move(other.skeleton_buckets_);
  }
  return *this;
}

WorldIndex::~WorldIndex() {
  if (data_) ::munmap(const_cast<char*>(data_), size_);
}

std::string_view WorldIndex::str(uint32_t offset) const {
  if (offset >= header_->pool.count) return {};
  return {pool_ + offset};  // the pool ends with NUL (checked at open)
}

namespace {

// Orders the NUL-terminated pool string at `s` against `key` as
// std::string_view would, without measuring the pool string first: the
// binary search over half a million keys compared one strlen per probe.
int compare_pooled(const char* s, std::string_view key) {
  for (size_t i = 0; i < key.size(); ++i) {
    const auto a = static_cast<unsigned char>(s[i]);
    const auto b = static_cast<unsigned char>(key[i]);
    if (a == 0) return -1;  // the pool string is a prefix of key (or key holds a NUL there)
    if (a != b) return a < b ? -1 : 1;
  }
  return s[key.size()] == '\0' ? 0 : 1;
}

}  // namespace

const format::KeyRecord* WorldIndex::find(const format::KeyRecord* table, uint64_t count,
                                          const KeyBuckets& buckets, std::string_view key) const {
  // An offset outside the pool reads as "" (str()), which sorts first.
  auto order = [&](const format::KeyRecord& rec) {
    if (rec.key >= header_->pool.count) return key.empty() ? 0 : -1;
    return compare_pooled(pool_ + rec.key, key);
  };
  const auto [first, last] =
      buckets.range(key, static_cast<uint32_t>(std::min<uint64_t>(count, UINT32_MAX)));
  const format::KeyRecord* end = table + last;
  const format::KeyRecord* it = std::lower_bound(
      table + first, end, key,
      [&](const format::KeyRecord& rec, std::string_view) { return order(rec) < 0; });
  if (it == end || order(*it) != 0) return nullptr;
  return it;
}

std::span<const uint32_t> WorldIndex::postings_of(const format::KeyRecord* rec) const {
  if (!rec || rec->first > header_->postings.count || rec->count > header_->postings.count - rec->first) {
    return {};
  }
  return {postings_ + rec->first, rec->count};
}

std::span<const uint32_t> WorldIndex::postings(std::string_view key) const {
  return postings_of(find(names_, header_->names.count, name_buckets_, key));
}

std::span<const uint32_t> WorldIndex::skeleton_postings(std::string_view key) const {
  return postings_of(find(skeletons_, header_->skeletons.count, skeleton_buckets_, key));
}

bool WorldIndex::has_key(std::string_view key) const {
  return find(names_, header_->names.count, name_buckets_, key) != nullptr;
}

bool WorldIndex::has_key_starting(std::string_view prefix) const {
  // The keys that start with `prefix` sort together, the first of them
  // where `prefix` itself would go; all in one bucket when the prefix
  // fixes it.
  const auto [first, last] = name_buckets_.prefix_range(
      prefix, static_cast<uint32_t>(std::min<uint64_t>(header_->names.count, UINT32_MAX)));
  const format::KeyRecord* end = names_ + last;
  const format::KeyRecord* it = std::lower_bound(
      names_ + first, end, prefix, [&](const format::KeyRecord& rec, std::string_view) {
        if (rec.key >= header_->pool.count) return !prefix.empty();  // reads as "", sorts first
        return compare_pooled(pool_ + rec.key, prefix) < 0;
      });
  return it != end && str(it->key).starts_with(prefix);
}

const format::CountryRecord* WorldIndex::country_record(std::string_view iso2) const {
  if (iso2.size() != 2) return nullptr;
  if (is_capital(iso2[0]) && is_capital(iso2[1])) {
    const uint32_t index =
        country_by_letters_[static_cast<size_t>((iso2[0] - 'A') * 26 + (iso2[1] - 'A'))];
    return index == 0 ? nullptr : countries_ + (index - 1);
  }
  const format::CountryRecord* end = countries_ + header_->countries.count;
  const format::CountryRecord* it =
      std::lower_bound(countries_, end, iso2, [](const format::CountryRecord& c, std::string_view k) {
        return std::string_view(c.iso2, 2) < k;
      });
  if (it == end || std::string_view(it->iso2, 2) != iso2) return nullptr;
  return it;
}

std::string WorldIndex::country_name(std::string_view iso2) const {
  const auto* c = country_record(iso2);
  return c ? std::string(str(c->name)) : std::string();
}

std::optional<uint32_t> WorldIndex::country_place(std::string_view iso2) const {
  const auto* c = country_record(iso2);
  if (!c || c->place >= header_->places.count) return std::nullopt;
  return c->place;
}

std::optional<uint32_t> WorldIndex::admin1_place(std::string_view code) const {
  const format::AdminRecord* end = admin1_ + header_->admin1.count;
  const format::AdminRecord* it = std::lower_bound(
      admin1_, end, code, [&](const format::AdminRecord& a, std::string_view k) { return str(a.code) < k; });
  if (it == end || str(it->code) != code || it->place >= header_->places.count) return std::nullopt;
  return it->place;
}

uint16_t WorldIndex::admin1_number(std::string_view code) const {
  const format::AdminRecord* end = admin1_ + header_->admin1.count;
  const format::AdminRecord* it = std::lower_bound(
      admin1_, end, code, [&](const format::AdminRecord& a, std::string_view k) { return str(a.code) < k; });
  if (it == end || str(it->code) != code) return 0;
  const auto row = static_cast<size_t>(it - admin1_);
  return row < UINT16_MAX ? static_cast<uint16_t>(row + 1) : 0;
}

std::string WorldIndex::admin1_code_for(std::string_view iso2, std::string_view folded_name) const {
  if (iso2.size() != 2 || folded_name.empty()) return "";
  const std::string prefix = std::string(iso2) + ".";
  const format::AdminRecord* end = admin1_ + header_->admin1.count;
  const format::AdminRecord* it = std::lower_bound(
      admin1_, end, prefix, [&](const format::AdminRecord& a, std::string_view k) { return str(a.code) < k; });
  for (; it != end && str(it->code).substr(0, 3) == prefix; ++it) {
    const std::string key = fold_name(str(it->name));
    if (key == folded_name || strip_leading_article(key) == strip_leading_article(folded_name) ||
        (key.size() > folded_name.size() && key.compare(0, folded_name.size(), folded_name) == 0 &&
         key[folded_name.size()] == ' ')) {
      return std::string(str(it->code));
    }
  }
  return "";
}

Place WorldIndex::place(uint32_t index) const {
  if (index >= header_->places.count) return Place{};
  const format::PlaceRecord& r = places_[index];
  const bool has_country = r.country[0] != '\0';
  const std::string_view country_code = has_country ? std::string_view(r.country, 2) : "";
  const format::CountryRecord* country = has_country ? country_record(country_code) : nullptr;
  const format::AdminRecord* admin1 =
      r.admin1 < header_->admin1.count ? &admin1_[r.admin1] : nullptr;
  // Every field built in place: no empty string made first and then
  // replaced (a Place per resolved name).
  return Place{
      .id = std::string(str(r.id)),
      .name = std::string(str(r.name)),
      .country_code = std::string(country_code),
      .country = country ? std::string(str(country->name)) : std::string(),
      .admin1 = admin1 ? std::string(str(admin1->name)) : std::string(),
      .admin1_code = admin1 ? std::string(str(admin1->code)) : std::string(),
      .admin2 = r.admin2 < header_->admin2.count ? std::string(str(admin2_[r.admin2].name))
                                                 : std::string(),
      .feature_code = std::string(r.feature_code, strnlen(r.feature_code, sizeof r.feature_code)),
      .parent = std::string(),
      .latitude = r.latitude,
      .longitude = r.longitude,
      .population = static_cast<long>(r.population),
  };
}

PlaceView WorldIndex::view(uint32_t index) const {
  PlaceView v;
  v.index = index;
  if (index >= header_->places.count) return v;
  const format::PlaceRecord& r = places_[index];
  v.id = str(r.id);
  v.name = str(r.name);
  v.latitude = r.latitude;
  v.longitude = r.longitude;
  v.population = static_cast<long>(r.population);
  v.feature_code = std::string_view(r.feature_code, strnlen(r.feature_code, sizeof r.feature_code));
  if (r.country[0] != '\0') v.country_code = std::string_view(r.country, 2);
  v.country_pair = country_pair_of(v.country_code);
  v.admin1_unit = v.is_admin1();
  if (r.admin1 < header_->admin1.count) {
    v.admin1_code = str(admin1_[r.admin1].code);
    if (r.admin1 < UINT16_MAX) v.admin1_number = static_cast<uint16_t>(r.admin1 + 1);
  }
  if (r.admin2 < header_->admin2.count) v.admin2 = str(admin2_[r.admin2].name);
  return v;
}

}  // namespace sitrep::places
