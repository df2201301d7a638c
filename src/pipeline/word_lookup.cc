#include "pipeline/word_lookup.h"

#include <cassert>

namespace sitrep {

WordLookup::WordLookup(const Lexicon& lexicon) {
  const WordIds& phrase_words = lexicon.phrase_words();
  for (uint32_t id = 0; id < phrase_words.size(); ++id) {
    [[maybe_unused]] const uint32_t same = table_.insert(phrase_words.word(id));
    assert(same == id);  // the phrase words are distinct: ids carry over
  }
  for (const StarterWord& s : TokenStarts::starter_words()) table_.insert(s.word);
  answers_.assign(table_.size() + 1, Answers{});
  for (uint32_t id = 0; id < phrase_words.size(); ++id) answers_[id + 1].phrase_id = id;
  for (const StarterWord& s : TokenStarts::starter_words())
    answers_[table_.find(s.word) + 1].starts = s.flags;
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
  const Answers* answers = answers_.data();
  const WordIds::Reader table = table_.reader();
  for (size_t i = 0; i < count; ++i) {
    const Answers& a = answers[table.find(word[i]) + 1];  // [0]: no word of either table
    phrase_id[i] = a.phrase_id;
    start[i] = a.starts;
  }
}

}  // namespace sitrep
