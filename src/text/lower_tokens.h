// The ASCII-lowercased form of every token of a list, made once per sentence
// so the keyword tests of the number and date scanners (and the pipeline's
// lexicon keys) do not lowercase the same token again for every pattern they
// try. The tokens lie in order in one stretch of text; that stretch is
// lowercased in one go, eight bytes at a time, and token i is a view into the
// copy. A caller that reads many sentences of one text can instead lowercase
// the whole text once (lower_ascii_copy) and have each sentence's
// LowerTokens view into it: no copy or allocation per sentence, and the
// views outlive it.
#pragma once

#include <cstdint>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/byte_words.h"
#include "text/ascii.h"
#include "text/tokens.h"

namespace sitrep {

namespace lower_detail {
// out[k] = ascii::lower(in[k]) for k < n, sixteen bytes at a time with
// SSE2, else (and for the tail) a 64-bit word at a time; bytes of 0x80 and
// up (UTF-8) are left alone.
inline void lower_ascii(const char* in, size_t n, char* out) {
  size_t k = 0;
#if defined(__SSE2__)
  // Signed compares: bytes of 0x80 and up read as negative and are never in
  // 'A'..'Z'.
  const __m128i before_upper_a = _mm_set1_epi8('A' - 1);
  const __m128i after_upper_z = _mm_set1_epi8('Z' + 1);
  const __m128i case_bit = _mm_set1_epi8(0x20);
  for (; k + 16 <= n; k += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(in + k));
    const __m128i upper =
        _mm_and_si128(_mm_cmpgt_epi8(x, before_upper_a), _mm_cmplt_epi8(x, after_upper_z));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out + k),
                     _mm_or_si128(x, _mm_and_si128(upper, case_bit)));
  }
#endif
  for (; k + 8 <= n; k += 8) {
    const uint64_t x = byte_words::lower_letters(byte_words::load(in + k));
    std::memcpy(out + k, &x, 8);
  }
  for (; k < n; ++k) out[k] = ascii::lower(in[k]);
}
}  // namespace lower_detail

// Bytes readable after the end of every lowercased token a LowerTokens
// gives (the text after it, then zeros), so a reader may load eight bytes
// of a word at once (TokenStarts counts leading letters that way).
inline constexpr size_t kLowerPadding = 8;

// Writes text lowercased (ASCII letters; other bytes as they are) to
// out[0, text.size()), and kLowerPadding zeros after it: the `lowered` a
// LowerTokens of the text's sentences may view. `out` holds
// text.size() + kLowerPadding bytes.
inline void lower_ascii_copy(std::string_view text, char* out) {
  lower_detail::lower_ascii(text.data(), text.size(), out);
  std::memset(out + text.size(), 0, kLowerPadding);
}

class LowerTokens {
 public:
  // Borrows `tokens` (in text order, as tokenize() gives them), which must
  // outlive this; copies what it needs from `text`.
  LowerTokens(std::string_view text, const std::vector<Token>& tokens)
      : tokens_(tokens.data()), count_(tokens.size()) {
    if (tokens.empty()) return;
    base_ = tokens.front().span.start;
    const size_t size = tokens.back().span.end - base_;
    buf_ = std::make_unique_for_overwrite<char[]>(size + kLowerPadding);
    lower_ = buf_.get();
    lower_detail::lower_ascii(text.data() + base_, size, buf_.get());
    std::memset(buf_.get() + size, 0, kLowerPadding);
  }
  // The same, viewing `lowered` (all of `text` through lower_ascii_copy),
  // which must outlive the views this gives, instead of copying.
  LowerTokens(const char* lowered, const std::vector<Token>& tokens)
      : tokens_(tokens.data()), count_(tokens.size()) {
    if (tokens.empty()) return;
    base_ = tokens.front().span.start;
    lower_ = lowered + base_;
  }

  // The lowercased token i; "" past the end. kLowerPadding bytes after a
  // token's view may be read.
  std::string_view operator[](size_t i) const {
    if (i >= count_) return {};
    const Span s = tokens_[i].span;
    return std::string_view(lower_ + (s.start - base_), s.size());
  }
  // The lowercased form of `token`, one of the borrowed tokens: what
  // operator[] gives for its index, for a caller already walking them.
  std::string_view of(const Token& token) const {
    return std::string_view(lower_ + (token.span.start - base_), token.span.size());
  }

 private:
  const Token* tokens_;  // the borrowed tokens; count_ saves a division per lookup
  size_t count_;
  uint32_t base_ = 0;            // text offset of lower_[0]
  const char* lower_ = nullptr;  // text[base_, end of the last token), lowercased
  std::unique_ptr<char[]> buf_;  // what lower_ points into, unless borrowed
};

namespace detail {
using sitrep::LowerTokens;
}  // namespace detail

}  // namespace sitrep
