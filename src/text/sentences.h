// Sentence boundaries in the ORIGINAL document text.
//
// A sentence ends
//   - at a line break ('\n'; "\r\n" too): paragraphs and headlines
//     without a final period are sentences of their own. Two exceptions
//     for hard-wrapped text, where a line stops mid-sentence (its last
//     character is not . ! ? : ; or a closing quote/bracket): the line
//     continues on the next one when that starts in lowercase
//     ("a gang attacked\nand killed"), and, when at least three such
//     lowercase continuations make up a quarter of the text's single line
//     breaks, before a capital too ("a National\nPolice Reservist");
//   - after '.', '!', '?', '…' or "..." (plus any closing quotes/brackets)
//     when whitespace follows and the next character does not continue the
//     sentence (a lowercase letter, ',', ';', ':' continue it);
//   - after "word.Word" glued by a missing space ("Cell.Medical"), when the
//     word before has at least three lowercase-ending letters.
// A single '.' does not end a sentence after
//   - a title (Mr., Dr., Gen., Col., Lt., Sgt., Gov., Sen., Prof., vs. ...);
//   - "No.", "Art.", "Fig.", "p." when a digit follows ("No. 5");
//   - a month or other abbreviation (Oct., Jan., St., Jr., Inc., etc.), an
//     initial ("J. Smith") or a dotted acronym (U.S., U.N., a.m., e.g.) —
//     unless the next word is a typical sentence opener ("The", "He", "In",
//     "But", ...): "in the U.S. The ..." splits, "U.S. Army" does not.
// Decimals ("2.5") and "Lt.-Gen." never end a sentence because no
// whitespace follows their period.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"

namespace sitrep {

// Sentence spans in document order, without surrounding whitespace
// (ASCII or Unicode spaces); whitespace-only stretches give no sentence.
// Spans index `text`, which must outlive their use. Never fails.
std::vector<Span> split_sentences(std::string_view text);

}  // namespace sitrep
