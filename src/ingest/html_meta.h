// Title, outlet, URL and publication date of a web page, from the tags
// publishers put there for search engines and social sites.
#pragma once

#include <gumbo.h>

#include <optional>
#include <string>

#include "core/civil_date.h"

namespace sitrep::ingest {

struct HtmlMeta {
  std::string title;
  std::string outlet;
  std::string url;
  std::optional<CivilDate> published;
};

// Reads the page's metadata. Sources, best first:
//   title:     og:title, twitter:title, JSON-LD headline, dc.title,
//              <title>, the first <h1>; a " | Outlet" suffix is removed (and
//              taken as the outlet when no tag names one)
//   outlet:    og:site_name, JSON-LD publisher.name, dc.publisher,
//              application-name
//   url:       og:url, <link rel="canonical">
//   published: article:published_time (and its og:/itemprop variants),
//              JSON-LD datePublished, other date metas (pubdate,
//              publish-date, dc.date.issued, parsely-pub-date, sailthru.date,
//              ...), <time datetime> (itemprop/pubdate first), a date in the URL
// `root` is GumboOutput::document (or ::root) and must outlive the call.
HtmlMeta extract_html_meta(const GumboNode* root);

}  // namespace sitrep::ingest
