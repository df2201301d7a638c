// Where a command writes its records: stdout, or a file that appears only
// when complete (written as FILE.partial, renamed on commit), so an
// interrupted run or a full disk never leaves a truncated file that looks
// finished. An existing FIFO, device or socket (/dev/null, a named pipe) is
// written in place: renaming over it would replace it with a plain file.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "core/result.h"

namespace sitrep::cli {

class OutputFile {
 public:
  // "-" or "" means stdout. Fails with "PATH: cannot write: REASON".
  static Result<OutputFile> open(const std::string& path);
  OutputFile(OutputFile&& other) noexcept;
  OutputFile& operator=(OutputFile&&) = delete;
  OutputFile(const OutputFile&) = delete;
  ~OutputFile();  // an uncommitted file is removed

  // Writes `line` and a newline. Fails (and keeps failing) once a write
  // fails: closed pipe, full disk.
  Status write_line(std::string_view line);
  // Writes `bytes` as they are (lines already ended); fails like write_line.
  Status write(std::string_view bytes);
  // Pushes buffered lines to the file or pipe, so a reader sees them now.
  // Fails like write_line.
  Status flush();
  // Flushes and, for a file, renames it into place.
  Status commit();
  [[nodiscard]] const std::string& name() const { return display_; }

 private:
  OutputFile(std::FILE* f, std::string path, std::string partial);
  std::FILE* file_ = nullptr;
  std::string path_;     // final name; "" for stdout or a file written in place
  std::string partial_;  // the name written to until commit; "" when in place
  std::string display_;
  bool failed_ = false;
};

}  // namespace sitrep::cli
