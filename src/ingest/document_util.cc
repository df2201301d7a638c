#include "ingest/document_util.h"

#include "ingest/date_parse.h"

namespace sitrep::ingest {

std::string file_stem(std::string_view path) {
  if (path == "-" || path == "stdin") return "stdin";
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  const size_t slash = path.find_last_of('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find_last_of('.');
  if (dot != std::string_view::npos && dot > 0) name = name.substr(0, dot);
  return std::string(name);
}

bool is_blank(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    // U+00A0 (C2 A0), U+3000 (E3 80 80), U+2000-U+200B, U+202F, U+205F (E2 80|81 xx), U+FEFF.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      ++i;
      continue;
    }
    if (i + 2 < s.size()) {
      const auto c1 = static_cast<unsigned char>(s[i + 1]);
      const auto c2 = static_cast<unsigned char>(s[i + 2]);
      const bool space = (c == 0xE2 && c1 == 0x80 && (c2 <= 0x8B || c2 == 0xAF)) ||
                         (c == 0xE2 && c1 == 0x81 && c2 == 0x9F) ||
                         (c == 0xE3 && c1 == 0x80 && c2 == 0x80) ||
                         (c == 0xEF && c1 == 0xBB && c2 == 0xBF);
      if (space) {
        i += 2;
        continue;
      }
    }
    return false;
  }
  return true;
}

std::string_view trim_ascii(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

void fill_published_from_url(Document& doc) {
  if (doc.published || doc.url.empty()) return;
  doc.published = date_from_url(doc.url);
}

}  // namespace sitrep::ingest
