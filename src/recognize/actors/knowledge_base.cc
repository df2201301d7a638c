#include "recognize/actors/knowledge_base.h"

#include <algorithm>

#include "core/country_code.h"
#include "recognize/actors/match_text.h"

namespace sitrep::actors {

const Actor* ActorKnowledgeBase::find(std::string_view id) const {
  auto it = actors_.find(std::string(id));
  return it == actors_.end() ? nullptr : it->second;
}

namespace {
// `q` occurs in `key` starting at a word: "nusra" in "jabhat nusra", not
// "hts" in "human rights".
bool starts_a_word(std::string_view key, std::string_view q) {
  for (size_t pos = key.find(q); pos != std::string_view::npos; pos = key.find(q, pos + 1)) {
    if (pos == 0 || key[pos - 1] == ' ') return true;
  }
  return false;
}
}  // namespace

std::vector<const Actor*> ActorKnowledgeBase::search(std::string_view query) const {
  const std::string q = fold_key(query);
  std::string raw(query);
  std::transform(raw.begin(), raw.end(), raw.begin(),
                 [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
  std::vector<std::pair<int, const Actor*>> hits;
  for (const Actor* a : order_) {
    int rank = -1;
    if (!raw.empty() && a->id == raw) rank = 0;
    std::vector<const std::string*> spellings;
    for (const auto& alias : a->aliases) spellings.push_back(&alias);
    for (const auto& alias : a->local_aliases) spellings.push_back(&alias);
    for (const std::string* s : spellings) {
      const std::string& alias = *s;
      if (rank == 0) break;
      const std::string key = fold_key(alias);
      if (!q.empty() && key == q) {
        rank = 0;
      } else if (!q.empty() && starts_a_word(key, q)) {
        rank = 1;
      }
    }
    if (rank < 0 && !raw.empty() && (a->id.rfind(raw, 0) == 0 || a->id.find("-" + raw) != std::string::npos)) {
      rank = 1;
    }
    if (rank >= 0) hits.emplace_back(rank, a);
  }
  std::stable_sort(hits.begin(), hits.end(), [](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first < y.first;
    return x.second->name < y.second->name;
  });
  std::vector<const Actor*> out;
  out.reserve(hits.size());
  for (const auto& h : hits) out.push_back(h.second);
  return out;
}

const Country* ActorKnowledgeBase::country(std::string_view iso2) const {
  auto it = countries_.find(std::string(iso2));
  return it == countries_.end() ? nullptr : it->second;
}

const Country* ActorKnowledgeBase::country_by_name(std::string_view name) const {
  auto it = country_names_.find(fold_key(name));
  if (it != country_names_.end()) return it->second;
  return country(name);
}

const ActorClass* ActorKnowledgeBase::actor_class(std::string_view name) const {
  auto it = classes_.find(name);
  return it == classes_.end() ? nullptr : &it->second;
}

const Actor& ActorKnowledgeBase::as_of(const Actor& actor, const CivilDate& date) const {
  const Actor* a = &actor;
  while (a->renamed_to && a->renamed_to->to != nullptr && a->renamed_to->from <= date) {
    a = a->renamed_to->to;
  }
  return *a;
}

const Actor& ActorKnowledgeBase::latest(const Actor& actor) const {
  const Actor* a = &actor;
  while (a->renamed_to && a->renamed_to->to != nullptr) a = a->renamed_to->to;
  return *a;
}

namespace {
void replace_all(std::string& s, std::string_view what, std::string_view with) {
  for (size_t pos = s.find(what); pos != std::string::npos; pos = s.find(what, pos + with.size())) {
    s.replace(pos, what.size(), with);
  }
}
}  // namespace

void ActorKnowledgeBase::fill_class_templates() {
  for (const auto& [name, c] : classes_) {
    if (c.name_template.empty()) continue;
    for (const auto& [iso2, country_row] : countries_) {
      // emplace keeps an instance already there: the country's row wins.
      auto [it, added] = in_country_.emplace(name + "\t" + iso2, ClassInCountry{&c, nullptr, {}});
      if (!added) continue;
      std::string& filled = it->second.filled_name;
      filled = c.name_template;
      replace_all(filled, "{of_country}", country_row->of_name());
      replace_all(filled, "{country}", country_row->name);
      replace_all(
          filled, "{demonym}",
          country_row->demonyms.empty() ? country_row->name : country_row->demonyms.front());
    }
  }
}

void ActorKnowledgeBase::index_in_country() {
  for (const auto& entry : classes_) class_ids_.insert(entry.first);
  in_country_by_ids_.assign(class_ids_.size() * kTwoLetterCodes, nullptr);
  for (const InCountryEntry& entry : in_country_) {
    const ClassCountry key = ClassCountryHash::split(entry.first);
    const uint32_t id = class_ids_.find(key.cls);
    const size_t slot = two_letter_code_index(key.iso2);
    if (id == KeyIndex::kNone || slot == kTwoLetterCodes) continue;
    in_country_by_ids_[id * kTwoLetterCodes + slot] = &entry;
  }
}

const ActorKnowledgeBase::InCountryEntry* ActorKnowledgeBase::find_in_country(
    std::string_view cls, std::string_view iso2) const {
  if (const size_t slot = two_letter_code_index(iso2); slot != kTwoLetterCodes) {
    const uint32_t id = class_ids_.find(cls);
    return id == KeyIndex::kNone ? nullptr : in_country_by_ids_[id * kTwoLetterCodes + slot];
  }
  const auto it = in_country_.find(ClassCountry{cls, iso2});
  return it == in_country_.end() ? nullptr : &*it;
}

ResolvedClass ActorKnowledgeBase::resolve_class(std::string_view cls, std::string_view iso2,
                                                std::optional<CivilDate> date) const {
  ResolvedClass out;
  if (!iso2.empty()) {
    if (const InCountryEntry* it = find_in_country(cls, iso2); it != nullptr) {
      const ClassInCountry& found = it->second;
      out.country = std::string_view(it->first).substr(cls.size() + 1);  // the key's iso2
      if (found.instance != nullptr) {
        const Actor& row = date ? as_of(*found.instance, *date) : latest(*found.instance);
        out.actor = &row;
        out.name = row.name;
        out.inter = row.inter;
        out.role = row.role;
      } else {
        out.name = found.filled_name;
        out.inter = found.cls->inter;
        out.role = found.cls->role;
      }
      return out;
    }
  }
  // No country, or none the class has a name for: the neutral name.
  const ActorClass* c = actor_class(cls);
  if (c == nullptr) return out;
  out.inter = c->inter;
  out.role = c->role;
  out.name = c->neutral;
  return out;
}

}  // namespace sitrep::actors
