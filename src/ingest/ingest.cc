#include "ingest/ingest.h"

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <system_error>

#include "ingest/document_util.h"
#include "ingest/encoding.h"
#include "ingest/line_reader.h"

namespace sitrep::ingest {
namespace {

namespace fs = std::filesystem;

// "256 MiB", or "1000 bytes" for limits that are not whole MiB.
std::string size_text(size_t bytes) {
  if (bytes >= (size_t{1} << 20) && bytes % (size_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
  return std::to_string(bytes) + " bytes";
}

// Carries the callbacks and counts through one ingest_paths/ingest_stream call.
class Ingestor {
 public:
  Ingestor(const IngestOptions& options, const DocumentSink& on_document, const ErrorSink& on_error)
      : options_(options), on_document_(on_document), on_error_(on_error) {}

  [[nodiscard]] const IngestStats& stats() const { return stats_; }

  void path(const std::string& p) {
    if (p == "-") {
      stream(std::cin, "stdin", std::nullopt);
      return;
    }
    std::error_code ec;
    const fs::file_status st = fs::status(p, ec);
    if (ec) return fail(p + ": cannot read: " + ec.message());
    if (fs::is_directory(st)) return directory(p);
    file(p, format_from_extension(p));
  }

  void stream(std::istream& in, std::string_view name, std::optional<InputFormat> format) {
    LineReader reader(in, options_.max_record_bytes);
    if (!format) format = sniff_format(reader.peek_content());
    if (reader.failed()) return fail(std::string(name) + ": cannot read: read error");
    if (*format == InputFormat::kJsonl) return jsonl(reader, name);
    std::string content;
    if (!reader.read_rest(content, options_.max_record_bytes)) {
      if (reader.failed()) return fail(std::string(name) + ": cannot read: read error");
      return fail(std::string(name) + ": larger than " + size_text(options_.max_record_bytes) + ", skipped");
    }
    deliver(*format == InputFormat::kHtml ? parse_html_article(content, name)
                                           : parse_text_article(content, name));
  }

 private:
  void fail(std::string message) {
    ++stats_.failures;
    on_error_(Error{std::move(message)});
  }

  void deliver(Result<Document> r) {
    if (!r) return fail(r.error().message);
    Document doc = std::move(r).value();
    if (options_.published) doc.published = options_.published;
    if (!options_.outlet.empty()) doc.outlet = options_.outlet;
    ++stats_.documents;
    on_document_(std::move(doc));
  }

  void file(const std::string& p, std::optional<InputFormat> format) {
    std::ifstream in;
    errno = 0;
    in.open(p, std::ios::binary);
    if (!in) {
      const int err = errno != 0 ? errno : EACCES;
      return fail(p + ": cannot read: " + std::generic_category().message(err));
    }
    stream(in, p, format);
  }

  // Sorted, recursive, hidden entries and unknown extensions skipped.
  void directory(const std::string& dir) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) return fail(dir + ": cannot read: " + ec.message());
    std::vector<fs::directory_entry> entries;
    for (; it != fs::directory_iterator(); it.increment(ec)) {
      if (ec) break;
      if (it->path().filename().string().front() == '.') continue;
      entries.push_back(*it);
    }
    if (ec) return fail(dir + ": cannot read: " + ec.message());
    std::sort(entries.begin(), entries.end(),
              [](const fs::directory_entry& a, const fs::directory_entry& b) {
                return a.path().filename().string() < b.path().filename().string();
              });
    for (const fs::directory_entry& e : entries) {
      const std::string p = e.path().string();
      std::error_code sec;
      const bool symlink = e.is_symlink(sec);
      const fs::file_status st = fs::status(e.path(), sec);
      const std::optional<InputFormat> format = format_from_extension(p);
      if (sec) {
        // A dangling link or an entry we may not stat: only worth a message
        // when it looked like an input.
        if (format) fail(p + ": cannot read: " + sec.message());
        continue;
      }
      if (fs::is_directory(st)) {
        if (!symlink) directory(p);  // symlinked directories could loop
        continue;
      }
      if (format && !fs::is_directory(st)) file(p, format);
    }
  }

  void jsonl(LineReader& reader, std::string_view name) {
    // Judged on what the first read brought, so a slow pipe is not waited on.
    const std::string_view sample = reader.peek_content();
    if (looks_binary(sample) || has_utf16_bom(sample)) {
      return fail(std::string(name) + ": binary file, skipped");
    }
    const std::string prefix = std::string(name) + ":";
    size_t records = 0;
    std::string line;
    while (true) {
      const LineReader::Status st = reader.next(line);
      if (st == LineReader::Status::kEnd) break;
      const std::string origin = prefix + std::to_string(reader.line_number());
      if (st == LineReader::Status::kError) return fail(origin + ": cannot read: read error");
      ++records;
      if (st == LineReader::Status::kTooLong) {
        fail(origin + ": record longer than " + size_text(options_.max_record_bytes) + ", skipped");
        continue;
      }
      std::string_view record = line;
      if (reader.line_number() == 1 && record.substr(0, 3) == "\xEF\xBB\xBF") record.remove_prefix(3);
      if (is_blank(record)) {
        --records;
        continue;
      }
      deliver(parse_jsonl_record(record, origin));
    }
    if (records == 0) fail(std::string(name) + ": empty file, skipped");
  }

  const IngestOptions& options_;
  const DocumentSink& on_document_;
  const ErrorSink& on_error_;
  IngestStats stats_;
};

}  // namespace

IngestStats ingest_paths(const std::vector<std::string>& paths, const IngestOptions& options,
                         const DocumentSink& on_document, const ErrorSink& on_error) {
  Ingestor ingestor(options, on_document, on_error);
  for (const std::string& p : paths) ingestor.path(p);
  return ingestor.stats();
}

IngestStats ingest_stream(std::istream& in, std::string_view name, const IngestOptions& options,
                          const DocumentSink& on_document, const ErrorSink& on_error,
                          std::optional<InputFormat> format) {
  Ingestor ingestor(options, on_document, on_error);
  ingestor.stream(in, name, format);
  return ingestor.stats();
}

}  // namespace sitrep::ingest
