#include "ingest/line_reader.h"

#include <cstring>

namespace sitrep::ingest {
namespace {
constexpr size_t kChunk = 1 << 16;
}  // namespace

LineReader::LineReader(std::istream& in, size_t max_line) : in_(in), max_line_(max_line) {}

bool LineReader::fill() {
  if (pos_ > 0 && pos_ == buf_.size()) {
    buf_.clear();
    pos_ = 0;
  }
  // peek() blocks for at least one byte; readsome() then takes what the
  // stream holds without blocking again. Both turn exceptions from the
  // stream buffer (libstdc++ throws on read errors) into badbit.
  if (in_.peek() == std::istream::traits_type::eof()) {
    failed_ = failed_ || in_.bad();
    return false;
  }
  char chunk[kChunk];
  std::streamsize got = in_.readsome(chunk, static_cast<std::streamsize>(kChunk));
  if (got <= 0) {
    // Unbuffered streams (std::cin synced with stdio) report nothing
    // available: read up to the end of the line instead, which never waits
    // for bytes past a complete line.
    in_.get(chunk, static_cast<std::streamsize>(kChunk) - 1, '\n');
    got = in_.gcount();
    if (got == 0 && !in_.bad()) in_.clear(in_.rdstate() & ~std::ios::failbit);
    if (in_.peek() == '\n') {
      in_.get();
      chunk[got++] = '\n';
    }
  }
  buf_.append(chunk, static_cast<size_t>(got));
  if (in_.bad()) failed_ = true;
  return got > 0;
}

std::string_view LineReader::peek_content() {
  size_t checked = pos_;
  while (true) {
    for (; checked < buf_.size(); ++checked) {
      const auto c = static_cast<unsigned char>(buf_[checked]);
      const bool blank = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' ||
                         c == 0xEF || c == 0xBB || c == 0xBF;
      if (!blank) return buffered();
    }
    if (!fill()) return buffered();
  }
}

LineReader::Status LineReader::next(std::string& line) {
  line.clear();
  bool too_long = false;
  bool any = false;
  while (true) {
    if (pos_ == buf_.size() && !fill()) {
      if (failed_) return Status::kError;
      if (!any) return Status::kEnd;
      break;  // last line without '\n'
    }
    any = true;
    const char* start = buf_.data() + pos_;
    const size_t avail = buf_.size() - pos_;
    const void* nl = std::memchr(start, '\n', avail);
    const size_t take = nl ? static_cast<size_t>(static_cast<const char*>(nl) - start) : avail;
    if (!too_long && line.size() + take > max_line_) {
      too_long = true;
      line.clear();
      line.shrink_to_fit();
    }
    if (!too_long) line.append(start, take);
    pos_ += take;
    if (nl) {
      ++pos_;
      break;
    }
  }
  ++line_number_;
  if (too_long) return Status::kTooLong;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return Status::kLine;
}

bool LineReader::read_rest(std::string& out, size_t max_bytes) {
  size_t added = 0;
  while (true) {
    const size_t avail = buf_.size() - pos_;
    if (added + avail > max_bytes) {
      out.append(buf_, pos_, max_bytes - added);
      return false;
    }
    out.append(buf_, pos_, avail);
    added += avail;
    pos_ = buf_.size();
    if (!fill()) return !failed_;
  }
}

}  // namespace sitrep::ingest
