// Fuzzes the sentence splitter: spans in order, inside the text, never empty.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "text/sentences.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const auto spans = sitrep::split_sentences(text);
  sitrep::fuzz::check_ordered(spans, size, [](sitrep::Span s) { return s; },
                              "sentences: span out of order or bounds");
  for (const sitrep::Span s : spans) sitrep::fuzz::check(!s.empty(), "sentences: empty span");
  return 0;
}
