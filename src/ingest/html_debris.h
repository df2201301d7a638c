// What page boilerplate looks like: the class names, roles and short lines
// that news sites wrap around an article (share widgets, captions and
// credits, "Related" teasers, cookie banners, section labels). The body
// extractor (html_body.h) decides where to look; this file decides what to
// drop. All checks are case-insensitive and read-only.
#pragma once

#include <string_view>

namespace sitrep::ingest::html {

// True when a class or id attribute names page chrome: one of its words
// (split at spaces, '-' and '_') is a chrome word such as nav, menu, share,
// social, related, comments, cookie, newsletter, promo, ad, sidebar, caption,
// credit, byline, footer, modal ("post-share-buttons", "related_links").
bool is_chrome_class(std::string_view class_or_id);

// True for ARIA roles of page chrome: navigation, banner, contentinfo,
// complementary, search, dialog, alertdialog, menu, menubar, toolbar.
bool is_chrome_role(std::string_view role);

// True when an inline style hides the element (display:none, visibility:hidden).
bool is_hidden_style(std::string_view style);

// True for one block of collapsed text that is debris rather than story:
// a share/subscribe/section word on its own ("Share", "Tweet", "World"),
// a teaser line ("Read more: ...", "Also read: ..."), a photo credit or
// caption credit ("© AFP 2023 / ...", "Photo: ...", "... (AP Photo/...)"),
// a cookie or copyright notice, or a line that is, or ends in, the outlet's
// name ("... - Sputnik International"). `outlet` may be empty.
bool is_debris_block(std::string_view text, std::string_view outlet);

// True for a heading that introduces links to other stories: "Related",
// "Read more", "Most read", "Also read", "More from ...", "You may also like".
bool is_teaser_heading(std::string_view text);

}  // namespace sitrep::ingest::html
