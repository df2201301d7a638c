// Fuzzes number and quantity recognition over a whole text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "text/numbers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const sitrep::Span all{0, static_cast<uint32_t>(size)};
  const auto quantities = sitrep::find_quantities(text, all);
  sitrep::fuzz::check_ordered(quantities, size, [](const sitrep::Quantity& q) { return q.span; },
                              "numbers: span out of order or bounds");
  for (const sitrep::Quantity& q : quantities) {
    sitrep::fuzz::check_span(q.number, size, "numbers: number span out of bounds");
    sitrep::fuzz::check(q.number.start >= q.span.start && q.number.end <= q.span.end,
                        "numbers: number outside its phrase");
    sitrep::fuzz::check(q.value >= 0, "numbers: negative value");
  }
  return 0;
}
