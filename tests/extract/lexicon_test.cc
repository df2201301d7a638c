#include "extract/lexicon.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "testing/shared.h"

namespace sitrep {
namespace {

TEST(Lexicon, LoadsTheBundledTriggerLexicon) {
  auto lex = Lexicon::load({testing::data_dir() + "/triggers"});
  ASSERT_TRUE(lex.ok()) << lex.error().message;
  EXPECT_GT(lex->triggers().size(), 50u);
  EXPECT_GT(lex->cues(Cue::kNegation).size(), 3u);
  EXPECT_GT(lex->cues(Cue::kKill).size(), 3u);
}

TEST(Lexicon, NamesFileAndLineOfABadRow) {
  const auto dir = std::filesystem::temp_directory_path() / "sitrep_lexicon_test";
  std::filesystem::create_directories(dir);
  {
    std::ofstream(dir / "events.tsv") << "pattern\tevent_type\tsub_event_type\tweapon\tpriority\n"
                                         "shelled\tExplosions/Remote violence\tShelling\t\tten\n";
  }
  auto lex = Lexicon::load({(dir / "events.tsv").string()});
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.error().message.find("events.tsv:2"), std::string::npos) << lex.error().message;
  std::filesystem::remove_all(dir);
}

TEST(Lexicon, RejectsUnknownCueClass) {
  const auto dir = std::filesystem::temp_directory_path() / "sitrep_lexicon_cue_test";
  std::filesystem::create_directories(dir);
  { std::ofstream(dir / "cues.tsv") << "class\tphrase\nsarcasm\tyeah right\n"; }
  { std::ofstream(dir / "events.tsv") << "pattern\tevent_type\tsub_event_type\nx\ty\tz\n"; }
  auto lex = Lexicon::load({dir.string()});
  ASSERT_FALSE(lex.ok());
  EXPECT_NE(lex.error().message.find("unknown cue class 'sarcasm'"), std::string::npos);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sitrep
