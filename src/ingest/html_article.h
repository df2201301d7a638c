// Web pages (.html/.htm) as articles: metadata from the page's tags
// (html_meta.h), story text with the page's boilerplate removed (html_body.h).
#pragma once

#include <string_view>

#include "core/document.h"
#include "core/result.h"

namespace sitrep::ingest {

// Parses one page. `name` is the file path (or "stdin", or "PATH:LINE" for a
// page inside a JSONL record): it becomes the origin, and its file name
// without extension the id. Bytes are decoded per encoding.h, honouring the
// page's declared charset. The text is clean UTF-8, paragraphs separated by
// '\n'; entities are decoded.
// Fails with "NAME: binary file, skipped", "NAME: empty article, skipped"
// (empty file), "NAME: no article text found, skipped", or "NAME: HTML nested
// more than 5000 levels deep, skipped" (gumbo's time is quadratic in depth).
Result<Document> parse_html_article(std::string_view html, std::string_view name);

}  // namespace sitrep::ingest
