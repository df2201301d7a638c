#include "cli/output_file.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>

namespace sitrep::cli {

OutputFile::OutputFile(std::FILE* f, std::string path, std::string partial)
    : file_(f), path_(std::move(path)), partial_(std::move(partial)) {
  display_ = f == stdout ? "standard output" : path_;
}

OutputFile::OutputFile(OutputFile&& o) noexcept
    : file_(o.file_),
      path_(std::move(o.path_)),
      partial_(std::move(o.partial_)),
      display_(std::move(o.display_)),
      failed_(o.failed_) {
  o.file_ = nullptr;
}

OutputFile::~OutputFile() {
  if (!file_ || file_ == stdout) return;
  std::fclose(file_);
  if (!partial_.empty()) std::remove(partial_.c_str());
}

Result<OutputFile> OutputFile::open(const std::string& path) {
  if (path.empty() || path == "-") return OutputFile(stdout, "", "");
  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) return Error{path + ": cannot write: Is a directory"};
  if (exists && !S_ISREG(st.st_mode)) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return Error{path + ": cannot write: " + std::strerror(errno)};
    return OutputFile(f, path, "");
  }
  const std::string partial = path + ".partial";
  std::FILE* f = std::fopen(partial.c_str(), "wb");
  if (!f) return Error{path + ": cannot write: " + std::strerror(errno)};
  return OutputFile(f, path, partial);
}

Status OutputFile::write_line(std::string_view line) {
  if (failed_) return Error{display_ + ": write failed earlier"};
  if (std::fwrite(line.data(), 1, line.size(), file_) != line.size() ||
      std::fputc('\n', file_) == EOF) {
    failed_ = true;
    return Error{display_ + ": cannot write: " + std::strerror(errno)};
  }
  return {};
}

Status OutputFile::write(std::string_view bytes) {
  if (failed_) return Error{display_ + ": write failed earlier"};
  if (std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
    failed_ = true;
    return Error{display_ + ": cannot write: " + std::strerror(errno)};
  }
  return {};
}

Status OutputFile::flush() {
  if (failed_) return Error{display_ + ": write failed earlier"};
  if (std::fflush(file_) != 0) {
    failed_ = true;
    return Error{display_ + ": cannot write: " + std::strerror(errno)};
  }
  return {};
}

Status OutputFile::commit() {
  if (failed_) return Error{display_ + ": incomplete, not kept"};
  if (Status s = flush(); !s) return s;
  if (file_ == stdout) return {};
  const bool closed = std::fclose(file_) == 0;
  file_ = nullptr;
  if (!closed) {
    if (!partial_.empty()) std::remove(partial_.c_str());
    return Error{display_ + ": cannot write: " + std::strerror(errno)};
  }
  if (partial_.empty()) return {};  // written in place
  if (std::rename(partial_.c_str(), path_.c_str()) != 0) {
    std::remove(partial_.c_str());
    return Error{display_ + ": cannot rename into place: " + std::strerror(errno)};
  }
  return {};
}

}  // namespace sitrep::cli
