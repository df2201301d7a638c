#include "extract/speaker_roles.h"

#include <algorithm>
#include <string>

namespace sitrep {
namespace {

// An apposition holding an office is short: "commanding general of the 6th
// Infantry Division", "a spokesman for armed forces in Misrata".
constexpr size_t kRoleWords = 14;
constexpr size_t kNameWords = 5;
// Ranks and initials ("Maj. Gen. Alex S. Rillera") add their full stops as
// words of their own.
constexpr size_t kNameTokens = kNameWords + 3;

// The first word of the capitalised name ending at word `last` ("Maj. Gen.
// Alex S. Rillera"), or npos when `last` does not end a name.
size_t name_start(const SentenceView& s, size_t last) {
  if (!s.capitalised(last)) return std::string::npos;
  size_t first = last;
  while (first > 0 && last - first + 1 < kNameTokens) {
    if (s.capitalised(first - 1)) {
      --first;
    } else if (first >= 2 && s.words()[first - 1] == "." && s.capitalised(first - 2)) {
      first -= 2;  // initials and ranks: "Maj. Gen. Alex S. Rillera"
    } else {
      break;
    }
  }
  return first;
}

// "a leader of a local militia who helped recover the bodies": the office
// without the clause that describes its holder.
size_t before_relative_clause(const SentenceView& s, size_t from, size_t end) {
  for (size_t i = from; i < end; ++i) {
    const std::string_view word = s.words()[i];
    if (word == "who" || word == "which" || word == "that") return i;
  }
  return end;
}

// Word after the capitalised name starting at `first`.
size_t name_end(const SentenceView& s, size_t first) {
  size_t end = first;
  while (end < s.words().size() && end - first < kNameWords && s.capitalised(end)) ++end;
  return end;
}

Span bytes(const SentenceView& s, size_t first, size_t end) {
  return {s.info().word_spans[first].start, s.info().word_spans[end - 1].end};
}

// "Saturday" and "March" are capitalised but name no one, nor does a place
// ("in eastern Aleppo, his press secretary said").
bool names_no_one(const SentenceView& s, size_t word) {
  return s.word_in(s.dates(), word) || s.word_in(s.places(), word);
}

// An apposition opens in lower case ("a spokesman for", "commanding
// general of"); "Defence Secretary Luis Sandoval" is a title before a name.
bool opens_apposition(const SentenceView& s, size_t word) { return !s.capitalised(word); }

}  // namespace

Span person_with_role(const SentenceView& s, size_t cue) {
  // Both forms below need a role cue ("spokesman", "commander") in the
  // apposition; without one in the sentence the words need not be read.
  if (!s.has_cue(Cue::kRole)) return {};
  const auto& w = s.words();
  // "Name, role, said" and "Name, role revealed": the role runs back from
  // the verb to the comma after the name.
  if (cue >= 3) {
    const size_t role_end = w[cue - 1] == "," ? cue - 1 : cue;
    size_t comma = role_end;
    while (comma > 0 && role_end - comma < kRoleWords && w[comma - 1] != ",") --comma;
    if (comma > 1 && w[comma - 1] == "," && comma < role_end && opens_apposition(s, comma) &&
        s.cue_in(Cue::kRole, comma, role_end)) {
      const size_t first = name_start(s, comma - 2);
      if (first != std::string::npos && !names_no_one(s, comma - 2)) {
        return bytes(s, first, role_end);
      }
      // "..., on Saturday, a leader of a local militia said": the office alone.
      const std::string_view opener = w[comma];
      if (opener == "a" || opener == "an" || opener == "the") {
        return bytes(s, comma + 1, before_relative_clause(s, comma, role_end));
      }
    }
  }
  // "said Name, role."
  const size_t first = cue + 1;
  if (first < w.size() && s.capitalised(first) && !names_no_one(s, first)) {
    const size_t after_name = name_end(s, first);
    if (after_name + 1 < w.size() && w[after_name] == "," && opens_apposition(s, after_name + 1)) {
      size_t role_end = after_name + 1;
      while (role_end < w.size() && role_end - after_name < kRoleWords && w[role_end] != "," &&
             w[role_end] != ".") {
        ++role_end;
      }
      if (s.cue_in(Cue::kRole, after_name + 1, role_end)) return bytes(s, first, role_end);
    }
  }
  return {};
}

}  // namespace sitrep
