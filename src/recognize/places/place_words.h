// The word lists the toponym finder uses to tell place names from the other
// capitalised words of news English ("The", "Police", "Gen.", "province",
// "near", "said"). The words are data, read from data/place_words/*.tsv
// (place_word_files.h; the folder's README says what each list does); this
// is the lookup side: PlaceWordLists takes each list's words and answers,
// per word, which lists hold it. Lookups take the word as written
// (case-sensitive where case matters, noted per method).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/byte_words.h"
#include "recognize/places/word_set.h"

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

// The lists, as named in the data files' `list` column.
enum class PlaceWordList : uint8_t {
  kFunctionWords,         // function_words
  kStopwords,             // stopwords
  kOrgWords,              // org_words
  kPlacePrefixes,         // place_prefixes
  kLowercaseTitles,       // lowercase_titles
  kTitles,                // titles
  kAdmin1Units,           // admin1_units
  kAdmin2Units,           // admin2_units
  kSettlementUnits,       // settlement_units
  kNameConnectors,        // name_connectors
  kNameAbbreviations,     // name_abbreviations
  kVicinityWords,         // vicinity_words
  kVicinityAfter,         // vicinity_after
  kSettlementFrames,      // settlement_frames
  kLocativePrepositions,  // locative_prepositions
  kFramePrepositions,     // frame_prepositions
  kUnitPrefixes,          // unit_prefixes
  kNameSuffixes,          // name_suffixes
  kSpeechVerbs,           // speech_verbs
  kAdminNameSuffixes,     // admin_name_suffixes (the gazetteer builder's)
};
inline constexpr size_t kPlaceWordListCount =
    static_cast<size_t>(PlaceWordList::kAdminNameSuffixes) + 1;

// The list a data file's `list` cell names ("stopwords"), or nullopt.
std::optional<PlaceWordList> place_word_list_named(std::string_view name);
// The names place_word_list_named() knows, comma-separated, for messages.
std::string place_word_list_names();

// The four case-sensitive lists the toponym finder asks about nearly every
// capitalised word, answered in one lookup.
struct WrittenWordClasses {
  bool function_word = false;  // is_function_word
  bool stopword = false;       // is_stopword
  bool org_word = false;       // is_org_word
  bool place_prefix = false;   // is_place_prefix
};

// is_title and unit_word of one word, with one lowercasing and one lookup:
// the toponym finder asks both about nearly every capitalised word.
struct TitleAndUnit {
  bool title = false;
  UnitHint unit = UnitHint::kNone;
};

// Words -> the bit set of the lists that hold them, so one lookup answers
// every list a rule asks about.
class ListsByWord {
 public:
  [[nodiscard]] uint8_t lists_of(std::string_view word) const {
    if (!may_hold(word)) return 0;
    const int id = words_.find(word);
    return id < 0 ? 0 : lists_[static_cast<size_t>(id)];
  }
  // False when no list holds a word with the first two letters (either
  // case, as WordSet::may_contain) and the length of `word`. The first
  // letter and length alone let through most capitalised words of an
  // article, which then were lowercased and hashed for nothing.
  [[nodiscard]] bool may_hold(std::string_view word) const {
    if (word.size() < 2) return words_.may_contain(word);
    return (lengths_by_first_two_[first_two_slot(word)] & length_bit(word)) != 0;
  }

  // Adds `words` (views that must outlive this) to the list with bit `list`.
  void add(uint8_t list, const std::vector<std::string>& words);

 private:
  // The low five bits of each of the first two bytes (the same for an
  // ASCII letter in either case); a word of two bytes or more.
  static size_t first_two_slot(std::string_view w) {
    return (static_cast<size_t>(static_cast<unsigned char>(w[0]) & 31u) << 5) |
           (static_cast<unsigned char>(w[1]) & 31u);
  }
  static uint32_t length_bit(std::string_view w) {
    return uint32_t{1} << (w.size() < 31 ? w.size() : 31);
  }

