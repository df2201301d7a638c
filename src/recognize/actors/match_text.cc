#include "recognize/actors/match_text.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <memory>
#include <string>

#include "recognize/actors/ascii_words.h"
#include "recognize/actors/fold_chars.h"

namespace sitrep::actors {
namespace {

using namespace ascii_words;  // byte classes and the word-run copy
using namespace fold_chars;   // everything past ASCII

constexpr std::string_view kHyphenArticles[] = {"ad", "ar", "as", "ash", "at", "az",
                                                "an", "ud", "ul", "ed",  "es", "ez"};

// Every article is two or three letters from 'a', 'e' or 'u': a test at
// each token that spares most words ("of", "the", "in") the compares.
// Bitwise, without a branch: word lengths and first letters follow no
// pattern a branch predictor could learn (the chain of compares this
// replaces mispredicted ~25K times a 600 KB run, for ~120K fewer instructions).
inline bool may_be_article(size_t size, char first) {
  return (size - 2 <= 1) & ((kAscii[static_cast<unsigned char>(first)] & kArticleStartByte) != 0);
}

bool is_article_key(std::string_view key, bool next_hyphenated) {
  if (key.size() < 2 || key.size() > 3) return false;  // most words: no compares
  if (key == "al" || key == "el") return true;
  if (!next_hyphenated) return false;
  for (auto a : kHyphenArticles) {
    if (key == a) return true;
  }
  return false;
}

// The code point at text[i] and its length, with an ASCII fast path.
inline char32_t next_cp(std::string_view text, size_t i, size_t& len) {
  const auto b = static_cast<unsigned char>(text[i]);
  if (b < 0x80) {
    len = 1;
    return b;
  }
  return decode(text, i, len);
}
inline bool word_cp(char32_t cp) { return cp < 0x80 ? (kAscii[cp] & kWordByte) != 0 : is_word(cp); }
inline bool apostrophe_cp(char32_t cp) {
  return cp < 0x80 ? (kAscii[cp] & kApostropheByte) != 0 : is_apostrophe(cp);
}

// What lies between the previous word and the next one, as bits: none,
// one or more code points, whether one is a hyphen, none, one or more phrase
// breaks, and whether one is not a '.'. Bits rather than counters, so a word
// start reads them with a mask and resets them with one store.
class Gap {
 public:
  // The start of the text breaks a phrase as punctuation does.
  static Gap start_of_text() {
    Gap gap;
    gap.add_break(false);
    return gap;
  }
  void add_space() { add_cp(); }
  void add_ascii(unsigned char b, uint8_t cls) {
    add_cp();
    if (cls & kHyphenByte) bits_ |= kHyphen;
    if (cls & kBreakByte) add_break(b == '.');
  }
  void add(char32_t cp) {
    add_cp();
    if (is_hyphen(cp)) bits_ |= kHyphen;
    if (is_break(cp)) add_break(false);
  }
  // Only a hyphen: one code point, a hyphen ("al-Nusra").
  [[nodiscard]] bool hyphen_only() const {
    return (bits_ & (kCps | kHyphen)) == (kOneCp | kHyphen);
  }
  [[nodiscard]] bool has_break() const { return (bits_ & kOneBreak) != 0; }
  // Exactly one break, a '.' ("U.S. military").
  [[nodiscard]] bool one_period() const { return (bits_ & (kBreaks | kNotPeriod)) == kOneBreak; }

