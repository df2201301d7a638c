#include "recognize/actors/knowledge_base.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "recognize/actors/repo_kb.h"
#include "testing/shared.h"

namespace sitrep::actors {
namespace {

namespace fs = std::filesystem;

// A scratch folder with the given files, removed at the end of the test.
class ScratchDir {
 public:
  ScratchDir() {
    dir_ = fs::temp_directory_path() /
           ("sitrep_actors_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  ~ScratchDir() { fs::remove_all(dir_); }
  std::string write(const std::string& name, const std::string& content) {
    const fs::path p = dir_ / name;
    std::ofstream(p) << content;
    return p.string();
  }
  [[nodiscard]] std::string path() const { return dir_.string(); }

 private:
  fs::path dir_;
};

const char* kHeader = "id\tname\tinter\trole\tcountry\tparent\tclass\tdesignation\trenamed_to\tflags\taliases\n";

TEST(KnowledgeBase, RepoDataLoads) {
  ASSERT_NE(repo_kb(), nullptr);
  const auto& kb = *repo_kb();
  size_t named = 0;
  std::map<std::string, int> countries;
  for (const Actor* a : kb.actors()) {
    if (!a->generic()) ++named;
    ++countries[a->country];
  }
  EXPECT_GE(named, 400u);
  for (const char* c : {"SY", "IQ", "YE", "LY", "UA", "RU", "AF", "PK", "SO", "KE", "NG", "ML", "BF", "NE", "ET",
                        "SS", "SD", "CF", "MZ", "CM", "CD", "MM", "IN", "PH", "CO", "MX", "HT", "IL", "PS", "LB", "TR"}) {
    EXPECT_GE(countries[c], 3) << c;
  }
  EXPECT_NE(kb.country("SY"), nullptr);
  EXPECT_NE(kb.actor_class("civilians"), nullptr);
}

TEST(KnowledgeBase, FindAndSearch) {
  ASSERT_NE(repo_kb(), nullptr);
  const auto& kb = *repo_kb();
  const Actor* nusra = kb.find("al-nusra-front");
  ASSERT_NE(nusra, nullptr);
  EXPECT_EQ(nusra->name, "Al-Nusra Front");
  EXPECT_EQ(nusra->inter, 2);
  EXPECT_EQ(nusra->country, "SY");
  EXPECT_EQ(nusra->parent, "army-of-conquest");
  EXPECT_EQ(kb.find("no-such-actor"), nullptr);

  auto hits = kb.search("JABHAT AN-NUSRA");  // case, hyphen and article variants
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front()->id, "al-nusra-front");
  hits = kb.search("SOHR");
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits.front()->name, "Syrian Observatory for Human Rights");
  EXPECT_TRUE(kb.search("zzzz-nothing-like-this").empty());
}

TEST(KnowledgeBase, RenamesByDate) {
  ASSERT_NE(repo_kb(), nullptr);
  const auto& kb = *repo_kb();
  const Actor* nusra = kb.find("al-nusra-front");
  ASSERT_NE(nusra, nullptr);
  EXPECT_EQ(kb.as_of(*nusra, CivilDate{2016, 5, 20}).name, "Al-Nusra Front");
  EXPECT_EQ(kb.as_of(*nusra, CivilDate{2017, 3, 1}).name, "Hayat Tahrir al-Sham");
  EXPECT_EQ(kb.as_of(*nusra, CivilDate{2017, 1, 28}).name, "Hayat Tahrir al-Sham");  // the day itself
  const Actor* taliban = kb.find("taliban");
  ASSERT_NE(taliban, nullptr);
  EXPECT_EQ(kb.as_of(*taliban, CivilDate{2019, 12, 24}).name, "Taliban");
  EXPECT_EQ(kb.as_of(*taliban, CivilDate{2022, 6, 1}).name, "Military Forces of Afghanistan (2021-)");
}

TEST(KnowledgeBase, ClassResolution) {
  ASSERT_NE(repo_kb(), nullptr);
  const auto& kb = *repo_kb();
  EXPECT_EQ(kb.resolve_class("military", "SY", CivilDate{2016, 5, 1}).name, "Military Forces of Syria (2000-2024)");
  EXPECT_EQ(kb.resolve_class("military", "SY", CivilDate{2025, 3, 1}).name, "Military Forces of Syria (2024-)");
  EXPECT_EQ(kb.resolve_class("police", "NG", CivilDate{2020, 1, 1}).name, "Police Forces of Nigeria (2015-2023)");
  // No explicit row: the template, with "the" where the country takes it.
  EXPECT_EQ(kb.resolve_class("military", "GQ", std::nullopt).name, "Military Forces of Equatorial Guinea");
  EXPECT_EQ(kb.resolve_class("civilians", "SY", std::nullopt).name, "Civilians (Syria)");
  EXPECT_EQ(kb.resolve_class("civilians", "", std::nullopt).name, "Civilians");
  EXPECT_EQ(kb.resolve_class("unidentified", "", std::nullopt).name, "Unidentified Armed Group");
  EXPECT_TRUE(kb.resolve_class("no-such-class", "SY", std::nullopt).name.empty());
}

TEST(KnowledgeBase, ExtraFileAddsActors) {
  ScratchDir dir;
  const std::string extra = dir.write("mine.tsv", std::string(kHeader) +
                                                      "# a local group\n"
                                                      "blue-hills\tBlue Hills Brigade\t2\tarmed\tSY\t\t\t\t\t\tBHB|Hills Brigade\n");
  auto kb = ActorKnowledgeBase::load({actors_data_dir(), extra});
  ASSERT_TRUE(kb.ok()) << kb.error().message;
  const Actor* a = kb->find("blue-hills");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->aliases.size(), 3u);  // the name and two aliases
  EXPECT_EQ(a->origin, extra + ":3");
}

struct BadRow {
  const char* row;
  const char* message;  // expected in the error
};

TEST(KnowledgeBase, LoadErrorsNameFileAndLine) {
  const BadRow cases[] = {
      {"x\tX\t9\tarmed\t\t\t\t\t\t\tx\n", "bad inter '9'"},
      {"x\tX\t2\twarlord\t\t\t\t\t\t\tx\n", "unknown role 'warlord'"},
      {"X Y\tX\t2\tarmed\t\t\t\t\t\t\tx\n", "bad id 'X Y'"},
      {"x\tX\t2\tarmed\tSyria\t\t\t\t\t\tx\n", "bad country 'Syria'"},
      {"x\tX\t2\tarmed\t\tnobody\t\t\t\t\tx\n", "parent 'nobody' is not a known id"},
      {"x\tX\t2\tarmed\t\t\t\t\t2017-01-28\t\tx\n", "bad renamed_to"},
      {"x\tX\t2\tarmed\t\t\t\t\t2017-01-28:nobody\t\tx\n", "renamed_to 'nobody' is not a known id"},
      {"x\tX\t2\tarmed\t\t\t\tUN:soon\t\t\tx\n", "bad designation 'UN:soon'"},
      {"x\tX\t2\tarmed\t\t\t\t\t\tloud\tx\n", "unknown flag 'loud'"},
      {"x\tX\t2\tarmed\t\t\t\t\t\t\t~local\n", "needs a country"},
      {"x\tX\t2\tarmed\t\t\t\t\t\t\t---\n", "has no letters"},
      {"x\tX\t\tgeneric\t\t\t\t\t\t\tx\n", "a generic row needs a class"},
  };
  for (const BadRow& c : cases) {
    ScratchDir dir;
    const std::string file = dir.write("bad.tsv", std::string("# comment\n") + kHeader + c.row);
    auto kb = ActorKnowledgeBase::load({file});
    ASSERT_FALSE(kb.ok()) << c.row;
    EXPECT_NE(kb.error().message.find(file + ":3: "), std::string::npos) << kb.error().message;
    EXPECT_NE(kb.error().message.find(c.message), std::string::npos) << kb.error().message;
  }
}

TEST(KnowledgeBase, DuplicateIdNamesBothPlaces) {
  ScratchDir dir;
  const std::string a = dir.write("a.tsv", std::string(kHeader) + "dup\tOne\t2\tarmed\t\t\t\t\t\t\t\n");
  const std::string b = dir.write("b.tsv", std::string(kHeader) + "\ndup\tTwo\t2\tarmed\t\t\t\t\t\t\t\n");
  auto kb = ActorKnowledgeBase::load({dir.path()});
  ASSERT_FALSE(kb.ok());
  EXPECT_NE(kb.error().message.find(b + ":3: id 'dup' already defined at " + a + ":2"), std::string::npos)
      << kb.error().message;
}

TEST(KnowledgeBase, MissingPathFails) {
  auto kb = ActorKnowledgeBase::load({"/no/such/actors/dir"});
  ASSERT_FALSE(kb.ok());
  EXPECT_NE(kb.error().message.find("/no/such/actors/dir"), std::string::npos);
}

TEST(KnowledgeBase, RenameCycleFails) {
  ScratchDir dir;
  const std::string f = dir.write("cycle.tsv", std::string(kHeader) +
                                                   "a\tA\t2\tarmed\t\t\t\t\t2010-01-01:b\t\t\n"
                                                   "b\tB\t2\tarmed\t\t\t\t\t2011-01-01:a\t\t\n");
  auto kb = ActorKnowledgeBase::load({f});
  ASSERT_FALSE(kb.ok());
  EXPECT_NE(kb.error().message.find("cycle"), std::string::npos);
}

}  // namespace
}  // namespace sitrep::actors
