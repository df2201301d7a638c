// Which tokens of a sentence may begin a number phrase (find_quantities) or
// a date mention (find_dates). Both scanners ask about every token, and
// almost every word begins neither; asked separately, each measured the
// word's letters and searched its own keyword list. Here the starter words
// of both live in one table, so a word is looked up once per sentence and
// the answers are shared: the pipeline fills one TokenStarts per sentence
// (reusing its storage) and hands it to both scanners.
#pragma once

#include <algorithm>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

#include "text/lower_tokens.h"
#include "text/tokens.h"

namespace sitrep {

// How a date mention may begin at a token. The commonest starter words
// begin one only in a few phrases, which the date scanner checks by the
// words after them.
enum class DateStart : uint8_t {
  kNone,
  kAny,        // months, weekdays, "yesterday", "mid-": try every pattern
  kDigits,     // "28", "17th", "2016-10-28": a numeric date, a day, "2 days ago"
  kThe,        // "the last/past ...", "the day before yesterday"
  kBeforeThe,  // "over the past 48 hours", "in the last week"
  kBeforeAgo,  // "a week ago", "two days ago"
};

class TokenStarts {
 public:
  TokenStarts() = default;
  // The starts of `tokens`, whose lowercase forms `lower` gives.
  TokenStarts(const std::vector<Token>& tokens, const LowerTokens& lower) { assign(tokens, lower); }

  // Recomputes for another sentence, keeping the storage.
  void assign(const std::vector<Token>& tokens, const LowerTokens& lower);

  // False when no number phrase starts at word token i (what
  // detail::may_start_number() says of it); true for number tokens.
  [[nodiscard]] bool may_start_number(size_t i) const { return (flags_[i] & kNumberBit) != 0; }
  [[nodiscard]] DateStart date_start(size_t i) const {
    return static_cast<DateStart>(flags_[i] >> kDateShift);
  }

  // The first token at or after `from` for which may_start_number (or, for
  // next_date_start, date_start) says yes; the token count when there is
  // none. Most tokens start neither: a scanner skips them in one tight pass
  // over the flags instead of one turn of its own loop each.
  [[nodiscard]] size_t next_number_start(size_t from) const { return next_with(from, kNumberBit); }
  [[nodiscard]] size_t next_date_start(size_t from) const {
    return next_with(from, static_cast<uint8_t>(~kNumberBit));
  }

 private:
  static constexpr uint8_t kNumberBit = 1;
  static constexpr int kDateShift = 1;
  // Zero flags after the last token, so next_with may read eight at a time.
  static constexpr size_t kPadding = 8;
  // Per token: kNumberBit | DateStart << kDateShift; then kPadding zeros.
  std::vector<uint8_t> flags_;
  size_t count_ = 0;  // tokens
  // Eight flags per step: most tokens start nothing, and a byte-by-byte
  // walk cost a turn of the loop for each.
  [[nodiscard]] size_t next_with(size_t from, uint8_t bits) const {
    static_assert(std::endian::native == std::endian::little, "the first flag is the lowest byte");
    const uint8_t* flags = flags_.data();
    const uint64_t mask = ~uint64_t{0} / 0xFF * bits;
    for (size_t at = from; at < count_; at += 8) {
      uint64_t eight;
      std::memcpy(&eight, flags + at, 8);
      // The padding is zero, so a flag found lies before count_.
      if (const uint64_t hits = eight & mask; hits != 0)
        return at + static_cast<size_t>(std::countr_zero(hits)) / 8;
    }
    return std::max(from, count_);
  }
};

}  // namespace sitrep
