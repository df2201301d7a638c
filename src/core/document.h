// The Document flows through every stage. Stages never rewrite `text`: they
// add annotations as Spans into it, so every output field can cite the exact
// bytes it came from. Keep a Document alive while its spans are in use.
#pragma once

#include <optional>
#include <string>

#include "core/civil_date.h"

namespace sitrep {

struct Document {
  std::string id;      // JSONL "id", else the file name without extension
  std::string outlet;  // who published it ("RT", "Reuters")
  std::string url;
  std::string title;
  std::optional<CivilDate> published;
  std::string text;    // clean UTF-8 article text, paragraphs separated by '\n'
  std::string origin;  // where it came from, for messages: "dir/a.jsonl:12"
};

}  // namespace sitrep
