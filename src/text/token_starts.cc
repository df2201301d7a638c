#include "text/token_starts.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <string_view>

#include "core/byte_words.h"
#include "text/ascii.h"
#include "text/number_vocabulary.h"
#include "text/word_set.h"

namespace sitrep {
namespace {

struct DateStarter {
  std::string_view word;
  DateStart start;
};

// Every word a date pattern can start with: keywords, months, weekdays and
// the number words of "two days ago".
constexpr DateStarter kDateStarters[] = {
    {"the", DateStart::kThe},
    {"within", DateStart::kBeforeThe}, {"over", DateStart::kBeforeThe},
    {"in", DateStart::kBeforeThe}, {"during", DateStart::kBeforeThe},
    {"for", DateStart::kBeforeThe}, {"throughout", DateStart::kBeforeThe},
    {"across", DateStart::kBeforeThe},
    {"a", DateStart::kBeforeAgo}, {"an", DateStart::kBeforeAgo}, {"one", DateStart::kBeforeAgo},
    {"two", DateStart::kBeforeAgo}, {"three", DateStart::kBeforeAgo},
    {"four", DateStart::kBeforeAgo}, {"five", DateStart::kBeforeAgo},
    {"six", DateStart::kBeforeAgo}, {"seven", DateStart::kBeforeAgo},
    {"eight", DateStart::kBeforeAgo}, {"nine", DateStart::kBeforeAgo},
    {"ten", DateStart::kBeforeAgo}, {"eleven", DateStart::kBeforeAgo},
    {"twelve", DateStart::kBeforeAgo}, {"fifteen", DateStart::kBeforeAgo},
    {"twenty", DateStart::kBeforeAgo}, {"thirty", DateStart::kBeforeAgo},
    {"night", DateStart::kAny}, {"since", DateStart::kAny}, {"last", DateStart::kAny},
    {"past", DateStart::kAny}, {"next", DateStart::kAny}, {"coming", DateStart::kAny},
    {"this", DateStart::kAny}, {"late", DateStart::kAny}, {"early", DateStart::kAny},
    {"mid", DateStart::kAny}, {"yesterday", DateStart::kAny}, {"today", DateStart::kAny},
    {"tonight", DateStart::kAny}, {"earlier", DateStart::kAny},
    {"january", DateStart::kAny}, {"february", DateStart::kAny}, {"march", DateStart::kAny},
    {"april", DateStart::kAny}, {"may", DateStart::kAny}, {"june", DateStart::kAny},
    {"july", DateStart::kAny}, {"august", DateStart::kAny}, {"september", DateStart::kAny},
    {"october", DateStart::kAny}, {"november", DateStart::kAny}, {"december", DateStart::kAny},
    {"jan", DateStart::kAny}, {"feb", DateStart::kAny}, {"mar", DateStart::kAny},
    {"apr", DateStart::kAny}, {"jun", DateStart::kAny}, {"jul", DateStart::kAny},
    {"aug", DateStart::kAny}, {"sep", DateStart::kAny}, {"sept", DateStart::kAny},
    {"oct", DateStart::kAny}, {"nov", DateStart::kAny}, {"dec", DateStart::kAny},
    {"sunday", DateStart::kAny}, {"monday", DateStart::kAny}, {"tuesday", DateStart::kAny},
    {"wednesday", DateStart::kAny}, {"thursday", DateStart::kAny}, {"friday", DateStart::kAny},
    {"saturday", DateStart::kAny}, {"sun", DateStart::kAny}, {"mon", DateStart::kAny},
    {"tue", DateStart::kAny}, {"tues", DateStart::kAny}, {"wed", DateStart::kAny},
    {"thu", DateStart::kAny}, {"thur", DateStart::kAny}, {"thurs", DateStart::kAny},
    {"fri", DateStart::kAny}, {"sat", DateStart::kAny}};

// The starter words of both scanners, each with what it may start.
class StarterTable {
 public:
  struct Entry {
    bool number = false;
    DateStart date = DateStart::kNone;
  };

  StarterTable() : words_(detail::number_starter_words()), set_(make_set()) {}

