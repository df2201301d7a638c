// Fuzzes one JSONL record: any line in, a Document or a one-line error out.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_check.h"
#include "ingest/jsonl_record.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  auto doc = sitrep::ingest::parse_jsonl_record(line, "fuzz.jsonl:1");
  if (!doc) {
    const std::string& m = doc.error().message;
    sitrep::fuzz::check(!m.empty() && m.find('\n') == std::string::npos,
                        "jsonl: error is not one line");
    return 0;
  }
  sitrep::fuzz::check(sitrep::fuzz::valid_utf8(doc->text), "jsonl: text is not UTF-8");
  sitrep::fuzz::check(sitrep::fuzz::valid_utf8(doc->id), "jsonl: id is not UTF-8");
  return 0;
}
