// The batch reader: directories, several paths, stdin, and bad input of
// every kind. Fixtures are generated in a temp dir at test time.
#include "ingest/ingest.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <sstream>

#include "temp_dir.h"

namespace sitrep::ingest {
namespace {

using sitrep::testing::TempDir;

struct Outcome {
  std::vector<Document> docs;
  std::vector<std::string> errors;
  IngestStats stats;
};

Outcome run_paths(const std::vector<std::string>& paths, const IngestOptions& options = {}) {
  Outcome run;
  run.stats = ingest_paths(
      paths, options, [&](Document&& d) { run.docs.push_back(std::move(d)); },
      [&](const Error& e) { run.errors.push_back(e.message); });
  return run;
}

Outcome run_stream(const std::string& input, std::string_view name = "stdin", const IngestOptions& options = {}) {
  std::istringstream in(input);
  Outcome run;
  run.stats = ingest_stream(
      in, name, options, [&](Document&& d) { run.docs.push_back(std::move(d)); },
      [&](const Error& e) { run.errors.push_back(e.message); });
  return run;
}

std::vector<std::string> ids(const Outcome& run) {
  std::vector<std::string> out;
  for (const Document& d : run.docs) out.push_back(d.id);
  return out;
}

void expect_one_line(const Outcome& run) {
  for (const std::string& e : run.errors) EXPECT_EQ(e.find('\n'), std::string::npos) << e;
}

TEST(IngestPaths, DirectoryRecursiveSortedSkippingHiddenAndUnknown) {
  TempDir tmp;
  tmp.write("b.txt", "Second file text.");
  tmp.write("a.txt", "First file text.");
  tmp.write("sub/c.html", "<html><body><article><p>A page story.</p></article></body></html>");
  tmp.write("sub/d.jsonl", "{\"id\":\"d1\",\"text\":\"one\"}\n\n{\"id\":\"d2\",\"text\":\"two\"}\n");
  tmp.write(".hidden.txt", "Hidden text.");
  tmp.write(".git/e.txt", "Hidden folder.");
  tmp.write("notes.md", "Unknown extension.");
  tmp.write("image.png", std::string("\x89PNG\0\0", 6));
  tmp.write("gold.json", "{\"events\": []}");
  const Outcome run = run_paths({tmp.path()});
  EXPECT_TRUE(run.errors.empty()) << run.errors.front();
  EXPECT_EQ(ids(run), (std::vector<std::string>{"a", "b", "c", "d1", "d2"}));
  EXPECT_EQ(run.stats.documents, 5u);
  EXPECT_EQ(run.stats.failures, 0u);
  EXPECT_EQ(run.docs[3].origin, tmp.path() + "/sub/d.jsonl:1");
  EXPECT_EQ(run.docs[4].origin, tmp.path() + "/sub/d.jsonl:3");
}

TEST(IngestPaths, SeveralPathsInOrderAndSniffing) {
  TempDir tmp;
  const std::string z = tmp.write("z.txt", "Zed.");
  const std::string noext = tmp.write("records", "{\"text\":\"from a jsonl without extension\"}\n");
  const std::string page = tmp.write("page.data", "<!doctype html><p>Sniffed page text.</p>");
  const std::string plain = tmp.write("README", "Plain words without extension.");
  const Outcome run = run_paths({z, noext, page, plain});
  EXPECT_TRUE(run.errors.empty());
  ASSERT_EQ(run.docs.size(), 4u);
  EXPECT_EQ(run.docs[0].id, "z");
  EXPECT_EQ(run.docs[1].id, "records-1");
  EXPECT_EQ(run.docs[1].text, "from a jsonl without extension");
  EXPECT_EQ(run.docs[2].text, "Sniffed page text.");
  EXPECT_EQ(run.docs[3].text, "Plain words without extension.");
}

TEST(IngestPaths, OptionsOverrideEveryDocument) {
  TempDir tmp;
  tmp.write("a.jsonl", "{\"outlet\":\"Own\",\"published\":\"2016-01-01\",\"text\":\"x\"}\n{\"text\":\"y\"}\n");
  IngestOptions options;
  options.published = CivilDate{2020, 5, 6};
  options.outlet = "Override";
  const Outcome run = run_paths({tmp.path()}, options);
  ASSERT_EQ(run.docs.size(), 2u);
  for (const Document& d : run.docs) {
    EXPECT_EQ(d.outlet, "Override");
    EXPECT_EQ(d.published->iso(), "2020-05-06");
  }
}

TEST(IngestPaths, MissingPathAndDanglingEntry) {
  TempDir tmp;
  tmp.write("good.txt", "Good text.");
  std::filesystem::create_symlink(tmp.path() + "/nowhere.txt", tmp.path() + "/broken.txt");
  std::filesystem::create_symlink(tmp.path() + "/nowhere.png", tmp.path() + "/broken.png");
  const std::string missing = tmp.path() + "/missing.txt";
  const Outcome run = run_paths({missing, tmp.path()});
  ASSERT_EQ(run.errors.size(), 2u);
  EXPECT_EQ(run.errors[0], missing + ": cannot read: No such file or directory");
  EXPECT_EQ(run.errors[1], tmp.path() + "/broken.txt: cannot read: No such file or directory");
  EXPECT_EQ(ids(run), std::vector<std::string>{"good"});
  EXPECT_EQ(run.stats.failures, 2u);
}

TEST(IngestPaths, UnreadableFileAndDirectory) {
  if (geteuid() == 0) GTEST_SKIP() << "running as root: permissions are not enforced";
  TempDir tmp;
  const std::string file = tmp.write("locked.txt", "Secret.");
  tmp.write("closed/inner.txt", "Inner.");
  tmp.write("open.txt", "Open.");
  chmod(file.c_str(), 0);
  chmod((tmp.path() + "/closed").c_str(), 0);
  const Outcome run = run_paths({tmp.path()});
  chmod((tmp.path() + "/closed").c_str(), 0755);
  ASSERT_EQ(run.errors.size(), 2u);
  EXPECT_EQ(run.errors[0], tmp.path() + "/closed: cannot read: Permission denied");
  EXPECT_EQ(run.errors[1], file + ": cannot read: Permission denied");
  EXPECT_EQ(ids(run), std::vector<std::string>{"open"});
}

TEST(IngestPaths, BadInputsEachGiveOneErrorAndTheBatchContinues) {
  TempDir tmp;
  tmp.write("01_empty.txt", "");
  tmp.write("02_blank.txt", " \n\t \n");
  tmp.write("03_binary.txt", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16));
  tmp.write("04_mostly_invalid.txt", std::string(100, '\xFF') + "abc");
  tmp.write("05_repairable.txt", "Caf\xC3\xA9 shelled \xFF at dawn.");
  tmp.write("06_mixed.jsonl",
            "{\"id\":\"ok1\",\"text\":\"fine\"}\n"
            "{\"id\":\"cut\",\"text\":\"trunc\n"
            "this is not json\n"
            "[1,2,3]\n"
            "{\"id\":\"num\",\"text\":42}\n"
            "{\"id\":\"empty\",\"text\":\"  \"}\n"
            "{\"id\":\"ok2\",\"text\":\"also fine\",\"unknown_field\":{\"x\":1}}\n");
  tmp.write("07_empty.jsonl", "\n\n");
  tmp.write("08_binary.jsonl", std::string("\0\0\0\0{\"text\":\"x\"}", 17));
  tmp.write("09_empty.html", "");
  tmp.write("10_last.txt", "Last one.");
  const Outcome run = run_paths({tmp.path()});
  expect_one_line(run);
  const std::string d = tmp.path() + "/";
  const std::vector<std::string> expected = {
      d + "01_empty.txt: empty article, skipped",
      d + "02_blank.txt: empty article, skipped",
      d + "03_binary.txt: binary file, skipped",
      d + "04_mostly_invalid.txt: binary file, skipped",
      d + "06_mixed.jsonl:2: truncated JSON record",
      "",  // 06:3 invalid JSON, checked by prefix below
      d + "06_mixed.jsonl:4: record is not a JSON object",
      d + "06_mixed.jsonl:5: \"text\" is not a string",
      d + "06_mixed.jsonl:6: empty article, skipped",
      d + "07_empty.jsonl: empty file, skipped",
      d + "08_binary.jsonl: binary file, skipped",
      d + "09_empty.html: empty article, skipped",
  };
  ASSERT_EQ(run.errors.size(), expected.size());
  for (size_t i = 0; i < expected.size(); ++i) {
    if (expected[i].empty()) {
      EXPECT_EQ(run.errors[i].rfind(d + "06_mixed.jsonl:3: invalid JSON at byte ", 0), 0u) << run.errors[i];
      continue;
    }
    EXPECT_EQ(run.errors[i], expected[i]);
  }
  EXPECT_EQ(ids(run), (std::vector<std::string>{"05_repairable", "ok1", "ok2", "10_last"}));
  EXPECT_EQ(run.docs[0].text, "Caf\xC3\xA9 shelled \xEF\xBF\xBD at dawn.");
  EXPECT_EQ(run.stats.documents, 4u);
  EXPECT_EQ(run.stats.failures, expected.size());
}

TEST(IngestStream, StdinJsonlAndText) {
  Outcome run = run_stream("\n{\"text\":\"a\"}\r\n{\"id\":\"x\",\"text\":\"b\"}");
  EXPECT_TRUE(run.errors.empty());
  EXPECT_EQ(ids(run), (std::vector<std::string>{"stdin-2", "x"}));
  EXPECT_EQ(run.docs[0].origin, "stdin:2");

  run = run_stream("Title: From a pipe\n\nA text article on stdin.\n");
  ASSERT_EQ(run.docs.size(), 1u);
  EXPECT_EQ(run.docs[0].id, "stdin");
  EXPECT_EQ(run.docs[0].title, "From a pipe");
  EXPECT_EQ(run.docs[0].text, "A text article on stdin.\n");

  run = run_stream("");
  ASSERT_EQ(run.errors.size(), 1u);
  EXPECT_EQ(run.errors[0], "stdin: empty article, skipped");
}

// Serves its input one line per read, like a pipe fed by a slow producer,
// and counts how many lines the reader has pulled.
class LinePerReadBuf : public std::streambuf {
 public:
  explicit LinePerReadBuf(std::vector<std::string> lines) : lines_(std::move(lines)) {}
  [[nodiscard]] size_t served() const { return served_; }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (served_ == lines_.size()) return traits_type::eof();
    std::string& line = lines_[served_++];
    setg(line.data(), line.data(), line.data() + line.size());
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::vector<std::string> lines_;
  size_t served_ = 0;
};

TEST(IngestStream, EachDocumentIsDeliveredBeforeTheNextLineIsRead) {
  std::vector<std::string> lines;
  for (int i = 0; i < 4; ++i) lines.push_back("{\"id\":\"r" + std::to_string(i) + "\",\"text\":\"t\"}\n");
  LinePerReadBuf buf(lines);
  std::istream in(&buf);
  std::vector<std::string> seen;
  ingest_stream(
      in, "pipe", {},
      [&](Document&& d) { seen.push_back(d.id + "@" + std::to_string(buf.served())); },
      [&](const Error& e) { seen.push_back("error " + e.message); });
  EXPECT_EQ(seen, (std::vector<std::string>{"r0@1", "r1@2", "r2@3", "r3@4"}));
}

TEST(IngestStream, FiftyMegabyteLines) {
  const size_t size = size_t{50} << 20;
  std::string text(size, 'a');
  for (size_t i = 80; i < size; i += 81) text[i] = ' ';
  // One JSONL record of 50 MB, between two small ones.
  std::string jsonl = "{\"id\":\"small1\",\"text\":\"x\"}\n{\"id\":\"big\",\"text\":\"" + text +
                      "\"}\n{\"id\":\"small2\",\"text\":\"y\"}\n";
  Outcome run = run_stream(jsonl, "big.jsonl");
  EXPECT_TRUE(run.errors.empty());
  ASSERT_EQ(ids(run), (std::vector<std::string>{"small1", "big", "small2"}));
  EXPECT_EQ(run.docs[1].text.size(), size);
  run.docs.clear();
  jsonl.clear();
  jsonl.shrink_to_fit();

  // A 50 MB single-line text article.
  run = run_stream(text, "big.txt");
  ASSERT_EQ(run.docs.size(), 1u);
  EXPECT_EQ(run.docs[0].text.size(), size);
}

TEST(IngestStream, OverlongRecordIsSkippedWithAClearError) {
  IngestOptions options;
  options.max_record_bytes = 1000;
  const std::string input = "{\"text\":\"" + std::string(5000, 'a') + "\"}\n{\"id\":\"next\",\"text\":\"ok\"}\n";
  Outcome run = run_stream(input, "f.jsonl", options);
  ASSERT_EQ(run.errors.size(), 1u);
  EXPECT_EQ(run.errors[0], "f.jsonl:1: record longer than 1000 bytes, skipped");
  EXPECT_EQ(ids(run), std::vector<std::string>{"next"});

  run = run_stream(std::string(5000, 'a'), "t.txt", options);
  ASSERT_EQ(run.errors.size(), 1u);
  EXPECT_EQ(run.errors[0], "t.txt: larger than 1000 bytes, skipped");
}

}  // namespace
}  // namespace sitrep::ingest

