#include "ingest/html_meta.h"

#include <nlohmann/json.hpp>

#include <climits>
#include <utility>
#include <vector>

#include "ingest/date_parse.h"
#include "ingest/html_node.h"

namespace sitrep::ingest {
namespace {

using html::attribute;
using html::collapse_whitespace;
using html::lower;

// The best value seen so far for one field (lower rank is better; the first
// value seen wins a tie, as pages put the main article's tags first).
struct Candidate {
  std::string value;
  int rank = INT_MAX;
  void offer(std::string_view v, int r) {
    if (r >= rank) return;
    std::string clean = collapse_whitespace(v);
    if (clean.empty()) return;
    value = std::move(clean);
    rank = r;
  }
};

struct DateCandidate {
  std::optional<CivilDate> value;
  int rank = INT_MAX;
  // An unparsable date never blocks a parsable one ranked lower.
  void offer(std::string_view v, int r) {
    if (r >= rank) return;
    if (auto d = parse_date(v)) {
      value = d;
      rank = r;
    }
  }
};

struct Collector {
  Candidate title, outlet, url;
  DateCandidate published;
  bool saw_h1 = false;
};

int title_rank(const std::string& key) {
  if (key == "og:title") return 0;
  if (key == "twitter:title") return 1;
  if (key == "dc.title" || key == "dcterms.title") return 3;
  return -1;
}

int outlet_rank(const std::string& key) {
  if (key == "og:site_name") return 0;
  if (key == "dc.publisher" || key == "dcterms.publisher") return 2;
  if (key == "application-name") return 3;
  return -1;
}

int date_rank(const std::string& key) {
  if (key == "article:published_time" || key == "og:article:published_time" ||
      key == "og:published_time" || key == "article:published") {
    return 0;
  }
  if (key == "datepublished") return 1;
  static const char* const kOther[] = {
      "pubdate", "publishdate", "publish-date", "publish_date", "publication_date",
      "published_time", "published-date", "date", "dc.date.issued", "dc.date", "dcterms.created",
      "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published",
      "originalpublicationdate", "release_date", "cxenseparse:recs:publishtime"};
  for (const char* k : kOther) {
    if (key == k) return 2;
  }
  return -1;
}

void on_meta(const GumboNode* n, Collector& c) {
  std::string_view k = attribute(n, "property");
  if (k.empty()) k = attribute(n, "name");
  if (k.empty()) k = attribute(n, "itemprop");
  if (k.empty()) return;
  const std::string key = lower(k);
  const std::string_view content = attribute(n, "content");
  if (const int r = title_rank(key); r >= 0) c.title.offer(content, r);
  if (const int r = outlet_rank(key); r >= 0) c.outlet.offer(content, r);
  if (key == "og:url") c.url.offer(content, 0);
  if (const int r = date_rank(key); r >= 0) c.published.offer(content, r);
}

bool is_article_type(const nlohmann::json& type) {
  auto article = [](const std::string& t) {
    return t.find("Article") != std::string::npos || t == "BlogPosting" || t == "Report";
  };
  if (type.is_string()) return article(type.get<std::string>());
  if (type.is_array()) {
    for (const auto& t : type) {
      if (t.is_string() && article(t.get<std::string>())) return true;
    }
  }
  return false;
}

void on_json_ld(std::string_view text, Collector& c) {
  const nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false,
                                                   /*ignore_comments=*/true);
  if (doc.is_discarded()) return;
  std::vector<std::pair<const nlohmann::json*, int>> stack{{&doc, 0}};
  while (!stack.empty()) {
    // Not a structured binding: clang 14 (the fuzz build) cannot capture one
    // in the lambda below.
    const nlohmann::json* j = stack.back().first;
    const int depth = stack.back().second;
    stack.pop_back();
    if (depth > 8) continue;
    if (j->is_array()) {
      for (auto it = j->rbegin(); it != j->rend(); ++it) stack.push_back({&*it, depth + 1});
      continue;
    }
    if (!j->is_object()) continue;
    const bool article = j->contains("@type") && is_article_type((*j)["@type"]);
    auto str = [&](const char* key) -> std::string {
      auto it = j->find(key);
      return it != j->end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    c.title.offer(str("headline"), article ? 2 : 4);
    c.published.offer(str("datePublished"), article ? 1 : 3);
    if (auto p = j->find("publisher"); article && p != j->end()) {
      if (p->is_string()) c.outlet.offer(p->get<std::string>(), 1);
      if (p->is_object() && p->contains("name") && (*p)["name"].is_string()) {
        c.outlet.offer((*p)["name"].get<std::string>(), 1);
      }
    }
    if (auto g = j->find("@graph"); g != j->end()) stack.push_back({&*g, depth + 1});
  }
}

void on_element(const GumboNode* n, Collector& c) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_META: on_meta(n, c); return;
    case GUMBO_TAG_LINK:
      if (lower(attribute(n, "rel")) == "canonical") c.url.offer(attribute(n, "href"), 1);
      return;
    case GUMBO_TAG_TITLE:
      c.title.offer(html::subtree_text(n), 5);
      return;
    case GUMBO_TAG_H1:
      // After <title>: some sites put their logo in the first <h1>.
      if (!c.saw_h1) c.title.offer(html::subtree_text(n), 6);
      c.saw_h1 = true;
      return;
    case GUMBO_TAG_SCRIPT:
      if (lower(attribute(n, "type")) == "application/ld+json") on_json_ld(html::subtree_text(n), c);
      return;
    case GUMBO_TAG_TIME: {
      std::string_view when = attribute(n, "datetime");
      const std::string text = html::subtree_text(n);
      if (when.empty()) when = text;
      const bool published = lower(attribute(n, "itemprop")) == "datepublished" ||
                             html::has_attribute(n, "pubdate") ||
                             lower(attribute(n, "class")).find("publish") != std::string::npos;
      c.published.offer(when, published ? 1 : 4);
      return;
    }
    default: break;
  }
  // itemprop="datePublished" on a non-meta element.
  if (lower(attribute(n, "itemprop")) == "datepublished") {
    std::string_view when = attribute(n, "content");
    if (when.empty()) when = attribute(n, "datetime");
    c.published.offer(when, 1);
  }
}

