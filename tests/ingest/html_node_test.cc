#include "ingest/html_node.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string_view>

namespace sitrep::ingest::html {
namespace {

TEST(HtmlNode, CollapseWhitespaceJoinsRunsAndDropsInvisibles) {
  EXPECT_EQ(collapse_whitespace("  two\t\n killed \xE2\x80\x8B in\xC2\xA0 Aleppo  "),
            "two killed in Aleppo");
}

// A multibyte sequence cut off by the end of the text (found by the HTML
// fuzzer) is kept as its bytes and never read past. The text sits alone in a
// heap block of its exact size, so ASan sees any read beyond it.
TEST(HtmlNode, CollapseWhitespaceStopsAtATruncatedSequence) {
  for (const std::string_view text : {"in Aleppo \xE2\x80", "x\xF0\x9F\x98", "\xC3"}) {
    const auto block = std::make_unique<char[]>(text.size());
    std::copy(text.begin(), text.end(), block.get());
    EXPECT_EQ(collapse_whitespace(std::string_view(block.get(), text.size())), text);
  }
}

}  // namespace
}  // namespace sitrep::ingest::html
