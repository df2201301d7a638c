// The text stage on real articles from ../shared, read at test time (never
// copied into the repo). Skips when ../shared is absent.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "testing/shared.h"
#include "text/dates.h"
#include "text/numbers.h"
#include "text/sentences.h"

namespace sitrep {
namespace {

std::string seed(const std::string& shared, const std::string& prefix) {
  for (const auto& e : std::filesystem::directory_iterator(shared + "/seeds")) {
    if (e.path().filename().string().rfind(prefix, 0) == 0) return testing::read_file(e.path().string());
  }
  ADD_FAILURE() << "no seed " << prefix;
  return "";
}

Span whole(const std::string& text) { return {0, static_cast<uint32_t>(text.size())}; }

const Quantity* quantity_spanning(const std::vector<Quantity>& qs, const std::string& text,
                                  std::string_view words) {
  for (const Quantity& q : qs) {
    if (q.span.of(text) == words) return &q;
  }
  return nullptr;
}

const DateMention* date_spanning(const std::vector<DateMention>& ds, const std::string& text,
                                 std::string_view words) {
  for (const DateMention& d : ds) {
    if (d.span.of(text) == words) return &d;
  }
  return nullptr;
}

TEST(SeedSentencesTest, NeverBreakInsideAbbreviationsAndCountIsPlausible) {
  SITREP_REQUIRE_SHARED(shared);
  for (const auto& e : std::filesystem::directory_iterator(shared + "/seeds")) {
    const std::string text = testing::read_file(e.path().string());
    const std::vector<Span> spans = split_sentences(text);
    SCOPED_TRACE(e.path().filename().string());
    size_t lines = 0, terminals = 0;
    bool blank = true;
    for (char c : text) {
      if (c == '\n') {
        lines += blank ? 0 : 1;
        blank = true;
      } else if (c != ' ' && c != '\r' && c != '\t') {
        blank = false;
      }
      terminals += c == '.' || c == '!' || c == '?';
    }
    lines += blank ? 0 : 1;
    EXPECT_GE(spans.size(), lines);
    EXPECT_LE(spans.size(), lines + terminals);
    for (std::string_view abbr : {"U.S.", "U.N.", "Lt.-Gen."}) {
      for (size_t p = text.find(abbr); p != std::string::npos; p = text.find(abbr, p + 1)) {
        for (Span s : spans) {
          // A boundary strictly inside the abbreviation, or right after it
          // when a name follows, would be a split inside it.
          EXPECT_FALSE(s.start > p && s.start < p + abbr.size()) << abbr << " at " << p;
          EXPECT_FALSE(s.end > p && s.end < p + abbr.size()) << abbr << " at " << p;
        }
      }
    }
    const size_t lt = text.find("Lt.-Gen. ");
    if (lt != std::string::npos) {
      for (Span s : spans) {
        if (s.start <= lt && lt < s.end) {
          EXPECT_GT(s.end, lt + 12) << "sentence ends at the title";
        }
      }
    }
  }
}

TEST(SeedNumbersTest, QualifiedAndVagueCounts) {
  SITREP_REQUIRE_SHARED(shared);
  {
    const std::string text = seed(shared, "002_");
    const auto qs = find_quantities(text, whole(text));
    const Quantity* q = quantity_spanning(qs, text, "at least six");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->value, 6);
    EXPECT_EQ(q->bound, Bound::kAtLeast);
    q = quantity_spanning(qs, text, "over 70");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->value, 70);
    EXPECT_EQ(q->bound, Bound::kMoreThan);
    q = quantity_spanning(qs, text, "two-year-old");
    ASSERT_NE(q, nullptr);
    EXPECT_TRUE(q->is_age);
    q = quantity_spanning(qs, text, "Dozens");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->value, 12);
    EXPECT_TRUE(q->vague);
    EXPECT_EQ(quantity_spanning(qs, text, "2016"), nullptr);
    EXPECT_EQ(quantity_spanning(qs, text, "28"), nullptr);
  }
  {
    const std::string text = seed(shared, "000_");
    const auto qs = find_quantities(text, whole(text));
    const Quantity* q = quantity_spanning(qs, text, "Over two thousand");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->value, 2000);
    EXPECT_EQ(q->bound, Bound::kMoreThan);
    q = quantity_spanning(qs, text, "more than 40");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->value, 40);
    EXPECT_EQ(quantity_spanning(qs, text, "2015"), nullptr);
  }
  {
    const std::string text = seed(shared, "004_");
    const auto qs = find_quantities(text, whole(text));
    const Quantity* q = quantity_spanning(qs, text, "scores");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->value, 20);
    EXPECT_TRUE(q->vague);
    q = quantity_spanning(qs, text, "hundreds");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->value, 100);
    q = quantity_spanning(qs, text, "More than 16,000");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->value, 16000);
    for (const Quantity& x : qs) {
      EXPECT_NE(x.span.of(text), "13:22");
      EXPECT_NE(x.span.of(text), "31");
    }
  }
}

