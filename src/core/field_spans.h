// Where each output field of a record came from: field name -> Span, kept in
// name order (the order the JSON writer prints them).
//
// A record holds only a handful of fields, so a sorted vector beats the
// std::map it replaces: no tree node allocated per field, and a lookup is a
// short scan. The interface is the part of std::map the extractors, writers
// and tests use (operator[], find, end, iteration as pairs, size, empty).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "core/span.h"

namespace sitrep {

class FieldSpans {
 public:
  using value_type = std::pair<std::string, Span>;
  using const_iterator = std::vector<value_type>::const_iterator;
  using iterator = std::vector<value_type>::iterator;

  // The span of `field`, added (as an empty Span) in name order if missing.
  Span& operator[](std::string_view field) {
    // Room for every field a record spans (at most eight) on the first
    // insert, rather than moving the names through each doubling.
    if (fields_.capacity() == 0) fields_.reserve(kUsualFields);
    auto at = fields_.begin() + static_cast<std::ptrdiff_t>(position(field));
    if (at == fields_.end() || at->first != field) {
      // Built in place (no temporary name to move) when it goes on the end,
      // as a record's names mostly do.
      at = fields_.emplace(at, std::piecewise_construct, std::forward_as_tuple(field),
                           std::forward_as_tuple());
    }
    return at->second;
  }
  [[nodiscard]] const_iterator find(std::string_view field) const {
    const auto at = fields_.begin() + static_cast<std::ptrdiff_t>(position(field));
    return at != fields_.end() && at->first == field ? at : fields_.end();
  }
  [[nodiscard]] const_iterator begin() const { return fields_.begin(); }
  [[nodiscard]] const_iterator end() const { return fields_.end(); }
  [[nodiscard]] size_t size() const { return fields_.size(); }
  [[nodiscard]] bool empty() const { return fields_.empty(); }
  [[nodiscard]] size_t count(std::string_view field) const { return find(field) != end() ? 1 : 0; }

 private:
  // Index of the first field not ordered before `field` (a short scan).
  [[nodiscard]] size_t position(std::string_view field) const {
    size_t at = 0;
    while (at < fields_.size() && before(fields_[at].first, field)) ++at;
    return at;
  }
  // std::string_view's order (bytes compared as unsigned char). The names
  // of one record mostly differ in their first byte, which is compared
  // here, inline, rather than by a memcmp call per step of the scan.
  static bool before(std::string_view a, std::string_view b) {
    if (!a.empty() && !b.empty() && a[0] != b[0]) {
      return static_cast<unsigned char>(a[0]) < static_cast<unsigned char>(b[0]);
    }
    return a < b;
  }

  static constexpr size_t kUsualFields = 8;
  std::vector<value_type> fields_;  // sorted by name, names unique
};

}  // namespace sitrep
