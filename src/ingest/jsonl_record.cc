#include "ingest/jsonl_record.h"

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <climits>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "ingest/date_parse.h"
#include "ingest/document_util.h"
#include "ingest/encoding.h"
#include "ingest/html_article.h"

namespace sitrep::ingest {
namespace {

enum class Field { kId, kUrl, kOutlet, kPublished, kTitle, kText, kHtml };
constexpr size_t kFieldCount = 7;

struct Alias {
  std::string_view key;  // lower case
  Field field;
};

// Within one field, earlier entries win (rank = position in the list).
constexpr Alias kAliases[] = {
    {"id", Field::kId},
    {"doc_id", Field::kId},
    {"article_id", Field::kId},
    {"guid", Field::kId},
    {"url", Field::kUrl},
    {"link", Field::kUrl},
    {"source_url", Field::kUrl},
    {"canonical_url", Field::kUrl},
    {"outlet", Field::kOutlet},
    {"source", Field::kOutlet},
    {"publisher", Field::kOutlet},
    {"site_name", Field::kOutlet},
    {"source_name", Field::kOutlet},
    {"source_domain", Field::kOutlet},
    {"published", Field::kPublished},
    {"date", Field::kPublished},
    {"publish_date", Field::kPublished},
    {"published_at", Field::kPublished},
    {"publishedat", Field::kPublished},
    {"date_published", Field::kPublished},
    {"date_publish", Field::kPublished},
    {"pubdate", Field::kPublished},
    {"datepublished", Field::kPublished},
    {"pub_date", Field::kPublished},
    {"title", Field::kTitle},
    {"headline", Field::kTitle},
    {"text", Field::kText},
    {"content", Field::kText},
    {"body", Field::kText},
    {"maintext", Field::kText},
    {"article", Field::kText},
    {"article_text", Field::kText},
    {"full_text", Field::kText},
    {"html", Field::kHtml},
    {"raw_html", Field::kHtml},
};

struct Key {
  Field field;
  int rank;
};

bool iequals(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    // ASCII lowering, as std::tolower does in the "C" locale, without a
    // libc call per byte: every key of every record is compared here.
    const char c = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// Each alias's rank within its field, worked out once at compile time
// rather than along the list for every key of every record.
constexpr auto kAliasRanks = [] {
  std::array<int, std::size(kAliases)> ranks{};
  for (size_t i = 1; i < ranks.size(); ++i) {
    ranks[i] = kAliases[i].field == kAliases[i - 1].field ? ranks[i - 1] + 1 : 0;
  }
  return ranks;
}();

std::optional<Key> lookup(std::string_view key) {
  for (size_t i = 0; i < std::size(kAliases); ++i) {
    if (iequals(key, kAliases[i].key)) return Key{kAliases[i].field, kAliasRanks[i]};
  }
  return std::nullopt;
}

struct FieldValue {
  std::string text;
  std::optional<double> number;  // a published date given as epoch time
  int rank = INT_MAX;
};

// Keeps only the top-level fields sitrep reads, so no JSON tree is built:
// a 50 MB text costs the line plus one copy of the text.
class RecordSax final : public nlohmann::json_sax<nlohmann::json> {
 public:
  std::array<FieldValue, kFieldCount> values;
  std::string bad_text_key;  // a text alias holding a non-string
  bool not_object = false;
  bool syntax_error = false;
  size_t error_position = 0;
  std::string error_token;
  std::string error_what;

  bool null() override { return depth_ > 0; }
  bool boolean(bool) override { return non_string(); }
  bool number_integer(number_integer_t v) override { return number(static_cast<double>(v), std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return number(static_cast<double>(v), std::to_string(v)); }
  bool number_float(number_float_t v, const string_t& s) override { return number(v, s); }
  bool binary(binary_t&) override { return non_string(); }

  bool string(string_t& v) override {
    if (depth_ == 0) return top_level_scalar();
    if (depth_ == 1 && key_) set(key_->field, key_->rank, std::move(v));
    if (depth_ == 2 && in_outlet_object_ && inner_is_name_) {
      set(Field::kOutlet, outlet_rank_, std::move(v));
    }
    return true;
  }

  bool start_object(std::size_t) override {
    if (depth_ == 1 && key_) {
      if (key_->field == Field::kOutlet) {
        in_outlet_object_ = true;
        outlet_rank_ = key_->rank;
      }
      if (key_->field == Field::kText) mark_bad_text();
    }
    ++depth_;
    return true;
  }
  bool key(string_t& k) override {
    if (depth_ == 1) {
      key_ = lookup(k);
      if (key_) key_name_ = k;
    }
    if (depth_ == 2) inner_is_name_ = iequals(k, "name") || iequals(k, "title");
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override {
    if (depth_ == 0) {
      not_object = true;
      return false;
    }
    if (depth_ == 1 && key_ && key_->field == Field::kText) mark_bad_text();
    ++depth_;
    return true;
  }
  bool end_array() override { return close(); }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) override {
    syntax_error = true;
    error_position = position;
    // Cut at a character boundary so the message stays valid UTF-8.
    size_t cut = std::min<size_t>(last_token.size(), 24);
    while (cut > 0 && cut < last_token.size() && (static_cast<unsigned char>(last_token[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    error_token = last_token.substr(0, cut);
    error_what = ex.what();
    return false;
  }

 private:
  bool top_level_scalar() {
    not_object = true;
    return false;
  }
  bool non_string() {
    if (depth_ == 0) return top_level_scalar();
    if (depth_ == 1 && key_ && key_->field == Field::kText) mark_bad_text();
    return true;
  }
  bool number(double v, std::string_view raw) {
    if (depth_ == 0) return top_level_scalar();
    if (depth_ != 1 || !key_) return true;
    if (key_->field == Field::kId) set(Field::kId, key_->rank, std::string(raw));
    if (key_->field == Field::kPublished && key_->rank < values[static_cast<size_t>(Field::kPublished)].rank) {
      FieldValue& f = values[static_cast<size_t>(Field::kPublished)];
      f.text.clear();
      f.number = v;
      f.rank = key_->rank;
    }
    if (key_->field == Field::kText) mark_bad_text();
    return true;
  }
  bool close() {
    --depth_;
    if (depth_ == 1) in_outlet_object_ = false;
    return true;
  }
  void mark_bad_text() {
    if (bad_text_key.empty()) bad_text_key = key_name_;
  }
  // Blank strings rank below every non-blank alias of the same field.
  void set(Field field, int rank, std::string&& v) {
    if (is_blank(v)) rank += 100;
    FieldValue& f = values[static_cast<size_t>(field)];
    if (rank >= f.rank) return;
    f.text = std::move(v);
    f.number.reset();
    f.rank = rank;
  }

  int depth_ = 0;
  std::optional<Key> key_;  // current key at depth 1, when sitrep reads it
  std::string key_name_;    // its spelling in the record
  bool in_outlet_object_ = false;
  int outlet_rank_ = 0;
  bool inner_is_name_ = false;
};

std::string printable(std::string_view s) {
  std::string out;
  for (char c : s) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? '?' : c;
  return out;
}

Error syntax_error(const RecordSax& sax, std::string_view line, std::string_view origin) {
  const std::string_view what = sax.error_what;
  const bool truncated = what.find("unexpected end of input") != std::string_view::npos ||
                         what.find("missing closing quote") != std::string_view::npos ||
                         sax.error_position > line.size();
  if (truncated) return Error{std::string(origin) + ": truncated JSON record"};
  // nlohmann says "... while parsing value - invalid literal; last read: ...".
  std::string reason = "syntax error";
  const size_t dash = what.find(" - ");
  if (dash != std::string_view::npos) {
    const size_t semi = what.find(';', dash);
    reason = std::string(what.substr(dash + 3, semi == std::string_view::npos ? semi : semi - dash - 3));
  }
  // nlohmann counts the bytes read, the failing one included; messages give 0-based offsets.
  const size_t offset = sax.error_position > 0 ? sax.error_position - 1 : 0;
  return Error{std::string(origin) + ": invalid JSON at byte " + std::to_string(offset) +
               " (" + printable(reason) + " near '" + printable(sax.error_token) + "')"};
}

// "dir/a.jsonl:12" -> "a-12"; an origin without ":LINE" -> its stem.
std::string default_id(std::string_view origin) {
  const size_t colon = origin.find_last_of(':');
  if (colon != std::string_view::npos && colon + 1 < origin.size()) {
    const std::string_view line = origin.substr(colon + 1);
    bool digits = true;
    for (char c : line) digits = digits && c >= '0' && c <= '9';
    if (digits) return file_stem(origin.substr(0, colon)) + "-" + std::string(line);
  }
  return file_stem(origin);
}

// Replays a parsed value as the events nlohmann's SAX parser gives, so one
// handler serves both parsers. False for what the replay leaves to nlohmann:
// numbers (whose spelling an id keeps, as nlohmann gives it).
bool replay(simdjson::dom::element value, RecordSax& sax) {
  using Type = simdjson::dom::element_type;
  switch (value.type()) {
    case Type::OBJECT: {
      const simdjson::dom::object object = value.get_object().value_unsafe();
      if (!sax.start_object(object.size())) return false;
      for (const auto [key, inner] : object) {
        std::string name(key);
        if (!sax.key(name) || !replay(inner, sax)) return false;
      }
      return sax.end_object();
    }
    case Type::ARRAY: {
      const simdjson::dom::array array = value.get_array().value_unsafe();
      if (!sax.start_array(array.size())) return false;
      for (const simdjson::dom::element inner : array) {
        if (!replay(inner, sax)) return false;
      }
      return sax.end_array();
    }
    case Type::STRING: {
      std::string text(value.get_string().value_unsafe());
      return sax.string(text);
    }
    case Type::BOOL:
      return sax.boolean(value.get_bool().value_unsafe());
    case Type::NULL_VALUE:
      return sax.null();
    default:
      return false;
  }
}

// The common record (an object of strings) parsed by simdjson, several times
// faster than nlohmann's lexer on long texts. False when the record is not
// that (a syntax error, a number, not an object): nlohmann then reads it
// again, so fields and error messages do not depend on which parser ran.
// Records over a megabyte go to nlohmann too: simdjson's buffers grow to the
// largest record seen and stay, and one 50 MB line should not pin 150 MB.
bool parse_common_record(std::string_view line, RecordSax& sax) {
  constexpr size_t kMaxCommonRecord = size_t{1} << 20;
  if (line.size() > kMaxCommonRecord) return false;
  thread_local simdjson::dom::parser parser(kMaxCommonRecord);
  simdjson::dom::element root;
  if (parser.parse(line.data(), line.size()).get(root) != simdjson::SUCCESS) return false;
  return root.type() == simdjson::dom::element_type::OBJECT && replay(root, sax);
}

}  // namespace

Result<Document> parse_jsonl_record(std::string_view line, std::string_view origin) {
  std::string repaired;
  RecordSax sax;
  // simdjson rejects ill-formed UTF-8, so a record it reads needs no repair
  // and its bytes are not scanned a second time; one it cannot read is
  // repaired (when its bytes need it) before it is read again.
  bool parsed = parse_common_record(line, sax);
  if (!parsed && scan_bytes(line).invalid > 0) {
    repaired = repair_utf8(line);
    line = repaired;
    sax = RecordSax{};
    parsed = parse_common_record(line, sax);
  }
  if (!parsed) {
    sax = RecordSax{};
    const bool ok = nlohmann::json::sax_parse(line.data(), line.data() + line.size(), &sax);
    if (sax.not_object) return Error{std::string(origin) + ": record is not a JSON object"};
    if (!ok || sax.syntax_error) return syntax_error(sax, line, origin);
  }

  auto take = [&sax](Field f) -> FieldValue& { return sax.values[static_cast<size_t>(f)]; };
  Document doc;
  FieldValue& html = take(Field::kHtml);
  if (take(Field::kText).rank == INT_MAX && html.rank != INT_MAX && sax.bad_text_key.empty()) {
    Result<Document> page = parse_html_article(html.text, origin);
    if (!page) return page.error();
    doc = std::move(page).value();
  } else if (take(Field::kText).rank == INT_MAX) {
    if (!sax.bad_text_key.empty()) {
      return Error{std::string(origin) + ": \"" + sax.bad_text_key + "\" is not a string"};
    }
    return Error{std::string(origin) + ": no text field"};
  } else {
    doc.text = std::move(take(Field::kText).text);
  }
  if (is_blank(doc.text)) return Error{std::string(origin) + ": empty article, skipped"};

  auto fill = [&take](Field f, std::string& out) {
    FieldValue& v = take(f);
    if (v.rank != INT_MAX && !is_blank(v.text)) out = std::string(trim_ascii(v.text));
  };
  fill(Field::kUrl, doc.url);
  fill(Field::kOutlet, doc.outlet);
  fill(Field::kTitle, doc.title);
  doc.id.clear();
  fill(Field::kId, doc.id);
  if (doc.id.empty()) doc.id = default_id(origin);
  const FieldValue& published = take(Field::kPublished);
  std::optional<CivilDate> date;
  if (published.number) {
    date = date_from_epoch(*published.number);
  } else if (published.rank != INT_MAX) {
    date = parse_date(published.text);
  }
  if (date) doc.published = date;
  doc.origin = std::string(origin);
  fill_published_from_url(doc);
  return doc;
}

}  // namespace sitrep::ingest
