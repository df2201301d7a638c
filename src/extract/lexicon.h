// The trigger and cue lexicons of data/triggers/ (see its README): what words
// report an event of which ACLED type, and which words around them negate,
// hedge, count casualties or name a source.
#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "core/result.h"
#include "extract/phrase_set.h"

namespace sitrep {

// Triggers whose type depends on the target. kGenericAttack (killing words)
// is violence against civilians unless the target is armed; kGenericAssault
// ("attacked", "raided") is a battle unless the victims are civilians.
inline constexpr const char* kGenericAttack = "@attack";
inline constexpr const char* kGenericAssault = "@assault";
// A side withdrawing: who withdrew decides which territorial sub-type.
inline constexpr const char* kWithdrawal = "@withdrawal";
// "captured", "seized": territory when a place follows, else nothing (people
// and weapons are captured too).
inline constexpr const char* kCapture = "@capture";

struct Trigger {
  std::string event_type;      // ACLED string, or kGenericAttack
  std::string sub_event_type;  // ACLED string, or kGenericAttack
  std::string weapon;
  int priority = 0;
  bool needs_action = false;  // a weapon noun: an event only beside an action word
  bool needs_crowd = false;   // "rallied": a protest only when a crowd is named
};

enum class Cue {
  kNegation,
  kModality,
  kHedge,
  kKill,
  kInjure,
  kTally,
  kAttribution,
  kCivilian,
  kAgreement,
  kLethal,
  kSpeaker,
  // Speech acts that make a statement record.
  kAccuse,
  kDemand,
  kAppeal,
  kDeny,
  kThreaten,
  kAction,
  kAggregate,
  kRiot,
  kClaim,
  kCrowd,
  kConflict,
  kBackground,
  kHabitual,
  kThing,
  kCaption,
  kRole,
  kBlame,
};
inline constexpr size_t kCueCount = 28;

// Every trigger and cue phrase found in one sentence, from one pass over its
// words (Lexicon::mark): the rules then ask "is there a negation in these
// five words?" as a bit test instead of matching phrases again.
struct PhraseMarks {
  // Bit c of cue_starts[w]: a phrase of Cue c starts at word w. Stored by
  // whoever calls Lexicon::mark (the pipeline: one array for the whole
  // document, AnalyzedDocument::cue_starts).
  std::span<const uint32_t> cue_starts;
  uint32_t cues_anywhere = 0;  // the union of cue_starts
  // As triggers().find_all(words) gives them: by first word, then in the
  // order the PhraseSet tries its patterns.
  std::vector<PhraseMatch> triggers;

  // Whether a phrase of `cue` is anywhere in the sentence.
  [[nodiscard]] bool has(Cue cue) const {
    return (cues_anywhere & (uint32_t{1} << static_cast<uint32_t>(cue))) != 0;
  }
};
static_assert(kCueCount <= 32, "PhraseMarks keeps one bit per cue in a uint32_t");

class Lexicon {
 public:
  // Loads events.tsv and cues.tsv from every path (a folder of those files, or
  // single files whose name says which they are). Errors name file and line.
  static Result<Lexicon> load(const std::vector<std::string>& paths);

  [[nodiscard]] const PhraseSet& triggers() const { return triggers_; }
  [[nodiscard]] const Trigger& trigger(uint32_t index) const { return trigger_info_[index]; }
  [[nodiscard]] const PhraseSet& cues(Cue cue) const { return cues_[static_cast<size_t>(cue)]; }

  // Every trigger and cue phrase in `words` (lower-cased), into `out`, for
  // a caller that has looked the words up already (the pipeline's one probe
  // per word answers its own questions too): ids[i] is
  // phrase_words().find(words[i]).
  // `cue_starts` (one per word, all 0) gets the cue bits, and out.cue_starts
  // views it.
  void mark(std::span<const std::string_view> words, const uint32_t* ids,
            std::span<uint32_t> cue_starts, PhraseMarks& out) const;
  // Every word of every trigger and cue phrase, with the ids mark() takes.
  [[nodiscard]] const WordIds& phrase_words() const { return every_phrase_.word_ids(); }

 private:
  // The group a pattern of every_phrase_ came from: a Cue, or kTriggerGroup,
  // with its index there.
  static constexpr uint32_t kTriggerGroup = kCueCount;
  struct Origin {
    uint32_t group = 0;
    uint32_t index = 0;
  };
  void add_phrase(uint32_t group, std::string_view pattern);
  // Records a match of every_phrase_ in `out` and `cue_starts`.
  void note(const PhraseMatch& m, std::span<uint32_t> cue_starts, PhraseMarks& out) const;

  PhraseSet triggers_;
  std::vector<Trigger> trigger_info_;
  std::array<PhraseSet, kCueCount> cues_;
  // The patterns of triggers_ and every cues_ set in one set, so a sentence
  // is matched against all of them in one pass.
  PhraseSet every_phrase_;
  std::vector<Origin> origin_;  // by index in every_phrase_
};

}  // namespace sitrep
