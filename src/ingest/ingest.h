// The ingest stage: files, directories and stdin in, Documents out.
// DESIGN.md "Input" is the contract; the per-format parsers are
// text_article.h, html_article.h and jsonl_record.h.
//
// Errors in one input never stop the batch: each failure is reported once,
// as an Error whose message is one line naming the input and, for JSONL, the
// line ("a.jsonl:12: truncated JSON record", "b.txt: binary file, skipped",
// "c: cannot read: Permission denied"), and ingestion moves on.
#pragma once

#include <cstddef>
#include <functional>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/document.h"
#include "core/result.h"
#include "ingest/html_article.h"
#include "ingest/input_format.h"
#include "ingest/jsonl_record.h"
#include "ingest/text_article.h"

namespace sitrep::ingest {

struct IngestOptions {
  // When set, replaces every document's publication date (--published).
  std::optional<CivilDate> published;
  // When not empty, replaces every document's outlet (--outlet).
  std::string outlet;
  // Larger records (a JSONL line, a whole text or HTML file) are skipped
  // with an error instead of being loaded: bounds memory on junk input.
  size_t max_record_bytes = size_t{256} << 20;
};

struct IngestStats {
  size_t documents = 0;  // handed to on_document
  size_t failures = 0;   // reported to on_error
};

using DocumentSink = std::function<void(Document&&)>;
using ErrorSink = std::function<void(const Error&)>;

// Reads every path in order. A path is a file (format from its extension,
// else sniffed from its first bytes), a directory (walked recursively in
// byte-wise name order; hidden entries, symlinked directories and files with
// other extensions are skipped silently), or "-" for standard input.
// Documents are handed over one at a time, in input order, each before the
// next is read; JSONL is read line by line, so memory stays bounded by the
// longest record however large the input.
// Failures: "PATH: cannot read: REASON" for missing or unreadable paths and
// directory entries, plus every failure of the format parsers.
IngestStats ingest_paths(const std::vector<std::string>& paths, const IngestOptions& options,
                         const DocumentSink& on_document, const ErrorSink& on_error);

// Reads one stream (a file's contents, or stdin) named `name` in messages
// ("stdin" for standard input; its documents get id "stdin" or
// "stdin-LINE"). Without `format`, sniffs it: JSON lines if the first
// non-blank byte is '{', HTML if '<', else one text article. `in` must
// outlive the call.
IngestStats ingest_stream(std::istream& in, std::string_view name, const IngestOptions& options,
                          const DocumentSink& on_document, const ErrorSink& on_error,
                          std::optional<InputFormat> format = std::nullopt);

}  // namespace sitrep::ingest