namespace sitrep::ingest {
namespace {

TEST(IngestPaths, CommittedInputsFolder) {
  const std::string root = SITREP_INGEST_INPUTS;
  const Outcome run = run_paths({root});
  expect_one_line(run);
  const std::string bad = root + "/bad/";
  const std::vector<std::string> expected = {
      bad + "binary.txt: binary file, skipped",
      bad + "blank.txt: empty article, skipped",
      bad + "empty.html: empty article, skipped",
      bad + "empty.txt: empty article, skipped",
      bad + "header_only.txt: empty article, skipped",
      bad + "mixed.jsonl:2: truncated JSON record",
      bad + "mixed.jsonl:3: invalid JSON at byte 1 (invalid literal near 'th')",
      bad + "mixed.jsonl:4: record is not a JSON object",
      bad + "mixed.jsonl:5: \"text\" is not a string",
      bad + "mixed.jsonl:6: empty article, skipped",
      bad + "mixed.jsonl:7: no text field",
  };
  EXPECT_EQ(run.errors, expected);
  EXPECT_EQ(ids(run), (std::vector<std::string>{"mixed-ok-1", "mixed-ok-2", "repaired", "headers", "plain"}));
  ASSERT_EQ(run.docs.size(), 5u);
  EXPECT_EQ(run.docs[1].outlet, "Example Radio");
  EXPECT_EQ(run.docs[1].published->iso(), "2020-03-04");
  EXPECT_EQ(run.docs[3].title, "Roadside bomb hits patrol near the border");
  EXPECT_EQ(run.docs[3].published->iso(), "2021-04-12");
}

}  // namespace
}  // namespace sitrep::ingest
