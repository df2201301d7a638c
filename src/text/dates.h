// Date expressions, resolved against an anchor (normally the publication
// date), and the publication date stated at the top of an article.
//
// find_dates() recognises
//   absolute  "2016-10-28", "2019/03/01", "28.10.2016", "08-08-2022" (D-M-Y),
//             "03/March/2021", "Oct 28, 2016", "Oct. 28 2016", "October 28th",
//             "28 October 2016", "31 Oct, 2016 13:22" (the time joins the
//             span), "the 17th of August 2017", "Monday, 14 September 2021",
//             "Tue Oct 22, 2013";
//   no year   "October 28", "on May 9", "28 Oct": the latest date with that
//             month and day no more than 7 days after the anchor (so usually
//             the anchor's year, the year before when it would lie in the
//             future, the next year for "January 2" in a 30 December
//             article); "5 October last year": the year before the anchor;
//   ranges    "4-5 May", "May 4-5", "night of 4-5 May" (multi_day, with end);
//   months    "in February", "October 2016", "in February and June of 2015"
//             (two mentions, both 2015), "from February to September",
//             "last month", "earlier this month" (precision kMonth, date =
//             the 1st);
//   weeks     "last week", "this week", "earlier this week", "last weekend"
//             (precision kWeek, date = Monday of that week; Saturday for
//             weekends);
//   weekdays  "Friday", "on Friday", "late Friday", "Friday morning/night",
//             "late on Thursday night", "Friday's": the Friday on or before
//             the anchor (the anchor itself when it is a Friday); "last
//             Sunday": strictly before the anchor; "next Monday": strictly
//             after; "since Friday morning": multi_day, end = anchor;
//   relative  "yesterday", "today", "tonight", "last night", "this morning",
//             "the day before yesterday", "two days ago", "a week ago";
//   periods   "within the last 24 hours", "over the past 48 hours", "in the
//             past two days", "the past week": multi_day, date = the anchor
//             minus the period (24 hours = 1 day), end = anchor.
// A bare month name needs a cue ("in", "since", "of", "early", a year...) so
// that "May" the verb and "March" the noun stay out; a bare year ("in 2015")
// is not a date mention (no precision for it).
// Without an anchor, relative mentions are still reported, with date nullopt.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "core/civil_date.h"
#include "core/document.h"
#include "core/event.h"
#include "core/span.h"
#include "text/lower_tokens.h"
#include "text/token_starts.h"
#include "text/tokens.h"

namespace sitrep {

struct DateMention {
  Span span;                     // the words: "since Friday morning", "Oct 28, 2016"
  std::optional<CivilDate> date; // resolved start; nullopt when it needs an anchor
  std::optional<CivilDate> end;  // last day of a multi-day mention, when known
  TimePrecision precision = TimePrecision::kDay;
  bool relative = false;   // resolved against the anchor (weekday, "yesterday", no year)
  bool multi_day = false;  // ranges, "over the last 48 hours", "since Friday"
};

// Date mentions in text[within], in order, not overlapping. Spans index `text`.
std::vector<DateMention> find_dates(std::string_view text, Span within,
                                    std::optional<CivilDate> anchor);
// Same over tokens the caller already has (from tokenize() on `text`).
std::vector<DateMention> find_dates(std::string_view text, const std::vector<Token>& tokens,
                                    std::optional<CivilDate> anchor);
// Same, sharing the lowercased tokens (LowerTokens(text, tokens)) with the
// caller's other scans of the sentence.
std::vector<DateMention> find_dates(std::string_view text, const std::vector<Token>& tokens,
                                    const LowerTokens& lower, std::optional<CivilDate> anchor);
// Same, also sharing TokenStarts(tokens, lower), and appending to `out` so a
// caller reading many sentences reuses one vector.
void find_dates(std::string_view text, const std::vector<Token>& tokens, const LowerTokens& lower,
                const TokenStarts& starts, std::optional<CivilDate> anchor,
                std::vector<DateMention>& out);

// The publication date an article states near its top (first ~400 bytes):
// "Oct 28, 2016", "31 Oct, 2016 13:22", "Monday, 14 September 2021",
// "2021-09-14", "date 2016-10-28", "Published Apr 23, 2024". Only full
// dates with a year count, and only where a dateline stands: on a short line
// or after at most a few words of its line, not after a preposition ("on
// August 6, 2016" in a photo caption is an event date). nullopt if none.
std::optional<CivilDate> find_dateline(std::string_view text);

// Sets doc.published from find_dateline(doc.text) when it is empty; keeps a
// date the input already gave.
void fill_published_from_dateline(Document& doc);

}  // namespace sitrep
