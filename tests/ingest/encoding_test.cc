#include "ingest/encoding.h"

#include <gtest/gtest.h>

namespace sitrep::ingest {
namespace {

TEST(Encoding, RepairReplacesEachBadSequenceOnce) {
  EXPECT_EQ(repair_utf8("ok"), "ok");
  EXPECT_EQ(repair_utf8("a\xFF" "b"), "a\xEF\xBF\xBD" "b");
  // Truncated three-byte sequence, overlong, surrogate.
  EXPECT_EQ(repair_utf8("x\xE2\x80"), "x\xEF\xBF\xBD");
  EXPECT_EQ(repair_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(repair_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(repair_utf8("caf\xC3\xA9"), "caf\xC3\xA9");
}

TEST(Encoding, BinaryDetection) {
  EXPECT_FALSE(looks_binary("plain text\nwith lines"));
  EXPECT_TRUE(looks_binary(std::string("text\0more", 9)));
  EXPECT_TRUE(looks_binary("\xFF\xFE\xFA\xFB\x01\x02 ab"));
  EXPECT_FALSE(looks_binary("mostly fine text with one bad byte \xFF here"));
}

TEST(Encoding, DecodePolicy) {
  // A stray bad byte is repaired, not refused.
  auto r = decode_text("Caf\xC3\xA9 and \xFF");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "Caf\xC3\xA9 and \xEF\xBF\xBD");
  // Latin-1 without any UTF-8 becomes UTF-8.
  r = decode_text("Caf\xE9 cr\xE8me");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "Caf\xC3\xA9 cr\xC3\xA8me");
  // A UTF-8 BOM goes; UTF-16 with a BOM is converted.
  r = decode_text("\xEF\xBB\xBFhi");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "hi");
  r = decode_text(std::string("\xFF\xFEh\0i\0", 6));
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "hi");
  // Declared legacy charset.
  r = decode_text("\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
  // A stale Latin-1 declaration on a UTF-8 page is ignored.
  r = decode_text("Caf\xC3\xA9", "iso-8859-1");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(*r, "Caf\xC3\xA9");
  // Binary is refused.
  r = decode_text(std::string("\x7F" "ELF\0\0\0", 7));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().message, "binary file, skipped");
}

TEST(Encoding, SniffCharset) {
  EXPECT_EQ(sniff_html_charset("<meta charset=\"Windows-1251\">"), "windows-1251");
  EXPECT_EQ(sniff_html_charset("<meta http-equiv=Content-Type content='text/html; charset=iso-8859-1'>"),
            "iso-8859-1");
  EXPECT_EQ(sniff_html_charset("<p>no declaration</p>"), "");
}

}  // namespace
}  // namespace sitrep::ingest
