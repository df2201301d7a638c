#include "ingest/html_body.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/html_debris.h"
#include "ingest/html_node.h"

namespace sitrep::ingest {
namespace {

using html::attribute;
using html::lower;

// Elements that never hold story text.
bool is_chrome_tag(const GumboNode* n) {
  switch (n->v.element.tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_MATH:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_MAP:
    case GUMBO_TAG_MENU: case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE:
      return true;
    case GUMBO_TAG_UNKNOWN: {
      const std::string name = html::tag_name(n);
      return name == "picture" || name == "dialog" || name.rfind("amp-", 0) == 0;
    }
    default:
      return n->type == GUMBO_NODE_TEMPLATE;
  }
}

// Elements whose start and end separate blocks of text.
bool is_block_tag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3:
    case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_UL:
    case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR: case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_DETAILS: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_HR:
    case GUMBO_TAG_CENTER: case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_FIELDSET:
      return true;
    default:
      return false;
  }
}

enum class BlockKind { kParagraph, kHeading, kListItem };

BlockKind kind_of(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      return BlockKind::kHeading;
    case GUMBO_TAG_LI: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
      return BlockKind::kListItem;
    default:
      return BlockKind::kParagraph;
  }
}

size_t visible_bytes(const char* s) {
  size_t n = 0;
  for (; *s != '\0'; ++s) n += (*s == ' ' || *s == '\n' || *s == '\t' || *s == '\r') ? 0 : 1;
  return n;
}

const GumboNode* child(const GumboVector* kids, unsigned i) {
  return static_cast<const GumboNode*>(kids->data[i]);
}

struct Stats {
  size_t text = 0;  // visible bytes of text
  size_t link = 0;  // of which inside <a>
  size_t para = 0;  // of which inside <p>
};

class BodyExtractor {
 public:
  BodyExtractor(const GumboNode* root, std::string_view outlet) : root_(root), outlet_(outlet) {}

  std::string run() {
    count(root_);
    total_para_ = stats_[root_].para;
    roots_ = choose_roots();
    for (const GumboNode* r : roots_) emit(r);
    flush();
    return filter();
  }

 private:
  struct Block {
    std::string raw;
    size_t visible = 0;
    size_t link = 0;
    BlockKind kind = BlockKind::kParagraph;
  };

  // Post-order pass: text statistics of every subtree outside chrome tags.
  void count(const GumboNode* top) {
    std::vector<std::pair<const GumboNode*, unsigned>> stack{{top, 0}};
    while (!stack.empty()) {
      auto& [n, next] = stack.back();
      const GumboVector* kids = html::children(n);
      if (kids != nullptr && next < kids->length && !(html::is_element(n) && is_chrome_tag(n))) {
        const GumboNode* c = child(kids, next++);
        stack.push_back({c, 0});
        continue;
      }
      const GumboNode* done = n;
      stack.pop_back();
      Stats s;
      if (done->type == GUMBO_NODE_TEXT || done->type == GUMBO_NODE_CDATA) {
        s.text = visible_bytes(done->v.text.text);
      } else if (html::is_element(done) && !is_chrome_tag(done)) {
        s = stats_[done];
        if (html::is_tag(done, GUMBO_TAG_A)) s.link = s.text;
        if (html::is_tag(done, GUMBO_TAG_P)) s.para = s.text;
        stats_[done] = s;
      }
      if (!stack.empty()) {
        Stats& parent = stats_[stack.back().first];
        parent.text += s.text;
        parent.link += s.link;
        parent.para += s.para;
      }
    }
  }

  // Containers that attribute rules never drop: while choosing, anything
  // that may hold the story; once chosen, only the chosen containers (so a
  // "related-story" <article> inside the story is dropped).
  [[nodiscard]] bool is_protected(const GumboNode* n) const {
    const GumboTag t = n->v.element.tag;
    if (t == GUMBO_TAG_HTML || t == GUMBO_TAG_BODY) return true;
    if (!roots_.empty()) return std::find(roots_.begin(), roots_.end(), n) != roots_.end();
    return t == GUMBO_TAG_MAIN || t == GUMBO_TAG_ARTICLE || lower(attribute(n, "itemprop")) == "articlebody";
  }

