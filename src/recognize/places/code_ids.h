// Internal to the geoparser: small integer ids for the country and
// province codes ("SY", "SY.09", "US.GA") of one document's candidates, so
// that votes add up in arrays.
//
// Every candidate of every name asks, once per document. A code of up to
// eight bytes, as nearly all are, is packed into one integer (two loads,
// no byte loop, no memcmp) and found in a small open-addressing table;
// longer codes go through a WordSet. A country code ("SY": two capital
// letters, as every world place's) is its own index into a 26 x 26 table,
// with no hash and no probe. build_groups asks by the numbers a
// candidate's PlaceView carries (country pair, admin1 row), reading neither
// the code bytes nor the place record. Ids are dense, in order of first
// use. One table serves document after document: clear() empties only the
// slots the last one filled, and the room stays.
#pragma once

#include <array>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "core/country_code.h"
#include "recognize/places/word_set.h"

namespace sitrep::places {

class CodeIds {
 public:
  // The id of `code`, new or known; -1 for "" (no code). Inlined by force,
  // as CodeVotes::slot: asked twice per candidate, and left to itself the
  // compiler made it a call.
  [[gnu::always_inline]] int id(std::string_view code) {
    if (code.empty()) return -1;
    if (const size_t pair = two_letter_code_index(code); pair < kTwoLetterCodes)
      return pair_id(pair);
    if (code.size() > 8) return long_id(code);
    const uint64_t packed = pack(code);
    // A name's candidates mostly share their country (every Springfield
    // is in the US): the code asked last answers without a probe.
    if (packed == last_.packed && code.size() == last_.size) return last_.id;
    if ((size_ + 1) * 2 > slots_.size()) grow();
    for (size_t i = spread(packed, code.size()) & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.size == 0) {
        s = {packed, static_cast<uint32_t>(code.size()), next_++};
        filled_[size_++] = i;
        last_ = s;
        return s.id;
      }
      if (s.packed == packed && s.size == code.size()) {
        last_ = s;
        return s.id;
      }
    }
  }
  // id(code) for a country code whose country_pair_of is `pair` (0: none
  // known, and the code is read).
  [[gnu::always_inline]] int country_id(uint16_t pair, std::string_view code) {
    return pair != 0 ? pair_id(pair - 1u) : id(code);
  }
  // The id of a province code by its PlaceView::admin1_number (0: none,
  // and the code is read). The code itself is not read: every view of a
  // world admin1 code carries its number (custom places' too), so a code
  // asked by number is never asked by its bytes, and the two cannot part.
  [[gnu::always_inline]] int numbered_id(uint16_t number, std::string_view code) {
    if (number == 0) return id(code);
    if (number >= number_ids_.size()) number_ids_.resize(size_t{number} + 1, -1);
    int& known = number_ids_[number];
    if (known < 0) {
      known = next_++;
      numbers_used_.push_back(number);
    }
    return known;
  }
  // Room for `codes` codes before the table grows (one allocation per
  // document rather than a chain of doublings).
  void reserve(size_t codes) {
    size_t slots = 64;
    while (slots < 2 * codes) slots *= 2;
    if (slots > slots_.size()) resize(slots);
  }
  // Forgets every code; ids start again from 0.
  void clear() {
    for (size_t k = 0; k < size_; ++k) slots_[filled_[k]].size = 0;
    size_ = 0;
    for (size_t k = 0; k < pairs_; ++k) pair_ids_[pairs_used_[k]] = -1;
    pairs_ = 0;
    last_ = Slot{};
    next_ = 0;
    for (uint16_t number : numbers_used_) number_ids_[number] = -1;
    numbers_used_.clear();
    if (!long_ids_.empty()) {
      long_codes_ = WordSet();
      long_ids_.clear();
    }
  }
  // One past the largest id.
  [[nodiscard]] size_t size() const { return static_cast<size_t>(next_); }

 private:
  struct Slot {
    uint64_t packed = 0;
    uint32_t size = 0;  // 0: empty
    int id = -1;
  };

  // The bytes of a code of 1..8 bytes, as one integer; with the size, one
  // code and no other. 4..8 bytes: the first four and the last four (they
  // overlap below eight); 1..3: the first, middle and last byte.
  static uint64_t pack(std::string_view code) {
    const char* p = code.data();
    const size_t n = code.size();
    if (n >= 4) {
      uint32_t low, high;
      std::memcpy(&low, p, 4);
      std::memcpy(&high, p + n - 4, 4);
      return low | static_cast<uint64_t>(high) << 32;
    }
    return static_cast<uint64_t>(static_cast<unsigned char>(p[0])) |
           static_cast<uint64_t>(static_cast<unsigned char>(p[n / 2])) << 8 |
           static_cast<uint64_t>(static_cast<unsigned char>(p[n - 1])) << 16;
  }
  static size_t spread(uint64_t packed, size_t size) {
    const uint64_t h = (packed ^ size) * 0x9E3779B97F4A7C15ULL;
    return static_cast<size_t>(h >> 40);
  }

  [[gnu::always_inline]] int pair_id(size_t pair) {
    int& known = pair_ids_[pair];
    if (known < 0) {
      known = next_++;
      pairs_used_[pairs_++] = static_cast<uint16_t>(pair);
    }
    return known;
  }

  // The rare paths stay out of line, so that id(), asked once per
  // candidate, is a few instructions with no spills around them.
  [[gnu::noinline]] void grow() { resize(slots_.empty() ? 64 : slots_.size() * 2); }
  void resize(size_t slots) {
    std::vector<Slot> old(slots);
    old.swap(slots_);
    mask_ = slots_.size() - 1;
    filled_.resize(slots / 2);  // the table is kept at most half full
    size_t filled = 0;
    for (const Slot& s : old) {
      if (s.size == 0) continue;
      size_t i = spread(s.packed, s.size) & mask_;
      while (slots_[i].size != 0) i = (i + 1) & mask_;
      slots_[i] = s;
      filled_[filled++] = i;
    }
  }

  [[gnu::noinline]] int long_id(std::string_view code) {
    const auto other = static_cast<size_t>(long_codes_.insert(code));
    if (other == long_ids_.size()) long_ids_.push_back(next_++);
    return long_ids_[other];
  }

  // A code of two capital letters: the id by its two_letter_code_index,
  // -1 none; [0, pairs_) of pairs_used_ are those set, for clear().
  std::array<int, kTwoLetterCodes> pair_ids_ = filled_with_none();
  std::array<uint16_t, kTwoLetterCodes> pairs_used_{};
  size_t pairs_ = 0;
  static std::array<int, kTwoLetterCodes> filled_with_none() {
    std::array<int, kTwoLetterCodes> ids;
    ids.fill(-1);
    return ids;
  }

  std::vector<Slot> slots_;
  std::vector<size_t> filled_;  // [0, size_): the slots in use, for clear()
  Slot last_;                   // the code id() answered last (size 0: none)
  size_t mask_ = 0;
  size_t size_ = 0;                     // filled slots
  int next_ = 0;                        // the next new id
  WordSet long_codes_;                  // codes longer than eight bytes (views into the gazetteer)
  std::vector<int> long_ids_;           // by long_codes_ id
  std::vector<int> number_ids_;         // by admin1 number: its id, -1 not yet asked
  std::vector<uint16_t> numbers_used_;  // those set, for clear()
};

}  // namespace sitrep::places
