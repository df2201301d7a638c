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
#include <string_view>
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

// What a token may start, in one byte (TokenStarts' own encoding): a caller
// that looks every word up in a table of its own may keep it there.
using StartFlags = uint8_t;

// A word that, whole, may start a number phrase or a date, and the flags
// TokenStarts gives it; all lowercase ASCII letters.
struct StarterWord {
  std::string_view word;
  StartFlags flags = 0;
};

class TokenStarts {
 public:
  TokenStarts() = default;
  // The starts of `tokens`, whose lowercase forms `lower` gives.
  TokenStarts(const std::vector<Token>& tokens, const LowerTokens& lower) { assign(tokens, lower); }

  // Recomputes for another sentence, keeping the storage.
  void assign(const std::vector<Token>& tokens, const LowerTokens& lower);
  // The same, for a caller that has looked every word up in a table that
  // holds starter_words() (the pipeline's, one probe per word serving the
  // lexicon too): whole_words[i] is, for a token with no byte past ASCII, the
  // flags starter_words() gives its lowercase form, or 0 when it is none.
  // Only the words it leaves open ("two-year-old", non-ASCII) are looked up.
  void assign(const std::vector<Token>& tokens, const LowerTokens& lower,
              const StartFlags* whole_words);

  // Every word that may start a number phrase or a date by itself.
  static const std::vector<StarterWord>& starter_words();

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
  // The flags for what the whole words and the leading letters start; the
  // table is built on first use.
  template <bool kWholeWordsKnown>
  void fill(const std::vector<Token>& tokens, const LowerTokens& lower,
            const StartFlags* whole_words);
  static constexpr uint8_t kNumberBit = 1;
  static constexpr int kDateShift = 1;
  static constexpr StartFlags flags_for(bool number, DateStart date) {
    return static_cast<StartFlags>((number ? kNumberBit : 0) | static_cast<uint8_t>(date)
                                                                   << kDateShift);
  }
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
