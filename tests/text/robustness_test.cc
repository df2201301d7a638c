// Random and hostile input for every text-stage call: no crash, and every
// span stays inside what was asked for, in order and without overlap.
#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "text/dates.h"
#include "text/normalize.h"
#include "text/numbers.h"
#include "text/sentences.h"
#include "text/tokens.h"

namespace sitrep {
namespace {

// Pieces that exercise the scanners' branches when glued at random.
const std::vector<std::string> kPieces = {
    " ", "  ", "\n", "\n\n", "\r\n", "\t", ".", "...", "!", "?", ",", "-", "/", ":", "'", "\"",
    "(", ")", "$", "%", "+", "#", "0", "7", "12", "31", "2016", "2,000", "1.5", "13:22", "4-5",
    "a", "an", "the", "of", "and", "or", "at", "least", "more", "than", "over", "some", "no",
    "one", "two", "twenty-one", "hundred", "thousand", "million", "dozen", "dozens", "scores",
    "tens", "several", "few", "half", "aged", "years", "old", "two-year-old", "6,000-strong",
    "May", "Oct", "October", "Sept", "Friday", "Fri", "last", "since", "late", "early", "on",
    "night", "week", "month", "yesterday", "ago", "past", "hours", "days", "within", "U.S.",
    "Lt.-Gen.", "Mr", "No", "mid-October", "a.m.", "'s", "\xE2\x80\x99s", "\xE2\x80\x9C",
    "\xE2\x80\x9D", "\xE2\x80\x93", "\xE2\x80\xA6", "\xC2\xA0", "\xE2\x80\x8F", "\xC3\xA9",
    "\xC5\x9E", "\xD8\xAD", "\xFF", "\xC3", "\xE2\x80", "\xF0\x9F\x98\x80", "\xED\xA0\x80",
    "Aleppo", "rebels", "killed", "99999999999999999999999"};

void check_spans_inside(const std::vector<Span>& spans, Span within, bool ordered) {
  uint32_t last_end = within.start;
  for (Span s : spans) {
    ASSERT_LE(within.start, s.start);
    ASSERT_LE(s.start, s.end);
    ASSERT_LE(s.end, within.end);
    if (ordered) {
      ASSERT_LE(last_end, s.start);
      last_end = s.end;
    }
  }
}

TEST(RobustnessTest, RandomPiecesNeverBreakInvariants) {
  std::mt19937 rng(20161028);
  const CivilDate anchor{2016, 10, 28};
  // SITREP_FUZZ_ROUNDS raises the count for a longer local run.
  const char* env = std::getenv("SITREP_FUZZ_ROUNDS");
  const int rounds = env && *env ? std::atoi(env) : 1500;
  for (int round = 0; round < rounds; ++round) {
    std::string text;
    const int n = static_cast<int>(rng() % 60);
    for (int k = 0; k < n; ++k) text += kPieces[rng() % kPieces.size()];
    const auto size = static_cast<uint32_t>(text.size());
    const uint32_t a = size == 0 ? 0 : static_cast<uint32_t>(rng() % (size + 1));
    const uint32_t b = a + (size == a ? 0 : static_cast<uint32_t>(rng() % (size - a + 1)));
    const Span within{a, b};
    SCOPED_TRACE(text);

    const NormalizedText norm = normalize_for_matching(text);
    ASSERT_EQ(norm.to_original.size(), norm.text.size() + 1);
    const Span back = norm.original_span(0, static_cast<uint32_t>(norm.text.size()));
    ASSERT_LE(back.end, size);
    (void)fold_key(text);

    check_spans_inside(split_sentences(text), Span{0, size}, true);

    const std::vector<Token> toks = tokenize(text, within);
    std::vector<Span> tok_spans;
    for (const Token& t : toks) {
      ASSERT_FALSE(t.span.empty());
      tok_spans.push_back(t.span);
    }
    check_spans_inside(tok_spans, within, true);

    std::vector<Span> spans;
    for (const Quantity& q : find_quantities(text, within)) {
      ASSERT_GE(q.value, 0);
      ASSERT_TRUE(q.span.contains(q.number));
      spans.push_back(q.span);
    }
    check_spans_inside(spans, within, true);

    spans.clear();
    for (const DateMention& d : find_dates(text, within, anchor)) spans.push_back(d.span);
    check_spans_inside(spans, within, true);
    spans.clear();
    for (const DateMention& d : find_dates(text, within, std::nullopt)) spans.push_back(d.span);
    check_spans_inside(spans, within, true);

    (void)find_dateline(text);
    (void)parse_number(text);
  }
}

TEST(RobustnessTest, LongDegenerateInputs) {
  for (const std::string piece : {".", "\n", "-", "1", "a ", "\xFF", "\xE2\x80\x8B", "May ", "one "}) {
    std::string text;
    while (text.size() < 200000) text += piece;
    const Span all{0, static_cast<uint32_t>(text.size())};
    EXPECT_EQ(normalize_for_matching(text).to_original.back(), text.size());
    (void)split_sentences(text);
    (void)find_quantities(text, all);
    (void)find_dates(text, all, CivilDate{2016, 10, 28});
    (void)find_dateline(text);
  }
}

}  // namespace
}  // namespace sitrep
