// Internal to the text stage: the per-code-point folding rule behind
// normalize_for_matching() and fold_key(). Built once (thread-safe static)
// from explicit punctuation rules plus ICU's Latin-ASCII transliterator;
// read-only afterwards, so concurrent lookups are safe.
#pragma once

#include <cstdint>

namespace sitrep::detail {

struct Fold {
  bool keep = true;   // true: copy the original bytes unchanged
  uint8_t len = 0;    // replacement length when !keep (0 = drop)
  char out[6] = {};   // replacement bytes (ASCII)
};

// The rule for a non-ASCII code point. Code points outside the covered
// blocks are kept. The returned reference lives for the whole program.
const Fold& fold_for(char32_t cp);

}  // namespace sitrep::detail
