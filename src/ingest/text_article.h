// Plain-text articles (.txt): the article text, optionally preceded by
// header lines ("Title:", "Outlet:", "URL:", "Published:") ended by a blank
// line. DESIGN.md "Input" is the contract.
#pragma once

#include <string_view>

#include "core/document.h"
#include "core/result.h"

namespace sitrep::ingest {

// Parses one text article. `name` is the file path (or "stdin"): it becomes
// the origin, and its file name without extension the id.
//
// Header: recognised only when every line before the first blank line is
// "Key: value" with a known key (Title, Headline, Outlet, Source, URL, Link,
// Published, Date, ID; Author/Byline accepted and ignored), case-insensitive.
// An unparsable Published leaves `published` empty; without one, a date in
// the URL's path is used.
//
// Text: decoded per encoding.h (repaired, or refused as binary), CRLF and
// lone CR become '\n', other control characters become spaces; otherwise the
// bytes are kept as they are, so the same article as .txt and as JSONL gives
// the same text and the same offsets.
//
// Fails with "NAME: binary file, skipped" or "NAME: empty article, skipped"
// (nothing but whitespace after the header).
Result<Document> parse_text_article(std::string_view content, std::string_view name);

}  // namespace sitrep::ingest
