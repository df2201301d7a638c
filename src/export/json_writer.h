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

// Writes onto the end of a std::string through a raw pointer. A record is
// ~40 small fields; std::string::append per field (an out-of-line call, a
// capacity check, a memcpy call) cost more than the bytes. Here the string
// is grown in blocks ahead of the writes (its spare bytes hold no meaning)
// and cut back to what was written when the buffer is destroyed, so the
// string must not be touched otherwise while a JsonBuffer writes to it.
class JsonBuffer {
 public:
  explicit JsonBuffer(std::string& out) : out_(out), used_(out.size()) {}
  JsonBuffer(const JsonBuffer&) = delete;
  JsonBuffer& operator=(const JsonBuffer&) = delete;
  ~JsonBuffer() { out_.resize(used_); }

  // Bytes as they are (punctuation, literals known to need no escaping).
  void raw(char c) {
    *room(1) = c;
    ++used_;
  }
  void raw(const char* bytes, size_t n) {
    std::memcpy(room(n), bytes, n);
    used_ += n;
  }
  template <size_t N>
  void literal(const char (&text)[N]) {
    raw(text, N - 1);
  }

  // A JSON string literal, quotes included. Escapes " \ \b \f \n \r \t,
  // other bytes below 0x20 as \u00XX (lowercase hex); '/', DEL and valid
  // non-ASCII UTF-8 pass through. Each ill-formed UTF-8 sequence becomes
  // U+FFFD exactly where nlohmann's replace handler puts one (see the .cc).
  void string(std::string_view s);
  void integer(int64_t v);
  void unsigned_integer(uint64_t v);
  // nlohmann's number form: Grisu2 digits, "36.0" for integral values,
  // exponent form outside 1e-5..1e15, null for NaN and infinities.
  void real(double v);
  void boolean(bool v) {
    if (v) {
      literal("true");
    } else {
      literal("false");
    }
  }
  void null() { literal("null"); }

  // At least n writable bytes at the end of what is written; write them,
  // then say how many with advance().
  char* room(size_t n) {
    if (out_.size() - used_ < n) grow(n);
    return out_.data() + used_;
  }
  void advance(size_t n) { used_ += n; }

 private:
  void grow(size_t n);
  void escaped_rest(std::string_view s, size_t from);

  std::string& out_;
  size_t used_;  // bytes of out_ written; the rest is room
};

// The same on a plain std::string, for callers writing a value or two.
void append_json_string(std::string& out, std::string_view s);
void append_json_int(std::string& out, int64_t v);
void append_json_uint(std::string& out, uint64_t v);
void append_json_double(std::string& out, double v);
inline void append_json_bool(std::string& out, bool v) { out += v ? "true" : "false"; }

// Writes one object's braces and commas. Keys given to key() are literals of
// this program, known to need no escaping, so they are copied as they are;
// callers must pass them in std::map order (bytewise sorted) because that is
// the order nlohmann::json's object kept.
class JsonObject {
 public:
  explicit JsonObject(JsonBuffer& out) : out_(out) { out_.raw('{'); }
  JsonObject(const JsonObject&) = delete;
  JsonObject& operator=(const JsonObject&) = delete;
  ~JsonObject() { out_.raw('}'); }

  // Writes `"key":` (after a comma unless first) and returns the buffer for
  // the value. A literal key's length is known here, so its bytes are
  // copied as a few fixed-size moves rather than one byte at a time.
  template <size_t N>
  JsonBuffer& key(const char (&key)[N]) {
    static_assert(N >= 1, "a string literal");
    char* buf = out_.room(N + 3);
    size_t n = 0;
    if (!first_) buf[n++] = ',';
    first_ = false;
    buf[n++] = '"';
    std::memcpy(buf + n, key, N - 1);
    n += N - 1;
    buf[n++] = '"';
    buf[n++] = ':';
    out_.advance(n);
    return out_;
  }
  // A key known to need no escaping, of any length.
  JsonBuffer& key(std::string_view key) {
    char* buf = out_.room(key.size() + 4);
    size_t n = 0;
    if (!first_) buf[n++] = ',';
    first_ = false;
    buf[n++] = '"';
    if (!key.empty()) std::memcpy(buf + n, key.data(), key.size());
    n += key.size();
    buf[n++] = '"';
    buf[n++] = ':';
    out_.advance(n);
    return out_;
  }
  // For keys that come from data (span field names): escaped like values.
  JsonBuffer& escaped_key(std::string_view key) {
    if (!first_) out_.raw(',');
    first_ = false;
    out_.string(key);
    out_.raw(':');
    return out_;
  }

 private:
  JsonBuffer& out_;
  bool first_ = true;
};

}  // namespace sitrep
