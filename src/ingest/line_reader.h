// Reads an input stream line by line with memory bounded by the longest line
// (not the stream), so a multi-gigabyte JSONL stdin streams. It never reads
// ahead more than the stream already has buffered or one read() returns, so
// a slow pipe gets each record handled as soon as its line is complete.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace sitrep::ingest {

class LineReader {
 public:
  enum class Status { kLine, kTooLong, kEnd, kError };

  // `in` must outlive the reader. Lines longer than `max_line` bytes are
  // skipped (kTooLong) instead of being held in memory.
  LineReader(std::istream& in, size_t max_line);

  // Reads until the unconsumed bytes include one that is not white space
  // (nor a UTF-8 BOM), or the stream ends, and returns them without
  // consuming them: enough to sniff a format, no more. The view is valid
  // until the next call.
  std::string_view peek_content();

  // The bytes read but not yet consumed; never reads. Valid until the next call.
  [[nodiscard]] std::string_view buffered() const { return std::string_view(buf_).substr(pos_); }

  // Next line, without its '\n' and a '\r' before it. The last line may
  // lack a '\n'. kEnd at the end; kError when reading failed (see failed()).
  Status next(std::string& line);

  // Appends everything not yet consumed to `out`. False when more than
  // `max_bytes` would be appended (out then holds a prefix) or reading failed.
  bool read_rest(std::string& out, size_t max_bytes);

  // Number of the line next() returned last (1-based).
  [[nodiscard]] size_t line_number() const { return line_number_; }
  // True when the stream reported a read error (not just its end).
  [[nodiscard]] bool failed() const { return failed_; }

 private:
  // Moves more bytes into buf_; false at the end of the stream or on error.
  bool fill();

  std::istream& in_;
  size_t max_line_;
  std::string buf_;
  size_t pos_ = 0;  // first unconsumed byte of buf_
  size_t line_number_ = 0;
  bool failed_ = false;
};

}  // namespace sitrep::ingest