 private:
  enum : uint8_t {
    kOneCp = 1,
    kMoreCps = 2,
    kCps = kOneCp | kMoreCps,
    kOneBreak = 4,
    kMoreBreaks = 8,
    kBreaks = kOneBreak | kMoreBreaks,
    kHyphen = 16,
    kNotPeriod = 32
  };
  // One more: "one" is set, and "more" too if "one" already was.
  void add_cp() { bits_ |= static_cast<uint8_t>(((bits_ & kOneCp) << 1) | kOneCp); }
  void add_break(bool period) {
    bits_ |=
        static_cast<uint8_t>(((bits_ & kOneBreak) << 1) | kOneBreak | (period ? 0 : kNotPeriod));
  }
  uint8_t bits_ = 0;
};

// Where tokenize() writes keys: one buffer that never moves, so the views
// stay valid.
struct KeyBuffer {
  char* bytes;
  size_t capacity;  // bytes for keys; eight more follow
  size_t used = 0;
};

// Copies the key of the word at text[i] into `keys` and moves i past the
// word; returns its end, which is before a possessive "'s" (that belongs to
// no word). `folded` is scratch for one code point past ASCII.
inline size_t copy_word(std::string_view text, size_t& i, KeyBuffer& keys, LetterCase& cases,
                        bool& possessive, std::string& folded) {
  const size_t n = text.size();
  size_t end = i;
  while (i < n) {
    const size_t run =
        copy_ascii_run(text.substr(i), keys.bytes + keys.used, keys.capacity - keys.used, cases);
    if (run > 0) {  // the common case: ASCII letters and digits
      keys.used += run;
      i += run;
      end = i;
      if (i >= n) break;
    }
    // An ASCII byte here is no letter or digit (the run took those): unless
    // it is an apostrophe ("Hay'at", "Assad's") the word ends. Most words
    // end so, at a space or punctuation.
    if (const auto b = static_cast<unsigned char>(text[i]);
        b < 0x80 && (kAscii[b] & kApostropheByte) == 0)
      break;
    size_t len = 0;
    const char32_t c = next_cp(text, i, len);
    if (word_cp(c)) {
      folded.clear();
      append_folded(folded, c);
      // Guard the "twice the bytes" bound rather than trust it.
      const size_t room = std::min(folded.size(), keys.capacity - keys.used);
      std::memcpy(keys.bytes + keys.used, folded.data(), room);
      keys.used += room;
      if (is_upper(c)) {
        cases.add_upper();
      } else if (is_lower(c)) {
        cases.add_lower();
      }
      i += len;
      end = i;
      continue;
    }
    if (c >= 0x80 && is_ignorable(c)) {
      i += len;
      continue;
    }
    if (apostrophe_cp(c) && i + len < n) {
      size_t len2 = 0;
      const char32_t after = next_cp(text, i + len, len2);
      if (word_cp(after)) {
        size_t len3 = 0;
        const bool s_ends = (after == U's' || after == U'S') &&
                            (i + len + len2 >= n || !word_cp(next_cp(text, i + len + len2, len3)));
        if (s_ends) {
          possessive = true;
          i += len + len2;  // the "'s" belongs to no token and breaks nothing
          break;
        }
        i += len;  // "Hay'at": the apostrophe joins
        continue;
      }
    }
    break;
  }
  return end;
}

// One pass: the gap before each word decides its break and the article
// status of the word before; each word's key is copied lower-cased into the
// key buffer and looked up while it is fresh.
// Flattened: GCC otherwise calls out of line for each token's push_back
// (its growth path makes it look big), the hottest call here. A template
// on whether there is a vocabulary: the matcher's calls, nearly all of
// them, then test for none at no word.
template <bool kLookUp>
[[gnu::flatten]] void tokenize_into(std::string_view text, const Vocabulary& vocabulary,
                                    std::vector<Token>& items, std::unique_ptr<char[]>& key_bytes,
                                    size_t& key_capacity) {
  // The vocabulary's fields as locals: reads through the reference would be
  // made again after every store of key bytes (a char store may alias them).
  const KeyIndex* const words = vocabulary.words;
  const uint32_t lowercase_count = vocabulary.lowercase_count;  // KeyIndex::kNone is above it
  // A local vector, moved into the result at the end: the result's lives
  // in the caller's memory, where every key byte stored might alias its
  // end pointer, which would then be read and written at each token.
  std::vector<Token> tokens = std::move(items);  // its storage, kept from an earlier text
  tokens.clear();
  tokens.reserve(text.size() / 6 + 1);
  // A folded character is not longer than twice its UTF-8 bytes; eight more
  // bytes after the last key let a vocabulary read any key eight bytes at a
  // time. Nothing is read before it is written, so no zero fill.
  KeyBuffer keys{nullptr, 2 * text.size() + 8};
  if (key_capacity < keys.capacity + 8) {
    key_capacity = keys.capacity + 8;
    key_bytes = std::make_unique_for_overwrite<char[]>(key_capacity);
  }
  keys.bytes = key_bytes.get();
  Gap gap = Gap::start_of_text();
  size_t previous_word_size = 0;   // the word before's key size (0: none)
  // That word has a token (tokens.back()) that may_be_article().
  bool previous_may_be_article = false;
  bool skipped = false;            // a word was skipped since the last token
  std::string folded;

  size_t i = 0;
  const size_t n = text.size();
  while (i < n) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b == ' ') {  // most gaps are one space
      gap.add_space();
      ++i;
      continue;
    }
    const uint8_t cls = kAscii[b];  // 0 for every non-ASCII byte
    bool capitalised = (cls & kUpperByte) != 0;
    if ((cls & kWordByte) == 0) {
      if (b < 0x80) {
        gap.add_ascii(b, cls);
        ++i;
        continue;
      }
      size_t len = 0;
      const char32_t cp = decode(text, i, len);
      if (!is_word(cp)) {
        gap.add(cp);
        i += len;
        continue;
      }
      capitalised = is_upper(cp);
    }
    // A word starts: the gap before it says whether it breaks a phrase, and
    // whether the word before is an article.
    const bool hyphen_before = gap.hyphen_only();
    bool brk = gap.has_break();
    if (brk && gap.one_period() && previous_word_size == 1) {
      brk = false;  // "U.S. military": initials do not end a phrase
    }
    if (previous_may_be_article && !brk) {
      Token& previous = tokens.back();
      previous.article = is_article_key(previous.key, hyphen_before);
    }
    gap = Gap{};

