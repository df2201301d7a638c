// One row of the actor knowledge base (data/actors/*.tsv; the format is in
// data/actors/README.md), plus the two small tables that generic words need:
// countries (names, demonyms) and actor classes (what "troops" or "civilians"
// become in a given country).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/civil_date.h"

namespace sitrep::actors {

// Roles, as the `role` column spells them.
inline constexpr const char* kRoles[] = {"armed",        "state_force", "government", "ministry",
                                         "monitor",      "media",       "international",
                                         "civilian",     "protester",   "generic"};

struct Actor;

// From `from` on, the group goes by another row's name (Jabhat al-Nusra ->
// Hayat Tahrir al-Sham on 2017-01-28; a state's forces after a coup).
struct Rename {
  CivilDate from;
  std::string to_id;
  const Actor* to = nullptr;  // set by the loader
};

// A terrorist designation: who designated ("UN", "US", "EU", ...) and since when.
struct Designation {
  std::string by;
  CivilDate since;
};

// How a generic word may be used (the `flags` column).
struct ActorFlags {
  bool suffix = false;       // may extend a named actor before it ("Islamic State group")
  bool suffix_only = false;  // only ever as such a suffix ("group", "faction")
  bool cue_only = false;     // only after a country word ("Syrian nationals", "Russian occupiers")
  bool no_context = false;   // never resolved by the article's country, only by a country
                             // word ("Russian warplanes"); alone it stays unidentified
};

struct Actor {
  std::string id;    // stable slug, unique across all files
  std::string name;  // canonical name to output (ACLED's where one exists)
  int inter = 0;     // ACLED actor type 1-8; 0 for non-parties (media, monitors)
  std::string role;  // one of kRoles
  std::string country;  // ISO 3166-1 alpha-2; "" for transnational
  std::string parent;   // id of a coalition or parent organisation, or ""
  // For role "generic": the class the word resolves through ("military").
  // For a named row: the class it stands for in its country, if any (the
  // Syrian army row has "military"); "" otherwise.
  std::string cls;
  std::vector<std::string> aliases;  // every spelling the press uses, the name first (unless local)
  // Vague spellings ("~Federal Police" in the TSV) that stand for this actor
  // only in an article about its country.
  std::vector<std::string> local_aliases;
  std::vector<Designation> designations;
  std::optional<Rename> renamed_to;
  const Actor* renamed_from = nullptr;  // set by the loader
  ActorFlags flags;
  std::string origin;  // "file.tsv:12", for messages

  [[nodiscard]] bool generic() const { return role == "generic"; }
};

// A country: what its name and people are called, for "Syrian troops" and
// for naming a generic class in it ("Civilians (Syria)").
struct Country {
  std::string iso2;
  std::string name;       // "Syria", "United States"
  bool the = false;       // written "the United States" after "of"
  std::vector<std::string> names;      // other names that stand for it ("US", "America")
  std::vector<std::string> demonyms;   // "Syrian", "American"
  std::vector<std::string> metonyms;   // capitals etc. standing for its government ("Ankara")

  // "the United States" / "Syria": the name as it follows "of".
  [[nodiscard]] std::string of_name() const { return the ? "the " + name : name; }
};

// What a generic word becomes: `neutral` when no country is known, else the
// country's row for this class or `name_template` filled in.
struct ActorClass {
  std::string name;   // "military", "civilians", ...
  int inter = 0;
  std::string role;
  std::string neutral;        // "Civilians"
  std::string name_template;  // "Civilians ({country})", "Military Forces of {of_country}"
};

}  // namespace sitrep::actors