  // Chrome by tag, or by attributes unless the element holds most of the text.
  bool is_chrome(const GumboNode* n) {
    if (!html::is_element(n)) return false;
    if (is_chrome_tag(n)) return true;
    if (n == root_ || is_protected(n)) return false;
    // Once the story is chosen, a small <article> inside it is a teaser card
    // or an embed, not part of the story.
    if (!roots_.empty() && html::is_tag(n, GUMBO_TAG_ARTICLE) && stats_[n].para * 5 < stats_[roots_.front()].para) {
      return true;
    }
    if (html::has_attribute(n, "hidden") || attribute(n, "aria-hidden") == "true" ||
        html::is_hidden_style(attribute(n, "style"))) {
      return true;
    }
    const bool by_attr = html::is_chrome_class(attribute(n, "class")) ||
                         html::is_chrome_class(attribute(n, "id")) ||
                         html::is_chrome_role(attribute(n, "role"));
    return by_attr && stats_[n].para * 10 < total_para_ * 6;
  }

  // Pre-order pass over non-chrome elements: candidate containers and the
  // paragraph-density score of each <p>'s parent and grandparent.
  std::vector<const GumboNode*> choose_roots() {
    const GumboNode* body_marked = nullptr;
    const GumboNode* article = nullptr;
    const GumboNode* main = nullptr;
    std::unordered_map<const GumboNode*, double> score;
    std::vector<const GumboNode*> order;  // elements in document order, for deterministic ties
    std::vector<const GumboNode*> stack{root_};
    while (!stack.empty()) {
      const GumboNode* n = stack.back();
      stack.pop_back();
      if (!html::is_element(n) && n->type != GUMBO_NODE_DOCUMENT) continue;
      if (is_chrome(n)) continue;
      if (html::is_element(n)) {
        order.push_back(n);
        const Stats& s = stats_[n];
        if (lower(attribute(n, "itemprop")) == "articlebody" && (!body_marked || s.text > stats_[body_marked].text)) {
          body_marked = n;
        }
        if (html::is_tag(n, GUMBO_TAG_ARTICLE) && (!article || s.para > stats_[article].para)) article = n;
        if ((html::is_tag(n, GUMBO_TAG_MAIN) || lower(attribute(n, "role")) == "main") && !main) main = n;
        if (html::is_tag(n, GUMBO_TAG_P) && n->parent != nullptr) {
          const double len = static_cast<double>(s.text - std::min(s.text, s.link));
          score[n->parent] += len;
          if (n->parent->parent != nullptr) score[n->parent->parent] += len / 2;
        }
      }
      const GumboVector* kids = html::children(n);
      if (kids == nullptr) continue;
      for (unsigned i = kids->length; i > 0; --i) stack.push_back(child(kids, i - 1));
    }
    const GumboNode* dense = nullptr;
    double best = 0;
    for (const GumboNode* node : order) {  // first wins a tie: ancestors before descendants
      auto it = score.find(node);
      if (it != score.end() && it->second > best) {
        best = it->second;
        dense = node;
      }
    }
    for (const GumboNode* semantic : {body_marked, article, main}) {
      if (semantic == nullptr || stats_[semantic].text == 0) continue;
      if (dense == nullptr || contains(semantic, dense) ||
          stats_[semantic].para * 2 >= stats_[dense].para) {
        return {semantic};
      }
    }
    if (dense == nullptr) return {root_};
    return with_content_siblings(dense);
  }

  static bool contains(const GumboNode* outer, const GumboNode* inner) {
    for (const GumboNode* n = inner; n != nullptr; n = n->parent) {
      if (n == outer) return true;
    }
    return false;
  }

