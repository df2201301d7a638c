// Appending JSON values straight onto a std::string. The JSONL output used to
// build an nlohmann::json object per record and dump it; that was ~9% of
// single-thread `sitrep extract` time (a std::map node and a string per
// field). These helpers write the same bytes without the tree.
//
// "The same bytes" is the contract: every function here reproduces what
// nlohmann::json::dump(-1, ' ', false, error_handler_t::replace) writes for
// the same value, so output files do not change. tests/export compares them
// value by value against nlohmann itself.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace sitrep {

// A JSON string literal, quotes included. Escapes " \ \b \f \n \r \t, other
// bytes below 0x20 as \u00XX (lowercase hex); '/', DEL and valid non-ASCII
// UTF-8 pass through. Each ill-formed UTF-8 sequence becomes U+FFFD exactly
// where nlohmann's replace handler puts one (see the .cc).
void append_json_string(std::string& out, std::string_view s);

void append_json_int(std::string& out, int64_t v);
void append_json_uint(std::string& out, uint64_t v);

// nlohmann's number form: Grisu2 digits, "36.0" for integral values,
// exponent form outside 1e-5..1e15, null for NaN and infinities.
void append_json_double(std::string& out, double v);

inline void append_json_bool(std::string& out, bool v) { out += v ? "true" : "false"; }

// Writes one object's braces and commas. Keys given to key() are literals of
// this program, known to need no escaping, so they are copied as they are;
// callers must pass them in std::map order (bytewise sorted) because that is
// the order nlohmann::json's object kept.
class JsonObject {
 public:
  explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
  JsonObject(const JsonObject&) = delete;
  JsonObject& operator=(const JsonObject&) = delete;
  ~JsonObject() { out_ += '}'; }

  // Writes `"key":` (after a comma unless first) and returns the buffer for
  // the value. A literal key's length is known here, so its bytes are
  // copied as a few fixed-size moves rather than one byte at a time.
  template <size_t N>
  std::string& key(const char (&key)[N]) {
    static_assert(N >= 1, "a string literal");
    char buf[N + 3];
    size_t n = 0;
    if (!first_) buf[n++] = ',';
    first_ = false;
    buf[n++] = '"';
    std::memcpy(buf + n, key, N - 1);
    n += N - 1;
    buf[n++] = '"';
    buf[n++] = ':';
    out_.append(buf, n);
    return out_;
  }
  std::string& key(std::string_view key) {
    // Composed on the stack and appended once: a record writes ~40 keys, and
    // three appends (each a capacity check and a memcpy call) cost twice this.
    if (key.size() > kShortKey) return long_key(key);
    char buf[kShortKey + 4];
    size_t n = 0;
    if (!first_) buf[n++] = ',';
    first_ = false;
    buf[n++] = '"';
    for (char c : key) buf[n++] = c;
    buf[n++] = '"';
    buf[n++] = ':';
    out_.append(buf, n);
    return out_;
  }
  // For keys that come from data (span field names): escaped like values.
  std::string& escaped_key(std::string_view key) {
    if (!first_) out_ += ',';
    first_ = false;
    append_json_string(out_, key);
    out_ += ':';
    return out_;
  }

 private:
  static constexpr size_t kShortKey = 28;
  std::string& long_key(std::string_view key) {
    out_ += first_ ? "\"" : ",\"";
    first_ = false;
    out_ += key;
    out_ += "\":";
    return out_;
  }

  std::string& out_;
  bool first_ = true;
};

}  // namespace sitrep
