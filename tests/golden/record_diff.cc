#include "golden/record_diff.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <tuple>

namespace sitrep::testing {
namespace {

using nlohmann::json;

bool values_equal(const json& a, const json& b) {
  if (a.is_number() && b.is_number() && (a.is_number_float() || b.is_number_float())) {
    const double x = a.get<double>(), y = b.get<double>();
    return std::fabs(x - y) <= 1e-9 * std::max({1.0, std::fabs(x), std::fabs(y)});
  }
  return a == b;
}

// Nested objects become "/evidence/start"-style keys; arrays stay whole, so
// a span reads [20, 35] rather than two numbers.
void flatten_into(const json& j, const std::string& prefix, json& out) {
  if (j.is_object() && !j.empty()) {
    for (const auto& [k, v] : j.items()) flatten_into(v, prefix + "/" + k, out);
    return;
  }
  out[prefix] = j;
}

json flat(const json& j) {
  json out = json::object();
  flatten_into(j, "", out);
  return out;
}

// Flattened keys ("/evidence/start", "/spans/location") in a stable order.
std::vector<std::string> union_keys(const json& a, const json& b) {
  std::set<std::string> keys;
  for (const auto& [k, v] : a.items()) keys.insert(k);
  for (const auto& [k, v] : b.items()) keys.insert(k);
  return {keys.begin(), keys.end()};
}

const json& at_or_null(const json& flat, const std::string& key) {
  static const json kNull;
  const auto it = flat.find(key);
  return it == flat.end() ? kNull : *it;
}

std::vector<std::string> differing_keys(const json& flat_a, const json& flat_b) {
  std::vector<std::string> out;
  for (const std::string& k : union_keys(flat_a, flat_b)) {
    if (!values_equal(at_or_null(flat_a, k), at_or_null(flat_b, k))) out.push_back(k);
  }
  return out;
}

// "/spans/location" -> "spans.location".
std::string field_name(const std::string& key) {
  std::string out = key.substr(key.empty() || key[0] != '/' ? 0 : 1);
  std::replace(out.begin(), out.end(), '/', '.');
  return out;
}

std::string shown(const json& v) {
  constexpr size_t kMax = 160;
  std::string s = v.is_null() ? "null" : v.dump(-1, ' ', false, json::error_handler_t::replace);
  if (s.size() > kMax) s = s.substr(0, kMax) + "...";
  return s;
}

// Two records describe the same event when they cite the same sentence or
// put the same event type at the same place: only then is a field-by-field
// diff more useful than "missing" plus "new".
bool same_event(const json& flat_a, const json& flat_b) {
  auto eq = [&](const char* k) {
    const json& x = at_or_null(flat_a, k);
    return !x.is_null() && values_equal(x, at_or_null(flat_b, k));
  };
  return eq("/event_id") || eq("/evidence/start") || (eq("/location") && eq("/event_type"));
}

std::string str_or(const json& record, const char* key, const char* fallback) {
  const auto it = record.find(key);
  return it != record.end() && it->is_string() ? it->get<std::string>() : fallback;
}

}  // namespace

Result<std::vector<json>> parse_jsonl(std::string_view text) {
  std::vector<json> out;
  size_t line_no = 0;
  while (!text.empty()) {
    const size_t nl = text.find('\n');
    const std::string_view line = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object()) return Error{std::to_string(line_no) + ": not a JSON object"};
    out.push_back(std::move(j));
  }
  return out;
}

std::string record_summary(const json& record) {
  std::string s = str_or(record, "event_type", "?") + " / " +
                  str_or(record, "sub_event_type", "?") + " @ " +
                  str_or(record, "location", "(no location)") + " " +
                  str_or(record, "event_date", "(no date)");
  const auto ev = record.find("evidence");
  if (ev != record.end() && ev->is_object() && ev->contains("start") && ev->contains("end")) {
    s += " [bytes " + (*ev)["start"].dump() + "-" + (*ev)["end"].dump() + "]";
  }
  return s;
}

RecordDiff diff_records(const std::vector<json>& expected, const std::vector<json>& actual) {
  RecordDiff out;
  std::vector<json> fe, fa;
  for (const json& j : expected) fe.push_back(flat(j));
  for (const json& j : actual) fa.push_back(flat(j));
  std::vector<bool> used_e(fe.size()), used_a(fa.size());

  // Identical records, in any order.
  for (size_t i = 0; i < fe.size(); ++i) {
    for (size_t j = 0; j < fa.size(); ++j) {
      if (used_a[j] || !differing_keys(fe[i], fa[j]).empty()) continue;
      used_e[i] = used_a[j] = true;
      ++out.unchanged;
      break;
    }
  }
  // The rest: pair records about the same event, most fields in common first.
  std::vector<std::tuple<size_t, size_t, size_t>> candidates;  // differing, i, j
  for (size_t i = 0; i < fe.size(); ++i) {
    for (size_t j = 0; j < fa.size(); ++j) {
      if (used_e[i] || used_a[j] || !same_event(fe[i], fa[j])) continue;
      candidates.emplace_back(differing_keys(fe[i], fa[j]).size(), i, j);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  std::vector<std::pair<size_t, size_t>> changed;
  for (const auto& [n, i, j] : candidates) {
    if (used_e[i] || used_a[j]) continue;
    used_e[i] = used_a[j] = true;
    changed.emplace_back(i, j);
  }
  std::sort(changed.begin(), changed.end());
  out.changed = changed.size();
  for (size_t i = 0; i < fe.size(); ++i) out.missing += used_e[i] ? 0 : 1;
  for (size_t j = 0; j < fa.size(); ++j) out.added += used_a[j] ? 0 : 1;
  if (out.same()) return out;

  std::string& r = out.report;
  r += "expected " + std::to_string(expected.size()) + " records, got " +
       std::to_string(actual.size()) + ": " + std::to_string(out.unchanged) + " unchanged, " +
       std::to_string(out.changed) + " changed, " + std::to_string(out.missing) + " missing, " +
       std::to_string(out.added) + " new\n";
  for (size_t c = 0; c < changed.size(); ++c) {
    const auto [i, j] = changed[c];
    const std::vector<std::string> keys = differing_keys(fe[i], fa[j]);
    if (c == 0) {
      r += "first changed record: " + record_summary(expected[i]) + "\n";
      for (const std::string& k : keys) {
        r += "    " + field_name(k) + ":\n        expected " + shown(at_or_null(fe[i], k)) +
             "\n        actual   " + shown(at_or_null(fa[j], k)) + "\n";
      }
      continue;
    }
    r += "changed: " + record_summary(expected[i]) + " -- fields:";
    for (const std::string& k : keys) r += " " + field_name(k);
    r += "\n";
  }
  for (size_t i = 0; i < fe.size(); ++i) {
    if (!used_e[i]) {
      r += "missing: " + record_summary(expected[i]) + "\n         evidence: " +
           shown(at_or_null(fe[i], "/evidence/text")) + "\n";
    }
  }
  for (size_t j = 0; j < fa.size(); ++j) {
    if (!used_a[j]) {
      r += "new:     " + record_summary(actual[j]) + "\n         evidence: " +
           shown(at_or_null(fa[j], "/evidence/text")) + "\n";
    }
  }
  return out;
}

}  // namespace sitrep::testing
