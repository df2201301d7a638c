// A person named with their office as the source of a report: "Donat
// Kibwana, the region's administrator, told AFP", "said Martin Gatelum,
// spokesman for the Sinaloa state prosecutor's office". The record cites the
// person and office as the text gives them, which tells a reader more than
// either alone.
#pragma once

#include <cstddef>

#include "core/span.h"
#include "extract/sentence_view.h"

namespace sitrep {

// The bytes of "Name, role ..." speaking through the attribution verb at
// word `cue`: a capitalised name of one to five words, then a comma-set
// phrase holding an office word (the `role` cues: spokesman, mayor,
// commander ...). Empty when the words around the verb are not that.
Span person_with_role(const SentenceView& s, size_t cue);

}  // namespace sitrep