  WordSet words_;
  std::vector<uint8_t> lists_;  // by word id: list bits
  // may_hold's bits: per first_two_slot, one per length up to 31 and one
  // for all longer.
  std::array<uint32_t, 1024> lengths_by_first_two_{};
};

// Immutable once built, and shared by every thread that geoparses. Movable,
// not copyable: the tables view the words it keeps.
class PlaceWordLists {
 public:
  using Words = std::array<std::vector<std::string>, kPlaceWordListCount>;

  PlaceWordLists() : PlaceWordLists(Words{}) {}  // every list empty
  // `lists[list]`: each list's words in file order. The words of the
  // case-insensitive lists (titles, units, vicinity_words, settlement_frames)
  // are lowercased (ASCII) here.
  explicit PlaceWordLists(Words lists);
  PlaceWordLists(PlaceWordLists&&) = default;
  PlaceWordLists& operator=(PlaceWordLists&&) = default;
  PlaceWordLists(const PlaceWordLists&) = delete;
  PlaceWordLists& operator=(const PlaceWordLists&) = delete;

  // A list's words as given (lowercased where the list ignores case).
  [[nodiscard]] const std::vector<std::string>& words(PlaceWordList list) const {
    return words_[static_cast<size_t>(list)];
  }

  // These four are inline: most words asked are rejected by the table's
  // first-letters-and-length test, and each question was a call.
  //
  // Capitalised function words and pronouns ("The", "In", "They"): they
  // never start a place name. As written.
  [[nodiscard]] bool is_function_word(std::string_view word) const {
    return (written_.lists_of(word) & kFunctionWordsBit) != 0;
  }
  // Not a place name on its own: the function words and the stopwords
  // (months, weekdays, directions, "Police", "Union"). They may still start
  // a longer name ("North Carolina"). As written.
  [[nodiscard]] bool is_stopword(std::string_view word) const {
    return (written_.lists_of(word) & (kFunctionWordsBit | kStopwordsBit)) != 0;
  }
  // After a place name, makes it part of an organisation or building name
  // ("Aleppo University"), not a person's. As written.
  [[nodiscard]] bool is_org_word(std::string_view word) const {
    return (written_.lists_of(word) & kOrgWordsBit) != 0;
  }
  // May precede a place name in a capitalised run without making it a
  // person's name ("Northern Idlib"). As written.
  [[nodiscard]] bool is_place_prefix(std::string_view word) const {
    return (written_.lists_of(word) & kPlacePrefixesBit) != 0;
  }
  // The four lists above about one word, in one lookup.
  [[nodiscard]] WrittenWordClasses written_word_classes(std::string_view word) const {
    const uint8_t lists = written_.lists_of(word);
    return {(lists & kFunctionWordsBit) != 0, (lists & (kFunctionWordsBit | kStopwordsBit)) != 0,
            (lists & kOrgWordsBit) != 0, (lists & kPlacePrefixesBit) != 0};
  }

  // Titles and roles that put a person's name after them ("Gen.", "Mayor",
  // "coach"): case-insensitive, except that a word written in lowercase must
  // be a lowercase title. A final period is dropped.
  [[nodiscard]] bool is_title(std::string_view word) const;
  // "province", "county", "city"...: the unit a name next to it denotes.
  // Case-insensitive.
  [[nodiscard]] UnitHint unit_word(std::string_view word) const;
  // False when title_and_unit(word) is surely neither a title nor a unit:
  // the test that rejects most words, before any lowercasing.
  [[nodiscard]] bool may_be_title_or_unit(std::string_view word) const {
    return (!word.empty() && word.back() == '.') || lowercase_.may_hold(word);
  }
  // Inline up to the test that rejects most words: no call for them.
  [[nodiscard]] TitleAndUnit title_and_unit(std::string_view word) const {
    if (!may_be_title_or_unit(word)) return {};
    return listed_title_and_unit(word);
  }

