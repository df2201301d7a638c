// Word tokens with folded keys: the common ground on which actor aliases (from
// the knowledge base) and article text meet. Both sides go through the same
// tokenize(), so every spelling rule applies to both at once:
//
//   "al-Nusra", "Al Nusra", "AL NUSRA", "ash-Nusra"  -> key tokens [nusra]
//   "Hay’at Tahrir al-Sham"                          -> [hayat tahrir sham]
//   "Assad's forces"                                 -> [assad forces]
//   "Ḥalab", "Halab"                                 -> [halab]
//
// Rules: case folded; diacritics stripped for Latin letters (ICU NFKD), other
// scripts lowercased; apostrophes inside a word joined ("Hay'at" -> "hayat");
// a possessive "'s" dropped; hyphens, slashes and spaces split words; "al"/"el"
// and a hyphen-attached "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-" are
// articles: kept as tokens but skipped when keys are compared.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "recognize/actors/flat_index.h"

namespace sitrep::actors {

struct Token {
  uint32_t start = 0;  // byte offsets into the text given to tokenize()
  uint32_t end = 0;    // end excludes a possessive "'s"
  // Folded form (empty only for a word of bare combining marks); points into
  // the Tokens that holds this token.
  std::string_view key;
  bool article = false;       // "al", "el", "ash-" ...: skipped in key sequences
  bool capitalised = false;   // first letter uppercase
  bool all_upper = false;     // two or more letters and none lowercase ("ISIS")
  bool inner_upper = false;   // a capital after the first letter ("LeT", "JeM")
  bool numeric = false;       // starts with a digit ("444", "16th")
  bool possessive = false;    // followed by "'s"
  // Sentence or clause punctuation since the previous token, or a word
  // tokenize() skipped (see Vocabulary): no alias or group name spans either.
  bool break_before = false;
  bool hyphen_before = false; // only a hyphen since the previous token ("al-Nusra")
  // The key's id in the vocabulary given to tokenize(), KeyIndex::kNone if
  // none was given or the key is not in it.
  uint32_t id = KeyIndex::kNone;
};

// The words a caller of tokenize() looks for. Each token gets its key's id
// in `words`. A word written in lower case whose key has no id, or an id
// of `lowercase_count` or more, gets no token: the next token has
// break_before set instead, which is all such a word is to the alias walk
// and the group patterns. Many words of a text are such words. The words
// that count in lower case take the first ids, so that telling them is one
// compare. Every article_keys() word must be one, so that articles stay.
struct Vocabulary {
  const KeyIndex* words = nullptr;
  uint32_t lowercase_count = 0;  // ids below it count in lower case
};

// The tokens of one text. Owns the folded keys the tokens' `key` views point
// at, so it can be moved but not copied.
class Tokens {
 public:
  Tokens() = default;
  Tokens(Tokens&&) noexcept = default;
  Tokens& operator=(Tokens&&) noexcept = default;
  Tokens(const Tokens&) = delete;
  Tokens& operator=(const Tokens&) = delete;

  [[nodiscard]] const std::vector<Token>& items() const { return items_; }
  [[nodiscard]] size_t size() const { return items_.size(); }
  [[nodiscard]] bool empty() const { return items_.empty(); }
  const Token& operator[](size_t i) const { return items_[i]; }
  [[nodiscard]] std::vector<Token>::const_iterator begin() const { return items_.begin(); }
  [[nodiscard]] std::vector<Token>::const_iterator end() const { return items_.end(); }

 private:
  friend void tokenize(std::string_view text, const Vocabulary* vocabulary, Tokens& into);
  std::vector<Token> items_;
  std::unique_ptr<char[]> keys_;
  size_t key_capacity_ = 0;  // bytes at keys_
};

// Splits UTF-8 `text` into word tokens. Invalid UTF-8 bytes separate words.
// Offsets are exact bytes of `text`, so spans built from tokens point into it.
// The result does not refer to `text`. With a `vocabulary`, each token's key
// is looked up there while it is fresh (Token::id), so the matcher needs no
// second pass over the keys, and words it does not need are skipped.
Tokens tokenize(std::string_view text, const Vocabulary* vocabulary = nullptr);
// The same into `into`, whose tokens (and the views of their keys) it
// replaces, reusing its storage: a caller tokenizing many texts keeps one.
void tokenize(std::string_view text, const Vocabulary* vocabulary, Tokens& into);

// The keys that are articles when followed by a hyphen ("ash-Sham"); "al"
// and "el" are articles before any word.
std::span<const std::string_view> article_keys();

// The keys of the non-article tokens of `text`, joined by single spaces:
// "Jabhat al-Nusra" -> "jabhat nusra". Used for search and for tests.
std::string fold_key(std::string_view text);

}  // namespace sitrep::actors
