// One line of a JSON-lines file as one article.
#pragma once

#include <string_view>

#include "core/document.h"
#include "core/result.h"

namespace sitrep::ingest {

// Parses one JSONL record. `origin` is "PATH:LINE"; it prefixes messages and
// becomes Document::origin. A record without an id gets "<file stem>-<LINE>".
//
// Fields (keys matched case-insensitively; when several aliases are present
// the earlier one in each list wins; unknown keys are ignored):
//   id        id, doc_id, article_id, guid (a number is accepted too)
//   url       url, link, source_url, canonical_url
//   outlet    outlet, source, publisher, site_name, source_name, source_domain,
//             or the "name" inside an object under one of those
//             ({"source": {"name": "Reuters"}}, as NewsAPI writes)
//   published published, date, publish_date, published_at, publishedAt,
//             date_published, date_publish, pubDate, datePublished, pub_date
//             (a string per date_parse.h, or epoch seconds/milliseconds;
//             unparsable leaves it empty; missing falls back to the URL)
//   title     title, headline
//   text      text, content, body, maintext, article, article_text, full_text
//   html      html, raw_html: used only when there is no text field; the page
//             is cleaned as parse_html_article does, and its metadata fills
//             fields the record lacks.
// The text is kept byte for byte (evidence offsets index it). JSON null is
// the same as a missing field. Invalid UTF-8 in the line is repaired first.
//
// Fails (message "ORIGIN: ...") with: truncated JSON; invalid JSON at byte N;
// record is not a JSON object; "KEY" is not a string (a text field holding a
// number, array or object); no text field; empty article, skipped.
// Parsing streams over the line (SAX): memory is the line plus the text.
Result<Document> parse_jsonl_record(std::string_view line, std::string_view origin);

}  // namespace sitrep::ingest
