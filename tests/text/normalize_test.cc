#include "text/normalize.h"

#include <gtest/gtest.h>

#include "case_name.h"

#include <chrono>
#include <string>

namespace sitrep {
namespace {

struct NormalizeCase {
  std::string in;
  std::string out;
};
void PrintTo(const NormalizeCase& c, std::ostream* os) { *os << testing::case_name(c.in); }

class NormalizeTable : public ::testing::TestWithParam<NormalizeCase> {};

TEST_P(NormalizeTable, Folds) {
  const NormalizeCase& c = GetParam();
  const NormalizedText n = normalize_for_matching(c.in);
  EXPECT_EQ(n.text, c.out) << "input: " << c.in;
  ASSERT_EQ(n.to_original.size(), n.text.size() + 1);
  EXPECT_EQ(n.to_original.back(), c.in.size());
  for (size_t i = 1; i < n.text.size(); ++i) {
    EXPECT_LE(n.to_original[i - 1], n.to_original[i]) << "offsets must not go back";
  }
}

INSTANTIATE_TEST_SUITE_P(
    Cases, NormalizeTable,
    ::testing::Values(
        NormalizeCase{"", ""}, NormalizeCase{"Plain ASCII, Case Kept.", "Plain ASCII, Case Kept."},
        NormalizeCase{"Aleppo\xE2\x80\x99s", "Aleppo's"},                       // ’
        NormalizeCase{"\xE2\x80\x98quoted\xE2\x80\x99", "'quoted'"},            // ‘ ’
        NormalizeCase{"\xE2\x80\x9Cmoderate\xE2\x80\x9D", "\"moderate\""},      // “ ”
        NormalizeCase{"\xC2\xABlabel\xC2\xBB", "\"label\""},                    // « »
        NormalizeCase{"5\xE2\x80\xB2 and 6\xE2\x80\xB3", "5' and 6\""},         // ′ ″
        NormalizeCase{"a\xE2\x80\x93" "b\xE2\x80\x94" "c\xE2\x88\x92" "d", "a-b-c-d"},  // – — −
        NormalizeCase{"al\xE2\x80\x91Nusra", "al-Nusra"},                       // non-breaking hyphen
        NormalizeCase{"a\xC2\xA0" "b\xE2\x80\x89" "c\xE3\x80\x80" "d", "a b c d"},  // NBSP, thin, ideographic
        NormalizeCase{"Jabhat Fat\xE1\xB8\xA5 al-Sh\xC4\x81m", "Jabhat Fath al-Sham"},  // ḥ ā
        NormalizeCase{"\xC5\x9E" "anl\xC4\xB1" "urfa", "Sanliurfa"},            // Ş ı
        NormalizeCase{"Caf\xC3\xA9 \xC3\x89" "cole", "Cafe Ecole"},             // é É
        NormalizeCase{"Stra\xC3\x9F" "e \xC3\x86sir \xC5\x81\xC3\xB3" "d\xC5\xBA", "Strasse AEsir Lodz"},
        NormalizeCase{"Cafe\xCC\x81", "Cafe"},                                  // combining acute dropped
        NormalizeCase{"Ka\xCA\xBF" "ba \xCA\xBE" "Ali", "Ka'ba 'Ali"},          // ʿ ʾ
        NormalizeCase{"Ta\xCA\xBCif", "Ta'if"},                                 // ʼ
        NormalizeCase{"zero\xE2\x80\x8Bwidth", "zerowidth"},                    // ZWSP
        NormalizeCase{"\xE2\x80\x8F" "abc\xE2\x80\x8E", "abc"},                 // RLM, LRM
        NormalizeCase{"\xEF\xBB\xBF" "BOM", "BOM"},                             // BOM
        NormalizeCase{"soft\xC2\xADhyphen", "softhyphen"},                      // soft hyphen
        NormalizeCase{"wait\xE2\x80\xA6", "wait..."},                           // …
        NormalizeCase{"\xEF\xBC\xA1\xEF\xBC\x91", "A1"},                        // fullwidth
        NormalizeCase{"\xEF\xAC\x81" "re", "fire"},                             // ﬁ ligature
        NormalizeCase{"\xD8\xAD\xD9\x84\xD8\xA8", "\xD8\xAD\xD9\x84\xD8\xA8"},  // Arabic unchanged
        NormalizeCase{"\xD0\x90\xD0\xBB\xD0\xB5\xD0\xBF\xD0\xBF\xD0\xBE",
                      "\xD0\x90\xD0\xBB\xD0\xB5\xD0\xBF\xD0\xBF\xD0\xBE"},      // Cyrillic unchanged
        NormalizeCase{"\xE4\xB8\xAD\xE6\x96\x87", "\xE4\xB8\xAD\xE6\x96\x87"},  // CJK unchanged
        NormalizeCase{"bad\xFF" "byte", "bad byte"},                            // invalid byte
        NormalizeCase{"\xC3(", " ("},                                           // truncated sequence
        NormalizeCase{"\xE2\x80", "  "},                                        // truncated at end
        NormalizeCase{"\xED\xA0\x80", "   "},                                   // surrogate: 3 bad bytes
        NormalizeCase{"\xC0\xAF", "  "}));                                      // overlong

TEST(NormalizeTest, OffsetsPointAtSourceCharacters) {
  const std::string in = "Ḥalab’s \xE2\x80\x8F" "caf\xC3\xA9";
  const NormalizedText n = normalize_for_matching(in);
  ASSERT_EQ(n.text, "Halab's cafe");
  // "Halab" in the folded text is "Ḥalab" (3-byte Ḥ) in the original.
  EXPECT_EQ(n.original_span(0, 5).of(in), "Ḥalab");
  // "'s" came from "’s".
  EXPECT_EQ(n.original_span(5, 7).of(in), "\xE2\x80\x99s");
  // "cafe" ends on the whole é, and starts after the dropped RLM.
  EXPECT_EQ(n.original_span(8, 12).of(in), "caf\xC3\xA9");
  // A span ending before a dropped mark runs up to the next kept character.
  EXPECT_EQ(n.original_span(0, 7).of(in), "Ḥalab’s");
  EXPECT_EQ(n.original_span(0, 8).of(in), "Ḥalab’s \xE2\x80\x8F");
}

TEST(NormalizeTest, ExpansionNeverCutsACharacter) {
  const std::string in = "Gro\xC3\x9F" "e";  // Große → Grosse
  const NormalizedText n = normalize_for_matching(in);
  ASSERT_EQ(n.text, "Grosse");
  EXPECT_EQ(n.original_span(3, 4).of(in), "\xC3\x9F");  // half of "ss" maps to all of ß
  EXPECT_EQ(n.original_span(0, 6).of(in), in);
}

TEST(NormalizeTest, OriginalSpanClampsAndHandlesEmpty) {
  const std::string in = "abc";
  const NormalizedText n = normalize_for_matching(in);
  EXPECT_EQ(n.original_span(1, 1), (Span{1, 1}));
  EXPECT_EQ(n.original_span(2, 99), (Span{2, 3}));
  EXPECT_EQ(n.original_span(99, 99), (Span{3, 3}));
}

TEST(NormalizeTest, LongNonAsciiTextKeepsOffsets) {
  // ß → "ss" and … → "..." replace every byte; offsets must stay exact.
  std::string in;
  for (int i = 0; i < 1000; ++i) in += "\xC3\x9F\xE2\x80\xA6";
  const NormalizedText n = normalize_for_matching(in);
  EXPECT_EQ(n.text.size(), 5000u);
  EXPECT_EQ(n.original_span(0, 5000).of(in), in);
}

// Speed is measured by tests/text/text_bench and bench/; this checks that
// a large ASCII text passes through unchanged.
TEST(NormalizeTest, LargeAsciiTextPassesThroughUnchanged) {
  std::string in;
  while (in.size() < (8u << 20)) in += "Rebel fighters shelled the western districts of Aleppo on Friday, officials said. ";
  const NormalizedText n = normalize_for_matching(in);
  EXPECT_EQ(n.text, in);
  EXPECT_EQ(n.to_original.size(), in.size() + 1);
}

struct KeyCase {
  std::string in;
  std::string key;
};
void PrintTo(const KeyCase& c, std::ostream* os) { *os << testing::case_name(c.in); }

class FoldKeyTable : public ::testing::TestWithParam<KeyCase> {};

TEST_P(FoldKeyTable, Keys) { EXPECT_EQ(fold_key(GetParam().in), GetParam().key); }

INSTANTIATE_TEST_SUITE_P(
    Cases, FoldKeyTable,
    ::testing::Values(KeyCase{"Al-Nusra Front", "al-nusra front"},
                      KeyCase{"  Al\xE2\x80\x91Nusra \t  Front ", "al-nusra front"},
                      KeyCase{"\xC5\x9E" "anl\xC4\xB1" "urfa", "sanliurfa"},
                      KeyCase{"Aleppo\xE2\x80\x99s", "aleppo's"},
                      KeyCase{"HAY\xCA\xBC" "AT", "hay'at"},
                      KeyCase{"\xD0\x90\xD0\xBB\xD0\xB5\xD0\xBF", "\xD0\xB0\xD0\xBB\xD0\xB5\xD0\xBF"},  // Алеп → алеп
                      KeyCase{"a\xC2\xA0" "b", "a b"}, KeyCase{"", ""}, KeyCase{"   ", ""},
                      KeyCase{"x\xFFy", "x y"}));

TEST(FoldKeyTest, IntoReusesBuffer) {
  std::string buf = "leftover";
  fold_key_into("Sheikh  Maqsood", buf);
  EXPECT_EQ(buf, "sheikh maqsood");
}

}  // namespace
}  // namespace sitrep
