#include "text/dates.h"

#include <algorithm>
#include <iterator>

#include "text/ascii.h"
#include "text/date_scanner.h"

namespace sitrep {
namespace {

constexpr size_t kDatelineWindow = 400;
// A dateline may follow a few words on its line ("In Multipolarity,",
// "Published", "Source: Xinhua|"), not a sentence.
constexpr size_t kMaxWordsBeforeDateline = 6;
// A date right after these is part of a sentence ("on August 6, 2016").
constexpr std::string_view kPrepositions[] = {"on", "in", "since", "from", "until", "till", "by",
                                              "before", "after", "of", "at", "to", "between",
                                              "during", "and", "than"};

}  // namespace

std::vector<DateMention> find_dates(std::string_view text, const std::vector<Token>& tokens,
                                    std::optional<CivilDate> anchor) {
  return find_dates(text, tokens, LowerTokens(text, tokens), anchor);
}

std::vector<DateMention> find_dates(std::string_view text, const std::vector<Token>& tokens,
                                    const LowerTokens& lower, std::optional<CivilDate> anchor) {
  std::vector<DateMention> out;
  find_dates(text, tokens, lower, TokenStarts(tokens, lower), anchor, out);
  return out;
}

void find_dates(std::string_view text, const std::vector<Token>& tokens, const LowerTokens& lower,
                const TokenStarts& starts, std::optional<CivilDate> anchor,
                std::vector<DateMention>& out) {
  detail::DateScanner(text, tokens, lower, starts, anchor).scan(out);
}

std::vector<DateMention> find_dates(std::string_view text, Span within,
                                    std::optional<CivilDate> anchor) {
  const std::vector<Token> tokens = tokenize(text, within);
  return find_dates(text, tokens, anchor);
}

std::optional<CivilDate> find_dateline(std::string_view text) {
  // Finish the line the window ends in (within reason) so a date is not cut.
  size_t limit = std::min(text.size(), kDatelineWindow);
  const size_t eol = text.find('\n', limit);
  limit = std::min({text.size(), eol, limit + 80});
  const std::vector<Token> tokens = tokenize(text, Span{0, static_cast<uint32_t>(limit)});
  const std::vector<DateMention> mentions = find_dates(text, tokens, std::nullopt);
  for (const DateMention& m : mentions) {
    if (!m.date || m.relative || m.precision != TimePrecision::kDay) continue;
    const size_t nl = text.rfind('\n', m.span.start == 0 ? 0 : m.span.start - 1);
    const uint32_t line_start = nl == std::string_view::npos ? 0 : static_cast<uint32_t>(nl + 1);
    size_t words = 0;
    std::string_view previous;
    for (const Token& t : tokens) {
      if (t.span.start < line_start || t.span.end > m.span.start) continue;
      if (t.kind == TokenKind::kPunct) {
        previous = {};
        continue;
      }
      ++words;
      previous = t.span.of(text);
    }
    if (words > kMaxWordsBeforeDateline) continue;
    bool after_preposition = false;
    for (std::string_view p : kPrepositions) after_preposition |= ascii::iequals(previous, p);
    if (after_preposition) continue;
    return m.date;
  }
  return std::nullopt;
}

void fill_published_from_dateline(Document& doc) {
  if (doc.published) return;
  doc.published = find_dateline(doc.text);
}

}  // namespace sitrep