  // Lowercase words allowed inside a multi-word name ("Bay of Bengal").
  [[nodiscard]] bool is_name_connector(std::string_view word) const {
    return name_connectors_.contains(word);
  }
  // "St", "Mt": their period stays inside a name ("St. Louis").
  [[nodiscard]] bool is_name_abbreviation(std::string_view word) const {
    return name_abbreviations_.contains(word);
  }
  // Before a place, make it approximate: "near", "outskirts", "north" (of).
  // Case-insensitive.
  [[nodiscard]] bool is_vicinity_word(std::string_view word) const {
    return vicinity_words_.may_contain(word) && holds_lowered(vicinity_words_, word);
  }
  // After a place, make it approximate: "countryside". As written.
  [[nodiscard]] bool is_vicinity_after(std::string_view word) const {
    return vicinity_after_.contains(word);
  }
  // Frame a name the gazetteer lacks as a settlement or area ("the village
  // of X", "X area"). Case-insensitive.
  [[nodiscard]] bool is_settlement_frame(std::string_view word) const {
    return settlement_frames_.may_contain(word) && holds_lowered(settlement_frames_, word);
  }
  // Introduce a location ("in", "near", "from"). As written.
  [[nodiscard]] bool is_locative_preposition(std::string_view word) const {
    return locative_prepositions_.contains(word);
  }
  // Frame an unknown name as a place ("in Dedebit"): fewer than
  // is_locative_preposition, which also says "from". As written.
  [[nodiscard]] bool is_frame_preposition(std::string_view word) const {
    return frame_prepositions_.contains(word);
  }
  // Name a local unit before its name: "Barangay Kitango". As written.
  [[nodiscard]] bool is_unit_prefix(std::string_view word) const {
    return unit_prefixes_.contains(word);
  }
  // "Jr", "Sr", "II": they end a person's name. As written.
  [[nodiscard]] bool is_name_suffix(std::string_view word) const {
    return name_suffixes_.contains(word);
  }
  // After a name, mark it as a speaker ("Jackson said"). As written.
  [[nodiscard]] bool is_speech_verb(std::string_view word) const {
    return speech_verbs_.contains(word);
  }

 private:
  // written_'s list bits.
  static constexpr uint8_t kFunctionWordsBit = 1, kStopwordsBit = 2, kOrgWordsBit = 4,
                           kPlacePrefixesBit = 8;
  // lowercase_'s list bits.
  static constexpr uint8_t kTitlesBit = 1,  // a word not written in lowercase
      kLowercaseTitlesBit = 2,              // a word written in lowercase
      kAdmin1Bit = 4, kAdmin2Bit = 8, kSettlementBit = 16;

  [[nodiscard]] WordSet set_of(PlaceWordList list) const;
  // Whether `set` holds `word` lowercased: out of line, behind the inline
  // first-letter-and-length test of the case-insensitive lists, which
  // rejects nearly every word asked (the lowercasing kept the whole test
  // from being inlined, a call per word).
  static bool holds_lowered(const WordSet& set, std::string_view word);
  static UnitHint unit_of(uint8_t lists);
  [[nodiscard]] TitleAndUnit listed_title_and_unit(std::string_view word) const;
  static bool is_title_of(std::string_view word, std::string_view lowered, uint8_t lists);

  // What the tables below view: built after it. A move takes the vectors'
  // buffers, so the strings (and the views) stay where they are.
  Words words_;
  // The case-sensitive lists the finder asks about nearly every capitalised
  // word, in one table.
  ListsByWord written_;
  // The lists asked in lowercase (titles, units), in one table: lists_of()
  // takes a word lowercased by LowerWord; may_hold() is asked before
  // lowercasing and spares most words that.
  ListsByWord lowercase_;
  WordSet name_connectors_, name_abbreviations_, vicinity_words_, vicinity_after_,
      settlement_frames_, locative_prepositions_, frame_prepositions_, unit_prefixes_,
      name_suffixes_, speech_verbs_;
};

}  // namespace sitrep::places
