// Word lists the toponym finder uses to tell place names from the other
// capitalised words of news English. All lookups take the word as written
// (case-sensitive where case matters, noted per function).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#include "core/byte_words.h"

namespace sitrep::places {

// A word lowercased (ASCII, as std::tolower in the C locale) on the stack:
// the word lists are asked about most words of every article, and a heap
// string per question added up. A word longer than the buffer reads as ""
// (no list holds one that long).
class LowerWord {
 public:
  explicit LowerWord(std::string_view w) {
    if (w.size() > sizeof buf_) return;
    size_t i = 0;
    // Eight bytes a step, then four, as byte_words::lower_letters does them.
    for (; i + 8 <= w.size(); i += 8) {
      const uint64_t chunk = byte_words::lower_letters(byte_words::load(w.data() + i));
      std::memcpy(buf_ + i, &chunk, 8);
    }
    if (i + 4 <= w.size()) {
      uint32_t chunk;
      std::memcpy(&chunk, w.data() + i, 4);
      chunk = byte_words::lower_letters(chunk);
      std::memcpy(buf_ + i, &chunk, 4);
      i += 4;
    }
    for (; i < w.size(); ++i) {
      const char c = w[i];
      buf_[i] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    size_ = w.size();
  }
  [[nodiscard]] std::string_view view() const { return {buf_, size_}; }

 private:
  char buf_[48];
  size_t size_ = 0;
};

// What a unit word next to a name says the name is.
enum class UnitHint { kNone, kAdmin1, kAdmin2, kSettlement };

// Capitalised function words and pronouns ("The", "In", "They"): they never
// start a place name. Compares the word as written.
bool is_function_word(std::string_view word);
// Words that are not a place name on their own: function words, months,
// weekdays, directions, and common words that happen to name some village
// ("Police", "Union"). They may still start a longer name ("North Carolina",
// "Union City"). Compares the word as written.
bool is_stopword(std::string_view word);
// Titles and roles that put a person's name after them ("Gen.", "Mayor").
bool is_title(std::string_view word);
// Words that, following a place name, make it part of an organisation or a
// building name ("Aleppo University", "Gainesville Police") rather than a
// person's name. Compares the word as written.
bool is_org_word(std::string_view word);
// Directions and the like that may precede a place name inside a
// capitalised run without making it a person's name ("Northern Idlib").
bool is_place_prefix(std::string_view word);

// The four lists above (all compare the word as written) about one word, in
// one lookup: the toponym finder asks them about nearly every capitalised word.
struct WrittenWordClasses {
  bool function_word = false;  // is_function_word
  bool stopword = false;       // is_stopword
  bool org_word = false;       // is_org_word
  bool place_prefix = false;   // is_place_prefix
};
WrittenWordClasses written_word_classes(std::string_view word);

// is_title and unit_word of one word, with one lowercasing and one lookup:
// the toponym finder asks both about nearly every capitalised word.
struct TitleAndUnit {
  bool title = false;
  UnitHint unit = UnitHint::kNone;
};
TitleAndUnit title_and_unit(std::string_view word);

// Lowercase words allowed inside a multi-word name ("Bay of Bengal",
// "Rio de Janeiro", "Ras al-Ain").
bool is_name_connector(std::string_view word);
// "province", "governorate", "county", "city"...: the unit a name next to it
// denotes. Case-insensitive; plural forms too ("provinces").
UnitHint unit_word(std::string_view word);
// Words before a place that make the location approximate: "near",
// "outside", "outskirts", "north" (of). Case-insensitive.
bool is_vicinity_word(std::string_view word);
// Words that frame a name the gazetteer lacks as a settlement or area ("the
// village of X", "X area"). Case-insensitive.
bool is_settlement_frame(std::string_view word);
// Lowercase prepositions that introduce a location ("in", "near", "from").
bool is_locative_preposition(std::string_view word);
// Words that name a local unit before its name: "Barangay Kitango".
bool is_unit_prefix(std::string_view word);
// Lowercase prepositions that frame an unknown name as a place ("in
// Dedebit"): fewer than is_locative_preposition, which also says "from".
bool is_frame_preposition(std::string_view word);
// "Jr", "Sr", "II": they end a person's name.
bool is_name_suffix(std::string_view word);
// Verbs of speech after a name that mark it as a speaker, not a place
// ("Jackson said"). Lowercase.
bool is_speech_verb(std::string_view word);

}  // namespace sitrep::places