    const auto start = static_cast<uint32_t>(i);
    const size_t key_start = keys.used;
    // There is room for the sixteen bytes plain_word() or ascii_word()
    // stores here: keys so far take at most twice the text before i, and
    // the buffer twice the text, while sixteen bytes of text follow i.
    char* const key_bytes = keys.bytes + key_start;
    if (const size_t size = plain_word(text, i, capitalised, key_bytes); size != 0) {
      const std::string_view key(key_bytes, size);
      i += size;
      const auto word_end = static_cast<uint32_t>(i);
      previous_word_size = size;
      if (text[i] == ' ') {  // the usual gap, taken here (plain_word saw the text go on)
        gap.add_space();
        ++i;
      }
      uint32_t id = KeyIndex::kNone;
      if constexpr (kLookUp) {
        id = words->find_padded(key);  // plain_word() wrote sixteen bytes
        if (!capitalised && id >= lowercase_count) {
          skipped = true;  // no token: the next one gets a break
          previous_may_be_article = false;
          continue;
        }
      }
      keys.used += size;
      tokens.push_back(Token{start, word_end, key, false, capitalised, false, false, false, false,
                             brk || skipped, hyphen_before, id});
      skipped = false;
      previous_may_be_article = may_be_article(size, key_bytes[0]);
      continue;
    }
    // Read again here rather than kept from the word's start: a value
    // live across the plain path costs it a register.
    const uint8_t first_cls = kAscii[static_cast<unsigned char>(text[start])];
    const bool numeric =
        (first_cls & kWordByte) != 0 && (first_cls & (kUpperByte | kLowerByte)) == 0;
    LetterCase cases;
    bool possessive = false;
    size_t end = 0;
    if (const size_t size = ascii_word(text, i, key_bytes, cases); size != 0) {
      i += size;
      keys.used += size;
      end = i;
    } else {
      end = copy_word(text, i, keys, cases, possessive, folded);
    }
    const std::string_view key(keys.bytes + key_start, keys.used - key_start);
    std::memset(keys.bytes + keys.used, 0, 8);  // what a vocabulary reads past the key
    previous_word_size = key.size();
    const bool all_upper = cases.letters >= 2 && !cases.lower;
    uint32_t id = KeyIndex::kNone;
    if constexpr (kLookUp) {
      id = words->find_padded(key);
      if (!capitalised && !numeric && !all_upper && id >= lowercase_count) {
        keys.used = key_start;  // no token: the next one gets a break
        skipped = true;
        previous_may_be_article = false;
        continue;
      }
    }
    tokens.push_back(Token{start, static_cast<uint32_t>(end), key, false, capitalised, all_upper,
                           cases.inner_upper && !all_upper, numeric, possessive, brk || skipped,
                           hyphen_before, id});
    skipped = false;
    previous_may_be_article = !key.empty() && may_be_article(key.size(), key[0]);
  }
  items = std::move(tokens);
}

}  // namespace

void tokenize(std::string_view text, const Vocabulary* vocabulary, Tokens& into) {
  // A vocabulary without words looks nothing up, as no vocabulary.
  if (vocabulary != nullptr && vocabulary->words != nullptr) {
    tokenize_into<true>(text, *vocabulary, into.items_, into.keys_, into.key_capacity_);
  } else {
    tokenize_into<false>(text, Vocabulary{}, into.items_, into.keys_, into.key_capacity_);
  }
}

Tokens tokenize(std::string_view text, const Vocabulary* vocabulary) {
  Tokens result;
  tokenize(text, vocabulary, result);
  return result;
}

std::span<const std::string_view> article_keys() {
  static constexpr std::string_view kAll[] = {"al", "el", "ad", "ar", "as", "ash", "at",
                                              "az", "an", "ud", "ul", "ed", "es",  "ez"};
  return kAll;
}

std::string fold_key(std::string_view text) {
  std::string out;
  for (const Token& t : tokenize(text)) {
    if (t.article) continue;
    if (!out.empty()) out += ' ';
    out += t.key;
  }
  return out;
}

}  // namespace sitrep::actors
