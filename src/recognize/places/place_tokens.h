// Internal to the geoparser: the words of an article, with byte offsets and
// the case and position facts the toponym finder needs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

namespace sitrep::places {

struct Token {
  uint32_t start = 0;
  uint32_t end = 0;
  bool capitalised = false;     // "Aleppo", "al-Raqqa", "ez-Zor"
  bool all_caps = false;        // "ALEPPO", "U.S." (two letters or more)
  bool sentence_start = false;  // first word of a sentence or line
  bool line_start = false;      // first word of a line
};

// Words of `text` (letters and digits, with inner apostrophes, hyphens and
// abbreviation periods: "Ma'arrat", "ez-Zor", "U.S"). A possessive "'s" is
// not part of the word.
std::vector<Token> tokenize_words(std::string_view text);
// The same, and the indices of the capitalised tokens, in order, in
// `capitals` (emptied first): the finder visits only those, and taking
// them here saves it a second pass over every token.
std::vector<Token> tokenize_words(std::string_view text, std::vector<size_t>& capitals);

// The text of token `t` of `text`, and the text between tokens `before` and
// `after`, as views made without substr's bounds checks: the finder asks
// them of nearly every token it visits, and tokenize_words' offsets lie in
// the text by construction.
inline std::string_view word_of(std::string_view text, const Token& t) {
  return {text.data() + t.start, t.end - t.start};
}
inline std::string_view text_between(std::string_view text, const Token& before,
                                     const Token& after) {
  return {text.data() + before.end, after.start - before.end};
}

// The words of a text and the text between them, by token index: the
// finder and the rules it runs (person names, mention cues) ask these of
// the same tokens.
class TokenText {
 public:
  TokenText(std::string_view text, std::span<const Token> tokens) : text_(text), tokens_(tokens) {}

  [[nodiscard]] std::string_view word(size_t k) const { return word_of(text_, tokens_[k]); }
  // The text between token k-1 and token k.
  [[nodiscard]] std::string_view gap(size_t k) const {
    return text_between(text_, tokens_[k - 1], tokens_[k]);
  }
  // gap(k) == " ", read off the offsets and one byte: most gaps asked about.
  [[nodiscard]] bool one_space_before(size_t k) const {
    const uint32_t gap_start = tokens_[k - 1].end;
    return tokens_[k].start - gap_start == 1 && text_[gap_start] == ' ';
  }
  // Token k starts with a lowercase ASCII letter.
  [[nodiscard]] bool is_lower_word(size_t k) const {
    const char c = text_[tokens_[k].start];
    return c >= 'a' && c <= 'z';
  }

 protected:
  std::string_view text_;
  std::span<const Token> tokens_;  // a view: one load less per token read than a vector
};

}  // namespace sitrep::places
