#include "recognize/places/skeleton_key.h"

#include <utility>

namespace sitrep::places {
namespace {

bool is_vowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Writes the skeleton into room taken once for the whole key (a letter
// gives at most two bytes: "x" is "ks"), a byte at a time without the
// string's capacity check and terminator on every append: a fuzzy lookup
// the thread has not asked before makes a skeleton.
class SkeletonWriter {
 public:
  explicit SkeletonWriter(size_t folded_size) : out_(2 * folded_size, '\0') {}

  void vowel() {
    if (size_ > 0 && out_[size_ - 1] == '*') return;
    out_[size_++] = '*';
  }
  void consonant(char c) {
    if (size_ > 0 && out_[size_ - 1] == c) return;  // doubled letters
    out_[size_++] = c;
    ++consonants_;
  }
  [[nodiscard]] int consonants() const { return consonants_; }
  std::string take() {
    out_.resize(size_);
    return std::move(out_);
  }

 private:
  std::string out_;
  size_t size_ = 0;
  int consonants_ = 0;
};

void add_word(std::string_view w, SkeletonWriter& out) {
  for (size_t i = 0; i < w.size();) {
    const char c = w[i];
    const char next = i + 1 < w.size() ? w[i + 1] : '\0';
    const char prev = i > 0 ? w[i - 1] : '\0';
    if (is_vowel(c)) {
      out.vowel();
      ++i;
      continue;
    }
    if (c == 'y' || c == 'w') {
      // A glide is a consonant where it opens a syllable: "w" before a vowel
      // ("Northwest" = "North-West"), "y" only between vowels or first
      // ("Bilohirya" = "Bilohiria", but "Hilaliye" = "Hilaliya").
      const bool opens = c == 'w' ? is_vowel(next) : (prev == '\0' || is_vowel(prev)) && is_vowel(next);
      if (opens) out.consonant(c);
      else out.vowel();
      ++i;
      continue;
    }
    if (next == 'h') {
      char mapped = '\0';
      switch (c) {
        case 's': case 'c': mapped = 's'; break;
        case 'k': mapped = 'k'; break;
        case 'g': mapped = 'g'; break;
        case 't': mapped = 't'; break;
        case 'd': mapped = 'd'; break;
        case 'p': mapped = 'f'; break;
        case 'z': mapped = 'j'; break;
        default: break;
      }
      if (mapped != '\0') {
        out.consonant(mapped);
        i += 2;
        continue;
      }
    }
    if (c == 'd' && next == 'j') {
      out.consonant('j');
      i += 2;
      continue;
    }
    if (c == 'c' && next == 'k') {
      out.consonant('k');
      i += 2;
      continue;
    }
    if (c == 'h' && next == '\0' && is_vowel(prev)) {
      ++i;  // "Ramousah" / "Ramussa"
      continue;
    }
    switch (c) {
      case 'q': case 'c': out.consonant('k'); break;
      case 'x': out.consonant('k'); out.consonant('s'); break;
      default: out.consonant(c); break;
    }
    ++i;
  }
}

}  // namespace

std::string skeleton_key(std::string_view folded) {
  SkeletonWriter out(folded.size());
  for (size_t i = 0; i < folded.size();) {  // the words, between spaces
    while (i < folded.size() && folded[i] == ' ') ++i;
    size_t j = i;
    while (j < folded.size() && folded[j] != ' ') ++j;
    const std::string_view w = folded.substr(i, j - i);
    i = j;
    if (w.empty() || w == "al") continue;
    add_word(w, out);
  }
  if (out.consonants() < 3) return "";
  return out.take();
}

}  // namespace sitrep::places
