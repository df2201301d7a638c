// Internal to the text stage: ASCII-lowercased copies of a token list, made
// once per call so the keyword tests of the number and date scanners do not
// lowercase the same token again for every pattern they try.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/ascii.h"
#include "text/tokens.h"

namespace sitrep::detail {

class LowerTokens {
 public:
  // Borrows nothing: copies what it needs from `text`.
  LowerTokens(std::string_view text, const std::vector<Token>& tokens) {
    size_t total = 0;
    for (const Token& t : tokens) total += t.span.size();
    buf_.resize(total);
    off_.resize(tokens.size() + 1);
    uint32_t o = 0;
    for (size_t i = 0; i < tokens.size(); ++i) {
      off_[i] = o;
      const std::string_view r = tokens[i].span.of(text);
      for (char c : r) buf_[o++] = ascii::lower(c);
    }
    off_[tokens.size()] = o;
  }

  // The lowercased token i; "" past the end.
  std::string_view operator[](size_t i) const {
    if (i + 1 >= off_.size()) return {};
    return std::string_view(buf_).substr(off_[i], off_[i + 1] - off_[i]);
  }

 private:
  std::string buf_;
  std::vector<uint32_t> off_;
};

}  // namespace sitrep::detail
