#include "recognize/places/toponym_finder.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "recognize/places/candidate_lists.h"
#include "recognize/places/mention_cues.h"
#include "recognize/places/mention_relations.h"
#include "recognize/places/name_fold.h"
#include "recognize/places/person_names.h"
#include "recognize/places/token_facts.h"
#include "recognize/places/token_folds.h"
#include "recognize/places/word_set.h"

namespace sitrep::places {
namespace {

constexpr int kMaxNameWords = 6;
// The longest pair of first words may_start_longer_name asks the gazetteer
// about (a question up to this size stays on the stack); a longer one is
// let through unasked, and its run is looked up whole.
constexpr size_t kLongestPairAsked = 64;

std::string lower_ascii(std::string_view w) {
  std::string s(w);
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

class Finder : private TokenText {
 public:
  // `tokens` are tokenize_words(text), `capitals` the indices of the
  // capitalised ones.
  Finder(std::string_view text, const std::vector<Token>& tokens,
         const std::vector<size_t>& capitals, const Gazetteer& gazetteer,
         const PlaceWordLists& words)
      : TokenText(text, tokens),
        gaz_(gazetteer),
        words_(words),
        capitals_(capitals),
        folds_(text, tokens),
        facts_(text, tokens, words) {
    out_.words = &words;
  }

  FoundToponyms run() {
    person_words_ = find_person_words(text_, tokens_, capitals_, folds_, facts_, lists_);
    collect_lowercase_uses();
    // A list is added for each key asked for candidates: the keys are runs
    // of capitalised words, about one per such word.
    // A mention starts at a capitalised word: no more mentions than those.
    const size_t capitalised = capitals_.size();
    lists_.reserve(capitalised);
    out_.mentions.reserve(capitalised);
    first_token_.reserve(capitalised);
    last_token_.reserve(capitalised);
    size_t next = 0;  // the first token a name may start at
    for (const size_t i : capitals_) {
      if (i >= next) next = match_at(i);
    }
    mark_mention_cues(text_, tokens_, facts_, words_, first_token_, last_token_, out_);
    find_relations(text_, out_);
    mark_person_names(person_words_, out_);
    return std::move(out_);
  }

 private:
  // Tokens k-1 and k are neighbours inside one name: one space apart, or
  // "St. Louis".
  // Inline for the one space between most neighbours, read off the two
  // tokens' offsets and one byte: the finder asks it of every word of
  // every run of capitalised words.
  [[nodiscard]] bool adjacent(size_t k) const {
    const uint32_t gap_size = tokens_[k].start - tokens_[k - 1].end;
    if (gap_size == 1) return one_space_before(k);
    return gap_size == 2 && abbreviation_before(k);
  }
  // Token k-1 is a name's abbreviation with ". " after it: "St. Louis", "W. Va."
  [[nodiscard]] bool abbreviation_before(size_t k) const {
    if (gap(k) != ". ") return false;
    const std::string_view w = word(k - 1);
    return words_.is_name_abbreviation(w) || (w.size() == 1 && tokens_[k - 1].capitalised);
  }
  // Whether token k's word is written in lowercase elsewhere; asked only
  // of a token collect_lowercase_uses() announced.
  [[nodiscard]] bool used_in_lowercase(size_t k) const {
    const int id = lowercase_ids_[k];
    return id >= 0 && out_.lowercase_uses.used_id(id);
  }

  // The questions (used_in_lowercase here, allowed_candidates in the
  // resolver) are about capitalised words that are neither all caps nor
  // stopwords: those are announced, then every lowercase word is checked.
  // The resolver asks only about a word that starts a sentence, and
  // variant_word() only about one of four letters or more that is not an
  // org word: no other word is announced (a word asked about is announced
  // by its own token, so no answer changes).
  void collect_lowercase_uses() {
    for (const size_t k : capitals_) {
      if (tokens_[k].all_caps || facts_.stopword(k)) continue;
      const std::string_view w = word(k);
      if (!tokens_[k].sentence_start && (w.size() < 4 || facts_.org_word(k))) continue;
      lowercase_ids_[k] = w.size() <= 40 ? out_.lowercase_uses.may_ask(LowerWord(w).view())
                                         : out_.lowercase_uses.may_ask(lower_ascii(w));
    }
    // Every token passes here: its first byte and size, in one table read,
    // reject nearly all before whether it starts a sentence is read.
    for (const Token& t : tokens_) {
      const auto first = static_cast<unsigned char>(text_[t.start]);
      if (out_.lowercase_uses.may_mark(first, t.end - t.start) && !t.sentence_start) {
        out_.lowercase_uses.mark_lowercase(word_of(text_, t));
      }
    }
  }

  // Tries the longest name starting at token i; returns the next token to try.
  size_t match_at(size_t i) {
    const Token& t = tokens_[i];
    if (!t.capitalised || facts_.function_word(i)) return i + 1;
    size_t ends[kMaxNameWords];  // last tokens of the candidate names, shortest first
    size_t end_count = 0;
    int words = 0;
    for (size_t j = i; j < tokens_.size() && words < kMaxNameWords; ++j, ++words) {
      if (j > i && !adjacent(j)) break;
      if (tokens_[j].capitalised) {
        ends[end_count++] = j;
      } else if (!words_.is_name_connector(word(j))) {
        break;
      }
    }
    const size_t framed_end = framed_unknown(i);
    int longer = -1;  // whether runs of two words or more may be known; asked when first needed
    for (size_t n = end_count; n-- > 0;) {
      const size_t e = ends[n];
      if (framed_end != kNoMatch && framed_end > e) break;  // "the Pir Ghaib area": not "Pir"
      if (e > i) {
        if (longer < 0) longer = may_start_longer_name(i) ? 1 : 0;
        if (longer == 0) continue;
      }
      const std::string_view key = folds_.run_key(i, e);
      const int list = lists_.exact_if_known(key);
      if (list < 0) continue;
      if (add_mention(i, e, key, list, false)) out_.mentions.back().framed = framed_end == e;
      return e + 1;
    }
    // Transliteration variants: capitalised words only, never a common word.
    for (size_t n = end_count; n-- > 0;) {
      const size_t e = ends[n];
      if (e - i >= 3) continue;
      bool plain = true;
      for (size_t k = i; k <= e && plain; ++k) plain = variant_word(k);
      if (!plain) continue;
      if (framed_end != kNoMatch && framed_end != e)
        continue;  // before the lookup: its answer cannot help
      const std::string_view key = folds_.run_key(i, e);
      const int list = lists_.fuzzy(key);
      if (lists_.list(list).empty()) continue;
      if (add_mention(i, e, key, list, true)) {
        out_.mentions.back().framed = framed_end == e;
      }
      return e + 1;
    }
    if (framed_end != kNoMatch) {
      if (add_mention(i, framed_end, folds_.run_key(i, framed_end), -1, false)) {
        out_.mentions.back().unresolved = out_.mentions.back().framed = true;
      }
      return framed_end + 1;
    }
    return i + 1;
  }

  static constexpr size_t kNoMatch = static_cast<size_t>(-1);

  // Token k may be a word of a transliteration variant: capitalised, four
  // letters or more, and no common word. Answered once per token: the
  // windows tried from one capitalised word, and from the next, overlap.
  bool variant_word(size_t k) {
    int8_t& answer = variant_words_[k];
    if (answer < 0) {
      const std::string_view w = word(k);
      answer = tokens_[k].capitalised && !tokens_[k].all_caps && !facts_.stopword(k) &&
               !facts_.org_word(k) && !facts_.title(k) && w.size() >= 4 && !used_in_lowercase(k);
    }
    return answer != 0;
  }

  // Whether a run of two words or more from token i may be a known name.
  // Most capitalised words ("Foreign", "Sergey") start no longer name in
  // the gazetteer, and every run after them would be looked up in vain.
  [[nodiscard]] bool may_start_longer_name(size_t i) {
    const std::string_view key = folds_.key_of(i);
    if (key.empty()) return true;  // the run's first word may be the next token's
    const size_t space = key.find(' ');
    const std::string_view first =
        space == std::string_view::npos ? first_word_of_run(key) : key.substr(0, space);
    if (first == "al") return true;  // exact_if_known() also tries the run without its article
    if (!gaz_.has_longer_key(first)) return false;
    // Every key of a run from here starts with its first two words, when
    // each token gives one word and the second is as a run keeps it (no
    // article, which an inner word turns into "al"): most runs that pass
    // the first word ("John", "New") are then out too.
    if (space != std::string_view::npos || i + 1 >= tokens_.size()) return true;
    const std::string_view second = folds_.key_of(i + 1);
    if (second.empty() || second.find(' ') != std::string_view::npos ||
        first_word_of_run(second) != second) {
      return true;
    }
    if (first.size() + 1 + second.size() > kLongestPairAsked) return true;  // let through
    return gaz_.may_have_key_from(first, second);
  }

  [[nodiscard]] bool possessive_after(size_t e) const {
    const std::string_view rest = text_.substr(tokens_[e].end, 4);
    return rest.rfind("'s", 0) == 0 || rest.rfind("\xE2\x80\x99s", 0) == 0;
  }

  // A name the gazetteer lacks, in a frame that says it is a settlement or
  // area: "the village of X", "X village", "X area", "X, a village". Returns
  // its last token, or kNoMatch.
  [[nodiscard]] size_t framed_unknown(size_t i) {
    size_t e = i;
    auto plain = [&](size_t k) {
      const std::string_view w = word(k);
      // The lookup that answers stopword() answers org_word() and
      // place_prefix() too: they go before title(), a lookup of its own.
      return tokens_[k].capitalised && !tokens_[k].all_caps && w.size() >= 3 &&
             !facts_.stopword(k) && !facts_.org_word(k) && !facts_.place_prefix(k) &&
             !facts_.title(k) && facts_.unit(k) == UnitHint::kNone;
    };
    if (tokens_[i].sentence_start || !plain(i)) return kNoMatch;
    while (e + 1 < tokens_.size() && e - i < 2 && adjacent(e + 1) && plain(e + 1)) ++e;
    auto frame = [this](std::string_view w) { return words_.is_settlement_frame(w); };
    // "the village of X"
    if (i >= 2 && gap(i) == " " && word(i - 1) == "of" && frame(word(i - 2)) && is_lower_word(i - 2)) return e;
    // "in Dedebit late Friday", "around Magenis,": a preposition of place
    // before, no capitalised word after, and no person's name.
    if (i > 0 && gap(i) == " " && is_lower_word(i - 1) &&
        words_.is_frame_preposition(word(i - 1)) &&
        !(e == i && person_words_.count(folds_.key_of(i))) && !possessive_after(e) &&
        (e + 1 >= tokens_.size() || !tokens_[e + 1].capitalised || gap(e + 1) != " ")) {
      return e;
    }
    if (e + 1 < tokens_.size()) {
      const std::string_view g = gap(e + 1);
      // "X village", "Mildu Village in ...", "the Juwaif area"
      if (g == " " && frame(word(e + 1))) return e;
      // "X, a village", "X, a locality in"
      if (g == ", " && e + 2 < tokens_.size() && (word(e + 1) == "a" || word(e + 1) == "an") &&
          frame(word(e + 2))) {
        return e;
      }
    }
    return kNoMatch;
  }

  // Adds the mention; false when it is dropped (a lone acronym the gazetteer
  // does not know as an abbreviation).
  // `key` (a view of the folds) is copied once, into the mention.
  bool add_mention(size_t i, size_t e, std::string_view key, int list, bool fuzzy) {
    // Built in place (a RawMention is a string and a score of fields to
    // move); taken back off when dropped.
    RawMention& m = out_.mentions.emplace_back();
    m.span = {tokens_[i].start, tokens_[e].end};
    m.candidates = list;
    const std::string_view surface = text_.substr(m.span.start, m.span.size());
    m.has_period = surface.find('.') != std::string_view::npos;
    // Whether a candidate is an abbreviation is asked only of a short name
    // before a period: the list may be long.
    auto abbreviation = [&] {
      const std::vector<Candidate>& candidates = out_.candidates_of(m);
      return std::any_of(candidates.begin(), candidates.end(),
                         [](const Candidate& c) { return c.match.abbreviation; });
    };
    if (m.span.end < text_.size() && text_[m.span.end] == '.' && surface.size() <= 6 &&
        (m.has_period || abbreviation())) {
      m.span.end += 1;  // "Ga." keeps its period
      m.has_period = true;
    }
    m.full_span = m.span;
    m.key.assign(key);
    m.words = static_cast<int>(e - i + 1);
    m.sentence_initial = tokens_[i].sentence_start;
    m.all_caps = true;
    for (size_t k = i; k <= e; ++k) m.all_caps = m.all_caps && (tokens_[k].all_caps || !tokens_[k].capitalised);
    if (m.all_caps && !tokens_[i].line_start && !dateline(i, e) && !(i > 0 && tokens_[i - 1].all_caps) &&
        !(e + 1 < tokens_.size() && tokens_[e + 1].all_caps)) {
      // A lone capitalised acronym mid-text ("ISIS", "NATO"): only the
      // abbreviations of countries and states stay ("US", "UAE", "N.Y.").
      if (m.candidates >= 0) m.candidates = lists_.acronym_subset(m.candidates);
      if (m.candidates < 0 || out_.candidates_of(m).empty()) {
        out_.mentions.pop_back();
        return false;
      }
    }
    m.fuzzy = fuzzy;
    first_token_.push_back(i);
    last_token_.push_back(e);
    return true;
  }

  // "CHARLESTON, W.Va. --": a capitalised place name opening a sentence,
  // followed by a comma or a dash.
  [[nodiscard]] bool dateline(size_t i, size_t e) const {
    if (!tokens_[i].sentence_start) return false;
    const std::string_view rest = text_.substr(tokens_[e].end, 4);
    return rest.rfind(",", 0) == 0 || rest.rfind(" -", 0) == 0 || rest.rfind(" (", 0) == 0 ||
           rest.rfind(" \xE2\x80", 0) == 0;
  }

  const Gazetteer& gaz_;
  const PlaceWordLists& words_;
  // Names, person names and the questions about case all start at
  // capitalised words, a fifth of the words: those passes visit only them.
  const std::vector<size_t>& capitals_;  // the capitalised tokens, in order
  TokenFolds folds_;
  TokenFacts facts_;
  FoundToponyms out_;
  CandidateLists lists_{gaz_, out_.candidate_lists};  // after out_, which holds the lists
  std::vector<size_t> first_token_, last_token_;
  // Per token: its word's id in out_.lowercase_uses, where announced.
  std::vector<int32_t> lowercase_ids_ = std::vector<int32_t>(tokens_.size(), -1);
  std::vector<int8_t> variant_words_ =
      std::vector<int8_t>(tokens_.size(), -1);  // variant_word(k); -1: not asked
  WordSet person_words_;  // first and last words of person names (views into folds_)
};

}  // namespace

FoundToponyms find_toponyms(std::string_view text, const Gazetteer& gazetteer,
                            const PlaceWordLists& words) {
  std::vector<size_t> capitals;
  const std::vector<Token> tokens = tokenize_words(text, capitals);
  return Finder(text, tokens, capitals, gazetteer, words).run();
}

}  // namespace sitrep::places
