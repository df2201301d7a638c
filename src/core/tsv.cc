#include "core/tsv.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sitrep {

std::string_view TsvRow::get(std::string_view column) const {
  auto it = columns_->find(std::string(column));
  if (it == columns_->end() || it->second >= cells_.size()) return {};
  return cells_[it->second];
}

namespace {
std::vector<std::string_view> split_tabs(std::string_view line) {
  std::vector<std::string_view> cells;
  size_t start = 0;
  while (true) {
    const size_t tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) break;
    start = tab + 1;
  }
  return cells;
}
}  // namespace

Status read_tsv(const std::string& path, const std::vector<std::string>& required,
                const std::function<Status(const TsvRow&)>& on_row) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Error{path + ": cannot read: " + std::strerror(errno)};
  std::unordered_map<std::string, size_t> columns;
  std::string line;
  size_t line_no = 0;
  bool have_header = false;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    auto cells = split_tabs(line);
    if (!have_header) {
      for (size_t i = 0; i < cells.size(); ++i) columns[std::string(cells[i])] = i;
      for (const auto& name : required) {
        if (!columns.count(name)) {
          return Error{path + ":" + std::to_string(line_no) + ": header lacks column '" + name +
                       "'"};
        }
      }
      have_header = true;
      continue;
    }
    TsvRow row(&columns, std::move(cells), path + ":" + std::to_string(line_no));
    if (Status s = on_row(row); !s) return s;
  }
  if (!have_header) return Error{path + ": no header line"};
  return {};
}

Result<std::vector<std::string>> tsv_files(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_regular_file(path, ec)) return std::vector<std::string>{path};
  if (!fs::is_directory(path, ec)) return Error{path + ": no such file or directory"};
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(path, ec)) {
    if (entry.is_regular_file() && entry.path().extension() == ".tsv") {
      files.push_back(entry.path().string());
    }
  }
  if (ec) return Error{path + ": cannot list: " + ec.message()};
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace sitrep
