#include "ingest/input_format.h"

#include <cctype>
#include <string>

namespace sitrep::ingest {

std::optional<InputFormat> format_from_extension(std::string_view path) {
  const size_t slash = path.find_last_of('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot == std::string_view::npos || dot == 0) return std::nullopt;
  std::string ext;
  for (char c : name.substr(dot + 1)) ext += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == "txt" || ext == "text") return InputFormat::kText;
  if (ext == "html" || ext == "htm" || ext == "xhtml" || ext == "shtml") return InputFormat::kHtml;
  if (ext == "jsonl" || ext == "ndjson" || ext == "jsonlines") return InputFormat::kJsonl;
  return std::nullopt;
}

InputFormat sniff_format(std::string_view head) {
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  size_t i = 0;
  while (i < head.size() && std::isspace(static_cast<unsigned char>(head[i]))) ++i;
  if (i == head.size()) return InputFormat::kText;
  if (head[i] == '{') return InputFormat::kJsonl;
  if (head[i] == '<') return InputFormat::kHtml;
  return InputFormat::kText;
}

}  // namespace sitrep::ingest
