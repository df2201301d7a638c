// `sitrep extract`: articles in, event records out (DESIGN.md contracts).
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

#include "cli/commands.h"
#include "cli/output_file.h"
#include "core/civil_date.h"
#include "export/event_writer.h"
#include "ingest/ingest.h"
#include "pipeline/ordered_batch.h"
#include "pipeline/pipeline.h"

namespace sitrep::cli {
namespace {

volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void on_sigint(int) { g_interrupted = 1; }

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string format = "jsonl";
  std::string published;
  std::string outlet;
  std::string output;
  std::vector<std::string> triggers;
  unsigned threads = 0;
  bool quiet = false;
};

// Documents are processed in batches: enough to keep every thread busy,
// few enough that memory stays bounded on an endless stdin stream.
constexpr size_t kBatchPerThread = 16;

int run_extract(const ExtractArgs& args, const GlobalOptions& global) {
  OutputFormat format{};
  parse_output_format(args.format, format);  // validated by CLI11 already
  ingest::IngestOptions ingest_options;
  if (!args.published.empty()) {
    auto date = CivilDate::parse_iso(args.published);
    if (!date) {
      std::fprintf(stderr, "sitrep: --published %s: expected YYYY-MM-DD\n", args.published.c_str());
      return 2;
    }
    ingest_options.published = date;
  }
  ingest_options.outlet = args.outlet;

  std::vector<std::string> warnings;
  const auto t0 = std::chrono::steady_clock::now();
  auto pipeline = Pipeline::load({global.data_dir, global.gazetteer, global.extra_actors,
                                  global.extra_places, args.triggers},
                                 &warnings);
  for (const auto& w : warnings) std::fprintf(stderr, "sitrep: warning: %s\n", w.c_str());
  if (!pipeline) {
    std::fprintf(stderr, "sitrep: %s\n", pipeline.error().message.c_str());
    return 2;
  }
  auto out = OutputFile::open(args.output);
  if (!out) {
    std::fprintf(stderr, "sitrep: %s\n", out.error().message.c_str());
    return 2;
  }
  std::signal(SIGINT, on_sigint);
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe becomes a write error we report

  const unsigned threads =
      args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  const bool progress = !args.quiet && isatty(STDERR_FILENO);
  size_t documents = 0, events = 0;
  Status write_status;
  if (format == OutputFormat::kCsv) write_status = out->write_line(csv_header());

  std::vector<Document> batch;
  std::vector<std::vector<EventRecord>> results;
  auto flush_batch = [&] {
    map_in_order(batch, results, threads,
                 [&](const Document& d) { return (*pipeline)->extract(d); });
    for (const auto& records : results) {
      for (const auto& e : records) {
        if (!write_status) break;
        write_status = out->write_line(format == OutputFormat::kCsv ? event_to_csv_row(e)
                                                                    : event_to_json(e));
        ++events;
      }
    }
    documents += batch.size();
    batch.clear();
    if (progress) std::fprintf(stderr, "\rsitrep: %zu documents, %zu events", documents, events);
  };
  const ingest::IngestStats stats = ingest::ingest_paths(
      args.paths, ingest_options,
      [&](Document&& doc) {
        if (g_interrupted || !write_status) return;
        batch.push_back(std::move(doc));
        if (batch.size() >= kBatchPerThread * threads) flush_batch();
      },
      [&](const Error& e) { std::fprintf(stderr, "sitrep: %s\n", e.message.c_str()); });
  if (!g_interrupted && write_status) flush_batch();
  if (progress) std::fputc('\n', stderr);

  if (g_interrupted) {
    std::fprintf(stderr, "sitrep: interrupted after %zu documents; %s not completed\n", documents,
                 out->name().c_str());
    return 130;
  }
  if (write_status) write_status = out->commit();
  if (!write_status) {
    std::fprintf(stderr, "sitrep: %s\n", write_status.error().message.c_str());
    return 1;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!args.quiet) {
    std::fprintf(stderr, "sitrep: %zu documents, %zu events, %zu inputs failed (%.2f s) -> %s\n",
                 documents, events, stats.failures, seconds, out->name().c_str());
  }
  return stats.failures ? 1 : 0;
}

}  // namespace

void add_extract_command(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  auto* cmd = app.add_subcommand("extract", "Extract ACLED-style events from news articles");
  cmd->footer(R"(Inputs: .txt (optional Title:/Outlet:/URL:/Published: header lines, then a
blank line), .html/.htm pages, .jsonl (one {"id","url","outlet","published",
"title","text"} per line), directories (recursively), or - for stdin.

Examples:
  sitrep extract examples/                         all bundled samples, JSONL to stdout
  sitrep extract news.jsonl --format csv -o events.csv
  sitrep extract story.txt --published 2016-10-28 --outlet RT
  cat feed.jsonl | sitrep extract - --threads 4 > events.jsonl

Exit status: 0 all inputs read, 1 some input failed (each named on stderr),
2 usage or setup error, 130 interrupted.)");
  cmd->add_option("paths", args->paths, "files, directories, or - for stdin")->required();
  cmd->add_option("--format", args->format, "jsonl (default) or csv (ACLED's columns)")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  cmd->add_option("-o,--output", args->output, "write to FILE (appears only when complete)");
  cmd->add_option("--published", args->published, "publication date YYYY-MM-DD for every input");
  cmd->add_option("--outlet", args->outlet, "outlet name for every input");
  cmd->add_option("--triggers", args->triggers, "extra trigger lexicon TSV (repeatable)");
  cmd->add_option("--threads", args->threads, "worker threads (default: all cores)");
  cmd->add_flag("-q,--quiet", args->quiet, "no progress or summary on stderr");
  cmd->callback([args, &global, &exit_code] { exit_code = run_extract(*args, global); });
}

}  // namespace sitrep::cli
