#include "recognize/places/mention_cues.h"

#include <cctype>
#include <utility>

namespace sitrep::places {
namespace {

class MentionCues : private TokenText {
 public:
  MentionCues(std::string_view text, std::span<const Token> tokens, TokenFacts& facts,
              const PlaceWordLists& words, const std::vector<size_t>& first_token,
              const std::vector<size_t>& last_token, FoundToponyms& found)
      : TokenText(text, tokens),
        facts_(facts),
        words_(words),
        first_token_(first_token),
        last_token_(last_token),
        out_(found) {}

  void run() {
    for (size_t m = 0; m < out_.mentions.size(); ++m) {
      mark_before(out_.mentions[m], first_token_[m], m);
      mark_after(out_.mentions[m], last_token_[m]);
    }
  }

 private:
  void mark_before(RawMention& r, size_t i, size_t m) {
    if (i == 0) return;
    const size_t p = i - 1;
    const std::string_view pw = word(p);
    const std::string_view g = gap(i);
    if ((g == " " || g == ". ") && facts_.title(p)) r.person_strong = true;
    if (g == " " && tokens_[p].capitalised && !tokens_[p].all_caps && !tokens_[i].sentence_start &&
        !facts_.function_word(p) && !(m > 0 && last_token_[m - 1] == p)) {
      r.capital_neighbour = true;
    }
    if (g == " & " && tokens_[p].capitalised)
      r.person_like = r.capital_neighbour = true;  // "Stevens & Wilkinson"
    if (g == " " && tokens_[p].capitalised && !tokens_[p].all_caps && !tokens_[i].sentence_start &&
        !facts_.place_prefix(p) && !facts_.stopword(p) && !facts_.org_word(p) && !facts_.title(p) &&
        !(m > 0 && last_token_[m - 1] == p)) {
      r.person_like = true;  // "Raquel Henry"
    }
    if (g == " " && (words_.is_locative_preposition(pw) || words_.is_unit_prefix(pw)))
      r.locative = true;
    if (g == " " && is_lower_word(p) && words_.is_vicinity_word(pw)) r.vicinity = true;
    if (g == " " && (pw == "of" || pw == "from") && p > 0) {
      for (size_t k = p; k-- > 0 && p - k <= 3;) {
        if (gap(k + 1).find_first_of(".;\n") != std::string_view::npos) break;
        const std::string_view w = word(k);
        if (is_lower_word(k) && words_.is_vicinity_word(w)) r.vicinity = true;
        if (k == p - 1) {
          const UnitHint hint = facts_.unit(k);
          if (hint != UnitHint::kNone && is_lower_word(k)) {
            r.hint = hint;
            const bool plural = !w.empty() && w.back() == 's';
            if (plural) list_hint_ = {hint, m};
          }
        }
      }
    }
    // "the provinces of Latakia and Hama": later names of the list share the hint.
    if (r.hint == UnitHint::kNone && list_hint_.second + 1 == m && m > 0) {
      const std::string_view between = text_.substr(
          out_.mentions[m - 1].full_span.end, r.span.start - out_.mentions[m - 1].full_span.end);
      if (between == ", " || between == " and " || between == ", and " || between == " or ") {
        r.hint = list_hint_.first;
        list_hint_.second = m;
      }
    }
  }

  void mark_after(RawMention& r, size_t e) {
    size_t q = e + 1;
    if (q >= tokens_.size()) return;
    std::string_view g = text_.substr(r.span.end, tokens_[q].start - r.span.end);
    if (g == ", " && q + 1 < tokens_.size() &&
        std::isdigit(static_cast<unsigned char>(text_[tokens_[q].start])) &&
        tokens_[q].end - tokens_[q].start <= 3 && gap(q + 1).rfind(",", 0) == 0) {
      r.person_strong = true;  // "Flores, 26, had just left"
    }
    if (g == " & " && tokens_[q].capitalised) r.person_like = r.capital_neighbour = true;
    const bool possessive = g == "'s " || g == "\xE2\x80\x99s ";
    if (g != " " && !possessive) return;
    std::string_view w = word(q);
    if (!possessive) {
      const UnitHint hint = facts_.unit(q);
      if (hint != UnitHint::kNone) {
        if (r.hint == UnitHint::kNone) r.hint = hint;
        r.full_span.end = tokens_[q].end;
        return;
      }
      if (tokens_[q].capitalised && !tokens_[q].all_caps && !facts_.function_word(q)) {
        r.capital_neighbour = true;
        if (r.words == 1 && !facts_.org_word(q) && facts_.unit(q) == UnitHint::kNone) {
          r.person_like = true;  // "Paris Hilton"
        }
      }
      if (words_.is_speech_verb(w)) r.person_like = true;  // "Jackson said"
    }
    // "Aleppo countryside", "Idlib's southern countryside"
    for (size_t k = q; k < tokens_.size() && k <= q + 1; ++k) {
      if (words_.is_vicinity_after(word(k))) r.vicinity = true;
      if (k + 1 < tokens_.size() && !one_space_before(k + 1)) break;
    }
  }

  TokenFacts& facts_;
  const PlaceWordLists& words_;
  const std::vector<size_t>& first_token_;
  const std::vector<size_t>& last_token_;
  FoundToponyms& out_;
  // A plural unit word before a list ("the provinces of Latakia and Hama")
  // and the last mention of the list that took its hint.
  std::pair<UnitHint, size_t> list_hint_{UnitHint::kNone, static_cast<size_t>(-1)};
};

}  // namespace

void mark_mention_cues(std::string_view text, std::span<const Token> tokens, TokenFacts& facts,
                       const PlaceWordLists& words, const std::vector<size_t>& first_token,
                       const std::vector<size_t>& last_token, FoundToponyms& found) {
  MentionCues(text, tokens, facts, words, first_token, last_token, found).run();
}

}  // namespace sitrep::places
