// The text as a reader sees it: the original without its invisible format
// characters, with a byte map back to the original.
//
// Matchers that read the raw text judge the gap between two words ("in
// Karrada": one space) and the case of a word's first letter. A right-to-left
// mark pasted next to a name ("in \u200FKarrada\u200E", common in text copied
// from Arabic or Hebrew pages) makes that gap three bytes longer and hides
// the name. Such matchers read the visible text instead and map what they
// found back with original_span(). Unlike normalize_for_matching(), nothing
// else changes: every other byte is copied as it is, so results on texts
// without such characters are exactly those on the original.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/span.h"

namespace sitrep {

// Zero-width space, non-joiner and joiner, LRM and RLM, bidi embeddings,
// overrides and isolates, word joiner and invisible operators, BOM / zero
// width no-break space, soft hyphen, variation selectors.
bool is_invisible_format(char32_t cp);

struct VisibleText {
  std::string text;
  // to_original[i]: the original offset of text[i] (bytes are copied one to
  // one, so a span of whole characters maps to whole characters).
  std::vector<uint32_t> to_original;

  // The original bytes of the visible range [span.start, span.end): from
  // the first visible byte to the end of the last one, so marks just
  // outside the range stay outside, marks inside it are covered. An empty
  // span maps to an empty span where its start is (the original's end when
  // it is at the visible end).
  [[nodiscard]] Span original_span(Span visible) const;
};

// Fills `out` with `original` minus its invisible format characters and
// returns true; returns false, leaving `out` alone, when there are none (the
// common case: one scan, no copy), so the caller keeps using `original`.
bool strip_invisible(std::string_view original, VisibleText& out);

}  // namespace sitrep