TEST(SeedDatesTest, DatelinesAndRelativeDates) {
  SITREP_REQUIRE_SHARED(shared);
  {
    const std::string text = seed(shared, "002_");
    const auto published = find_dateline(text);
    ASSERT_TRUE(published);
    EXPECT_EQ(published->iso(), "2016-10-28");
    const auto ds = find_dates(text, whole(text), published);
    const DateMention* d = date_spanning(ds, text, "Oct 28, 2016");
    ASSERT_NE(d, nullptr);
    EXPECT_FALSE(d->relative);
    d = date_spanning(ds, text, "since Friday morning");
    ASSERT_NE(d, nullptr);
    ASSERT_TRUE(d->date);
    EXPECT_EQ(d->date->iso(), "2016-10-28");  // 28 October 2016 was a Friday
    EXPECT_TRUE(d->multi_day);
    d = date_spanning(ds, text, "last week");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->precision, TimePrecision::kWeek);
  }
  {
    const std::string text = seed(shared, "004_");
    const auto published = find_dateline(text);
    ASSERT_TRUE(published);
    EXPECT_EQ(published->iso(), "2016-10-31");
    const auto ds = find_dates(text, whole(text), published);
    ASSERT_NE(date_spanning(ds, text, "31 Oct, 2016 13:22"), nullptr);
    const DateMention* d = date_spanning(ds, text, "Sunday");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->date->iso(), "2016-10-30");
    d = date_spanning(ds, text, "over the last 48 hours");
    ASSERT_NE(d, nullptr);
    EXPECT_TRUE(d->multi_day);
  }
  {
    const std::string text = seed(shared, "000_");
    EXPECT_FALSE(find_dateline(text));
    const auto ds = find_dates(text, whole(text), std::nullopt);
    const DateMention* feb = date_spanning(ds, text, "February");
    ASSERT_NE(feb, nullptr);
    ASSERT_TRUE(feb->date);
    EXPECT_EQ(feb->date->iso(), "2015-02-01");
    EXPECT_EQ(feb->precision, TimePrecision::kMonth);
    const DateMention* friday = date_spanning(ds, text, "Friday");
    ASSERT_NE(friday, nullptr);
    EXPECT_FALSE(friday->date);  // no anchor, no date
  }
  {
    const std::string text = seed(shared, "001_");
    const auto ds = find_dates(text, whole(text), CivilDate{2016, 5, 23});
    const DateMention* d = date_spanning(ds, text, "February 27");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->date->iso(), "2016-02-27");
    d = date_spanning(ds, text, "May 22, 2016");
    ASSERT_NE(d, nullptr);
  }
}

std::vector<nlohmann::json> dev_articles(const std::string& shared) {
  std::vector<nlohmann::json> out;
  std::ifstream in(shared + "/eval/dev/articles.jsonl");
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty()) out.push_back(nlohmann::json::parse(line));
  }
  return out;
}

TEST(DevArticlesTest, DatelinesNeverContradictPublished) {
  SITREP_REQUIRE_SHARED(shared);
  size_t found = 0, with_published = 0;
  for (const auto& a : dev_articles(shared)) {
    const std::string text = a.value("text", "");
    const auto d = find_dateline(text);
    if (!a["published"].is_string()) continue;
    ++with_published;
    if (!d) continue;
    ++found;
    EXPECT_EQ(d->iso(), a["published"].get<std::string>()) << a["id"];
  }
  std::printf("datelines found for %zu of %zu dated dev articles\n", found, with_published);
  EXPECT_GE(found * 2, with_published);
}

TEST(DevArticlesTest, GoldEvidenceFallsInsideOneSentence) {
  SITREP_REQUIRE_SHARED(shared);
  size_t total = 0, contained = 0, exact = 0;
  for (const auto& a : dev_articles(shared)) {
    const std::string text = a.value("text", "");
    const std::string gold_path = shared + "/eval/dev/" + a["id"].get<std::string>() + ".gold.json";
    if (!std::filesystem::exists(gold_path)) continue;
    const auto gold = nlohmann::json::parse(testing::read_file(gold_path));
    const std::vector<Span> spans = split_sentences(text);
    for (const auto& ev : gold["events"]) {
      const std::string evidence = ev.value("evidence", "");
      const size_t p = text.find(evidence);
      if (evidence.empty() || p == std::string::npos) continue;
      ++total;
      const Span e{static_cast<uint32_t>(p), static_cast<uint32_t>(p + evidence.size())};
      const bool in_one = std::any_of(spans.begin(), spans.end(), [&](Span s) { return s.contains(e); });
      const bool same = std::any_of(spans.begin(), spans.end(), [&](Span s) { return s == e; });
      contained += in_one;
      exact += same;
      if (!in_one) std::printf("  evidence of %s spans a sentence boundary\n", a["id"].get<std::string>().c_str());
    }
  }
  std::printf("gold evidence inside one sentence: %zu of %zu (exactly one sentence: %zu)\n", contained,
              total, exact);
  // Gold evidence is "usually a sentence"; a few span several on purpose.
  EXPECT_GE(contained * 10, total * 8);
}

}  // namespace
}  // namespace sitrep
