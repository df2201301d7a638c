// Small helpers the format parsers share (internal to the ingest library).
#pragma once

#include <string>
#include <string_view>

#include "core/document.h"

namespace sitrep::ingest {

// "dir/a.jsonl" -> "a"; "-" and "stdin" -> "stdin".
std::string file_stem(std::string_view path);

// True when `s` holds only ASCII and Unicode white space.
bool is_blank(std::string_view s);

// Removes leading and trailing ASCII white space.
std::string_view trim_ascii(std::string_view s);

// Fills doc.published from a date in doc.url's path when it is still empty.
void fill_published_from_url(Document& doc);

}  // namespace sitrep::ingest
