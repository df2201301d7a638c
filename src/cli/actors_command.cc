// `sitrep actors`: look actors up in the knowledge base, count it, or try the
// matcher on a piece of text. The work is done by sitrep::actors.
#include <fmt/format.h>

#include <iostream>
#include <iterator>
#include <map>
#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "recognize/actors/actor_matcher.h"
#include "recognize/actors/knowledge_base.h"

namespace sitrep::cli {
namespace {

struct ActorsOptions {
  std::string query;
  bool json = false;
  bool stats = false;
  std::string match_text;  // --match: find actors in this text ("-" = stdin)
  std::vector<std::string> countries;
  std::string date;
  size_t limit = 20;
};

const char* inter_label(int inter) {
  static const char* const kLabels[] = {"not a party",       "state forces",    "rebel group",
                                        "political militia", "identity militia", "rioters",
                                        "protesters",        "civilians",       "external/other forces"};
  return inter >= 0 && inter <= 8 ? kLabels[inter] : "?";
}

std::string join(const std::vector<std::string>& items, std::string_view sep) {
  std::string out;
  for (const auto& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

nlohmann::json actor_json(const actors::Actor& a) {
  nlohmann::json j{{"id", a.id},       {"name", a.name},       {"inter", a.inter},
                   {"role", a.role},   {"country", a.country}, {"parent", a.parent},
                   {"class", a.cls},   {"aliases", a.aliases}, {"local_aliases", a.local_aliases},
                   {"origin", a.origin}};
  nlohmann::json des = nlohmann::json::array();
  for (const auto& d : a.designations) des.push_back({{"by", d.by}, {"since", d.since.iso()}});
  j["designations"] = des;
  if (a.renamed_to) {
    j["renamed_to"] = {{"from", a.renamed_to->from.iso()},
                       {"id", a.renamed_to->to_id},
                       {"name", a.renamed_to->to ? a.renamed_to->to->name : ""}};
  }
  return j;
}

void print_actor(const actors::ActorKnowledgeBase& kb, const actors::Actor& a) {
  std::cout << fmt::format("{}  [{}]\n", a.name, a.id);
  std::string where = a.country.empty() ? "transnational" : a.country;
  if (const auto* c = kb.country(a.country)) where += " (" + c->name + ")";
  std::cout << fmt::format("  inter {} ({}), role {}, country {}\n", a.inter, inter_label(a.inter), a.role, where);
  if (!a.parent.empty()) {
    const auto* p = kb.find(a.parent);
    std::cout << fmt::format("  part of: {}\n", p ? p->name : a.parent);
  }
  if (!a.cls.empty()) std::cout << fmt::format("  class: {}\n", a.cls);
  if (a.renamed_from) std::cout << fmt::format("  formerly: {}\n", a.renamed_from->name);
  if (a.renamed_to) {
    std::cout << fmt::format("  from {}: {}\n", a.renamed_to->from.iso(),
                             a.renamed_to->to ? a.renamed_to->to->name : a.renamed_to->to_id);
  }
  if (!a.designations.empty()) {
    std::vector<std::string> d;
    for (const auto& x : a.designations) d.push_back(x.by + " " + x.since.iso());
    std::cout << fmt::format("  designated: {}\n", join(d, ", "));
  }
  std::vector<std::string> aliases;
  for (const auto& alias : a.aliases) {
    if (alias != a.name) aliases.push_back(alias);
  }
  if (!aliases.empty()) std::cout << fmt::format("  aliases: {}\n", join(aliases, ", "));
  if (!a.local_aliases.empty()) {
    std::cout << fmt::format("  in articles about {} only: {}\n", a.country, join(a.local_aliases, ", "));
  }
  std::cout << fmt::format("  defined at {}\n", a.origin);
}

int print_stats(const actors::ActorKnowledgeBase& kb, bool json) {
  std::map<std::string, int> by_role, by_country;
  size_t aliases = 0;
  for (const auto* a : kb.actors()) {
    ++by_role[a->role];
    ++by_country[a->country.empty() ? "(transnational)" : a->country];
    aliases += a->aliases.size() + a->local_aliases.size();
  }
  if (json) {
    nlohmann::json j{{"actors", kb.size()},         {"aliases", aliases},       {"countries", kb.countries().size()},
                     {"by_role", by_role},          {"by_country", by_country}};
    std::cout << j.dump(2) << "\n";
    return 0;
  }
  std::cout << fmt::format("{} actors, {} spellings, {} countries with names and demonyms\n\nby role:\n", kb.size(),
                           aliases, kb.countries().size());
  for (const auto& [role, n] : by_role) std::cout << fmt::format("  {:<14} {:>5}\n", role, n);
  std::cout << "\nby country:\n";
  for (const auto& [country, n] : by_country) {
    const auto* c = kb.country(country);
    std::cout << fmt::format("  {:<16} {:>5}  {}\n", country, n, c ? c->name : "");
  }
  return 0;
}

int run_match(const actors::ActorKnowledgeBase& kb, const ActorsOptions& opt) {
  std::string text = opt.match_text;
  if (text == "-") text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  actors::MatchContext ctx;
  ctx.countries = opt.countries;
  if (!opt.date.empty()) {
    ctx.date = CivilDate::parse_iso(opt.date);
    if (!ctx.date) {
      std::cerr << "sitrep actors: --date wants YYYY-MM-DD, got '" << opt.date << "'\n";
      return 2;
    }
  }
  const actors::ActorMatcher matcher(kb);
  static const char* const kKinds[] = {"named", "generic", "country", "pattern"};
  nlohmann::json out = nlohmann::json::array();
  for (const auto& m : matcher.find(text, ctx)) {
    const std::string surface(m.span.of(text));
    const char* kind = kKinds[static_cast<int>(m.kind)];
    if (opt.json) {
      out.push_back({{"start", m.span.start},
                     {"end", m.span.end},
                     {"text", surface},
                     {"name", std::string(m.output_name())},
                     {"inter", m.inter},
                     {"role", std::string(m.role)},
                     {"country", std::string(m.country)},
                     {"kind", kind},
                     {"id", m.actor ? m.actor->id : ""}});
    } else {
      std::cout << fmt::format("{:>6}-{:<6} {:<32} -> {}  (inter {}, {}, {})\n", m.span.start,
                               m.span.end, surface, m.output_name(), m.inter, m.role, kind);
    }
  }
  if (opt.json) std::cout << out.dump(2) << "\n";
  return 0;
}

}  // namespace

void add_actors_command(CLI::App& app, const GlobalOptions& global, int& exit_code) {
  auto opt = std::make_shared<ActorsOptions>();
  auto* cmd = app.add_subcommand("actors", "Look up actors in the knowledge base (data/actors/*.tsv)");
  cmd->footer(
      "Examples:\n"
      "  sitrep actors nusra              Al-Nusra Front: inter, role, country, renames, aliases\n"
      "  sitrep actors HTS --json         the same as JSON\n"
      "  sitrep actors --stats            how many actors per role and country\n"
      "  sitrep actors --match \"Syrian troops shelled Jabhat al-Nusra\" --country SY --date 2016-05-01\n"
      "                                   which actors the matcher finds in a text\n"
      "  sitrep --actors mine.tsv actors \"Blue Valley Brigade\"   with your own actor file");
  cmd->add_option("query", opt->query, "name, alias or id (case, accents, hyphens and al- ignored)");
  cmd->add_flag("--json", opt->json, "machine-readable output");
  cmd->add_flag("--stats", opt->stats, "counts by role and country");
  cmd->add_option("--match", opt->match_text, "find actors in this text ('-' reads stdin)");
  cmd->add_option("--country", opt->countries, "with --match: article country, ISO2 (repeatable, most likely first)")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--date", opt->date, "with --match: article date YYYY-MM-DD (picks names valid then)");
  cmd->add_option("--limit", opt->limit, "show at most this many actors (0 = all)")->capture_default_str();
  cmd->callback([opt, &global, &exit_code] {
    std::vector<std::string> paths{global.data_dir + "/actors"};
    paths.insert(paths.end(), global.extra_actors.begin(), global.extra_actors.end());
    auto kb = actors::ActorKnowledgeBase::load(paths);
    if (!kb) {
      std::cerr << "sitrep actors: " << kb.error().message << "\n";
      exit_code = 2;
      return;
    }
    if (opt->stats) {
      exit_code = print_stats(*kb, opt->json);
      return;
    }
    if (!opt->match_text.empty()) {
      exit_code = run_match(*kb, *opt);
      return;
    }
    if (opt->query.empty()) {
      std::cerr << "sitrep actors: give a QUERY, --stats or --match TEXT (see --help)\n";
      exit_code = 2;
      return;
    }
    auto hits = kb->search(opt->query);
    const size_t total = hits.size();
    if (opt->limit > 0 && hits.size() > opt->limit) hits.resize(opt->limit);
    if (opt->json) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto* a : hits) out.push_back(actor_json(*a));
      std::cout << out.dump(2) << "\n";
    } else {
      for (const auto* a : hits) print_actor(*kb, *a);
      if (total > hits.size()) std::cout << fmt::format("... {} more (--limit 0 shows all)\n", total - hits.size());
    }
    if (total == 0) {
      if (!opt->json) std::cerr << "no actor matches '" << opt->query << "'\n";
      exit_code = 1;
    }
  });
}

}  // namespace sitrep::cli
