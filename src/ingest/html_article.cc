#include "ingest/html_article.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <string>

#include "ingest/document_util.h"
#include "ingest/encoding.h"
#include "ingest/html_body.h"
#include "ingest/html_meta.h"

namespace sitrep::ingest {
namespace {

struct GumboDeleter {
  void operator()(GumboOutput* out) const { gumbo_destroy_output(&kGumboDefaultOptions, out); }
};
using GumboPtr = std::unique_ptr<GumboOutput, GumboDeleter>;

// gumbo's tree building checks the stack of open elements for every tag, so
// its time grows with the square of the nesting depth: 50,000 unclosed
// <div>s take seconds, 300,000 take many minutes. Real pages nest a few
// dozen levels; past this limit the input is junk or hostile.
constexpr size_t kMaxNesting = 5000;

bool is_lower_alpha(char c) { return c >= 'a' && c <= 'z'; }

// Elements that never nest: void elements and those whose end tag HTML
// lets authors omit (an unclosed <p> or <li> closes at the next one).
bool never_nests(std::string_view name) {
  static constexpr std::string_view kNames[] = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
      "source", "track", "wbr", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th",
      "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp", "image", "keygen"};
  for (std::string_view n : kNames) {
    if (n == name) return true;
  }
  return false;
}

// An upper bound on how deep the tags nest, from one scan of the bytes.
size_t estimate_nesting(std::string_view html) {
  size_t depth = 0, max_depth = 0;
  std::string name;
  for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (html.substr(i, 4) == "<!--") {
      i = html.find("-->", i + 4);
      if (i == std::string_view::npos) break;
      continue;
    }
    const bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t j = i + (closing ? 2 : 1);
    name.clear();
    while (j < html.size() && name.size() < 16) {
      const char c = static_cast<char>(std::tolower(static_cast<unsigned char>(html[j])));
      if (!is_lower_alpha(c) && !(name.size() > 0 && c >= '0' && c <= '9')) break;
      name += c;
      ++j;
    }
    if (name.empty() || never_nests(name)) continue;
    if (closing) {
      if (depth > 0) --depth;
      continue;
    }
    if (name == "script" || name == "style") {  // raw text up to the end tag
      i = html.find("</", j);
      if (i == std::string_view::npos) break;
      --i;
      continue;
    }
    const size_t end = html.find('>', j);
    if (end != std::string_view::npos && end > 0 && html[end - 1] == '/') continue;  // <x/>
    max_depth = std::max(max_depth, ++depth);
  }
  return max_depth;
}

}  // namespace

Result<Document> parse_html_article(std::string_view html, std::string_view name) {
  const std::string prefix = std::string(name) + ": ";
  if (is_blank(html)) return Error{prefix + "empty article, skipped"};
  Result<std::string> decoded = decode_text(html, sniff_html_charset(html));
  if (!decoded) return Error{prefix + decoded.error().message};
  const std::string& page = decoded.value();
  if (estimate_nesting(page) > kMaxNesting) {
    return Error{prefix + "HTML nested more than " + std::to_string(kMaxNesting) + " levels deep, skipped"};
  }

  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // parse errors are not needed, only the tree
  const GumboPtr out(gumbo_parse_with_options(&options, page.data(), page.size()));
  if (!out) return Error{prefix + "cannot parse HTML"};

  const HtmlMeta meta = extract_html_meta(out->document);
  Document doc;
  doc.id = file_stem(name);
  doc.origin = std::string(name);
  // gumbo 0.10 turns a numeric reference past int range ("&#6666666666;")
  // into a byte that is not UTF-8 (found by fuzz/html_fuzzer); repairing
  // here keeps the text valid, so its offsets match the JSON we write.
  doc.title = repair_utf8(meta.title);
  doc.outlet = repair_utf8(meta.outlet);
  doc.url = repair_utf8(meta.url);
  doc.published = meta.published;
  doc.text = repair_utf8(extract_article_text(out->document, meta.outlet));
  if (is_blank(doc.text)) return Error{prefix + "no article text found, skipped"};
  return doc;
}

}  // namespace sitrep::ingest
