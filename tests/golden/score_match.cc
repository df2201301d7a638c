#include "golden/score_match.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>
#include <tuple>

#include "core/civil_date.h"

namespace sitrep::testing {
namespace {

using nlohmann::json;

// NFKD code points of a UTF-8 string (invalid bytes become U+FFFD).
std::vector<UChar32> nfkd(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  if (U_SUCCESS(status)) {
    icu::UnicodeString d = n->normalize(u, status);
    if (U_SUCCESS(status)) u = d;
  }
  std::vector<UChar32> out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) out.push_back(u.char32At(i));
  return out;
}

bool is_alnum_ascii(UChar32 c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

const std::set<std::string>& generic_source_words() {
  static const std::set<std::string> words = {
      "ministry", "forces",   "force",     "official",   "officials",  "spokesman",
      "spokesperson", "said", "group",     "news",       "agency",     "state",
      "security", "military", "local",     "army",       "government", "national",
      "defense",  "defence",  "office",    "department", "center",     "centre",
      "media",    "sources",  "source",    "report",     "reports",    "service",
      "services", "province", "provincial", "district",  "region",     "regional",
      "police",   "human",    "rights",    "people",     "witness",    "witnesses",
      "activist", "activists", "residents", "medical",   "health",     "syria",
      "syrian",   "iraq",     "iraqi",     "yemen",      "yemeni",     "afghan",
      "afghanistan", "libya", "libyan",    "russia",     "russian",    "ukraine",
      "ukrainian", "somali",  "somalia",   "sudan",      "sudanese",   "nigeria",
      "nigerian", "israel",   "israeli",   "palestinian", "myanmar",   "burmese",
      "turkish",  "turkey",   "iranian",   "iran",       "united",     "nations"};
  return words;
}

// Distinctive words of an attribution: runs of 4+ ASCII letters after NFKD
// and lower-casing (combining marks split words, as in Python's regex).
std::set<std::string> source_words(std::string_view s) {
  std::set<std::string> out;
  std::string word;
  auto flush = [&] {
    if (word.size() >= 4 && !generic_source_words().count(word)) out.insert(word);
    word.clear();
  };
  for (UChar32 c : nfkd(s)) {
    c = u_tolower(c);
    if (c >= 'a' && c <= 'z') {
      word += static_cast<char>(c);
    } else {
      flush();
    }
  }
  flush();
  return out;
}

std::optional<int> as_int(const json& v) {
  if (v.is_number()) return static_cast<int>(v.get<double>());
  if (!v.is_string() || v.get<std::string>().empty()) return std::nullopt;
  try {
    return static_cast<int>(std::stod(v.get<std::string>()));
  } catch (...) {
    return std::nullopt;
  }
}

std::optional<CivilDate> as_date(const json& record, const std::string& field) {
  const std::string s = field_text(record, field);
  return CivilDate::parse_iso(std::string_view(s).substr(0, 10));
}

std::vector<std::string> names_with_aliases(const json& gold, const std::string& field) {
  std::vector<std::string> names = {field_text(gold, field)};
  const auto it = gold.find(field + "_aliases");
  if (it != gold.end() && it->is_array()) {
    for (const json& a : *it) names.push_back(a.is_string() ? a.get<std::string>() : a.dump());
  }
  return names;
}

bool location_agrees(const json& pred, const json& gold) {
  if (names_agree(field_text(pred, "location"), names_with_aliases(gold, "location"), 4)) {
    return true;
  }
  // A city that is also its province's name (Aleppo, Idlib, Hama, ...).
  return score_norm(field_text(gold, "location")) == score_norm(field_text(gold, "admin1")) &&
         names_agree(field_text(pred, "admin1"), {field_text(gold, "admin1")}, 4);
}

}  // namespace

const std::vector<std::string>& scored_fields() {
  static const std::vector<std::string> fields = {"sub_event_type", "event_date", "actor1",
                                                  "actor2",         "fatalities", "injuries",
                                                  "reported_by"};
  return fields;
}

std::string field_text(const json& record, const std::string& field) {
  const auto it = record.find(field);
  if (it == record.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  return it->dump();
}

bool field_filled(const json& record, const std::string& field) {
  const auto it = record.find(field);
  if (it == record.end() || it->is_null()) return false;
  if (it->is_string()) return !it->get<std::string>().empty();
  if (it->is_array()) return !it->empty();
  return true;
}

std::string score_norm(std::string_view s) {
  // Characters to words: [a-z0-9] kept, apostrophes dropped, the rest split.
  std::vector<std::string> words(1);
  for (UChar32 c : nfkd(s)) {
    if (u_getCombiningClass(c) != 0) continue;
    c = u_tolower(c);
    if (c == '\'' || c == 0x2019) continue;
    if (is_alnum_ascii(c)) {
      words.back() += static_cast<char>(c);
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  // Leading articles go while a word follows them ("al" alone stays).
  static const std::set<std::string> kLeading = {"al", "el", "ad", "ar", "as", "ash", "az",
                                                 "an", "at", "the"};
  size_t first = 0;
  while (first + 1 < words.size() && kLeading.count(words[first])) ++first;
  // Then every article word followed by another word is dropped.
  static const std::set<std::string> kInner = {"al", "el", "ash", "as", "ad",
                                               "az", "ar", "an",  "at"};
  std::string out;
  for (size_t i = first; i < words.size(); ++i) {
    if (i + 1 < words.size() && kInner.count(words[i])) continue;
    out += words[i];
  }
  return out;
}

bool names_agree(std::string_view pred, const std::vector<std::string>& gold_names,
                 size_t min_len) {
  const std::string p = score_norm(pred);
  if (p.empty()) return false;
  for (const std::string& name : gold_names) {
    const std::string g = score_norm(name);
    if (g.empty()) continue;
    if (p == g) return true;
    if (p.size() >= min_len && g.size() >= min_len &&
        (g.find(p) != std::string::npos || p.find(g) != std::string::npos)) {
      return true;
    }
  }
  return false;
}

bool sources_agree(std::string_view pred, std::string_view gold) {
  if (names_agree(pred, {std::string(gold)})) return true;
  const auto a = source_words(pred), b = source_words(gold);
  return std::any_of(a.begin(), a.end(), [&](const std::string& w) { return b.count(w) > 0; });
}

bool field_agrees(const std::string& field, const json& pred, const json& gold) {
  if (field == "fatalities" || field == "injuries") {
    const auto pv = as_int(pred.value(field, json()));
    return pv && pv == as_int(gold.value(field, json()));
  }
  if (field == "event_date") {
    const auto pd = as_date(pred, field);
    return pd && pd == as_date(gold, field);
  }
  if (field == "actor1" || field == "actor2") {
    return names_agree(field_text(pred, field), names_with_aliases(gold, field));
  }
  if (field == "reported_by") return sources_agree(field_text(pred, field), field_text(gold, field));
  return score_norm(field_text(pred, field)) == score_norm(field_text(gold, field));
}

bool compatible(const json& pred, const json& gold) {
  if (score_norm(field_text(pred, "event_type")) != score_norm(field_text(gold, "event_type"))) {
    return false;
  }
  if (!location_agrees(pred, gold)) return false;
  const auto pd = as_date(pred, "event_date"), gd = as_date(gold, "event_date");
  return !(pd && gd && std::abs(pd->days_since_epoch() - gd->days_since_epoch()) > 1);
}

std::vector<EventMatch> match_events(const std::vector<json>& gold, const std::vector<json>& pred) {
  std::vector<std::tuple<int, size_t, size_t>> candidates;  // -agree, gold, pred
  for (size_t gi = 0; gi < gold.size(); ++gi) {
    for (size_t pi = 0; pi < pred.size(); ++pi) {
      if (!compatible(pred[pi], gold[gi])) continue;
      int agree = 0;
      for (const std::string& f : scored_fields()) {
        if (field_filled(gold[gi], f) && field_agrees(f, pred[pi], gold[gi])) ++agree;
      }
      candidates.emplace_back(-agree, gi, pi);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  std::vector<bool> used_g(gold.size()), used_p(pred.size());
  std::vector<EventMatch> out;
  for (const auto& [agree, gi, pi] : candidates) {
    if (used_g[gi] || used_p[pi]) continue;
    used_g[gi] = used_p[pi] = true;
    out.push_back({gi, pi});
  }
  return out;
}

}  // namespace sitrep::testing
