#include "golden/example_corpus.h"

#include "ingest/ingest.h"
#include "testing/shared.h"

namespace sitrep::testing {
namespace {

struct Corpus {
  std::vector<Document> documents;
  std::vector<std::string> errors;
};

const Corpus& corpus() {
  static const Corpus instance = [] {
    Corpus out;
    ingest::ingest_paths(
        {examples_dir()}, ingest::IngestOptions{},
        [&](Document&& doc) { out.documents.push_back(std::move(doc)); },
        [&](const Error& e) { out.errors.push_back(e.message); });
    return out;
  }();
  return instance;
}

}  // namespace

std::string examples_dir() { return source_dir() + "/examples"; }

const std::vector<Document>& example_documents(std::vector<std::string>* errors) {
  const Corpus& c = corpus();
  if (errors) errors->insert(errors->end(), c.errors.begin(), c.errors.end());
  return c.documents;
}

const Document* find_example(const std::string& id) {
  for (const Document& d : corpus().documents) {
    if (d.id == id) return &d;
  }
  return nullptr;
}

}  // namespace sitrep::testing
