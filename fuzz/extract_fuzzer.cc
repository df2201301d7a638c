// Fuzzes the whole extract path: the input is read as a .txt article
// (optional header lines, so "Published:" anchors dates), run through the
// pipeline loaded once from the repo's data/ and the gazetteer named by
// SITREP_GAZETTEER (custom places only when it is missing), and written as
// JSON and CSV the way `sitrep extract` writes it.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string_view>
#include <vector>

#include "core/paths.h"
#include "export/event_writer.h"
#include "fuzz_check.h"
#include "ingest/text_article.h"
#include "pipeline/pipeline.h"

namespace {

const sitrep::Pipeline& pipeline() {
  static const std::unique_ptr<sitrep::Pipeline> loaded = [] {
    std::vector<std::string> warnings;
    sitrep::PipelineOptions options;  // no user files
    options.data_dir = sitrep::default_data_dir();
    options.gazetteer = sitrep::default_gazetteer_path();
    auto p = sitrep::Pipeline::load(options, &warnings);
    if (!p) {
      std::fprintf(stderr, "extract_fuzzer: %s\n", p.error().message.c_str());
      std::abort();
    }
    return std::move(p).value();
  }();
  return *loaded;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  pipeline();  // load outside the timed runs
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  auto doc = sitrep::ingest::parse_text_article(content, "fuzz.txt");
  if (!doc) return 0;
  const size_t n = doc->text.size();
  for (const sitrep::EventRecord& e : pipeline().extract(*doc)) {
    const std::string json = sitrep::event_to_json(e);
    sitrep::fuzz::check(sitrep::fuzz::valid_utf8(json), "extract: JSON is not UTF-8");
    sitrep::fuzz::check(sitrep::fuzz::valid_utf8(sitrep::event_to_csv_row(e)),
                        "extract: CSV is not UTF-8");
    sitrep::fuzz::check_span(e.evidence, n, "extract: evidence out of bounds");
    sitrep::fuzz::check(e.evidence.of(doc->text) == e.evidence_text,
                        "extract: evidence text is not the evidence span");
    for (const auto& [field, span] : e.spans) {
      sitrep::fuzz::check_span(span, n, "extract: field span out of bounds");
    }
  }
  return 0;
}
