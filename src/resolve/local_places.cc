#include "resolve/local_places.h"

#include <algorithm>
#include <map>

#include "text/tokens.h"

namespace sitrep {
namespace {

constexpr std::string_view kKinds[] = {"village", "town",   "area",     "district", "camp",
                                       "neighbourhood", "neighborhood", "locality", "settlement",
                                       "hamlet", "suburb",  "quarter", "road", "highway",
                                       "junction", "square", "market", "base", "airport"};

bool is_kind(std::string_view w) {
  std::string lower(w);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lower.empty() && lower.back() == 's') lower.pop_back();  // "villages"
  return std::find(std::begin(kKinds), std::end(kKinds), lower) != std::end(kKinds);
}

bool is_prefix_kind(std::string_view w) {
  return w == "Barangay" || w == "barangay" || w == "Kebele" || w == "kebele";
}

bool starts_upper(std::string_view w) { return !w.empty() && w[0] >= 'A' && w[0] <= 'Z'; }

// "Mildu", "Khujuma", "al-Jibaylia", "Boy-Rabe": a name word.
bool is_name_word(std::string_view w) {
  if (starts_upper(w)) return w.size() > 1;
  for (std::string_view article : {"al-", "el-", "ad-", "as-", "ash-", "ar-", "az-", "an-"}) {
    if (w.size() > article.size() + 1 && w.substr(0, article.size()) == article &&
        starts_upper(w.substr(article.size()))) {
      return true;
    }
  }
  return false;
}

bool is_common_capitalised(std::string_view w) {
  static constexpr std::string_view kWords[] = {"The", "A", "An", "This", "That", "In", "On",
                                                "At", "Another", "One", "Local", "Nearby"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

struct Scope {
  const PlaceRef* parent = nullptr;
};

// The article's main place: the most mentioned town-or-finer known place.
const PlaceRef* main_place(const std::vector<PlaceRef>& known) {
  std::map<std::string, std::pair<int, const PlaceRef*>> counts;
  for (const auto& p : known) {
    if (p.feature_code.rfind("PCL", 0) == 0) continue;
    auto& [n, first] = counts[p.id];
    if (!first) first = &p;
    ++n;
  }
  const PlaceRef* best = nullptr;
  int best_n = 0;
  for (const auto& [id, entry] : counts) {
    if (entry.first > best_n) {
      best_n = entry.first;
      best = entry.second;
    }
  }
  return best;
}

PlaceRef make_place(std::string_view text, Span span, const PlaceRef* parent) {
  PlaceRef p;
  p.span = span;
  p.name = std::string(span.of(text));
  p.id = "local:" + p.name;
  p.feature_code = "PPLL";  // GeoNames: populated locality
  p.geo_precision = 2;
  if (parent) {
    p.country_code = parent->country_code;
    p.country = parent->country;
    p.admin1 = parent->admin1.empty() ? parent->name : parent->admin1;
    p.admin2 = parent->admin2;
    p.latitude = parent->latitude;
    p.longitude = parent->longitude;
    p.id += "@" + parent->id;
  }
  return p;
}

}  // namespace

std::vector<PlaceRef> find_local_places(std::string_view text, const std::vector<Span>& sentences,
                                        const std::vector<PlaceRef>& known,
                                        const std::vector<Span>& avoid) {
  std::vector<PlaceRef> out;
  const PlaceRef* fallback = main_place(known);
  std::vector<Token> tokens;
  for (Span sentence : sentences) {
    tokens.clear();
    tokenize_into(text, sentence, tokens);
    auto word = [&](size_t i) { return tokens[i].span.of(text); };
    auto taken = [&](Span s) {
      auto hits = [&](const auto& spans_or_places, auto get) {
        return std::any_of(spans_or_places.begin(), spans_or_places.end(),
                           [&](const auto& x) { return get(x).overlaps(s); });
      };
      return hits(known, [](const PlaceRef& p) { return p.span; }) ||
             hits(avoid, [](Span a) { return a; }) ||
             hits(out, [](const PlaceRef& p) { return p.span; });
    };
    // The known place this one lies in: the next one named in the sentence.
    auto parent_after = [&](uint32_t offset) -> const PlaceRef* {
      for (const auto& p : known) {
        if (p.span.start >= offset && p.span.end <= sentence.end) return &p;
      }
      return fallback;
    };
    auto add = [&](size_t first, size_t last) {
      // A sentence's first word is capitalised whatever it is ("Residential
      // areas"): it cannot show a name.
      if (first == 0) ++first;
      while (first <= last && is_common_capitalised(word(first))) ++first;
      if (first > last) return;
      const Span span{tokens[first].span.start, tokens[last].span.end};
      if (!taken(span)) out.push_back(make_place(text, span, parent_after(span.end)));
    };
    for (size_t i = 0; i < tokens.size(); ++i) {
      // "Barangay Kitango", "Kebele 05": an administrative word before the name.
      if (is_prefix_kind(word(i)) && i + 1 < tokens.size() && is_name_word(word(i + 1))) {
        size_t last = i + 1;
        while (last + 1 < tokens.size() && last - i < 3 && is_name_word(word(last + 1))) ++last;
        add(i + 1, last);
        continue;
      }
      if (!is_kind(word(i))) continue;
      // "Mildu village", "Dumpi Kuki village": up to three name words before.
      size_t first = i;
      while (first > 0 && i - first < 3 && is_name_word(word(first - 1))) --first;
      if (first < i) add(first, i - 1);
      // "the village of Bilohiria", "town of Kumbo".
      if (i + 2 < tokens.size() && word(i + 1) == "of" && is_name_word(word(i + 2))) {
        size_t last = i + 2;
        while (last + 1 < tokens.size() && last - i < 4 && is_name_word(word(last + 1))) ++last;
        add(i + 2, last);
      }
    }
  }
  std::sort(out.begin(), out.end(),
            [](const PlaceRef& a, const PlaceRef& b) { return a.span.start < b.span.start; });
  return out;
}

}  // namespace sitrep
