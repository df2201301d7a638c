#include "recognize/actors/group_patterns.h"

#include <algorithm>
#include <cstdint>
#include <optional>

#include "recognize/actors/flat_index.h"

namespace sitrep::actors {
namespace {

// Unit words that end a name: "Sultan Murad Brigade", "Levant Front".
constexpr std::string_view kTailHeads[] = {
    "front",    "brigade", "brigades", "battalion", "battalions", "legion", "legions", "division",
    "corps",    "regiment", "army",    "militia",   "forces",     "guards", "squadron"};
// Words that start a name: "Jaish al-Izza", "Liwa al-Quds".
constexpr std::string_view kLeadHeads[] = {
    "jaish",  "jaysh",   "liwa",   "liwaa",  "harakat", "harakah", "ansar",   "kataib",
    "katiba", "katibat", "saraya", "jabhat", "jabhet",  "faylaq",  "firqat",  "firqa",
    "tajammu", "alwiya", "jamaat", "jamaah", "tanzim",  "ahrar"};
// Lead words that need "of" after them: "Army of Conquest", "Lions of the Sunna".
constexpr std::string_view kLeadHeadsOf[] = {
    "army", "brigade", "brigades", "battalion", "battalions", "lions", "soldiers"};
// Units after a number: "444 Brigade", "the 16th Battalion", "5th Corps".
constexpr std::string_view kNumberedUnits[] = {
    "brigade", "battalion", "division", "corps",  "regiment", "army",
    "legion",  "squadron",  "infantry", "fleet", "company"};
// Regular formations: a numbered one is a state force, not a rebel group.
constexpr std::string_view kRegular[] = {
    "division", "corps", "regiment", "infantry", "mechanized", "mechanised", "armored", "armoured"};
constexpr std::string_view kSpelledOrdinals[] = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
// Lowercase words that may sit inside a name.
constexpr std::string_view kConnectors[] = {
    "of", "the", "al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul", "ud", "bin", "ibn",
    "abu", "wa", "fi", "li", "lil"};
// Particles of Arabic names: "Abu Bakr Brigade", "Bin Walid Battalion".
constexpr std::string_view kNameParticles[] = {"bin", "ibn", "abu", "ul", "ud", "al", "el"};
// Capitalised function words: sentence starts, never part of a name's start.
constexpr std::string_view kFunction[] = {
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "in",
    "on", "at", "but", "and", "after", "when", "while", "as", "by", "for", "from", "with", "since",
    "during", "meanwhile", "however", "also", "earlier", "later", "some", "many", "several", "two",
    "three", "if", "of", "to", "whose", "which", "both", "all", "other", "like", "against"};
// Capitalised words that may sit in a name but do not make one alone
// ("Government Forces", "Armed Forces", "National Army").
constexpr std::string_view kGenericWords[] = {
    "new", "rebel", "government", "security", "regime", "opposition", "police", "military", "armed",
    "allied", "enemy", "foreign", "coalition", "special", "pro", "anti", "state", "national",
    "popular", "federal", "royal", "republican", "revolutionary", "islamic", "army", "forces", "front"};

// Which of the lists above a word is in, one bit per list; looked up once
// per token (a hash lookup instead of scanning every list).
enum : uint16_t {
  kTailHead = 1 << 0, kLeadHead = 1 << 1, kLeadHeadOf = 1 << 2, kNumberedUnit = 1 << 3, kRegularWord = 1 << 4,
  kSpelledOrdinal = 1 << 5, kConnector = 1 << 6, kNameParticle = 1 << 7, kFunctionWord = 1 << 8,
  kGenericWord = 1 << 9,
};

// Every listed word with its list bits, in a flat table built once.
struct Lexicon {
  KeyIndex index;
  std::vector<uint16_t> bits;
  void add(std::string_view word, uint16_t bit) {
    const uint32_t id = index.insert(word);
    if (id >= bits.size()) bits.resize(id + 1, 0);
    bits[id] |= bit;
  }
};

const Lexicon& lexicon() {
  static const Lexicon table = [] {
    Lexicon t;
    auto add = [&](const auto& words, uint16_t bit) {
      for (std::string_view w : words) t.add(w, bit);
    };
    add(kTailHeads, kTailHead);
    add(kLeadHeads, kLeadHead);
    add(kLeadHeadsOf, kLeadHeadOf);
    add(kNumberedUnits, kNumberedUnit);
    add(kRegular, kRegularWord);
    add(kSpelledOrdinals, kSpelledOrdinal);
    add(kConnectors, kConnector);
    add(kNameParticles, kNameParticle);
    add(kFunction, kFunctionWord);
    add(kGenericWords, kGenericWord);
    return t;
  }();
  return table;
}

bool capitalised(const Token& t) { return t.capitalised || t.all_upper; }

bool is_ordinal(const Token& t, uint16_t bits) {
  if (bits & kSpelledOrdinal) return true;
  if (!t.numeric || t.key.size() < 3) return false;
  const std::string_view suffix = t.key.substr(t.key.size() - 2);
  const bool digits = std::all_of(t.key.begin(), t.key.end() - 2, [](char c) { return c >= '0' && c <= '9'; });
  return digits && (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th");
}

bool is_cardinal(const Token& t) {
  return t.numeric && std::all_of(t.key.begin(), t.key.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string clean(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

struct Candidate {
  size_t first = 0, last = 0;  // token indices, inclusive
  bool regular = false;
};

class Finder {
 public:
  // `lists_by_id`: the list bits of each word id the tokens carry.
  Finder(const std::vector<Token>& tokens, const std::vector<bool>& country_word,
         std::span<const uint16_t> lists_by_id)
      : t_(tokens), cw_(country_word), lists_(lists_by_id) {}

  // The lists token i is in (bits).
  [[nodiscard]] uint16_t lists(size_t i) const {
    const uint32_t id = t_[i].id;
    return id < lists_.size() ? lists_[id] : 0;
  }
  // Whether token i is in one of the lists of `bit`.
  [[nodiscard]] bool has(size_t i, uint16_t bit) const { return (lists(i) & bit) != 0; }
  [[nodiscard]] bool connector(size_t i) const {
    return t_[i].article || (!t_[i].capitalised && has(i, kConnector));
  }
  // A capitalised word that can carry a name.
  [[nodiscard]] bool is_content(size_t i) const {
    return capitalised(t_[i]) && !t_[i].numeric && !has(i, kFunctionWord | kGenericWord) && !cw_[i];
  }
  // May stand inside a name: any capitalised word or a lowercase connector.
  [[nodiscard]] bool name_part(size_t i) const { return (capitalised(t_[i]) && !t_[i].numeric) || connector(i); }
  // Not at the start or end of a name.
  [[nodiscard]] bool trimmed(size_t i) const {
    return connector(i) || !capitalised(t_[i]) || has(i, kFunctionWord);
  }
  // Tokens i and i+1 belong to one phrase.
  bool joined(size_t i) const { return i + 1 < t_.size() && !t_[i + 1].break_before; }

  // "Sultan Murad Brigade": capitalised words, then the head at h.
  std::optional<Candidate> tail(size_t h) const {
    if (!capitalised(t_[h]) || !has(h, kTailHead) || h == 0 || t_[h].break_before) return {};
    size_t first = h;
    for (size_t j = h; j > 0 && h - j < 6; --j) {
      if (t_[j].break_before) break;
      // Inside a name before its head only Arabic articles and particles join
      // words ("Liwa al-Haqq Brigade"), not "of the": "Fighters of the X Brigade".
      const size_t prev = j - 1;
      if (!name_part(prev) || (connector(prev) && !t_[prev].article && !has(prev, kNameParticle))) break;
      first = prev;
    }
    while (first < h && trimmed(first)) ++first;
    if (!has_content(first, h)) return {};
    return Candidate{first, h, false};
  }

  // "Jaish al-Izza", "Army of the Free Valley": the head at h, then the name.
  std::optional<Candidate> lead(size_t h) const {
    if (!capitalised(t_[h])) return {};
    size_t next = h + 1;
    if (has(h, kLeadHeadOf)) {
      if (!joined(h) || t_[next].key != "of") return {};
      ++next;
    } else if (!has(h, kLeadHead)) {
      return {};
    }
    size_t last = h;
    for (size_t j = next - 1; joined(j) && j + 1 - h <= 6; ++j) {
      if (!name_part(j + 1)) break;
      last = j + 1;
    }
    while (last > h && trimmed(last)) --last;
    if (last == h || !has_content(h + 1, last + 1)) return {};
    return Candidate{h, last, false};
  }

  // "the 16th Battalion", "444 Brigade", "6th Infantry Division", "1st Brigade Combat Team".
  std::optional<Candidate> numbered(size_t n) const {
    if (!t_[n].numeric && !has(n, kSpelledOrdinal)) return {};
    const bool ord = is_ordinal(t_[n], has(n, kSpelledOrdinal) ? kSpelledOrdinal : 0);
    if (!ord && !is_cardinal(t_[n])) return {};
    if (!joined(n)) return {};
    size_t unit = 0;
    bool regular = false;
    if (ord) {
      for (size_t j = n + 1; j < t_.size() && j <= n + 3; ++j) {
        if (j > n + 1 && t_[j].break_before) break;
        if (!capitalised(t_[j]) && !has(j, kNumberedUnit)) break;
        if (cw_[j]) break;
        regular = regular || has(j, kRegularWord);
        if (has(j, kNumberedUnit)) {
          unit = j;
          break;
        }
      }
    } else if (capitalised(t_[n + 1]) && has(n + 1, kNumberedUnit) && t_[n + 1].key != "infantry") {
      unit = n + 1;  // a bare number must be followed by a capitalised unit: "444 Brigade"
    }
    if (unit == 0) return {};
    regular = regular || has(unit, kRegularWord);
    size_t last = unit;
    while (joined(last) && last - unit < 3 && capitalised(t_[last + 1]) && !cw_[last + 1] &&
           !has(last + 1, kFunctionWord)) {
      ++last;
      regular = regular || has(last, kRegularWord);
    }
    return Candidate{n, last, regular};
  }

 private:
  [[nodiscard]] bool has_content(size_t from, size_t to) const {
    for (size_t i = from; i < to; ++i) {
      if (is_content(i)) return true;
    }
    return false;
  }
  const std::vector<Token>& t_;
  const std::vector<bool>& cw_;
  std::span<const uint16_t> lists_;
};

}  // namespace

std::vector<uint16_t> pattern_lists_by_id(KeyIndex& vocabulary) {
  const Lexicon& own = lexicon();
  std::vector<std::pair<uint32_t, uint16_t>> listed;  // (vocabulary id, list bits)
  for (uint32_t id = 0; id < own.index.size(); ++id)
    listed.emplace_back(vocabulary.insert(own.index.word(id)), own.bits[id]);
  std::vector<uint16_t> lists(vocabulary.size(), 0);
  for (const auto& [id, bits] : listed) lists[id] = bits;
  return lists;
}

bool lists_matter_in_lowercase(uint16_t lists) {
  return (lists & (kConnector | kNumberedUnit | kSpelledOrdinal)) != 0;
}

std::vector<GroupPattern> find_group_patterns(std::string_view text, const std::vector<Token>& tokens,
                                              const std::vector<bool>& country_word) {
  // Tokens without ids: give them the ids of the patterns' own word table.
  std::vector<Token> with_ids = tokens;
  std::vector<uint32_t> starts;
  for (size_t i = 0; i < with_ids.size(); ++i) {
    Token& t = with_ids[i];
    t.id = lexicon().index.find(t.key);
    if (anchors_group_pattern(t)) starts.push_back(static_cast<uint32_t>(i));
  }
  return find_group_patterns(text, with_ids, country_word, lexicon().bits, starts);
}

std::vector<GroupPattern> find_group_patterns(std::string_view text,
                                              const std::vector<Token>& tokens,
                                              const std::vector<bool>& country_word,
                                              std::span<const uint16_t> lists_by_id,
                                              std::span<const uint32_t> starts) {
  Finder finder(tokens, country_word, lists_by_id);
  std::vector<Candidate> found;
  // Not reloaded after each push below (a store might alias the vector's).
  const Token* const items = tokens.data();
  // Every pattern starts or ends at a capitalised word or a number: the
  // tokens of `starts`.
  for (const uint32_t i : starts) {
    const Token& t = items[i];
    // Each pattern is anchored on a word of its lists (or a number): most
    // capitalised words are none, and need no pattern tried.
    const uint16_t lists = finder.lists(i);
    if (t.numeric || (lists & kSpelledOrdinal) != 0) {
      if (auto c = finder.numbered(i)) found.push_back(*c);
    }
    if ((lists & (kLeadHead | kLeadHeadOf)) != 0) {
      if (auto c = finder.lead(i)) found.push_back(*c);
    }
    if ((lists & kTailHead) != 0) {
      if (auto c = finder.tail(i)) found.push_back(*c);
    }
  }
  std::sort(found.begin(), found.end(), [](const Candidate& a, const Candidate& b) {
    if (a.first != b.first) return a.first < b.first;
    return a.last > b.last;
  });
  std::vector<GroupPattern> out;
  out.reserve(found.size());
  size_t covered_to = 0;  // one past the last token already used
  for (const Candidate& c : found) {
    if (!out.empty() && c.first < covered_to) continue;
    GroupPattern g;
    g.span = Span{tokens[c.first].start, tokens[c.last].end};
    g.name = clean(g.span.of(text));
    g.inter = c.regular ? 1 : 2;
    g.role = c.regular ? "state_force" : "armed";
    out.push_back(std::move(g));
    covered_to = c.last + 1;
  }
  return out;
}

}  // namespace sitrep::actors