  // What the word whose lowercase form is `lower` (not empty) may start.
  [[nodiscard]] Entry lookup(std::string_view lower) const {
    // Most words ("said", "was", "police") open with two letters no starter
    // does, and need no more looking at.
    if (!set_.may_open(lower)) return {};
    // The whole word first: the starters that get this far are mostly whole
    // words ("the", "in", "a", "two"). A starter a token can equal is all
    // lowercase letters ("no one" holds a space no token does), so a hit
    // is the word's leading letters and they need no counting.
    if (lower.size() <= longest_) {
      if (const int k = set_.index_of(lower); k >= 0) return entries_[static_cast<size_t>(k)];
    }
    // The leading letters: a number phrase may start with a number word
    // followed by a hyphen ("two-year-old"), a date only with a whole word.
    const size_t letters = leading_lower_letters(lower);
    // All letters: the whole word was looked up above.
    if (letters == 0 || letters > longest_ || letters == lower.size()) return {};
    const int k = set_.index_of(lower.substr(0, letters));
    if (k < 0) return {};
    Entry e = entries_[static_cast<size_t>(k)];
    // A date starts only at a whole word, or at "mid-" ("mid-October").
    if (letters != lower.size()) {
      e.date = letters == 3 && lower[3] == '-' && lower.size() > 4 && lower.starts_with("mid")
                   ? DateStart::kAny
                   : DateStart::kNone;
    }
    return e;
  }

 private:
  detail::WordSet make_set() {
    entries_.assign(words_.size(), Entry{true, DateStart::kNone});
    for (const DateStarter& d : kDateStarters) {
      const auto at = std::find(words_.begin(), words_.end(), d.word);
      if (at == words_.end()) {
        words_.push_back(d.word);
        entries_.push_back({false, d.start});
      } else {
        entries_[static_cast<size_t>(at - words_.begin())].date = d.start;
      }
    }
    for (std::string_view w : words_) longest_ = std::max(longest_, w.size());
    // leading_lower_letters counts no further than 16.
    assert(longest_ < 16);
    return detail::WordSet(words_);
  }

  // How many of the leading bytes of `lower` are 'a'-'z', counted up to
  // 16 (beyond longest_ + 1 the count does not matter): eight at a time,
  // reading up to kLowerPadding bytes past the word (LowerTokens allows
  // it), where a byte-by-byte count cost as much as the rest of the lookup.
  static size_t leading_lower_letters(std::string_view lower) {
    static_assert(kLowerPadding >= 8);
    size_t letters = lower_letters_of(byte_words::load(lower.data()));
    if (letters == 8 && lower.size() > 8) letters += lower_letters_of(byte_words::load(lower.data() + 8));
    return std::min(letters, lower.size());
  }
  // The number of leading bytes of `x` (in text order) that are 'a'-'z'.
  static size_t lower_letters_of(uint64_t x) {
    static_assert(std::endian::native == std::endian::little, "the first byte is the lowest");
    constexpr uint64_t ones = ~uint64_t{0} / 0xFF;
    constexpr uint64_t high = ones * 0x80;
    // Range test on the low seven bits (no carry between bytes), as
    // byte_words::lower_letters does; bytes of 0x80 and up are no letters.
    const uint64_t low7 = x & ~high;
    const uint64_t lower = (low7 + ones * (0x80 - 'a')) & ~(low7 + ones * (0x80 - 'z' - 1)) & ~x & high;
    return static_cast<size_t>(std::countr_zero(~lower & high)) / 8;
  }

  std::vector<std::string_view> words_;
  std::vector<Entry> entries_;  // by position in words_
  size_t longest_ = 0;
  detail::WordSet set_;
};

}  // namespace

void TokenStarts::assign(const std::vector<Token>& tokens, const LowerTokens& lower) {
  static const StarterTable table;
  constexpr uint8_t kDigitsStart =
      kNumberBit | static_cast<uint8_t>(DateStart::kDigits) << kDateShift;
  const size_t count = tokens.size();
  flags_.resize(count);
  uint8_t* flags = flags_.data();
  // Read through locals: the stores to flags would otherwise make the
  // compiler reload both vectors' bounds for every token.
  const Token* token = tokens.data();
  for (size_t i = 0; i < count; ++i) {
    uint8_t f = 0;
    if (token[i].kind == TokenKind::kNumber) {
      f = kDigitsStart;
    } else if (token[i].kind == TokenKind::kWord) {
      const std::string_view w = lower[i];
      if (ascii::is_digit(w[0])) {
        f = kDigitsStart;  // "17th"
      } else {
        const StarterTable::Entry e = table.lookup(w);
        f = static_cast<uint8_t>((e.number ? kNumberBit : 0) |
                                 static_cast<uint8_t>(e.date) << kDateShift);
      }
    }
    flags[i] = f;
  }
}

}  // namespace sitrep
