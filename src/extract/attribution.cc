#include "extract/attribution.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "extract/speaker_roles.h"
#include "text/ascii.h"

namespace sitrep {
namespace {

// Whether `text` contains `part`, ignoring ASCII case (what std::tolower
// does in the "C" locale this program runs in, without a libc call per
// byte), and without building lower-cased copies of either.
bool contains_ignoring_case(std::string_view text, std::string_view part) {
  auto same = [](char a, char b) { return ascii::lower(a) == ascii::lower(b); };
  if (part.empty()) return true;  // as std::string::find finds ""
  // Mostly the text's spelling is the knowledge base's own: found byte for
  // byte by memchr and memcmp, before the letter-by-letter search.
  if (text.find(part) != std::string_view::npos) return true;
  if (part.size() > text.size()) return false;  // the text as written runs longer
  return std::search(text.begin(), text.end(), part.begin(), part.end(), same) != text.end();
}

// "local sources" -> "Local sources": a source reads as a name in the record.
std::string as_a_name(std::string words) {
  if (!words.empty()) {
    words[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(words[0])));
  }
  return words;
}

bool is_source_role(const ActorRef& a) {
  return a.role_is("ministry") || a.role_is("monitor") || a.role_is("media") ||
         a.role_is("international") || a.role_is("government");
}

// The knowledge base's name, with the text's own spelling when it differs
// ("Syrian Observatory for Human Rights (SOHR)"), so the record reads both
// ways. Words before the name proper ("told AFP") are dropped.
std::string source_name(const ActorRef& a, std::string_view text) {
  std::string_view surface = a.span.of(text);
  while (!surface.empty() && !(surface[0] >= 'A' && surface[0] <= 'Z')) {
    const size_t space = surface.find(' ');
    if (space == std::string_view::npos) break;
    surface.remove_prefix(space + 1);
  }
  std::string name(a.name);
  if (surface.empty() || contains_ignoring_case(a.name, surface)) return name;
  name += " (";
  name += surface;
  name += ')';
  return name;
}

// A person named as the source ("according to Borenkov"): capitalised words
// right after `word` that no actor mention covers.
Span person_at(const SentenceView& s, size_t word) {
  const auto& spans = s.info().word_spans;
  size_t last = word;
  while (last < spans.size() && last - word < 3 && s.capitalised(last)) ++last;
  if (last == word) return {};
  return {spans[word].start, spans[last - 1].end};
}

// The words right after "according to" up to the clause's end, when they
// are few enough to name a source: "according to volunteer emergency
// workers", not "according to a report that ...".
Span cited_phrase(const SentenceView& s, size_t at) {
  constexpr size_t kMaxWords = 5;
  const auto& w = s.words();
  size_t end = at;
  if (end < w.size() && (w[end] == "the" || w[end] == "a" || w[end] == "an")) ++end;
  const size_t first = end;
  while (end < w.size() && w[end] != "," && w[end] != "." && w[end] != "that" && w[end] != "who" &&
         w[end] != "which" && end - first < kMaxWords + 1) {
    ++end;
  }
  if (end == first || end - first > kMaxWords || end >= w.size()) return {};
  if (w[end] != "," && w[end] != ".") return {};
  return {s.info().word_spans[first].start, s.info().word_spans[end - 1].end};
}

// The source as the text words it ("Volunteer emergency workers",
// "Donat Kibwana, the region's administrator"), capitalised so that "leader
// of a local militia" reads as a name in the record.
void cite_as_written(const SentenceView& s, Span words, Attribution& out) {
  out.reported_by = as_a_name(std::string(words.of(s.doc_text())));
  out.span = words;
}

struct Candidate {
  std::string name;
  Span span;
  size_t first_word = 0;
  bool named = false;  // from the knowledge base, not a speaker word
  bool media = false;  // a news outlet, which relays what others say
  std::string head;    // "the ministry": the word that points back to a named source
};

// "Inter-Services Public Relations (ISPR)": the acronym the text gives right
// after a name, which later mentions and readers use.
std::string_view acronym_after(std::string_view text, Span span) {
  std::string_view rest = text.substr(span.end);
  if (rest.size() < 4 || rest[0] != ' ' || rest[1] != '(') return {};
  const size_t close = rest.find(')');
  if (close == std::string_view::npos || close < 4 || close > 12) return {};
  const std::string_view inner = rest.substr(2, close - 2);
  const bool caps = std::all_of(inner.begin(), inner.end(), [](char c) {
    return (c >= 'A' && c <= 'Z') || c == '-' || c == '.';
  });
  return caps ? inner : std::string_view{};
}

// Named sources (from the knowledge base) and speaker phrases ("residents",
// "a spokesman") in the sentence, in text order.
std::vector<Candidate> candidates(const SentenceView& s) {
  std::vector<Candidate> out;
  for (const ActorRef* a : s.actors()) {
    // The text's own words ("ISPR", "the Russian Center for Reconciliation"):
    // what a reader checks against the evidence.
    if (is_source_role(*a)) {
      std::string name = source_name(*a, s.doc_text());
      if (const auto acronym = acronym_after(s.doc_text(), a->span);
          !acronym.empty() && name.find(acronym) == std::string::npos) {
        name += " (" + std::string(acronym) + ")";
      }
      out.push_back(
          {std::move(name), a->span, s.word_from(a->span.start), true, a->role_is("media"), {}});
    }
  }
  const auto& words = s.words();
  size_t next = 0;  // one past the last speaker phrase taken
  for (size_t i = s.find_cue(Cue::kSpeaker, next, words.size()); i != std::string::npos;
       i = s.find_cue(Cue::kSpeaker, std::max(i + 1, next), words.size())) {
    const Span span = s.info().word_spans[i];
    // A speaker phrase inside a named source ("police" in "Police Forces of
    // Nigeria") is that source.
    if (std::any_of(out.begin(), out.end(),
                    [&](const Candidate& c) { return c.span.contains(span); }))
      continue;
    // The phrase as written: "local sources", "the health ministry".
    size_t first = i;
    if (words[first] == "a" || words[first] == "an" || words[first] == "the") ++first;
    const size_t end = std::max(s.cue_end(Cue::kSpeaker, i), first + 1);
    // "the ministry", "the center": one named earlier in the article, when
    // it is the one speaking ("the center said", "the center's website
    // says", "according to the ministry"), not in "the centre of Donetsk".
    std::string head;
    if (words[i] == "the" && end == first + 1 && first < words.size()) {
      const bool cited = (i >= 2 && words[i - 2] == "according" && words[i - 1] == "to") ||
                         (i >= 1 && words[i - 1] == "citing");
      if (!cited && !s.cue_in(Cue::kAttribution, end, end + 4)) continue;
      head = words[first];
    }
    std::string name;
    for (size_t k = first; k < end && k < words.size(); ++k) {
      if (!name.empty()) name += ' ';
      name += words[k];
    }
    name = as_a_name(std::move(name));
    const Span phrase{s.info().word_spans[first].start,
                      s.info().word_spans[std::min(end, words.size()) - 1].end};
    out.push_back({std::move(name), phrase, i, false, false, std::move(head)});
    next = end;
  }
  // Named sources and speaker phrases each come in text order, and mostly
  // only one kind is there: with strictly increasing starts the list is
  // already what the sort would give, and the sort would still move every
  // Candidate (two strings apiece) out and back.
  auto not_before = [](const Candidate& a, const Candidate& b) {
    return a.span.start >= b.span.start;
  };
  if (std::adjacent_find(out.begin(), out.end(), not_before) != out.end()) {
    std::sort(out.begin(), out.end(),
              [](const Candidate& a, const Candidate& b) { return a.span.start < b.span.start; });
  }
  return out;
}

// How many words may stand between an unnamed speaker and its verb:
// "police in the northern city of Kirkuk said", "the governor of the
// Donetsk region, Pavlo Kyrylenko, said".
constexpr size_t kSpeakerReach = 10;

// What ends the chain of sources, after the candidates' names in text order.
enum class Innermost {
  kNone,       // nothing more: the candidates alone
  kAsWritten,  // reported_by, the source as the text words it
  kChosen,     // the candidate named reported_by (the chosen or its twin), moved last
};

// Who the sentence says speaks, given its candidates and `cue`, its first
// attribution cue: sets out's reported_by, span, person, anaphor_head and
// pronoun_speaker as the case needs, and says what ends the chain.
Innermost choose_source(const SentenceView& s, size_t cue, const std::vector<Candidate>& cands,
                        Attribution& out) {
  const auto& words = s.words();
  auto first_after = [&](size_t word) -> const Candidate* {
    for (const auto& c : cands) {
      if (c.first_word >= word) return &c;
    }
    return nullptr;
  };
  auto last_before = [&](size_t word) -> const Candidate* {
    const Candidate* best = nullptr;
    for (const auto& c : cands) {
      if (c.first_word < word) best = &c;
    }
    return best;
  };
  const Candidate* chosen = nullptr;
  // "according to X" and "citing X" name the innermost source. Both are
  // attribution cues, so only the words where such a cue starts are tried.
  for (size_t i = cue; i != std::string::npos && i + 1 < words.size() && !chosen;
       i = s.find_cue(Cue::kAttribution, i + 1, words.size())) {
    if ((words[i] == "according" && words[i + 1] == "to") || words[i] == "citing") {
      const size_t at = words[i] == "citing" ? i + 1 : i + 2;
      chosen = first_after(i + 1);
      if (chosen && chosen->first_word == at) break;
      // "according to Borenkov": a person; the extractor finds whom he speaks for.
      if (Span person = person_at(s, at); !person.empty()) {
        out.person = person;
        out.reported_by = std::string(person.of(s.doc_text()));
        return Innermost::kNone;
      }
      // "according to volunteer emergency workers": the words as written.
      // ("citing the document" names what was cited, not who.)
      Span phrase = words[i] == "according" ? cited_phrase(s, at) : Span{};
      if (!phrase.empty() && !chosen) {
        cite_as_written(s, phrase, out);
        return Innermost::kAsWritten;
      }
    }
  }
  if (!chosen) {
    // "X said", "X told TASS": the speaker stands before the verb; "said X"
    // after it. A speaker word far before the verb is someone else in the
    // sentence ("arrested 12 activists during a rally, the party said").
    chosen = last_before(cue);
    if (chosen && !chosen->named && s.word_from(chosen->span.end) + kSpeakerReach < cue) {
      chosen = nullptr;
    }
    if (!chosen) chosen = first_after(cue);
  }
  // "Donat Kibwana, the region's administrator, told AFP": the person with
  // the office speaks, unless a source the text names outright stands
  // between them and the verb. A speaker word further back ("the police
  // headquarters, a member of the council said") is not the speaker.
  Span person;
  for (size_t k = cue; k != std::string::npos && person.empty();
       k = s.find_cue(Cue::kAttribution, k + 1, words.size())) {
    person = person_with_role(s, k);
  }
  if (!person.empty() && (!chosen || chosen->media || person.contains(chosen->span) ||
                          chosen->span.end <= person.start)) {
    cite_as_written(s, person, out);
    return Innermost::kAsWritten;
  }
  if (!chosen) return Innermost::kNone;
  // "spokesman for the prosecutor's office": the office is the source.
  // "SOHR activists" names the monitor before the speaker word. Not across a
  // speech verb: in "aid workers told AFP" the workers are the source.
  if (!chosen->named) {
    for (const auto& c : cands) {
      if (c.named && c.first_word > chosen->first_word && c.first_word <= chosen->first_word + 4 &&
          !s.cue_in(Cue::kAttribution, chosen->first_word + 1, c.first_word)) {
        chosen = &c;
        break;
      }
      if (c.named && c.first_word < chosen->first_word && c.span.end + 2 >= chosen->span.start) {
        chosen = &c;
        break;
      }
    }
  }
  // Outlets relay: "aid workers told AFP", "X said, APA reports citing
  // TASS". A source speaking through a verb of its own is the inner one.
  if (chosen->media) {
    for (size_t k = s.find_cue(Cue::kAttribution, 0, words.size()); k != std::string::npos;
         k = s.find_cue(Cue::kAttribution, k + 1, words.size())) {
      const Candidate* speaker = last_before(k);
      if (speaker && speaker->media) speaker = nullptr;
      if (speaker && speaker->first_word + 15 < k) speaker = nullptr;
      if (speaker) {
        chosen = speaker;
        break;
      }
    }
  }
  // "the spokesman said" refers back to the spokesman's organisation.
  if (chosen->name == "Spokesman" || chosen->name == "Spokeswoman" ||
      chosen->name == "Spokesperson") {
    out.pronoun_speaker = true;
  }
  out.reported_by = chosen->name;
  out.span = chosen->span;
  out.anaphor_head = chosen->head;
  return Innermost::kChosen;
}

// The chain of sources, outermost first: every candidate's name, moved (no
// name of `cands` is read after), then the innermost source.
void chain_sources(std::vector<Candidate>& cands, Innermost innermost, Attribution& out) {
  // The chosen source goes last: the first name equal to it (the chosen
  // itself or its twin) moves to the end.
  auto last = cands.end();
  if (innermost == Innermost::kChosen) {
    last = std::find_if(cands.begin(), cands.end(),
                        [&](const Candidate& c) { return c.name == out.reported_by; });
  }
  out.sources.reserve(cands.size() + 1);
  for (auto c = cands.begin(); c != cands.end(); ++c) {
    if (c != last) out.sources.push_back(std::move(c->name));
  }
  if (last != cands.end()) {
    out.sources.push_back(std::move(last->name));
  } else if (innermost == Innermost::kAsWritten) {
    out.sources.push_back(out.reported_by);
  }
}

}  // namespace

