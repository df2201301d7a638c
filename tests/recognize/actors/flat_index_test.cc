#include "recognize/actors/flat_index.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sitrep::actors {
namespace {

// Keys of every length the short (one read) and two-read paths take, and
// past them, made of a repeating pattern so that keys of neighbouring
// lengths share their first bytes.
std::vector<std::string> keys_up_to(size_t longest) {
  std::vector<std::string> keys;
  for (size_t n = 1; n <= longest; ++n) {
    std::string key;
    for (size_t k = 0; k < n; ++k) key += static_cast<char>('a' + (k * 7 + n) % 26);
    keys.push_back(key);
  }
  return keys;
}

// `key` at the start of a buffer whose bytes after it are not zero, as a
// key sits in tokenize()'s buffer before the next key is written.
std::string padded(const std::string& key) { return key + std::string(16, 'q'); }

TEST(KeyIndex, PaddedLookupAgreesWithPlainLookup) {
  const std::vector<std::string> keys = keys_up_to(20);
  KeyIndex index;
  std::vector<uint32_t> ids;
  for (const std::string& key : keys) ids.push_back(index.insert(key));
  for (size_t i = 0; i < keys.size(); ++i) {
    const std::string buffer = padded(keys[i]);
    const std::string_view key(buffer.data(), keys[i].size());
    EXPECT_EQ(index.find(keys[i]), ids[i]) << keys[i];
    EXPECT_EQ(index.find_padded(key), ids[i]) << keys[i];
  }
}

TEST(KeyIndex, PaddedLookupMissesNearKeys) {
  const std::vector<std::string> keys = keys_up_to(20);
  KeyIndex index;
  for (const std::string& key : keys) index.insert(key);
  for (const std::string& key : keys) {
    // One byte changed at either end, and the key cut short by one byte
    // while the byte after stays in the buffer.
    for (const size_t at : {size_t{0}, key.size() - 1}) {
      std::string near = key;
      near[at] = near[at] == 'z' ? 'y' : 'z';
      const std::string buffer = padded(near);
      EXPECT_EQ(index.find(near), index.find_padded({buffer.data(), near.size()})) << near;
    }
    if (key.size() >= 2) {
      const std::string buffer = padded(key);
      const std::string_view shorter(buffer.data(), key.size() - 1);
      EXPECT_EQ(index.find(std::string(shorter)), index.find_padded(shorter)) << shorter;
    }
  }
  const std::string absent = padded("absentword12");
  EXPECT_EQ(index.find_padded({absent.data(), 12}), KeyIndex::kNone);
}

}  // namespace
}  // namespace sitrep::actors
