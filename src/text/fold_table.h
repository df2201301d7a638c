// Internal to the text stage: the per-code-point folding rule behind
// normalize_for_matching() and fold_key(): explicit punctuation rules plus
// ICU's Latin-ASCII transliterator, evaluated at build time by
// sitrep-fold-table (fold_table_gen.cc) into a table compiled into the
// library. Read-only, so concurrent lookups are safe.
#pragma once

#include <cstdint>

namespace sitrep::detail {

struct Fold {
  bool keep = true;   // true: copy the original bytes unchanged
  uint8_t len = 0;    // replacement length when !keep (0 = drop)
  char out[6] = {};   // replacement bytes (ASCII)
};

// Blocks with folding rules. Everything outside them is kept as is, which
// covers the non-Latin scripts the spec wants passed through unchanged.
inline constexpr char32_t kLowEnd = 0x3040;    // Latin, punctuation, spaces, ideographic space
inline constexpr char32_t kLigStart = 0xFB00;  // ﬁ ﬂ ﬃ ...
inline constexpr char32_t kLigEnd = 0xFB50;
inline constexpr char32_t kFormsStart = 0xFE00;  // variation selectors, small/fullwidth forms, BOM
inline constexpr char32_t kFormsEnd = 0xFF70;

// The rule for a non-ASCII code point. Code points outside the covered
// blocks are kept. The returned reference lives for the whole program.
const Fold& fold_for(char32_t cp);

}  // namespace sitrep::detail
