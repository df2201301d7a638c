// Reading data/actors/*.tsv into an ActorKnowledgeBase, with one-line errors
// that name the file and line of the bad row.
#include <algorithm>
#include <filesystem>
#include <set>

#include "core/tsv.h"
#include "recognize/actors/knowledge_base.h"
#include "recognize/actors/match_text.h"

namespace sitrep::actors {
namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return std::string(s);
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    const size_t pos = s.find(sep, start);
    std::string part = trim(s.substr(start, pos == std::string_view::npos ? pos : pos - start));
    if (!part.empty()) out.push_back(std::move(part));
    if (pos == std::string_view::npos) break;
    start = pos + 1;
  }
  return out;
}

Error row_error(const TsvRow& row, const std::string& what) { return Error{row.where() + ": " + what}; }

bool valid_id(std::string_view id) {
  if (id.empty()) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
  });
}

bool valid_iso2(std::string_view c) {
  return c.size() == 2 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z';
}

bool valid_role(std::string_view role) {
  return std::any_of(std::begin(kRoles), std::end(kRoles), [&](const char* r) { return role == r; });
}

std::optional<int> parse_inter(std::string_view s) {
  if (s.size() != 1 || s[0] < '0' || s[0] > '8') return std::nullopt;
  return s[0] - '0';
}

std::string basename(const std::string& path) { return std::filesystem::path(path).filename().string(); }

}  // namespace

// Friend of ActorKnowledgeBase: fills its private tables.
class KnowledgeBaseLoader {
 public:
  Result<ActorKnowledgeBase> load(const std::vector<std::string>& paths) {
    std::vector<std::string> actor_files, country_files, class_files;
    for (const auto& path : paths) {
      auto files = tsv_files(path);
      if (!files) return files.error();
      for (auto& f : *files) {
        const std::string base = basename(f);
        if (base == "countries.tsv") {
          country_files.push_back(f);
        } else if (base == "classes.tsv") {
          class_files.push_back(f);
        } else {
          actor_files.push_back(f);
        }
      }
    }
    // Tables first: actor rows are checked against them.
    for (const auto& f : country_files) {
      if (Status s = read_tsv(f, {"iso2", "name"}, [&](const TsvRow& r) { return add_country(r); }); !s) {
        return s.error();
      }
    }
    for (const auto& f : class_files) {
      if (Status s = read_tsv(f, {"class", "inter", "role", "neutral"},
                              [&](const TsvRow& r) { return add_class(r); });
          !s) {
        return s.error();
      }
    }
    for (const auto& f : actor_files) {
      if (Status s = read_tsv(f, {"id", "name", "role"}, [&](const TsvRow& r) { return add_actor(r); });
          !s) {
        return s.error();
      }
    }
    if (Status s = link(); !s) return s.error();
    return std::move(kb_);
  }

 private:
  Status add_country(const TsvRow& row) {
    auto c = std::make_unique<Country>();
    c->iso2 = trim(row.get("iso2"));
    c->name = trim(row.get("name"));
    if (!valid_iso2(c->iso2)) return row_error(row, "bad iso2 '" + c->iso2 + "' (two capital letters)");
    if (c->name.empty()) return row_error(row, "empty country name");
    if (kb_.countries_.count(c->iso2)) return row_error(row, "country " + c->iso2 + " defined twice");
    const std::string the = trim(row.get("the"));
    if (!the.empty() && the != "the") return row_error(row, "column 'the' must be empty or 'the'");
    c->the = the == "the";
    c->names = split(row.get("names"), '|');
    c->demonyms = split(row.get("demonyms"), '|');
    c->metonyms = split(row.get("metonyms"), '|');
    const Country* ptr = c.get();
    kb_.countries_[c->iso2] = ptr;
    kb_.country_names_.emplace(fold_key(c->name), ptr);
    for (const auto& n : c->names) kb_.country_names_.emplace(fold_key(n), ptr);
    kb_.country_order_.push_back(ptr);
    kb_.country_storage_.push_back(std::move(c));
    return {};
  }

  Status add_class(const TsvRow& row) {
    ActorClass c;
    c.name = trim(row.get("class"));
    if (!valid_id(c.name)) return row_error(row, "bad class name '" + c.name + "'");
    if (kb_.classes_.count(c.name)) return row_error(row, "class '" + c.name + "' defined twice");
    auto inter = parse_inter(trim(row.get("inter")));
    if (!inter) return row_error(row, "bad inter '" + trim(row.get("inter")) + "' (0-8)");
    c.inter = *inter;
    c.role = trim(row.get("role"));
    if (!valid_role(c.role) || c.role == "generic") return row_error(row, "bad role '" + c.role + "'");
    c.neutral = trim(row.get("neutral"));
    if (c.neutral.empty()) return row_error(row, "empty neutral name");
    c.name_template = trim(row.get("template"));
    kb_.classes_.emplace(c.name, std::move(c));
    return {};
  }

