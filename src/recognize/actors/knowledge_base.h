// The actor knowledge base: every named armed group, state force, ministry,
// monitor, news agency and international body sitrep knows, the generic
// words ("troops", "gunmen", "civilians") and how they resolve by country.
//
//   auto kb = ActorKnowledgeBase::load({data_dir + "/actors", "my_actors.tsv"});
//   if (!kb) { print(kb.error().message); return; }   // "syria.tsv:12: bad inter 'x'"
//   const Actor* nusra = kb->find("al-nusra-front");
//
// Immutable after load and safe to share across threads. Actor, Country and
// ActorClass pointers it hands out stay valid while the knowledge base lives
// (also after it is moved).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/civil_date.h"
#include "core/result.h"
#include "recognize/actors/actor.h"
#include "recognize/actors/flat_index.h"

namespace sitrep::actors {

// What a generic class became in one country at one date. The views point
// into the knowledge base that made it (no copies: the matcher resolves a
// class for every article that names one) and live as long as it.
struct ResolvedClass {
  const Actor* actor = nullptr;  // the country's row for the class, if the data has one
  std::string_view name;         // that row's name, else the class template filled in
  std::string_view country;      // ISO2, "" when neutral
  int inter = 0;
  std::string_view role;
};

class ActorKnowledgeBase {
 public:
  // Loads files and directories (every *.tsv inside, in name order). Files
  // named countries.tsv and classes.tsv are the country and class tables;
  // every other file holds actor rows. Later paths add to earlier ones; an id
  // defined twice is an error. Fails with "file:LINE: what is wrong" for a bad
  // row, a duplicate id, or a parent/renamed_to/class/country that names
  // nothing; with "path: ..." when a path cannot be read.
  static Result<ActorKnowledgeBase> load(const std::vector<std::string>& paths);

  // The actor with this id, or nullptr.
  [[nodiscard]] const Actor* find(std::string_view id) const;
  // Actors whose id, name or an alias contains `query` from the start of a
  // word (case, accents, hyphens and "al-" ignored), exact name/alias
  // matches first. For the CLI.
  [[nodiscard]] std::vector<const Actor*> search(std::string_view query) const;
  // Number of actor rows (generic rows included).
  [[nodiscard]] size_t size() const { return actors_.size(); }
  // All actor rows in load order.
  [[nodiscard]] const std::vector<const Actor*>& actors() const { return order_; }

  [[nodiscard]] const Country* country(std::string_view iso2) const;
  // Looks a country up by English name or other name ("Syria", "US"); nullptr if unknown.
  [[nodiscard]] const Country* country_by_name(std::string_view name) const;
  [[nodiscard]] const std::vector<const Country*>& countries() const { return country_order_; }
  [[nodiscard]] const ActorClass* actor_class(std::string_view name) const;

  // `actor` under the row that carries its name at `date`: follows
  // renamed_to links whose date is on or before `date`.
  [[nodiscard]] const Actor& as_of(const Actor& actor, const CivilDate& date) const;
  // The last row of `actor`'s rename chain (its current name).
  [[nodiscard]] const Actor& latest(const Actor& actor) const;
  // What class `cls` is called in `iso2` at `date`: the country's row (renamed
  // as of the date, the latest when no date), else the class template, else
  // (no country or no template) the class's neutral name. Empty name when
  // `cls` is unknown.
  [[nodiscard]] ResolvedClass resolve_class(std::string_view cls, std::string_view iso2,
                                            std::optional<CivilDate> date) const;

  ActorKnowledgeBase(ActorKnowledgeBase&&) noexcept = default;
  ActorKnowledgeBase& operator=(ActorKnowledgeBase&&) noexcept = default;
  ActorKnowledgeBase(const ActorKnowledgeBase&) = delete;
  ActorKnowledgeBase& operator=(const ActorKnowledgeBase&) = delete;

 private:
  ActorKnowledgeBase() = default;
  friend class KnowledgeBaseLoader;

  std::vector<std::unique_ptr<Actor>> storage_;
  std::vector<const Actor*> order_;
  std::unordered_map<std::string, const Actor*> actors_;
  std::vector<std::unique_ptr<Country>> country_storage_;
  std::vector<const Country*> country_order_;
  std::unordered_map<std::string, const Country*> countries_;
  std::unordered_map<std::string, const Country*> country_names_;  // folded name -> country
  std::map<std::string, ActorClass, std::less<>> classes_;
  // What a class is called in a country, for resolve_class: the country's
  // row (renamed per call, by date) or the class template filled in once at
  // load rather than for every generic word of every article.
  struct ClassInCountry {
    const ActorClass* cls = nullptr;
    const Actor* instance = nullptr;  // the first row of that country's rename chain for the class
    std::string filled_name;          // the template filled in, when there is no instance
  };
  // Fills in every class template for every country (instances are already in).
  void fill_class_templates();
  // A class in a country, looked up without joining the two into a key.
  struct ClassCountry {
    std::string_view cls;
    std::string_view iso2;
  };
  // Hash and equality for "class\tISO2" keys that also take a ClassCountry,
  // so resolve_class() builds no key string for each lookup.
  struct ClassCountryHash {
    using is_transparent = void;
    static size_t hash(ClassCountry k) { return hash_bytes(k.cls) ^ (hash_bytes(k.iso2) >> 1); }
    static ClassCountry split(std::string_view joined) {
      const size_t tab = joined.find('\t');
      return ClassCountry{joined.substr(0, tab), joined.substr(tab + 1)};
    }
    size_t operator()(std::string_view joined) const { return hash(split(joined)); }
    size_t operator()(ClassCountry k) const { return hash(k); }
  };
  struct ClassCountryEqual {
    using is_transparent = void;
    static bool same(ClassCountry k, std::string_view joined) {
      return joined.size() == k.cls.size() + 1 + k.iso2.size() && joined[k.cls.size()] == '\t' &&
             joined.substr(0, k.cls.size()) == k.cls && joined.substr(k.cls.size() + 1) == k.iso2;
    }
    bool operator()(std::string_view a, std::string_view b) const { return a == b; }
    bool operator()(ClassCountry k, std::string_view joined) const { return same(k, joined); }
    bool operator()(std::string_view joined, ClassCountry k) const { return same(k, joined); }
  };
  // "class\tISO2" -> the class in that country; absent when it resolves to the neutral name.
  std::unordered_map<std::string, ClassInCountry, ClassCountryHash, ClassCountryEqual> in_country_;
  using InCountryEntry = decltype(in_country_)::value_type;
  // in_country_ again, for resolve_class() at every generic word: the
  // entry of class id c (in class_ids_) and a country code of two capital
  // letters AB at [(c * 26 + A) * 26 + B], nullptr if none. A class id and
  // a table read instead of hashing both strings and walking a bucket's
  // nodes; other codes ask in_country_. Entries of an unordered_map stay
  // where they are when it grows or is moved.
  void index_in_country();
  [[nodiscard]] const InCountryEntry* find_in_country(std::string_view cls,
                                                      std::string_view iso2) const;
  KeyIndex class_ids_;
  std::vector<const InCountryEntry*> in_country_by_ids_;
};

}  // namespace sitrep::actors
