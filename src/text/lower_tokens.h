// Internal to the text stage: the ASCII-lowercased form of every token of a
// list, made once per call so the keyword tests of the number and date
// scanners do not lowercase the same token again for every pattern they try.
// Most tokens are lowercase already; their form is a view of the text itself,
// and only the others are copied.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "text/ascii.h"
#include "text/tokens.h"

namespace sitrep::detail {

class LowerTokens {
 public:
  // Borrows `text` (views of its lowercase tokens); it must outlive this.
  LowerTokens(std::string_view text, const std::vector<Token>& tokens) : words_(tokens.size()) {
    size_t upper_bytes = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      const std::string_view r = tokens[i].span.of(text);
      words_[i] = r;
      if (has_upper(r)) upper_bytes += r.size();
    }
    if (upper_bytes == 0) return;
    buf_ = std::make_unique_for_overwrite<char[]>(upper_bytes);
    char* out = buf_.get();
    for (std::string_view& w : words_) {
      if (!has_upper(w)) continue;
      for (size_t k = 0; k < w.size(); ++k) out[k] = ascii::lower(w[k]);
      w = std::string_view(out, w.size());
      out += w.size();
    }
  }

  // The lowercased token i; "" past the end.
  std::string_view operator[](size_t i) const { return i < words_.size() ? words_[i] : std::string_view{}; }

 private:
  static bool has_upper(std::string_view s) {
    for (char c : s) {
      if (ascii::is_upper(c)) return true;
    }
    return false;
  }

  std::vector<std::string_view> words_;
  std::unique_ptr<char[]> buf_;  // the lowercased copies of tokens with capitals
};

}  // namespace sitrep::detail
