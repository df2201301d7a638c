#include "resolve/country_table.h"

#include "core/tsv.h"

namespace sitrep {

Result<CountryTable> CountryTable::load(const std::string& path) {
  CountryTable table;
  Status s = read_tsv(path, {"iso2", "iso3", "numeric", "name", "region"},
                      [&](const TsvRow& row) -> Status {
                        CountryInfo c{std::string(row.get("iso2")), std::string(row.get("iso3")),
                                      std::string(row.get("numeric")),
                                      std::string(row.get("name")),
                                      std::string(row.get("region"))};
                        if (c.iso2.size() != 2) return Error{row.where() + ": iso2 must be 2 letters"};
                        table.by_iso2_[c.iso2] = std::move(c);
                        return {};
                      });
  if (!s) return s.error();
  return table;
}

const CountryInfo* CountryTable::find(std::string_view iso2) const {
  auto it = by_iso2_.find(std::string(iso2));
  return it == by_iso2_.end() ? nullptr : &it->second;
}

}  // namespace sitrep
