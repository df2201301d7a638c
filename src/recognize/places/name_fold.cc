#include "recognize/places/name_fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdint>
#include <vector>

namespace sitrep::places {
namespace {

// Letters NFKD leaves alone but readers treat as plain Latin letters.
const char* special_fold(UChar32 c) {
  switch (c) {
    case 0x00DF: return "ss";  // ß
    case 0x00E6: return "ae";  // æ
    case 0x0153: return "oe";  // œ
    case 0x00F8: return "o";   // ø
    case 0x0142: return "l";   // ł
    case 0x0111: return "d";   // đ
    case 0x00F0: return "d";   // ð
    case 0x00FE: return "th";  // þ
    case 0x0131: return "i";   // dotless i
    case 0x0127: return "h";   // ħ
    case 0x0167: return "t";   // ŧ
    case 0x014B: return "n";   // ŋ
    case 0x0138: return "k";   // ĸ
    case 0x017F: return "s";   // long s
    case 0x0259: return "e";   // ə
    case 0x01DD: return "e";   // ǝ
    case 0x025B: return "e";   // ɛ
    case 0x0254: return "o";   // ɔ
    case 0x0283: return "sh";  // ʃ
    case 0x0263: return "gh";  // ɣ
    case 0x0180: return "b";   // ƀ
    case 0x0188: return "c";   // ƈ
    case 0x0192: return "f";   // ƒ
    case 0x0199: return "k";   // ƙ
    case 0x01B4: return "y";   // ƴ
    case 0x0257: return "d";   // ɗ
    case 0x0253: return "b";   // ɓ
    default: return nullptr;
  }
}

// Marks that transliterations put where Arabic has ʿayn or hamza, and
// apostrophes: they join the letters around them.
bool is_joining_mark(UChar32 c) {
  switch (c) {
    case '\'': case '`': case 0x00B4: case 0x2018: case 0x2019: case 0x201B:
    case 0x2032: case 0x02BB: case 0x02BC: case 0x02BD: case 0x02BE:
    case 0x02BF: case 0x02C8: case 0x02CA: case 0x02CB:
      return true;
    default:
      return false;
  }
}

// A word of two or three bytes as one number, its bytes from the low end
// ("al" and "al\0" differ by the length in the top byte): the articles are
// compared as numbers, not by calls to memcmp.
constexpr uint32_t short_word_code(std::string_view w) {
  uint32_t code = static_cast<uint32_t>(w.size()) << 24;
  for (size_t i = 0; i < w.size(); ++i)
    code |= uint32_t{static_cast<unsigned char>(w[i])} << (8 * i);
  return code;
}

// is_article of a word of two or three letters, the first a, e, o or u.
[[gnu::noinline]] bool listed_article(std::string_view w) {
  static constexpr std::array<std::string_view, 21> kArticles = {
      "al", "el", "ul", "ol", "ad", "adh", "an", "ar", "as", "ash", "at",
      "ath", "az", "ed", "ez", "es", "esh", "et", "er", "en", "eth"};
  static constexpr std::array<uint32_t, 21> kArticleCodes = [] {
    std::array<uint32_t, 21> codes{};
    for (size_t i = 0; i < kArticles.size(); ++i) codes[i] = short_word_code(kArticles[i]);
    return codes;
  }();
  const uint32_t code = short_word_code(w);
  for (const uint32_t article : kArticleCodes) {
    if (code == article) return true;
  }
  return false;
}

// Every article is two or three letters from a, e, o, u: most words of a
// name are out before the list is scanned, inline, without a call.
inline bool is_article(std::string_view w) {
  if (w.size() < 2 || w.size() > 3) return false;
  if (w[0] != 'a' && w[0] != 'e' && w[0] != 'o' && w[0] != 'u') return false;
  return listed_article(w);
}

class Folder {
 public:
  // Appends the ASCII fold of `c` to out_; false when `c` is a letter of a
  // non-Latin script.
  bool add(UChar32 c) {
    if (c < 0x80) return add_ascii(static_cast<char>(c));
    if (is_joining_mark(c)) return true;
    UChar32 lower = u_tolower(c);
    if (const char* s = special_fold(lower)) {
      out_ += s;
      return true;
    }
    const int8_t type = u_charType(c);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
        type == U_COMBINING_SPACING_MARK || type == U_MODIFIER_LETTER ||
        type == U_FORMAT_CHAR) {
      return true;
    }
    if (u_isspace(c) || type == U_DASH_PUNCTUATION || u_ispunct(c)) {
      out_ += ' ';
      return true;
    }
    icu::UnicodeString decomposed;
    if (nfkd()->getDecomposition(lower, decomposed)) {
      for (int32_t i = 0; i < decomposed.length();) {
        UChar32 d = decomposed.char32At(i);
        i += U16_LENGTH(d);
        if (d < 0x80) {
          if (!add_ascii(static_cast<char>(d))) return false;
        } else if (const char* s = special_fold(u_tolower(d))) {
          out_ += s;
        } else if (u_isalpha(d) && !is_latin(d)) {
          return false;
        }
      }
      return true;
    }
    if (u_isalpha(c)) return is_latin(c);  // an unknown Latin letter is dropped
    out_ += ' ';
    return true;
  }