Attribution find_attribution(const SentenceView& s) {
  Attribution out;
  out.hedged = s.has_cue(Cue::kHedge);
  const auto& words = s.words();
  const size_t cue = s.find_cue(Cue::kAttribution, 0, words.size());
  if (cue == std::string::npos) return out;
  std::vector<Candidate> cands = candidates(s);
  for (size_t i = cue > 2 ? cue - 2 : 0; i < cue; ++i) {
    const auto& w = words[i];
    if (w == "he" || w == "she" || w == "they" || w == "spokesman" || w == "spokeswoman") {
      out.pronoun_speaker = true;
    }
  }
  const Innermost innermost = choose_source(s, cue, cands, out);
  chain_sources(cands, innermost, out);
  return out;
}

}  // namespace sitrep

namespace sitrep {

std::string organisation_of(const AnalyzedDocument& doc, std::string_view person) {
  // The surname is what later mentions repeat.
  const size_t space = person.rfind(' ');
  const std::string_view surname =
      space == std::string_view::npos ? person : person.substr(space + 1);
  const std::string_view text = doc.doc->text;
  constexpr size_t kApposition = 120;  // "X, chief of the ... Y" fits in this
  for (size_t at = text.find(surname); at != std::string_view::npos;
       at = text.find(surname, at + 1)) {
    for (const ActorRef& a : doc.actors) {
      if (a.span.start < at + surname.size() || a.span.start > at + kApposition) continue;
      if (is_source_role(a) || a.role_is("state_force") || a.role_is("armed")) {
        return source_name(a, text);
      }
    }
  }
  return {};
}

}  // namespace sitrep

namespace sitrep {

bool source_has_word(std::string_view source, std::string_view head) {
  return contains_ignoring_case(source, head);
}

std::string antecedent_source(const AnalyzedDocument& doc, std::string_view head, uint32_t before) {
  for (auto it = doc.actors.rbegin(); it != doc.actors.rend(); ++it) {
    if (it->span.start >= before || !is_source_role(*it)) continue;
    if (source_has_word(it->name, head) || source_has_word(it->span.of(doc.doc->text), head)) {
      return source_name(*it, doc.doc->text);
    }
  }
  return {};
}

}  // namespace sitrep
