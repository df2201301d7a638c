// Internal to the pipeline: where a span sits in the article's layout, as
// the analysis marks it. A place in a dateline ("KABUL, Aug. 9 —") or a
// byline ("By ... in Yola") says where the reporter is, not where events
// are; a date in a dateline is the report's; a headline or photo caption
// repeats the story.
#pragma once

#include <string_view>
#include <vector>

#include "core/span.h"
#include "text/dates.h"

namespace sitrep {

// A place opening a paragraph, in capitals or followed by a dash before the
// story starts: "CULIACAN, Mexico —", "KARACHI:", "ALEPPO, Syria, Oct. 28
// (Reuters) -".
bool is_dateline(std::string_view text, Span span);

// A date in the opening words of a paragraph, before the dash that starts
// the story: "KABUL, Aug. 9 — ...", "BAGHDAD, Feb. 14 (Xinhua) -- ...".
bool in_dateline(std::string_view text, Span span);

// In a line opening "By ": "By Daji Sani in Yola".
bool in_byline(std::string_view text, Span span);

// A paragraph that is one sentence without a closing full stop (a headline,
// "17 killed in drone strike"), or that ends on a date with its year (a
// photo caption, "... in Aden, Yemen January 28, 2018"). `dates` are the
// sentence's.
bool is_headline(std::string_view text, Span sentence, bool alone_in_paragraph,
                 const std::vector<DateMention>& dates);

}  // namespace sitrep
