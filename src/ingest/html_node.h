// Read-only helpers over gumbo's parse tree, shared by the metadata and
// body extractors (internal to the ingest library). Every GumboNode pointer
// must come from a GumboOutput that outlives its use.
#pragma once

#include <gumbo.h>

#include <string>
#include <string_view>

namespace sitrep::ingest::html {

// Lower-case tag name of an element, also for tags gumbo does not know
// ("picture", "amp-img"); "" for text and other non-element nodes.
std::string tag_name(const GumboNode* node);

// Value of attribute `name` (lower case), "" when absent.
std::string_view attribute(const GumboNode* node, const char* name);
bool has_attribute(const GumboNode* node, const char* name);

bool is_element(const GumboNode* node);
bool is_tag(const GumboNode* node, GumboTag tag);

// Children of an element, template or document; nullptr for other nodes.
const GumboVector* children(const GumboNode* node);

// The raw text of a subtree (text, whitespace and CDATA nodes), skipping
// script and style elements below `node` (a script's own text is returned). Iterative: deep trees do not exhaust the stack.
std::string subtree_text(const GumboNode* node);

// Collapses runs of white space (ASCII and Unicode: NBSP, thin and ideographic
// spaces, ...) to one ASCII space, drops zero-width characters and soft
// hyphens, and trims both ends. `s` must be valid UTF-8.
std::string collapse_whitespace(std::string_view s);

// ASCII lower case.
std::string lower(std::string_view s);

}  // namespace sitrep::ingest::html
