// Fuzzes the HTML page cleaner: any bytes in, a clean Document or an error out.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "ingest/html_article.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view html(reinterpret_cast<const char*>(data), size);
  auto doc = sitrep::ingest::parse_html_article(html, "fuzz.html");
  if (!doc) {
    sitrep::fuzz::check(!doc.error().message.empty(), "html: empty error message");
    return 0;
  }
  sitrep::fuzz::check(sitrep::fuzz::valid_utf8(doc->text), "html: text is not UTF-8");
  sitrep::fuzz::check(sitrep::fuzz::valid_utf8(doc->title), "html: title is not UTF-8");
  return 0;
}
