#include "recognize/places/place_words.h"

#include <utility>

namespace sitrep::places {
namespace {

// The `list` names of the data files, in PlaceWordList order.
constexpr std::string_view kListNames[kPlaceWordListCount] = {
    "function_words",     "stopwords",           "org_words",
    "place_prefixes",     "lowercase_titles",    "titles",
    "admin1_units",       "admin2_units",        "settlement_units",
    "name_connectors",    "name_abbreviations",  "vicinity_words",
    "vicinity_after",     "settlement_frames",   "locative_prepositions",
    "frame_prepositions", "unit_prefixes",       "name_suffixes",
    "speech_verbs",       "admin_name_suffixes",
};

// The lists looked up with the word lowercased: their words are kept in
// lowercase whatever the file wrote.
bool ignores_case(PlaceWordList list) {
  switch (list) {
    case PlaceWordList::kLowercaseTitles:
    case PlaceWordList::kTitles:
    case PlaceWordList::kAdmin1Units:
    case PlaceWordList::kAdmin2Units:
    case PlaceWordList::kSettlementUnits:
    case PlaceWordList::kVicinityWords:
    case PlaceWordList::kSettlementFrames:
    case PlaceWordList::kAdminNameSuffixes:
      return true;
    default:
      return false;
  }
}

std::string_view strip_period(std::string_view w) {
  if (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return w;
}

}  // namespace

std::optional<PlaceWordList> place_word_list_named(std::string_view name) {
  for (size_t i = 0; i < kPlaceWordListCount; ++i) {
    if (kListNames[i] == name) return static_cast<PlaceWordList>(i);
  }
  return std::nullopt;
}

std::string place_word_list_names() {
  std::string out;
  for (const std::string_view name : kListNames) {
    if (!out.empty()) out += ", ";
    out += name;
  }
  return out;
}

void ListsByWord::add(uint8_t list, const std::vector<std::string>& words) {
  words_.reserve(2 * (lists_.size() + words.size()));  // a quarter full: misses end quickly
  for (const std::string_view w : words) {
    const auto id = static_cast<size_t>(words_.insert(w));
    if (id == lists_.size()) lists_.push_back(0);
    lists_[id] |= list;
    if (w.size() >= 2) lengths_by_first_two_[first_two_slot(w)] |= length_bit(w);
  }
}

PlaceWordLists::PlaceWordLists(Words lists) : words_(std::move(lists)) {
  for (size_t i = 0; i < kPlaceWordListCount; ++i) {
    if (!ignores_case(static_cast<PlaceWordList>(i))) continue;
    for (std::string& w : words_[i]) {
      for (char& c : w) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  // Lists are added in this order whatever the files' order, so a word's
  // id and the tables' layout depend only on the words.
  written_.add(kFunctionWordsBit, words(PlaceWordList::kFunctionWords));
  written_.add(kStopwordsBit, words(PlaceWordList::kStopwords));
  written_.add(kOrgWordsBit, words(PlaceWordList::kOrgWords));
  written_.add(kPlacePrefixesBit, words(PlaceWordList::kPlacePrefixes));
  lowercase_.add(kLowercaseTitlesBit, words(PlaceWordList::kLowercaseTitles));
  lowercase_.add(kTitlesBit, words(PlaceWordList::kTitles));
  lowercase_.add(kAdmin1Bit, words(PlaceWordList::kAdmin1Units));
  lowercase_.add(kAdmin2Bit, words(PlaceWordList::kAdmin2Units));
  lowercase_.add(kSettlementBit, words(PlaceWordList::kSettlementUnits));
  name_connectors_ = set_of(PlaceWordList::kNameConnectors);
  name_abbreviations_ = set_of(PlaceWordList::kNameAbbreviations);
  vicinity_words_ = set_of(PlaceWordList::kVicinityWords);
  vicinity_after_ = set_of(PlaceWordList::kVicinityAfter);
  settlement_frames_ = set_of(PlaceWordList::kSettlementFrames);
  locative_prepositions_ = set_of(PlaceWordList::kLocativePrepositions);
  frame_prepositions_ = set_of(PlaceWordList::kFramePrepositions);
  unit_prefixes_ = set_of(PlaceWordList::kUnitPrefixes);
  name_suffixes_ = set_of(PlaceWordList::kNameSuffixes);
  speech_verbs_ = set_of(PlaceWordList::kSpeechVerbs);
}

WordSet PlaceWordLists::set_of(PlaceWordList list) const { return WordSet(words(list)); }

bool PlaceWordLists::holds_lowered(const WordSet& set, std::string_view word) {
  return set.contains(LowerWord(word).view());
}

UnitHint PlaceWordLists::unit_of(uint8_t lists) {
  if (lists & kAdmin1Bit) return UnitHint::kAdmin1;
  if (lists & kAdmin2Bit) return UnitHint::kAdmin2;
  if (lists & kSettlementBit) return UnitHint::kSettlement;
  return UnitHint::kNone;
}

// is_title of a word without a final period, given its lowercase form and
// that form's lists: a word written in lowercase is compared as written.
bool PlaceWordLists::is_title_of(std::string_view word, std::string_view lowered, uint8_t lists) {
  if (!word.empty() && word.front() >= 'a' && word.front() <= 'z') {
    return (lists & kLowercaseTitlesBit) != 0 && word == lowered;
  }
  return (lists & kTitlesBit) != 0;
}

bool PlaceWordLists::is_title(std::string_view word) const {
  const std::string_view bare = strip_period(word);
  if (!lowercase_.may_hold(bare)) return false;
  const LowerWord lowered(bare);
  return is_title_of(bare, lowered.view(), lowercase_.lists_of(lowered.view()));
}

UnitHint PlaceWordLists::unit_word(std::string_view word) const {
  if (!lowercase_.may_hold(word)) return UnitHint::kNone;
  return unit_of(lowercase_.lists_of(LowerWord(word).view()));
}

// title_and_unit past its inline test: a word with a final period, or one
// the lowercase lists may hold.
TitleAndUnit PlaceWordLists::listed_title_and_unit(std::string_view word) const {
  if (!word.empty() && word.back() == '.') return {is_title(word), unit_word(word)};
  const LowerWord lowered(word);
  const uint8_t lists = lowercase_.lists_of(lowered.view());
  return {is_title_of(word, lowered.view(), lists), unit_of(lists)};
}

}  // namespace sitrep::places
