// Reading the readable data files under data/: tab-separated, '#' comments,
// the first non-comment line names the columns. Errors name file and line.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.h"

namespace sitrep {

class TsvRow {
 public:
  TsvRow(const std::unordered_map<std::string, size_t>* columns, std::vector<std::string_view> cells,
         std::string where)
      : columns_(columns), cells_(std::move(cells)), where_(std::move(where)) {}
  // The cell of `column`, or "" when the row is short or the column unknown.
  [[nodiscard]] std::string_view get(std::string_view column) const;
  // "file.tsv:12", for error messages.
  [[nodiscard]] const std::string& where() const { return where_; }

 private:
  const std::unordered_map<std::string, size_t>* columns_;
  std::vector<std::string_view> cells_;
  std::string where_;
};

// Calls `on_row` for each data row of `path`. Fails when the file cannot be
// read, has no header, or lacks one of `required` columns; a failure that
// `on_row` returns stops the read and is passed on.
Status read_tsv(const std::string& path, const std::vector<std::string>& required,
                const std::function<Status(const TsvRow&)>& on_row);

// The *.tsv files of a directory in name order, or the path itself if it is
// a file. Fails when the path does not exist.
Result<std::vector<std::string>> tsv_files(const std::string& path);

}  // namespace sitrep
