// Byte ranges into a Document's original text. Every stage reports what it
// found as Spans so that each output field can point at its evidence.
#pragma once

#include <cstdint>
#include <string_view>

namespace sitrep {

struct Span {
  uint32_t start = 0;  // first byte
  uint32_t end = 0;    // one past the last byte

  [[nodiscard]] uint32_t size() const { return end - start; }
  [[nodiscard]] bool empty() const { return end <= start; }
  [[nodiscard]] bool contains(Span other) const {
    return start <= other.start && other.end <= end;
  }
  [[nodiscard]] bool overlaps(Span other) const {
    return start < other.end && other.start < end;
  }
  // The bytes of `text` this span covers; `text` must be the text it indexes.
  [[nodiscard]] std::string_view of(std::string_view text) const {
    return text.substr(start, end - start);
  }
  friend bool operator==(Span, Span) = default;
};

}  // namespace sitrep