  Status add_actor(const TsvRow& row) {
    auto a = std::make_unique<Actor>();
    a->origin = row.where();
    a->id = trim(row.get("id"));
    if (!valid_id(a->id)) return row_error(row, "bad id '" + a->id + "' (lowercase letters, digits, '-')");
    if (auto it = kb_.actors_.find(a->id); it != kb_.actors_.end()) {
      return row_error(row, "id '" + a->id + "' already defined at " + it->second->origin);
    }
    a->name = trim(row.get("name"));
    if (fold_key(a->name).empty()) return row_error(row, "empty name");
    a->role = trim(row.get("role"));
    if (!valid_role(a->role)) return row_error(row, "unknown role '" + a->role + "'");
    a->cls = trim(row.get("class"));
    const ActorClass* cls = nullptr;
    if (!a->cls.empty()) {
      auto it = kb_.classes_.find(a->cls);
      if (it == kb_.classes_.end()) return row_error(row, "unknown class '" + a->cls + "'");
      cls = &it->second;
    }
    if (a->generic() && cls == nullptr) return row_error(row, "a generic row needs a class");
    const std::string inter = trim(row.get("inter"));
    if (inter.empty() && cls != nullptr) {
      a->inter = cls->inter;
    } else if (auto v = parse_inter(inter)) {
      a->inter = *v;
    } else {
      return row_error(row, "bad inter '" + inter + "' (0-8)");
    }
    a->country = trim(row.get("country"));
    if (!a->country.empty()) {
      if (!valid_iso2(a->country)) return row_error(row, "bad country '" + a->country + "' (ISO2)");
      if (!kb_.countries_.empty() && !kb_.countries_.count(a->country)) {
        return row_error(row, "unknown country '" + a->country + "'");
      }
    }
    a->parent = trim(row.get("parent"));
    for (const auto& d : split(row.get("designation"), ';')) {
      const size_t colon = d.find(':');
      auto date = colon == std::string::npos ? std::nullopt : CivilDate::parse_iso(d.substr(colon + 1));
      if (!date) return row_error(row, "bad designation '" + d + "' (ORG:YYYY-MM-DD)");
      a->designations.push_back({trim(d.substr(0, colon)), *date});
    }
    if (const std::string r = trim(row.get("renamed_to")); !r.empty()) {
      const size_t colon = r.find(':');
      auto date = colon == std::string::npos ? std::nullopt : CivilDate::parse_iso(r.substr(0, colon));
      if (!date || colon + 1 >= r.size()) return row_error(row, "bad renamed_to '" + r + "' (YYYY-MM-DD:id)");
      a->renamed_to = Rename{*date, trim(r.substr(colon + 1)), nullptr};
    }
    for (const auto& f : split(row.get("flags"), ',')) {
      if (f == "suffix") {
        a->flags.suffix = true;
      } else if (f == "suffix_only") {
        a->flags.suffix = a->flags.suffix_only = true;
      } else if (f == "cue_only") {
        a->flags.cue_only = true;
      } else if (f == "no_context") {
        a->flags.no_context = true;
      } else {
        return row_error(row, "unknown flag '" + f + "'");
      }
    }
    // The name is a spelling too, unless the row lists it as local ("~Al-Radaa":
    // a Yemeni town has the same spelling).
    const std::vector<std::string> spellings = split(row.get("aliases"), '|');
    if (std::find(spellings.begin(), spellings.end(), "~" + a->name) == spellings.end()) {
      a->aliases.push_back(a->name);
    }
    for (auto alias : spellings) {
      const bool local = alias[0] == '~';
      if (local) alias = trim(std::string_view(alias).substr(1));
      if (fold_key(alias).empty()) return row_error(row, "alias '" + alias + "' has no letters");
      if (local && a->country.empty()) return row_error(row, "local alias '~" + alias + "' needs a country");
      auto& list = local ? a->local_aliases : a->aliases;
      if (std::find(list.begin(), list.end(), alias) == list.end()) list.push_back(std::move(alias));
    }
    const Actor* ptr = a.get();
    kb_.actors_[a->id] = ptr;
    kb_.order_.push_back(ptr);
    kb_.storage_.push_back(std::move(a));
    return {};
  }

  // Resolves parent and renamed_to ids and indexes each country's rows per class.
  Status link() {
    std::unordered_map<std::string_view, Actor*> mutable_rows;
    for (auto& a : kb_.storage_) mutable_rows[a->id] = a.get();
    for (auto& a : kb_.storage_) {
      if (!a->parent.empty() && !kb_.actors_.count(a->parent)) {
        return Error{a->origin + ": parent '" + a->parent + "' is not a known id"};
      }
      if (a->renamed_to) {
        auto it = mutable_rows.find(a->renamed_to->to_id);
        if (it == mutable_rows.end()) {
          return Error{a->origin + ": renamed_to '" + a->renamed_to->to_id + "' is not a known id"};
        }
        a->renamed_to->to = it->second;
        if (it->second->renamed_from == nullptr) it->second->renamed_from = a.get();
      }
    }
    for (const auto& a : kb_.storage_) {  // rename chains must end
      std::set<const Actor*> seen;
      for (const Actor* x = a.get(); x != nullptr; x = x->renamed_to ? x->renamed_to->to : nullptr) {
        if (!seen.insert(x).second) return Error{a->origin + ": renamed_to links form a cycle"};
      }
    }
    for (const Actor* a : kb_.order_) {
      if (a->cls.empty() || a->generic() || a->country.empty()) continue;
      const Actor* prev = a->renamed_from;
      if (prev != nullptr && prev->cls == a->cls && prev->country == a->country) continue;
      auto cls = kb_.classes_.find(a->cls);
      if (cls == kb_.classes_.end()) continue;  // resolve_class would not find the class either
      kb_.in_country_.emplace(a->cls + "\t" + a->country,
                              ActorKnowledgeBase::ClassInCountry{&cls->second, a, {}});
    }
    kb_.fill_class_templates();
    kb_.index_in_country();
    return {};
  }

  ActorKnowledgeBase kb_;
};

Result<ActorKnowledgeBase> ActorKnowledgeBase::load(const std::vector<std::string>& paths) {
  return KnowledgeBaseLoader().load(paths);
}

}  // namespace sitrep::actors
