// Which parser an input goes to: by file extension, else by its first bytes.
#pragma once

#include <optional>
#include <string_view>

namespace sitrep::ingest {

enum class InputFormat { kText, kHtml, kJsonl };

// The format a file name's extension names (case-insensitive): .txt/.text,
// .html/.htm/.xhtml/.shtml, .jsonl/.ndjson/.jsonlines. nullopt for any other
// extension (including .json, which is as often one object as JSON lines),
// so directory walks skip those files and explicit paths get sniffed.
std::optional<InputFormat> format_from_extension(std::string_view path);

// Guesses from the first bytes: '{' first (after a BOM and whitespace) is
// JSON lines, '<' first is HTML, anything else is text.
InputFormat sniff_format(std::string_view head);

}  // namespace sitrep::ingest
