#include "recognize/places/token_folds.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>

#include "recognize/places/name_fold.h"

namespace sitrep::places {
namespace {

// An ASCII letter or digit folds to itself lowercased; every other byte is
// 0 here and sends its word through append_folded_words.
constexpr std::array<char, 256> kPlainFolds = [] {
  std::array<char, 256> folds{};
  for (int c = '0'; c <= '9'; ++c) folds[static_cast<size_t>(c)] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) folds[static_cast<size_t>(c)] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) folds[static_cast<size_t>(c)] = static_cast<char>(c - 'A' + 'a');
  return folds;
}();

constexpr size_t kBlockSize = 4096;

// Writes `word` lowercased to `out` when it is all ASCII letters and
// digits (most words): false otherwise, and `out` holds scratch. With
// SSE2, a word of sixteen bytes or fewer is read and folded in one step
// when sixteen bytes of text follow its start (`readable`); `out` must
// then have room for sixteen bytes. Else a byte at a time.
bool fold_plain(std::string_view word, bool readable, char* out) {
#if defined(__SSE2__)
  if (readable && word.size() <= 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(word.data()));
    // Signed compares: bytes past 0x7F read as negative and fall in no range.
    const __m128i upper = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('A' - 1)),
                                        _mm_cmplt_epi8(x, _mm_set1_epi8('Z' + 1)));
    const __m128i lower = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('a' - 1)),
                                        _mm_cmplt_epi8(x, _mm_set1_epi8('z' + 1)));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(x, _mm_set1_epi8('9' + 1)));
    const auto alnum =
        static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(upper, lower), digit)));
    const uint32_t in_word = (uint32_t{1} << word.size()) - 1;
    const __m128i folded = _mm_or_si128(x, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(out), folded);
    return (alnum & in_word) == in_word;
  }
#else
  (void)readable;
#endif
  for (size_t i = 0; i < word.size(); ++i) {
    const char folded = kPlainFolds[static_cast<unsigned char>(word[i])];
    if (folded == 0) return false;
    out[i] = folded;
  }
  return true;
}

}  // namespace

TokenFolds::TokenFolds(std::string_view text, const std::vector<Token>& tokens)
    : text_(text), tokens_(tokens), fold_of_(tokens.size(), -1) {
  folds_.reserve(tokens.size() / 4);
}

char* TokenFolds::store(size_t size) {
  if (size > free_size_) new_block(size);
  char* room = free_;
  free_ += size;
  free_size_ -= size;
  return room;
}

void TokenFolds::new_block(size_t size) {
  const size_t block = std::max(size, kBlockSize);
  free_ = blocks_.emplace_back(std::make_unique_for_overwrite<char[]>(block)).get();
  free_size_ = block;
}

const char* TokenFolds::store(std::string_view bytes) {
  char* room = store(bytes.size());
  if (!bytes.empty()) std::memcpy(room, bytes.data(), bytes.size());
  return room;
}

const TokenFolds::Fold& TokenFolds::fold_first(size_t k) {
  const Token& t = tokens_[k];
  const std::string_view word = word_of(text_, t);
  Fold f;
  // A word of ASCII letters and digits, most of them, is its own key
  // lowercased: " word" is written straight to storage.
  if (free_size_ < 17) new_block(17);  // room for the sixteen bytes fold_plain() writes
  char* plain = store(word.size() + 1);
  plain[0] = ' ';
  const bool text_has_16 = static_cast<size_t>(text_.data() + text_.size() - word.data()) >= 16;
  if (!word.empty() && fold_plain(word, text_has_16, plain + 1)) {
    f.words = plain;
    f.words_size = static_cast<uint32_t>(word.size() + 1);
    f.key = plain + 1;
    f.key_size = static_cast<uint32_t>(word.size());
    f.one_word = true;
  } else {
    scratch_.clear();
    f.latin = append_folded_words(word, scratch_);
    if (f.latin && !scratch_.empty()) {
      f.words = store(scratch_);
      f.words_size = static_cast<uint32_t>(scratch_.size());
      // One word ("aleppo") is its own key; several ("al raqqa", "saint
      // denis") may change when joined.
      if (scratch_.find(' ', 1) == std::string::npos) {
        f.key = f.words + 1;
        f.key_size = f.words_size - 1;
        f.one_word = true;
      } else {
        join_folded_words(std::string_view(f.words, f.words_size), scratch_);
        f.key = store(scratch_);
        f.key_size = static_cast<uint32_t>(scratch_.size());
      }
    }
  }
  fold_of_[k] = static_cast<int32_t>(folds_.size());
  return folds_.emplace_back(f);
}

std::string_view TokenFolds::joined_key(size_t first, size_t last) {
  run_words_.clear();
  for (size_t k = first; k <= last; ++k) {
    const Fold& f = fold(k);
    if (!f.latin) return {};
    if (f.one_word) {
      run_words_.emplace_back(f.key, f.key_size);
      continue;
    }
    // " w1 w2": one space before each word. Views into the folds, which
    // never change once made.
    const std::string_view words(f.words, f.words_size);
    for (size_t i = 0; i < words.size();) {
      const size_t end = std::min(words.find(' ', i + 1), words.size());
      run_words_.push_back(words.substr(i + 1, end - i - 1));
      i = end;
    }
  }
  join_folded_words(run_words_, run_key_);
  return run_key_;
}

}  // namespace sitrep::places