  std::string take() { return std::move(out_); }

 private:
  bool add_ascii(char c) {
    if (c >= 'A' && c <= 'Z') {
      out_ += static_cast<char>(c - 'A' + 'a');
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      out_ += c;
    } else if (c == '\'' || c == '`' || c == '.') {
      // joins: "U.S." -> "us", "Ma'arrat" -> "maarrat"
    } else {
      out_ += ' ';
    }
    return true;
  }

  static bool is_latin(UChar32 c) {
    UErrorCode err = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &err);
    return U_FAILURE(err) || script == USCRIPT_LATIN || script == USCRIPT_COMMON ||
           script == USCRIPT_INHERITED;
  }

  static const icu::Normalizer2* nfkd() {
    static const icu::Normalizer2* instance = [] {
      UErrorCode err = U_ZERO_ERROR;
      return icu::Normalizer2::getNFKDInstance(err);
    }();
    return instance;
  }

  std::string out_;
};

std::vector<std::string_view> split_words(std::string_view s) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) words.push_back(s.substr(i, j - i));
    i = j;
  }
  return words;
}

// The key of a word list, written into `key`: inner articles made "al", a
// leading St/Mt/Ft spelled out.
void join_key_into(const std::string_view* words, size_t count, std::string& key) {
  key.clear();
  for (size_t w = 0; w < count; ++w) {
    std::string_view word = words[w];
    if (w + 1 < count && is_article(word)) {
      word = "al";
    } else if (w == 0 && count > 1) {
      if (word == "st") word = "saint";
      else if (word == "ste") word = "sainte";
      else if (word == "mt") word = "mount";
      else if (word == "ft") word = "fort";
    }
    if (!key.empty()) key += ' ';
    key += word;
  }
}

std::string join_key(const std::string_view* words, size_t count, size_t size_hint) {
  std::string key;
  key.reserve(size_hint);
  join_key_into(words, count, key);
  return key;
}

// The ASCII fold of one byte (Folder::add_ascii): a lowercase letter or
// digit, '\0' for a mark that joins the letters around it, ' ' otherwise.
// A table: every byte of every folded name is looked up.
constexpr std::array<char, 128> kAsciiFolds = [] {
  std::array<char, 128> folds{};
  for (int c = 0; c < 128; ++c) {
    char& fold = folds[static_cast<size_t>(c)];
    if (c >= 'A' && c <= 'Z')
      fold = static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
      fold = static_cast<char>(c);
    else if (c == '\'' || c == '`' || c == '.')
      fold = '\0';
    else
      fold = ' ';
  }
  return folds;
}();
char fold_ascii_byte(unsigned char c) { return kAsciiFolds[c & 0x7F]; }

