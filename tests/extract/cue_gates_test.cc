// Guards the early returns of the extraction rules. find_casualties,
// is_victim and is_speaker return at once when a sentence has none of the
// cues they test first (kill or injury; attribution); that is right only
// while every literal word those rules compare against is itself such a
// cue in the shipped data/triggers/cues.tsv. An edit that drops one of
// these words from its cue class would silently disable the rule: this
// test fails instead, naming the rule.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/lexicon.h"
#include "testing/shared.h"

namespace sitrep {
namespace {

// A literal phrase a rule reads, and the cues one of which its early return
// asks the sentence for.
struct Gate {
  const char* rule;                     // the function with the early return
  std::vector<std::string_view> words;  // lower-cased, as SentenceInfo::words
  std::vector<Cue> any_of;
};

const Lexicon& shipped_lexicon() {
  static const Lexicon lexicon = [] {
    auto lex = Lexicon::load({testing::data_dir() + "/triggers"});
    EXPECT_TRUE(lex.ok()) << lex.error().message;
    return std::move(lex).value();
  }();
  return lexicon;
}

std::string joined(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

TEST(CueGates, EveryWordAnEarlyReturningRuleReadsIsItsCue) {
  const std::vector<Cue> kill_or_injury = {Cue::kKill, Cue::kInjure};
  const std::vector<Cue> attribution = {Cue::kAttribution};
  const std::vector<Gate> gates = {
      // says_no_casualties: "no casualties", "no deaths", "no one was killed/hurt".
      {"find_casualties (says_no_casualties)", {"casualties"}, kill_or_injury},
      {"find_casualties (says_no_casualties)", {"deaths"}, kill_or_injury},
      {"find_casualties (says_no_casualties)", {"killed"}, kill_or_injury},
      {"find_casualties (says_no_casualties)", {"hurt"}, kill_or_injury},
      // count_singular_victims: "the death of a ...", "the killing of a ...".
      {"find_casualties (count_singular_victims)", {"death"}, kill_or_injury},
      {"find_casualties (count_singular_victims)", {"killing"}, kill_or_injury},
      // is_victim: "<actor> died", "<actor> perished".
      {"is_victim", {"died"}, kill_or_injury},
      {"is_victim", {"perished"}, kill_or_injury},
      // is_speaker: "citing/said/told <actor>", "according to (the) <actor>".
      {"is_speaker", {"citing"}, attribution},
      {"is_speaker", {"said"}, attribution},
      {"is_speaker", {"told"}, attribution},
      {"is_speaker", {"according", "to"}, attribution},
  };
  const Lexicon& lexicon = shipped_lexicon();
  for (const Gate& gate : gates) {
    PhraseMarks marks;
    // As the pipeline marks a sentence: each word's id looked up first.
    std::vector<uint32_t> ids;
    for (std::string_view w : gate.words) ids.push_back(lexicon.phrase_words().find(w));
    std::vector<uint32_t> cue_starts(gate.words.size(), 0);
    lexicon.mark(gate.words, ids.data(), cue_starts, marks);
    bool gated = false;
    for (Cue cue : gate.any_of) gated = gated || marks.has(cue);
    const char* classes = gate.any_of.size() > 1 ? "kill or injure" : "attribution";
    EXPECT_TRUE(gated) << gate.rule << " compares against \"" << joined(gate.words)
                       << "\" but returns early when the sentence has no " << classes
                       << " cue: data/triggers/cues.tsv must keep \"" << joined(gate.words)
                       << "\" in that class, or the rule's early return must go";
  }
}

// person_with_role reads no literal word: both of its forms test the role
// cue itself (cue_in), so its early return on has_cue(kRole) needs no list.
// This checks the cue class it tests is still populated.
TEST(CueGates, PersonWithRoleHasRoleCuesToTest) {
  EXPECT_GT(shipped_lexicon().cues(Cue::kRole).size(), 0u)
      << "person_with_role returns early without a role cue, and cues.tsv has none";
}

}  // namespace
}  // namespace sitrep
