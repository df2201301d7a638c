#include "pipeline/article_layout.h"

#include <algorithm>
#include <cstring>  // memrchr (glibc)
#include <optional>

namespace sitrep {
namespace {

// Start of the line holding byte `at` when it is at most `max_back` bytes
// before `at`, else nullopt. Only the opening words of a line matter to the
// checks below, and looking no further back keeps them constant-time on a
// document that is one enormous line.
std::optional<size_t> line_begin(std::string_view text, size_t at, size_t max_back) {
  const size_t lo = at > max_back ? at - max_back - 1 : 0;
  const std::string_view window = text.substr(lo, at - lo);
  // memrchr (glibc, vectorised) rather than string_view::rfind, a byte loop:
  // this runs for every place mention.
  if (const void* newline = memrchr(window.data(), '\n', window.size())) {
    return lo + static_cast<size_t>(static_cast<const char*>(newline) - window.data()) + 1;
  }
  if (at <= max_back) return 0;
  return std::nullopt;
}

}  // namespace

bool is_dateline(std::string_view text, Span span) {
  if (span.start != 0 && text[span.start - 1] != '\n') return false;
  const auto name = span.of(text);
  const bool caps =
      std::none_of(name.begin(), name.end(), [](char c) { return c >= 'a' && c <= 'z'; });
  if (caps && span.end < text.size() &&
      (text[span.end] == ',' || text[span.end] == ' ' || text[span.end] == ':')) {
    return true;
  }
  const auto rest = text.substr(span.end, 60);
  for (std::string_view dash : {" \xE2\x80\x94", " \xE2\x80\x93", " --", " - "}) {
    const size_t at = rest.find(dash);
    if (at == std::string_view::npos) continue;
    const auto head = rest.substr(0, at);
    // Only place names, a date and an agency may stand before the dash.
    if (head.find(" the ") == std::string_view::npos &&
        head.find(" said") == std::string_view::npos &&
        std::count(head.begin(), head.end(), ' ') <= 5) {
      return true;
    }
  }
  return false;
}

bool in_dateline(std::string_view text, Span span) {
  if (!line_begin(text, span.start, 40)) return false;
  const auto after = text.substr(span.end, 30);
  for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", "--", " - ", "(", ":"}) {
    const size_t at = after.find(dash);
    if (at != std::string_view::npos && at < 20) return true;
  }
  return false;
}

bool in_byline(std::string_view text, Span span) {
  const auto begin = line_begin(text, span.start, 59);
  return begin && text.substr(*begin, 3) == "By ";
}

bool is_headline(std::string_view text, Span sentence, bool alone_in_paragraph,
                 const std::vector<DateMention>& dates) {
  if (!alone_in_paragraph || sentence.empty()) return false;
  const char last = text[sentence.end - 1];
  if (last != '.' && last != '!' && last != '?' && last != '"' &&
      static_cast<unsigned char>(last) < 0x80) {
    return true;
  }
  return std::any_of(dates.begin(), dates.end(), [&](const DateMention& d) {
    return !d.relative && d.span.end + 2 >= sentence.end;
  });
}

}  // namespace sitrep
