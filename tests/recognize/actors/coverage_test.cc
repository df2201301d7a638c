// How many of the gold actor spellings in ../shared/eval/dev the matcher
// finds in the article text: a gold alias counts as found when a mention
// overlaps one of its occurrences. Also reports how often a mention there
// carries a name the scorer accepts for the gold actor.
#include <gtest/gtest.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "recognize/actors/match_text.h"
#include "recognize/actors/repo_kb.h"

namespace sitrep::actors {
namespace {

// The scorer's name comparison, roughly: folded keys without spaces, equal
// or one inside the other.
bool names_agree(const std::string& predicted, const std::vector<std::string>& gold) {
  auto squash = [](const std::string& s) {
    std::string out;
    for (char c : fold_key(s)) {
      if (c != ' ') out += c;
    }
    return out;
  };
  const std::string p = squash(predicted);
  if (p.empty()) return false;
  for (const auto& g : gold) {
    const std::string q = squash(g);
    if (q.empty()) continue;
    if (p == q) return true;
    if (p.size() >= 3 && q.size() >= 3 && (p.find(q) != std::string::npos || q.find(p) != std::string::npos)) {
      return true;
    }
  }
  return false;
}

TEST(Coverage, GoldActorsOfDevArticlesAreFound) {
  SITREP_REQUIRE_SHARED(shared);
  const ActorMatcher* matcher = repo_matcher();
  ASSERT_NE(matcher, nullptr);
  const ActorKnowledgeBase& kb = matcher->knowledge_base();
  const std::string dev = shared + "/eval/dev";

  std::map<std::string, nlohmann::json> articles;
  {
    std::ifstream in(dev + "/articles.jsonl");
    ASSERT_TRUE(in) << "cannot read " << dev << "/articles.jsonl";
    std::string line;
    while (std::getline(in, line)) {
      if (line.empty()) continue;
      auto j = nlohmann::json::parse(line);
      if (!j.contains("id") || !j["id"].is_string()) continue;
      const std::string id = j["id"].get<std::string>();
      articles.emplace(id, std::move(j));
    }
  }

  size_t aliases = 0, aliases_found = 0, slots = 0, slots_named = 0;
  std::vector<std::string> missed;
  for (const auto& entry : std::filesystem::directory_iterator(dev)) {
    const std::string file = entry.path().filename().string();
    if (file.size() < 10 || file.substr(file.size() - 10) != ".gold.json") continue;
    const auto gold = nlohmann::json::parse(testing::read_file(entry.path().string()));
    const auto it = articles.find(gold["id"].get<std::string>());
    ASSERT_NE(it, articles.end()) << file;
    const std::string text = it->second["text"].get<std::string>();

    // The article's context as the pipeline would know it: its countries (from
    // the gold places here) and its publication date.
    MatchContext ctx;
    for (const auto& e : gold["events"]) {
      if (!e.contains("country") || !e["country"].is_string()) continue;
      const Country* c = kb.country_by_name(e["country"].get<std::string>());
      if (c != nullptr && std::find(ctx.countries.begin(), ctx.countries.end(), c->iso2) == ctx.countries.end()) {
        ctx.countries.push_back(c->iso2);
      }
    }
    if (it->second["published"].is_string()) ctx.date = CivilDate::parse_iso(it->second["published"].get<std::string>());
    const auto mentions = matcher->find(text, ctx);

    std::set<std::string> counted;
    for (const auto& e : gold["events"]) {
      for (const char* slot : {"actor1", "actor2"}) {
        if (!e[slot].is_string()) continue;
        std::vector<std::string> names{e[slot].get<std::string>()};
        const std::string alias_key = std::string(slot) + "_aliases";
        std::vector<std::string> spellings;
        if (e.contains(alias_key)) {
          for (const auto& a : e[alias_key]) spellings.push_back(a.get<std::string>());
        }
        names.insert(names.end(), spellings.begin(), spellings.end());
        bool named = false;
        for (const auto& alias : spellings) {
          std::vector<const ActorMention*> hits;
          for (size_t pos = text.find(alias); pos != std::string::npos; pos = text.find(alias, pos + 1)) {
            const Span occurrence{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + alias.size())};
            for (const auto& m : mentions) {
              if (m.span.overlaps(occurrence)) hits.push_back(&m);
            }
          }
          for (const auto* m : hits)
            named = named || names_agree(std::string(m->output_name()), names);
          if (!counted.insert(alias).second) continue;
          ++aliases;
          if (!hits.empty()) {
            ++aliases_found;
          } else {
            missed.push_back(gold["id"].get<std::string>() + ": " + alias);
          }
        }
        ++slots;
        slots_named += named ? 1 : 0;
      }
    }
  }
  ASSERT_GT(aliases, 100u);
  const double alias_rate = static_cast<double>(aliases_found) / static_cast<double>(aliases);
  const double named_rate = static_cast<double>(slots_named) / static_cast<double>(slots);
  std::cout << "[ actors ] gold actor spellings found: " << aliases_found << "/" << aliases << " = "
            << alias_rate * 100 << "%\n"
            << "[ actors ] gold actor slots with a mention the scorer accepts: " << slots_named << "/" << slots
            << " = " << named_rate * 100 << "%\n[ actors ] missed:";
  for (const auto& m : missed) std::cout << " {" << m << "}";
  std::cout << "\n";
  EXPECT_GE(alias_rate, 0.85);
}

}  // namespace
}  // namespace sitrep::actors
