// strip_invisible(): invisible format characters out, every other byte as
// it was, and spans found in the visible text mapped back exactly.
#include "text/visible.h"

#include <gtest/gtest.h>

#include <iterator>
#include <string>

namespace sitrep {
namespace {

constexpr const char* kRlm = "\xE2\x80\x8F";
constexpr const char* kLrm = "\xE2\x80\x8E";

TEST(Visible, TextWithoutMarksIsLeftAlone) {
  VisibleText v;
  v.text = "untouched";
  EXPECT_FALSE(strip_invisible("Police raided Karrada, Ḥalab and «al‑Nusra».", v));
  EXPECT_FALSE(strip_invisible("", v));
  EXPECT_FALSE(strip_invisible("bad \xFF\xFE bytes \xE2\x80", v));
  EXPECT_EQ(v.text, "untouched");
}

TEST(Visible, MarksAroundANameAreDroppedAndSpansMapBack) {
  const std::string original = std::string("in ") + kRlm + "Karrada" + kLrm + " on Monday";
  VisibleText v;
  ASSERT_TRUE(strip_invisible(original, v));
  EXPECT_EQ(v.text, "in Karrada on Monday");
  ASSERT_EQ(v.to_original.size(), v.text.size() + 1);
  // "Karrada" is [3, 10) visible; in the original it starts after the RLM
  // and ends before the LRM.
  const Span name = v.original_span({3, 10});
  EXPECT_EQ(name.of(original), "Karrada");
  EXPECT_EQ(v.original_span({11, 20}).of(original), "on Monday");
  EXPECT_EQ(v.original_span({0, 20}), (Span{0, static_cast<uint32_t>(original.size())}));
  EXPECT_EQ(v.original_span({20, 20}), (Span{static_cast<uint32_t>(original.size()),
                                             static_cast<uint32_t>(original.size())}));
}

TEST(Visible, EveryInvisibleKindIsDropped) {
  const char* marks[] = {"\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D", "\xE2\x80\xAA",
                         "\xE2\x80\xAE", "\xE2\x81\xA0", "\xE2\x81\xA6", "\xE2\x81\xA9",
                         "\xEF\xBB\xBF", "\xC2\xAD",     "\xEF\xB8\x8F"};
  for (const char* mark : marks) {
    VisibleText v;
    ASSERT_TRUE(strip_invisible(std::string("a") + mark + "b" + mark, v)) << mark;
    EXPECT_EQ(v.text, "ab") << mark;
  }
}

TEST(Visible, VisibleNonAsciiAndInvalidBytesStay) {
  const std::string original = std::string("بغداد") + kRlm + " \xFF é";
  VisibleText v;
  ASSERT_TRUE(strip_invisible(original, v));
  EXPECT_EQ(v.text, "بغداد \xFF é");
  EXPECT_EQ(v.original_span({0, 10}).of(original), "بغداد");
}

// Long texts take the scan's 64- and 16-byte steps: marks placed at every
// offset around those step edges, among ASCII, accented letters and bad
// bytes, are all found, and only they go.
TEST(Visible, LongTextsLoseEveryMarkAndNothingElse) {
  const char* pieces[] = {"a", " ", "é", "\xFF", "\xC2", "\xE2\x82\xAC", "Karrada"};
  uint32_t state = 12345;
  auto next = [&state](uint32_t n) {  // a fixed pseudo-random sequence
    state = state * 1103515245u + 12345u;
    return (state >> 16) % n;
  };
  for (int round = 0; round < 200; ++round) {
    std::string original, expected;
    const size_t length = 40 + next(200);
    while (original.size() < length) {
      if (next(12) == 0) {
        original += next(2) == 0 ? kRlm : "\xC2\xAD";
      } else {
        const char* piece = pieces[next(std::size(pieces))];
        original += piece;
        expected += piece;
      }
    }
    VisibleText v;
    const bool stripped = strip_invisible(original, v);
    EXPECT_EQ(stripped ? v.text : original, expected) << "round " << round;
    EXPECT_EQ(stripped, expected.size() != original.size()) << "round " << round;
  }
}

}  // namespace
}  // namespace sitrep
