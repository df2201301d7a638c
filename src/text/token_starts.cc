#include "text/token_starts.h"

#include <algorithm>
#include <bit>
#include <cassert>
#include <string_view>

#include "core/byte_words.h"
#include "text/ascii.h"
#include "text/calendar_words.h"
#include "text/number_vocabulary.h"
#include "text/word_set.h"

namespace sitrep {
namespace {

struct DateStarter {
  std::string_view word;
  DateStart start;
};

// The keywords a date pattern can start with. Months and weekdays
// (calendar_names) start one too, as do the counts of "two days ago"
// (count_words).
constexpr DateStarter kDateKeywords[] = {
    {"the", DateStart::kThe},
    {"within", DateStart::kBeforeThe}, {"over", DateStart::kBeforeThe},
    {"in", DateStart::kBeforeThe}, {"during", DateStart::kBeforeThe},
    {"for", DateStart::kBeforeThe}, {"throughout", DateStart::kBeforeThe},
    {"across", DateStart::kBeforeThe},
    {"a", DateStart::kBeforeAgo}, {"an", DateStart::kBeforeAgo},
    {"night", DateStart::kAny}, {"since", DateStart::kAny}, {"last", DateStart::kAny},
    {"past", DateStart::kAny}, {"next", DateStart::kAny}, {"coming", DateStart::kAny},
    {"this", DateStart::kAny}, {"late", DateStart::kAny}, {"early", DateStart::kAny},
    {"mid", DateStart::kAny}, {"yesterday", DateStart::kAny}, {"today", DateStart::kAny},
    {"tonight", DateStart::kAny}, {"earlier", DateStart::kAny}};

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
    return leading_letters_entry(lower);
  }

  // What the word whose lowercase form is `lower` (not empty, and not
  // itself a starter word) may start by its leading letters.
  [[nodiscard]] Entry lookup_leading_letters(std::string_view lower) const {
    if (!set_.may_open(lower)) return {};
    return leading_letters_entry(lower);
  }

  // Every starter word, with its entry.
  [[nodiscard]] const std::vector<std::string_view>& words() const { return words_; }
  [[nodiscard]] const std::vector<Entry>& entries() const { return entries_; }

 private:
  // lookup() past the whole word, which is no starter. Inlined up to the
  // count of leading letters, which settles almost every word.
  [[nodiscard, gnu::always_inline]] Entry leading_letters_entry(std::string_view lower) const {
    // The leading letters: a number phrase may start with a number word
    // followed by a hyphen ("two-year-old"), a date only with a whole word.
    const size_t letters = leading_lower_letters(lower);
    // All letters: the whole word was looked up above.
    if (letters == 0 || letters > longest_ || letters == lower.size()) return {};
    return leading_letters_entry(lower, letters);
  }
  // The same, given the count of leading letters: fewer than lower.size().
  [[nodiscard, gnu::noinline]] Entry leading_letters_entry(std::string_view lower,
                                                           size_t letters) const {
    const int k = set_.index_of(lower.substr(0, letters));
    if (k < 0) return {};
    Entry e = entries_[static_cast<size_t>(k)];
    // A date starts only at a whole word, or at "mid-" ("mid-October").
    e.date = letters == 3 && lower[3] == '-' && lower.size() > 4 && lower.starts_with("mid")
                 ? DateStart::kAny
                 : DateStart::kNone;
    return e;
  }

  detail::WordSet make_set() {
    entries_.assign(words_.size(), Entry{true, DateStart::kNone});
    for (const DateStarter& d : kDateKeywords) add_date_starter(d.word, d.start);
    for (std::string_view name : detail::calendar_names()) add_date_starter(name, DateStart::kAny);
    for (std::string_view count : detail::count_words()) add_date_starter(count, DateStart::kBeforeAgo);
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

  void add_date_starter(std::string_view word, DateStart start) {
    const auto at = std::find(words_.begin(), words_.end(), word);
    if (at == words_.end()) {
      words_.push_back(word);
      entries_.push_back({false, start});
    } else {
      entries_[static_cast<size_t>(at - words_.begin())].date = start;
    }
  }

  std::vector<std::string_view> words_;
  std::vector<Entry> entries_;  // by position in words_
  size_t longest_ = 0;
  detail::WordSet set_;
};

const StarterTable& starter_table() {
  static const StarterTable table;
  return table;
}

}  // namespace

const std::vector<StarterWord>& TokenStarts::starter_words() {
  static const std::vector<StarterWord> words = [] {
    const StarterTable& table = starter_table();
    std::vector<StarterWord> out;
    for (size_t k = 0; k < table.words().size(); ++k) {
      const StarterTable::Entry e = table.entries()[k];
      out.push_back({table.words()[k], flags_for(e.number, e.date)});
    }
    return out;
  }();
  return words;
}

void TokenStarts::assign(const std::vector<Token>& tokens, const LowerTokens& lower) {
  fill<false>(tokens, lower, nullptr);
}

void TokenStarts::assign(const std::vector<Token>& tokens, const LowerTokens& lower,
                         const StartFlags* whole_words) {
  fill<true>(tokens, lower, whole_words);
}

template <bool kWholeWordsKnown>
void TokenStarts::fill(const std::vector<Token>& tokens, const LowerTokens& lower,
                       const StartFlags* whole_words) {
  const StarterTable& table = starter_table();
  constexpr uint8_t kDigitsStart =
      kNumberBit | static_cast<uint8_t>(DateStart::kDigits) << kDateShift;
  auto flags_of = [](const StarterTable::Entry& e) { return flags_for(e.number, e.date); };
  const size_t count = tokens.size();
  count_ = count;
  flags_.resize(count + kPadding);
  uint8_t* flags = flags_.data();
  std::fill(flags + count, flags + count + kPadding, uint8_t{0});
  // Read through locals: the stores to flags would otherwise make the
  // compiler reload both vectors' bounds for every token.
  const Token* token = tokens.data();
  for (size_t i = 0; i < count; ++i) {
    uint8_t f = 0;
    if (token[i].kind == TokenKind::kNumber) {
      f = kDigitsStart;
    } else if (token[i].kind == TokenKind::kWord) {
      const std::string_view w = lower.of(token[i]);
      if (kWholeWordsKnown && whole_words[i] != 0 && !token[i].non_ascii) {
        f = whole_words[i];  // a starter word, all letters
      } else if (ascii::is_digit(w[0])) {
        f = kDigitsStart;  // "17th"
      } else if (kWholeWordsKnown && !token[i].non_ascii) {
        // The caller's table found no starter word; the word may still
        // start one by its leading letters.
        f = flags_of(table.lookup_leading_letters(w));
      } else {
        f = flags_of(table.lookup(w));
      }
    }
    flags[i] = f;
  }
}

}  // namespace sitrep
