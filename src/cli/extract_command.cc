// `sitrep extract`: articles in, event records out (DESIGN.md contracts).
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <map>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "cli/loading.h"
#include "cli/output_file.h"
#include "core/civil_date.h"
#include "export/event_writer.h"
#include "export/json_writer.h"
#include "ingest/ingest.h"
#include "pipeline/ordered_batch.h"

namespace sitrep::cli {
namespace {

// The signal that stopped the run (SIGINT, SIGTERM), or 0.
volatile std::sig_atomic_t g_stop_signal = 0;
extern "C" void on_stop_signal(int sig) { g_stop_signal = sig; }

// Without SA_RESTART a read blocked on a quiet pipe returns, so Ctrl-C ends
// a stdin stream at once; SA_RESETHAND makes a second Ctrl-C kill outright.
// A signal the parent ignores stays ignored (a job started with `&` from a
// script must not die of the terminal's Ctrl-C), as sort and make do.
void install_stop_handlers() {
  struct sigaction sa {};
  sa.sa_handler = on_stop_signal;
  sigemptyset(&sa.sa_mask);
  sa.sa_flags = SA_RESETHAND;
  for (const int sig : {SIGINT, SIGTERM}) {
    struct sigaction old {};
    if (sigaction(sig, nullptr, &old) == 0 && old.sa_handler == SIG_IGN) continue;
    sigaction(sig, &sa, nullptr);
  }
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe becomes a write error we report
}

// ingest_paths has no cancellation hook, and an endless stdin would keep it
// reading after a signal or a failed write. The sink unwinds it with this
// exception, which never leaves this file.
struct StopIngest {};

// True when standard input has nothing to read right now: the producer is
// slower than we are, so a part-filled batch is worth processing now rather
// than holding its records back (a worker fed one article at a time).
bool stdin_idle() {
  pollfd p{STDIN_FILENO, POLLIN, 0};
  return ::poll(&p, 1, 0) == 0;
}

struct ExtractArgs {
  std::vector<std::string> paths;
  std::string format = "jsonl";
  std::string published;
  std::string outlet;
  std::string output;
  std::vector<std::string> triggers;
  unsigned threads = 0;
  bool quiet = false;
  bool statements = false;
};

// One document's records and their output lines, serialised in the worker
// thread that extracted them: the writer only copies bytes, so it is no
// longer a serial step that caps what more threads can give.
struct RenderedDocument {
  Pipeline::Records records;
  std::string text;  // statement then event lines, each ending in '\n'
};

RenderedDocument render(Pipeline::Records records, OutputFormat format) {
  RenderedDocument out;
  {
    // One buffer for all of the document's JSON lines; it trims out.text to
    // what was written when it goes.
    JsonBuffer json(out.text);
    for (const auto& st : records.statements) {
      append_statement_json(json, st);
      json.raw('\n');
    }
    if (format == OutputFormat::kJsonl) {
      for (const auto& e : records.events) {
        append_event_json(json, e);
        json.raw('\n');
      }
    }
  }
  if (format == OutputFormat::kCsv) {
    for (const auto& e : records.events) {
      out.text += event_to_csv_row(e);
      out.text += '\n';
    }
  }
  out.records = std::move(records);
  return out;
}

// Documents are processed in batches: enough to keep every thread busy,
// few enough that memory stays bounded on an endless stdin stream.
constexpr size_t kBatchPerThread = 16;

int run_extract(const ExtractArgs& args, const GlobalOptions& global) {
  OutputFormat format{};
  parse_output_format(args.format, format);  // validated by CLI11 already
  if (args.statements && format == OutputFormat::kCsv) {
    std::fprintf(stderr,
                 "sitrep: --statements needs --format jsonl (ACLED's CSV has no statements)\n");
    return 2;
  }
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

  const auto t0 = std::chrono::steady_clock::now();
  // Before loading: a signal during the load (slow under sanitizers or on a
  // cold disk) must still end the run cleanly, not kill it half-set-up.
  install_stop_handlers();
  const auto pipeline = load_pipeline(global, args.triggers);
  if (!pipeline) return 2;
  if (g_stop_signal) {
    std::fprintf(stderr, "sitrep: %s before the first document\n",
                 g_stop_signal == SIGINT ? "interrupted" : "terminated");
    return 128 + g_stop_signal;
  }
  auto out = OutputFile::open(args.output);
  if (!out) {
    std::fprintf(stderr, "sitrep: %s\n", out.error().message.c_str());
    return 2;
  }

  const unsigned threads =
      args.threads ? args.threads : std::max(1u, std::thread::hardware_concurrency());
  const bool progress = !args.quiet && isatty(STDERR_FILENO);
  const bool from_stdin = std::find(args.paths.begin(), args.paths.end(), "-") != args.paths.end();
  size_t documents = 0, events = 0;
  std::map<std::string, size_t> by_type;  // "Battles / Armed clash" -> count, for the summary
  std::string type_key;                   // by_type's key, built in one buffer for every event
  Status write_status;
  if (format == OutputFormat::kCsv) write_status = out->write_line(csv_header());

  // With several threads, one batch is extracted by the workers while this
  // thread reads the next and writes the last: reading and writing overlap
  // extraction instead of leaving the workers idle between batches. One
  // thread stays one thread (the workers are then this thread).
  std::vector<Document> batch, in_flight;
  std::vector<RenderedDocument> results;  // declared first: outlives the workers
  OrderedWorkers<Document, RenderedDocument> workers(threads, [&](const Document& d) {
    return render(pipeline->extract_all(d, args.statements), format);
  });
  auto write_in_flight = [&] {
    workers.wait();
    for (const auto& rendered : results) {
      if (!write_status) break;
      write_status = out->write(rendered.text);
      for (const auto& e : rendered.records.events) {
        ++events;
        type_key.assign(e.event_type).append(" / ").append(e.sub_event_type);
        auto counted = by_type.find(type_key);
        if (counted == by_type.end()) counted = by_type.emplace(type_key, 0).first;
        ++counted->second;
      }
    }
    // Each batch reaches the reader at once: a pipe consumer sees records
    // while the stream goes on, and a closed pipe is noticed early.
    if (write_status && !results.empty()) write_status = out->flush();
    documents += in_flight.size();
    in_flight.clear();
    results.clear();
    if (progress) std::fprintf(stderr, "\rsitrep: %zu documents, %zu events", documents, events);
  };
  // Hands the filled batch to the workers; `wait` writes its records before
  // returning.
  auto flush_batch = [&](bool wait) {
    write_in_flight();
    in_flight.swap(batch);
    workers.start(in_flight, results);
    if (wait) write_in_flight();
  };
  ingest::IngestStats stats;
  try {
    stats = ingest::ingest_paths(
        args.paths, ingest_options,
        [&](Document&& doc) {
          if (g_stop_signal || !write_status) throw StopIngest{};
          batch.push_back(std::move(doc));
          if (from_stdin && stdin_idle()) {
            flush_batch(/*wait=*/true);
          } else if (batch.size() >= kBatchPerThread * threads) {
            flush_batch(/*wait=*/false);
          }
        },
        [&](const Error& e) {
          // A signal cuts the read short; that is not the input's fault.
          if (!g_stop_signal) std::fprintf(stderr, "sitrep: %s\n", e.message.c_str());
        });
  } catch (const StopIngest&) {
  }
  workers.wait();  // the batch in flight is written below, or dropped on a signal
  if (!g_stop_signal && write_status) flush_batch(/*wait=*/true);
  if (progress) std::fputc('\n', stderr);

  if (g_stop_signal) {
    std::fprintf(stderr, "sitrep: %s after %zu documents; %s not completed\n",
                 g_stop_signal == SIGINT ? "interrupted" : "terminated", documents,
                 out->name().c_str());
    return 128 + g_stop_signal;
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
    // With the records in a file, the terminal gets what they hold.
    if (!args.output.empty() && args.output != "-") {
      for (const auto& [type, n] : by_type) std::fprintf(stderr, "  %5zu  %s\n", n, type.c_str());
    }
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
2 usage or setup error, 130 interrupted (SIGINT), 143 terminated (SIGTERM);
after a signal or a failed write, -o FILE is not created.)");
  cmd->add_option("paths", args->paths, "files, directories, or - for stdin")->required();
  cmd->add_option("--format", args->format, "jsonl (default) or csv (ACLED's columns)")
      ->check(CLI::IsMember({"jsonl", "csv"}));
  cmd->add_option("-o,--output", args->output, "write to FILE (appears only when complete)");
  cmd->add_option("--published", args->published, "publication date YYYY-MM-DD for every input");
  cmd->add_option("--outlet", args->outlet, "outlet name for every input");
  cmd->add_option("--triggers", args->triggers, "extra trigger lexicon TSV (repeatable)");
  cmd->add_option("--threads", args->threads, "worker threads (default: all cores)");
  cmd->add_flag("--statements", args->statements,
                "also write accusations, demands, appeals, denials and threats "
                "(JSONL records with \"record\": \"statement\")");
  cmd->add_flag("-q,--quiet", args->quiet, "no progress or summary on stderr");
  cmd->callback([args, &global, &exit_code] { exit_code = run_extract(*args, global); });
}

}  // namespace sitrep::cli
