// Where a command writes its records: stdout, or a file that appears only
// when complete (written as FILE.partial, renamed on commit), so an
// interrupted run or a full disk never leaves a truncated file that looks
// finished.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "core/result.h"

namespace sitrep::cli {

class OutputFile {
 public:
  // "-" or "" means stdout.
  static Result<OutputFile> open(const std::string& path);
  OutputFile(OutputFile&& other) noexcept;
  OutputFile& operator=(OutputFile&&) = delete;
  OutputFile(const OutputFile&) = delete;
  ~OutputFile();  // an uncommitted file is removed

  // Writes `line` and a newline. Fails (and keeps failing) once a write
  // fails: closed pipe, full disk.
  Status write_line(std::string_view line);
  // Flushes and, for a file, renames it into place.
  Status commit();
  [[nodiscard]] const std::string& name() const { return display_; }

 private:
  OutputFile(std::FILE* f, std::string path, std::string partial);
  std::FILE* file_ = nullptr;
  std::string path_;     // final name; "" for stdout
  std::string partial_;  // the name written to until commit
  std::string display_;
  bool failed_ = false;
};

}  // namespace sitrep::cli
