// The core library the front ends share: loads the knowledge (actors,
// gazetteer, trigger lexicon, country table) once, then turns Documents into
// event records. The CLI and any server call this; no logic in front ends.
//
// A Pipeline is immutable after load() and safe to use from many threads at
// once; each call works on its own Document.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/event.h"
#include "core/result.h"
#include "extract/analysis.h"

namespace sitrep {

struct PipelineOptions {
  std::string data_dir;  // actors/, places/, place_words/, triggers/, countries.tsv
  std::string gazetteer;                    // world.gaz; missing = custom places only
  std::vector<std::string> extra_actors;    // user files added to data/actors
  std::vector<std::string> extra_places;    // user files added to data/places
  std::vector<std::string> extra_triggers;  // user files added to data/triggers
  std::vector<std::string> extra_place_words;  // user files added to data/place_words
};

class Pipeline {
 public:
  // Fails with a message naming the file that could not be loaded. Problems
  // that only lower quality (no world gazetteer) are added to `warnings`.
  static Result<std::unique_ptr<Pipeline>> load(const PipelineOptions& options,
                                                std::vector<std::string>* warnings);
  ~Pipeline();
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Sentences, words, actors, places, numbers and dates of `doc`; `doc` and
  // this pipeline must outlive the result (actor names view its knowledge base).
  [[nodiscard]] AnalyzedDocument analyze(const Document& doc) const;
  // The events `doc` reports, with country metadata filled.
  [[nodiscard]] std::vector<EventRecord> extract(const Document& doc) const;
  // Events and, with `statements`, the accusations, demands, appeals,
  // denials and threats it reports.
  struct Records {
    std::vector<EventRecord> events;
    std::vector<StatementRecord> statements;
  };
  [[nodiscard]] Records extract_all(const Document& doc, bool statements) const;

 private:
  // What analyze() does. With `only_if_reported` set, a document in which no
  // sentence holds a trigger word gets its sentences only: no event can come
  // from it, and places and actors are most of the cost (most of a day's
  // news reports no political violence).
  [[nodiscard]] AnalyzedDocument analyze(const Document& doc, bool only_if_reported) const;
  struct Knowledge;
  explicit Pipeline(std::unique_ptr<Knowledge> knowledge);
  std::unique_ptr<Knowledge> knowledge_;
};

}  // namespace sitrep