bool iequal(std::string_view a, std::string_view b) { return lower(a) == lower(b); }

// "Headline | Outlet" -> "Headline" (and the outlet, when none is known).
std::string clean_title(std::string title, std::string& outlet) {
  static const char* const kSeparators[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "};
  for (const char* sep : kSeparators) {
    const size_t at = title.rfind(sep);
    if (at == std::string::npos || at == 0) continue;
    const std::string_view tail = std::string_view(title).substr(at + std::string_view(sep).size());
    if (!outlet.empty() && iequal(tail, outlet)) return title.substr(0, at);
    if (outlet.empty() && std::string_view(sep) == " | ") {
      size_t words = 1;
      for (char ch : tail) words += ch == ' ' ? 1 : 0;
      if (words <= 4) {
        outlet = std::string(tail);
        return title.substr(0, at);
      }
    }
    const size_t head = title.find(sep);
    if (!outlet.empty() && head != std::string::npos && iequal(title.substr(0, head), outlet)) {
      return title.substr(head + std::string_view(sep).size());
    }
  }
  return title;
}

}  // namespace

HtmlMeta extract_html_meta(const GumboNode* root) {
  Collector c;
  std::vector<const GumboNode*> stack{root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (html::is_element(n)) on_element(n, c);
    const GumboVector* kids = html::children(n);
    if (kids == nullptr) continue;
    for (unsigned i = kids->length; i > 0; --i) {
      stack.push_back(static_cast<const GumboNode*>(kids->data[i - 1]));
    }
  }
  HtmlMeta meta;
  meta.outlet = c.outlet.value;
  meta.title = clean_title(c.title.value, meta.outlet);
  meta.url = c.url.value;
  meta.published = c.published.value;
  if (!meta.published) meta.published = date_from_url(meta.url);
  return meta;
}

}  // namespace sitrep::ingest
