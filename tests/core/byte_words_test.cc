#include "core/byte_words.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>

namespace sitrep {
namespace {

// Every byte value, in every position of an eight- and a four-byte word,
// next to every other: lower_letters lowercases 'A'..'Z' and leaves the
// rest, whatever its neighbours (no carry between bytes).
TEST(ByteWords, LowerLettersMatchesBytewiseLower) {
  for (int b = 0; b < 256; ++b) {
    for (int other = 0; other < 256; other += 17) {
      for (int pos = 0; pos < 8; ++pos) {
        unsigned char in[8];
        std::memset(in, other, sizeof in);
        in[pos] = static_cast<unsigned char>(b);
        const uint64_t out64 = byte_words::lower_letters(byte_words::load(in));
        uint32_t word32;
        std::memcpy(&word32, in, 4);
        const uint32_t out32 = byte_words::lower_letters(word32);
        unsigned char got64[8];
        unsigned char got32[4];
        std::memcpy(got64, &out64, 8);
        std::memcpy(got32, &out32, 4);
        for (int k = 0; k < 8; ++k) {
          const unsigned char want = in[k] >= 'A' && in[k] <= 'Z' ? in[k] + 0x20 : in[k];
          ASSERT_EQ(got64[k], want) << "byte " << b << " at " << pos << " among " << other;
          if (k < 4) {
            ASSERT_EQ(got32[k], want) << "byte " << b << " at " << pos << " among " << other;
          }
        }
      }
    }
  }
}

}  // namespace
}  // namespace sitrep
