#include "ingest/html_debris.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/html_node.h"

namespace sitrep::ingest::html {
namespace {

bool contains_word(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }
bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}
bool contains(std::string_view s, std::string_view part) { return s.find(part) != std::string_view::npos; }

// Lower case, without surrounding punctuation, arrows and bullets, so that
// "SHARE:", "» Read more" and "Related ›" compare equal to their words.
std::string normalize(std::string_view text) {
  std::string s = lower(text);
  auto edge = [](unsigned char c) {
    return c < 0x80 ? (std::isspace(c) || std::ispunct(c)) : false;
  };
  // Multi-byte arrows and bullets: » › • ▶ →.
  static constexpr std::string_view kSymbols[] = {"\xC2\xBB", "\xE2\x80\xBA", "\xE2\x80\xA2",
                                                  "\xE2\x96\xB6", "\xE2\x86\x92"};
  auto strip_symbols = [&](bool front) {
    for (bool again = true; again;) {
      again = false;
      while (!s.empty() && edge(static_cast<unsigned char>(front ? s.front() : s.back()))) {
        if (front) {
          s.erase(0, 1);
        } else {
          s.pop_back();
        }
        again = true;
      }
      for (std::string_view sym : kSymbols) {
        if (front && starts_with(s, sym)) {
          s.erase(0, sym.size());
          again = true;
        } else if (!front && ends_with(s, sym)) {
          s.erase(s.size() - sym.size());
          again = true;
        }
      }
    }
  };
  strip_symbols(true);
  strip_symbols(false);
  return s;
}

bool is_chrome_word(std::string_view w) {
  return contains_word(
      w, {"nav",         "navbar",      "navigation",  "menu",         "breadcrumb",    "breadcrumbs",
          "share",       "sharing",     "sharebar",    "social",       "socials",       "related",
          "recommended", "recommendations", "recirculation", "comment", "comments",     "disqus",
          "cookie",      "cookies",     "consent",     "gdpr",         "newsletter",    "subscribe",
          "subscription", "signup",     "promo",       "promotion",    "advert",        "advertisement",
          "advertising", "ad",          "ads",         "adslot",       "dfp",           "sponsor",
          "sponsored",   "sidebar",     "widget",      "widgets",      "popular",       "mostread",
          "trending",    "caption",     "captions",    "credit",       "credits",       "byline",
          "author",      "tags",        "footer",      "header",       "masthead",      "banner",
          "modal",       "popup",       "overlay",     "toolbar",      "pagination",    "pager",
          "outbrain",    "taboola",     "readmore",    "alsoread",     "teaser",        "teasers",
          "hidden",      "skip",        "print",       "meta",         "tools",         "login"});
}

}  // namespace

bool is_chrome_class(std::string_view class_or_id) {
  const std::string s = lower(class_or_id);
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t j = i;
    while (j < s.size() && std::isalnum(static_cast<unsigned char>(s[j]))) ++j;
    if (j > i && is_chrome_word(std::string_view(s).substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

bool is_chrome_role(std::string_view role) {
  const std::string r = lower(role);
  return contains_word(r, {"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                           "alertdialog", "menu", "menubar", "toolbar"});
}

bool is_hidden_style(std::string_view style) {
  std::string s;
  for (char c : lower(style)) {
    if (c != ' ') s += c;
  }
  return contains(s, "display:none") || contains(s, "visibility:hidden");
}

bool is_teaser_heading(std::string_view text) {
  const std::string s = normalize(text);
  if (s.size() > 60) return false;
  if (contains_word(s, {"related", "related articles", "related stories", "related news",
                        "related content", "related coverage", "related posts", "read more",
                        "read next", "more on this", "more on this story", "more stories",
                        "more news", "most read", "most popular", "most viewed", "popular",
                        "popular now", "trending", "trending now", "also read", "read also",
                        "see also", "recommended", "recommended for you", "recommended stories",
                        "you may also like", "you might also like", "you may be interested in",
                        "editor's picks", "editors' picks", "top stories", "latest news",
                        "latest stories", "in case you missed it", "further reading",
                        "what to read next", "around the web", "from the web",
                        "sponsored stories", "promoted stories", "more"})) {
    return true;
  }
  return starts_with(s, "more from ") || starts_with(s, "more on ") || starts_with(s, "more in ") ||
         starts_with(s, "latest from ") || starts_with(s, "related ");
}

bool is_debris_block(std::string_view text, std::string_view outlet) {
  const std::string s = normalize(text);
  if (s.empty()) return true;
  // Widget and section words on their own.
  if (contains_word(s, {"share", "share this", "share this article", "share this story",
                        "share on facebook", "share on twitter", "share via email", "tweet",
                        "email", "e-mail", "print", "subscribe", "subscribe now", "sign up",
                        "sign in", "log in", "login", "register", "follow us", "follow", "like",
                        "comments", "comment", "leave a comment", "advertisement", "advertising",
                        "ad", "sponsored", "sponsored content", "continue reading", "click here",
                        "listen", "listen to this article", "copy link", "link copied",
                        "whatsapp", "facebook", "twitter", "telegram", "linkedin", "reddit",
                        "pinterest", "vk", "skip to content", "skip to main content", "menu",
                        "search", "close", "back to top", "loading", "world", "news", "politics",
                        "middle east", "africa", "asia", "europe", "americas", "opinion",
                        "analysis", "business", "sport", "sports", "video", "videos", "photos",
                        "home", "live", "top"})) {
    return true;
  }
  if (is_teaser_heading(text) && s.size() < 30) return true;
  // Teaser and promotion lines.
  for (std::string_view p : {"read more:", "also read:", "read also:", "related:", "see also:",
                             "watch:", "recommended:", "don't miss:", "click here", "subscribe to ",
                             "sign up for ", "follow us on ", "download our app", "join our ",
                             "get the latest ", "read the full story"}) {
    if (starts_with(s, p)) return true;
  }
  const bool short_line = s.size() < 300;
  // Photo credits and captions with credits.
  if (starts_with(text, "\xC2\xA9") || starts_with(s, "(c) ") || starts_with(s, "copyright ")) return true;
  for (std::string_view p : {"photo:", "photo credit", "photograph:", "image:", "image credit",
                             "picture:", "credit:", "file photo", "(photo:", "photo by "}) {
    if (starts_with(s, p) && short_line) return true;
  }
  if (short_line) {
    for (std::string_view p : {"getty images", "shutterstock", "ap photo/", "afp photo",
                               "all rights reserved"}) {
      if (contains(s, p) && s.size() < 200) return true;
    }
    if (contains(s, "cookie") &&
        (contains(s, "we use") || contains(s, "accept") || contains(s, "consent") || contains(s, "privacy"))) {
      return true;
    }
  }
  // The outlet's name, alone or as a caption suffix.
  if (!outlet.empty()) {
    const std::string o = normalize(outlet);
    if (!o.empty() && (s == o || (short_line && (ends_with(s, " - " + o) || ends_with(s, " | " + o))))) {
      return true;
    }
  }
  return false;
}

}  // namespace sitrep::ingest::html