// fold_name for a short pure-ASCII name, the common case: the same fold
// (Folder::add_ascii for every byte, then the words joined) on the stack,
// without decoding UTF-8 or allocating the intermediate string and word
// list. Returns false, leaving `key` alone, when the name is not one.
bool fold_ascii(std::string_view name, std::string& key) {
  constexpr size_t kMaxBytes = 128, kMaxWords = 16;
  if (name.size() > kMaxBytes) return false;
  char raw[kMaxBytes];
  size_t size = 0;
  for (const char ch : name) {
    const auto c = static_cast<unsigned char>(ch);
    if (c >= 0x80) return false;
    if (const char folded = fold_ascii_byte(c)) raw[size++] = folded;
  }
  std::string_view words[kMaxWords];
  size_t count = 0;
  for (size_t i = 0; i < size;) {
    while (i < size && raw[i] == ' ') ++i;
    size_t j = i;
    while (j < size && raw[j] != ' ') ++j;
    if (j > i) {
      if (count == kMaxWords) return false;
      words[count++] = std::string_view(raw + i, j - i);
    }
    i = j;
  }
  key = count == 0 ? std::string() : join_key(words, count, size);
  return true;
}

// The general (non-ASCII) fold of a name's code points into `raw`, words
// still unsplit; false when the name cannot be folded. Invalid byte
// sequences are skipped.
bool fold_code_points(std::string_view utf8, std::string& raw) {
  Folder folder;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c = 0;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;
    if (!folder.add(c)) return false;
  }
  raw = folder.take();
  return true;
}

}  // namespace

std::string fold_name(std::string_view utf8) {
  if (std::string key; fold_ascii(utf8, key)) return key;
  std::string raw;
  if (!fold_code_points(utf8, raw)) return "";
  std::vector<std::string_view> words = split_words(raw);
  if (words.empty()) return "";
  return join_key(words.data(), words.size(), raw.size());
}

bool append_folded_words(std::string_view utf8, std::string& words) {
  // A short ASCII word, the common case, folds on the stack and is appended
  // at once: at most a space and a letter per byte.
  constexpr size_t kMaxBytes = 64;
  if (utf8.size() <= kMaxBytes) {
    char folded_words[2 * kMaxBytes];
    size_t size = 0;
    bool in_word = false;
    bool ascii = true;
    for (const char ch : utf8) {
      const auto c = static_cast<unsigned char>(ch);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      const char folded = fold_ascii_byte(c);
      if (folded == ' ') {
        in_word = false;
      } else if (folded != '\0') {
        if (!in_word) folded_words[size++] = ' ';
        in_word = true;
        folded_words[size++] = folded;
      }
    }
    if (ascii) {
      words.append(folded_words, size);
      return true;
    }
  }
  std::string raw;
  if (!fold_code_points(utf8, raw)) return false;
  for (std::string_view w : split_words(raw)) {
    words += ' ';
    words += w;
  }
  return true;
}

void join_folded_words(std::string_view words, std::string& key) {
  constexpr size_t kStackWords = 32;
  std::string_view on_stack[kStackWords];
  size_t count = 0;
  for (size_t i = 0; i < words.size();) {
    while (i < words.size() && words[i] == ' ') ++i;
    size_t j = i;
    while (j < words.size() && words[j] != ' ') ++j;
    if (j > i) {
      if (count == kStackWords) {  // a very long name: the plain way
        const std::vector<std::string_view> all = split_words(words);
        join_key_into(all.data(), all.size(), key);
        return;
      }
      on_stack[count++] = words.substr(i, j - i);
    }
    i = j;
  }
  join_key_into(on_stack, count, key);
}

void join_folded_words(std::span<const std::string_view> words, std::string& key) {
  join_key_into(words.data(), words.size(), key);
}

std::string_view first_short_word_of_run(std::string_view word) {
  if (is_article(word)) return "al";
  if (word == "st") return "saint";
  if (word == "ste") return "sainte";
  if (word == "mt") return "mount";
  if (word == "ft") return "fort";
  return word;
}

}  // namespace sitrep::places