  // The densest block and those of its siblings that carry story text too
  // (sites split articles around ads and embeds).
  std::vector<const GumboNode*> with_content_siblings(const GumboNode* best) {
    const GumboNode* parent = best->parent;
    const GumboVector* kids = html::children(parent);
    if (kids == nullptr || parent->type == GUMBO_NODE_DOCUMENT) return {best};
    std::vector<const GumboNode*> out;
    const size_t threshold = stats_[best].para / 5;
    for (unsigned i = 0; i < kids->length; ++i) {
      const GumboNode* k = child(kids, i);
      if (k == best) {
        out.push_back(k);
        continue;
      }
      if (!html::is_element(k) || is_chrome(k)) continue;
      const Stats& s = stats_[k];
      const bool long_paragraph = html::is_tag(k, GUMBO_TAG_P) && s.text >= 80;
      if ((threshold > 0 && s.para >= threshold && s.link * 2 < s.text) || long_paragraph) out.push_back(k);
    }
    return out;
  }

  // Walks a container and cuts its text into blocks.
  void emit(const GumboNode* top) {
    struct Frame {
      const GumboNode* node;
      bool exiting;
    };
    std::vector<Frame> stack{{top, false}};
    while (!stack.empty()) {
      const Frame f = stack.back();
      stack.pop_back();
      const GumboNode* n = f.node;
      if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
        add_text(n->v.text.text);
        continue;
      }
      if (n->type == GUMBO_NODE_DOCUMENT) {
        const GumboVector* kids = html::children(n);
        for (unsigned i = kids->length; i > 0; --i) stack.push_back({child(kids, i - 1), false});
        continue;
      }
      if (!html::is_element(n)) continue;
      const GumboTag tag = n->v.element.tag;
      if (f.exiting) {
        if (tag == GUMBO_TAG_A) --in_link_;
        if (is_block_tag(tag)) {
          flush();
          kinds_.pop_back();
        }
        continue;
      }
      if (is_chrome(n)) continue;
      if (tag == GUMBO_TAG_BR) {
        flush();
        continue;
      }
      if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) add_text(" ");
      if (tag == GUMBO_TAG_A) ++in_link_;
      if (is_block_tag(tag)) {
        flush();
        kinds_.push_back(kind_of(tag));
      }
      stack.push_back({n, true});
      const GumboVector* kids = html::children(n);
      for (unsigned i = kids->length; i > 0; --i) stack.push_back({child(kids, i - 1), false});
    }
  }

  void add_text(const char* text) {
    current_.raw += text;
    const size_t v = visible_bytes(text);
    current_.visible += v;
    if (in_link_ > 0) current_.link += v;
  }

  void flush() {
    if (current_.visible > 0) {
      current_.kind = kinds_.empty() ? BlockKind::kParagraph : kinds_.back();
      blocks_.push_back(std::move(current_));
    }
    current_ = Block{};
  }

  std::string filter() {
    std::string out;
    std::unordered_set<std::string> seen;
    bool in_teaser_list = false;
    for (const Block& b : blocks_) {
      std::string text = html::collapse_whitespace(b.raw);
      if (text.empty()) continue;
      const bool link_heavy = b.link * 10 > b.visible * 3;
      if (in_teaser_list) {
        // Teaser links run until the first ordinary paragraph.
        if (b.kind != BlockKind::kParagraph || link_heavy || text.size() < 80) continue;
        in_teaser_list = false;
      }
      if (html::is_teaser_heading(text) && (b.kind == BlockKind::kHeading || text.size() < 40)) {
        in_teaser_list = true;
        continue;
      }
      if (b.link * 2 > b.visible) continue;
      if (html::is_debris_block(text, outlet_)) continue;
      if (!seen.insert(text).second) continue;
      if (!out.empty()) out += '\n';
      out += text;
    }
    return out;
  }

  const GumboNode* root_;
  std::string_view outlet_;
  std::unordered_map<const GumboNode*, Stats> stats_;
  size_t total_para_ = 0;
  std::vector<const GumboNode*> roots_;  // chosen containers, once chosen
  std::vector<Block> blocks_;
  Block current_;
  std::vector<BlockKind> kinds_;
  int in_link_ = 0;
};

}  // namespace

std::string extract_article_text(const GumboNode* root, std::string_view outlet) {
  return BodyExtractor(root, outlet).run();
}

}  // namespace sitrep::ingest
