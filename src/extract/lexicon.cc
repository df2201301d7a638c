#include "extract/lexicon.h"

#include <charconv>
#include <filesystem>
#include <string_view>

#include "core/tsv.h"

namespace sitrep {
namespace {

bool cue_from_name(std::string_view name, Cue& out) {
  static constexpr std::array<std::pair<std::string_view, Cue>, kCueCount> kNames = {{
      {"negation", Cue::kNegation},
      {"modality", Cue::kModality},
      {"hedge", Cue::kHedge},
      {"kill", Cue::kKill},
      {"injure", Cue::kInjure},
      {"tally", Cue::kTally},
      {"attribution", Cue::kAttribution},
      {"civilian", Cue::kCivilian},
      {"agreement", Cue::kAgreement},
      {"lethal", Cue::kLethal},
      {"speaker", Cue::kSpeaker},
      {"accuse", Cue::kAccuse},
      {"demand", Cue::kDemand},
      {"appeal", Cue::kAppeal},
      {"deny", Cue::kDeny},
      {"threaten", Cue::kThreaten},
      {"action", Cue::kAction},
      {"aggregate", Cue::kAggregate},
      {"riot", Cue::kRiot},
      {"claim", Cue::kClaim},
      {"crowd", Cue::kCrowd},
      {"conflict", Cue::kConflict},
      {"background", Cue::kBackground},
      {"habitual", Cue::kHabitual},
      {"thing", Cue::kThing},
      {"caption", Cue::kCaption},
      {"role", Cue::kRole},
      {"blame", Cue::kBlame},
  }};
  for (const auto& [n, cue] : kNames) {
    if (n == name) {
      out = cue;
      return true;
    }
  }
  return false;
}

}  // namespace

Result<Lexicon> Lexicon::load(const std::vector<std::string>& paths) {
  Lexicon lex;
  for (const auto& path : paths) {
    auto files = tsv_files(path);
    if (!files) return files.error();
    for (const auto& file : *files) {
      const std::string stem = std::filesystem::path(file).stem().string();
      Status s;
      if (stem.find("cue") != std::string::npos) {
        s = read_tsv(file, {"class", "phrase"}, [&](const TsvRow& row) -> Status {
          Cue cue{};
          if (!cue_from_name(row.get("class"), cue)) {
            return Error{row.where() + ": unknown cue class '" + std::string(row.get("class")) +
                         "'"};
          }
          lex.add_phrase(static_cast<uint32_t>(cue), row.get("phrase"));
          return {};
        });
      } else {
        s = read_tsv(
            file, {"pattern", "event_type", "sub_event_type"}, [&](const TsvRow& row) -> Status {
              Trigger t;
              t.event_type = std::string(row.get("event_type"));
              t.sub_event_type = std::string(row.get("sub_event_type"));
              t.weapon = std::string(row.get("weapon"));
              t.needs_action = row.get("needs") == "action";
              t.needs_crowd = row.get("needs") == "crowd";
              const auto p = row.get("priority");
              if (!p.empty() &&
                  std::from_chars(p.data(), p.data() + p.size(), t.priority).ec != std::errc{}) {
                return Error{row.where() + ": priority is not a number"};
              }
              if (row.get("pattern").empty() || t.event_type.empty()) {
                return Error{row.where() + ": pattern and event_type are required"};
              }
              lex.add_phrase(kTriggerGroup, row.get("pattern"));
              lex.trigger_info_.push_back(std::move(t));
              return {};
            });
      }
      if (!s) return s.error();
    }
  }
  if (lex.trigger_info_.empty()) return Error{"no event triggers loaded (looked in data/triggers)"};
  return lex;
}

void Lexicon::add_phrase(uint32_t group, std::string_view pattern) {
  PhraseSet& set = group == kTriggerGroup ? triggers_ : cues_[group];
  origin_.push_back({group, set.add(pattern)});
  every_phrase_.add(pattern);
}

void Lexicon::mark(std::span<const std::string_view> words, const uint32_t* ids,
                   std::span<uint32_t> cue_starts, PhraseMarks& out) const {
  out.cue_starts = cue_starts;
  out.cues_anywhere = 0;
  out.triggers.clear();
  // every_phrase_ tries the patterns of one group in the order that group's
  // own set does (both keep insertion order), so the triggers come out as
  // triggers_.find_all would give them.
  every_phrase_.for_each_match(words, ids, [&](const PhraseMatch& m) { note(m, cue_starts, out); });
}

void Lexicon::note(const PhraseMatch& m, std::span<uint32_t> cue_starts, PhraseMarks& out) const {
  const Origin origin = origin_[m.pattern];
  if (origin.group == kTriggerGroup) {
    out.triggers.push_back({m.first_word, m.end_word, origin.index});
  } else {
    cue_starts[m.first_word] |= uint32_t{1} << origin.group;
    out.cues_anywhere |= uint32_t{1} << origin.group;
  }
}

}  // namespace sitrep
