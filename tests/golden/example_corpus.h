// The bundled sample corpus (examples/ in the source tree), read through the
// ingest stage exactly as `sitrep extract examples/` reads it.
#pragma once

#include <string>
#include <vector>

#include "core/document.h"

namespace sitrep::testing {

// source_dir() + "/examples".
std::string examples_dir();

// Every article in examples/, in ingest order (file names byte-wise; JSONL
// records in line order). Read once and kept until exit. Ingest failures are
// appended to `errors` on the first call only (may be null).
const std::vector<Document>& example_documents(std::vector<std::string>* errors = nullptr);

// The example with this id, or nullptr.
const Document* find_example(const std::string& id);

}  // namespace sitrep::testing
