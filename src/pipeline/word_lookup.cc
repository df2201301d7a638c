#include "pipeline/word_lookup.h"

#include <cassert>

namespace sitrep {

WordLookup::WordLookup(const Lexicon& lexicon) {
  const WordIds& phrase_words = lexicon.phrase_words();
  phrase_id_.push_back(WordIds::kNone);
  for (uint32_t id = 0; id < phrase_words.size(); ++id) {
    [[maybe_unused]] const uint32_t same = table_.insert(phrase_words.word(id));
    assert(same == id);  // the phrase words are distinct: ids carry over
    phrase_id_.push_back(id);
  }
  for (const StarterWord& s : TokenStarts::starter_words()) {
    if (table_.insert(s.word) + 1 == phrase_id_.size()) phrase_id_.push_back(WordIds::kNone);
  }
  starts_.assign(table_.size() + 1, 0);
  for (const StarterWord& s : TokenStarts::starter_words())
    starts_[table_.find(s.word) + 1] = s.flags;
}

void WordLookup::look_up(std::span<const std::string_view> words, std::vector<uint32_t>& phrase_ids,
                         std::vector<StartFlags>& starts) const {
  const size_t count = words.size();
  phrase_ids.resize(count);
  starts.resize(count);
  // Read through locals: the stores would otherwise make the compiler
  // reload the vectors' bounds for every word.
  const std::string_view* word = words.data();
  uint32_t* phrase_id = phrase_ids.data();
  StartFlags* start = starts.data();
  const uint32_t* phrase_id_of = phrase_id_.data();
  const StartFlags* starts_of = starts_.data();
  const WordIds::Reader table = table_.reader();
  for (size_t i = 0; i < count; ++i) {
    const uint32_t slot = table.find(word[i]) + 1;  // 0: no word of either table
    phrase_id[i] = phrase_id_of[slot];
    start[i] = starts_of[slot];
  }
}

}  // namespace sitrep
