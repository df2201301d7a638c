// The geoparser's word lists as data: data/place_words/ loads, a good file
// gives the lookups its words, a bad line names its file and line, and a
// user's extra file changes what the geoparser finds.
#include "recognize/places/place_word_files.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "fixture_gazetteer.h"
#include "recognize/places/geoparser.h"
#include "testing/shared.h"

namespace sitrep::places {
namespace {

// A fresh file under the fixture's folder holding `text`; its path.
std::string write_file(const std::string& name, const std::string& text) {
  const std::string dir = testing::fixture().dir + "/place_words_test";
  std::filesystem::create_directories(dir);
  const std::string path = dir + "/" + name;
  std::ofstream(path, std::ios::binary) << text;
  return path;
}

TEST(PlaceWordFiles, ShippedFolderFillsEveryList) {
  auto lists = load_place_words(sitrep::testing::data_dir() + "/place_words", {});
  ASSERT_TRUE(lists.ok()) << lists.error().message;
  for (size_t i = 0; i < kPlaceWordListCount; ++i) {
    EXPECT_FALSE(lists->words(static_cast<PlaceWordList>(i)).empty()) << "list " << i;
  }
  EXPECT_TRUE(lists->is_stopword("January"));
  EXPECT_TRUE(lists->is_stopword("The"));  // function words are stopwords too
  EXPECT_TRUE(lists->is_title("Gen."));
  EXPECT_EQ(lists->unit_word("Province"), UnitHint::kAdmin1);
  EXPECT_TRUE(lists->is_speech_verb("said"));
  EXPECT_FALSE(lists->is_stopword("Aleppo"));
}

TEST(PlaceWordFiles, GoodFileGivesItsWords) {
  const std::string path = write_file("good.tsv",
                                      "# a comment\n"
                                      "list\tword\n"
                                      "\n"
                                      "stopwords\tHarvest\n"
                                      "# case-insensitive lists keep their words in lowercase\n"
                                      "admin1_units\tCanton\n"
                                      "vicinity_words\tBeside\n"
                                      "speech_verbs\tsaid\n");
  auto lists = read_place_words({path});
  ASSERT_TRUE(lists.ok()) << lists.error().message;
  EXPECT_TRUE(lists->is_stopword("Harvest"));
  EXPECT_FALSE(lists->is_stopword("harvest"));  // stopwords compare as written
  EXPECT_EQ(lists->unit_word("canton"), UnitHint::kAdmin1);
  EXPECT_EQ(lists->unit_word("CANTON"), UnitHint::kAdmin1);
  EXPECT_TRUE(lists->is_vicinity_word("beside"));
  EXPECT_TRUE(lists->is_speech_verb("said"));
  EXPECT_FALSE(lists->is_title("Gen."));  // only what the file gave
}

TEST(PlaceWordFiles, UnknownListNamesFileAndLine) {
  const std::string path =
      write_file("unknown.tsv", "list\tword\nstopwords\tHarvest\n# note\nstopword\tYield\n");
  auto lists = read_place_words({path});
  ASSERT_FALSE(lists.ok());
  EXPECT_NE(lists.error().message.find("unknown.tsv:4"), std::string::npos)
      << lists.error().message;
  EXPECT_NE(lists.error().message.find("unknown list 'stopword'"), std::string::npos)
      << lists.error().message;
}

TEST(PlaceWordFiles, MissingWordOrHeaderIsAnError) {
  const std::string no_word = write_file("no-word.tsv", "list\tword\ntitles\n");
  auto lists = read_place_words({no_word});
  ASSERT_FALSE(lists.ok());
  EXPECT_NE(lists.error().message.find("no-word.tsv:2"), std::string::npos)
      << lists.error().message;

  const std::string no_header = write_file("no-header.tsv", "# only comments\n");
  auto headless = read_place_words({no_header});
  ASSERT_FALSE(headless.ok());
  EXPECT_NE(headless.error().message.find("no-header.tsv"), std::string::npos);

  auto missing = load_place_words(testing::fixture().dir + "/no-such-folder", {});
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.error().message.find("no-such-folder"), std::string::npos);
}

TEST(PlaceWordFiles, UserFileExtendsTheLists) {
  auto gaz = Gazetteer::open(testing::fixture().index_path, {testing::fixture().custom_path});
  ASSERT_TRUE(gaz.ok()) << gaz.error().message;
  const std::string text = "Shelling hit Aleppo on Monday.";
  const std::string shipped = sitrep::testing::data_dir() + "/place_words";

  auto lists = load_place_words(shipped, {});
  ASSERT_TRUE(lists.ok()) << lists.error().message;
  const auto before = Geoparser(*gaz, *lists).find_places(text);
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].span.of(text), "Aleppo");

  // A user who never wants "Aleppo" read as a place adds it to the stopwords.
  const std::string mine = write_file("mine.tsv", "list\tword\nstopwords\tAleppo\n");
  auto extended = load_place_words(shipped, {mine});
  ASSERT_TRUE(extended.ok()) << extended.error().message;
  EXPECT_TRUE(extended->is_stopword("January"));  // the shipped words stay
  EXPECT_TRUE(Geoparser(*gaz, *extended).find_places(text).empty());
}

}  // namespace
}  // namespace sitrep::places
