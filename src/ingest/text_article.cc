#include "ingest/text_article.h"

#include <cctype>
#include <string>
#include <vector>

#include "ingest/date_parse.h"
#include "ingest/document_util.h"
#include "ingest/encoding.h"

namespace sitrep::ingest {
namespace {

constexpr size_t kMaxHeaderLines = 20;

enum class HeaderKey { kTitle, kOutlet, kUrl, kPublished, kId, kIgnored, kUnknown };

HeaderKey header_key(std::string_view key) {
  std::string k;
  for (char c : key) k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (k == "title" || k == "headline") return HeaderKey::kTitle;
  if (k == "outlet" || k == "source" || k == "publisher") return HeaderKey::kOutlet;
  if (k == "url" || k == "link") return HeaderKey::kUrl;
  if (k == "published" || k == "date" || k == "publish date" || k == "published at") {
    return HeaderKey::kPublished;
  }
  if (k == "id") return HeaderKey::kId;
  if (k == "author" || k == "byline") return HeaderKey::kIgnored;
  return HeaderKey::kUnknown;
}

// CRLF and lone CR to '\n'; C0 controls other than \t and \n, and DEL, to a
// space (one byte for one byte, so the text keeps its length otherwise).
// Works in place: the output is never longer than the input.
std::string normalize_controls(std::string text) {
  size_t w = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\r') {
      text[w++] = '\n';
      if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
      text[w++] = ' ';
    } else {
      text[w++] = static_cast<char>(c);
    }
  }
  text.resize(w);
  return text;
}

struct HeaderLine {
  HeaderKey key;
  std::string_view value;
};

// Parses the header block at the start of `text`. Returns the offset where
// the article text starts (0 when there is no header).
size_t parse_header(std::string_view text, Document& doc) {
  std::vector<HeaderLine> lines;
  size_t pos = 0;
  while (true) {
    const size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) return 0;  // no blank line ends it
    const std::string_view line = text.substr(pos, nl - pos);
    if (trim_ascii(line).empty()) {
      if (lines.empty()) return 0;
      pos = nl + 1;
      break;
    }
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos || lines.size() == kMaxHeaderLines) return 0;
    const HeaderKey key = header_key(trim_ascii(line.substr(0, colon)));
    if (key == HeaderKey::kUnknown) return 0;
    lines.push_back({key, trim_ascii(line.substr(colon + 1))});
    pos = nl + 1;
  }
  for (const HeaderLine& h : lines) {
    switch (h.key) {
      case HeaderKey::kTitle: doc.title = h.value; break;
      case HeaderKey::kOutlet: doc.outlet = h.value; break;
      case HeaderKey::kUrl: doc.url = h.value; break;
      case HeaderKey::kPublished: doc.published = parse_date(h.value); break;
      case HeaderKey::kId:
        if (!h.value.empty()) doc.id = h.value;
        break;
      case HeaderKey::kIgnored:
      case HeaderKey::kUnknown: break;
    }
  }
  // Further blank lines between header and text carry nothing.
  while (pos < text.size()) {
    const size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos || !trim_ascii(text.substr(pos, nl - pos)).empty()) break;
    pos = nl + 1;
  }
  return pos;
}

}  // namespace

Result<Document> parse_text_article(std::string_view content, std::string_view name) {
  Result<std::string> decoded = decode_text(content);
  if (!decoded) return Error{std::string(name) + ": " + decoded.error().message};
  std::string text = normalize_controls(std::move(decoded).value());

  Document doc;
  doc.id = file_stem(name);
  doc.origin = std::string(name);
  const size_t start = parse_header(text, doc);
  if (start > 0) text.erase(0, start);
  if (is_blank(text)) return Error{std::string(name) + ": empty article, skipped"};
  doc.text = std::move(text);
  fill_published_from_url(doc);
  return doc;
}

}  // namespace sitrep::ingest
