// The story text of a web page, without the page around it.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

namespace sitrep::ingest {

// Returns the article's paragraphs, headings and list items, one per line
// ('\n' between them), white space collapsed; "" when the page has none.
//
// Where: the element marked itemprop="articleBody", else the largest
// <article>, else <main> (or role="main"), else the densest block of <p>
// text with its content-bearing siblings. A semantic container is not
// trusted when it holds less than half the text of the densest block outside
// it (teaser cards are often <article>s too).
// What is dropped: script/style/noscript/template, nav, header, footer,
// aside, forms and controls, iframes and media, figure/figcaption; elements
// whose class/id/role says chrome (html_debris.h) unless they hold most of
// the page's text; hidden elements; link lists (blocks mostly link text);
// debris lines (html_debris.h); the links under a "Related"/"Read more"
// heading; repeated blocks (captions often appear twice).
// `outlet` (may be empty) lets captions ending in " - Outlet" be dropped.
// `root` must outlive the call. Traversals are iterative, so deep nesting
// does not exhaust the stack.
std::string extract_article_text(const GumboNode* root, std::string_view outlet);

}  // namespace sitrep::ingest
