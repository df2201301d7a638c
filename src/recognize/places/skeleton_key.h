// The fuzzy key of a place name, for transliteration variants that fold
// (name_fold.h) to different exact keys:
//
//   skeleton_key(fold_name("Deir ez-Zor")) == skeleton_key(fold_name("Dayr az Zawr")) == "d*rz*r"
//
// The gazetteer builder and every fuzzy lookup use this same function;
// changing it changes the index format (bump kFormatVersion in
// gazetteer_format.h).
#pragma once

#include <string>
#include <string_view>

namespace sitrep::places {

// The fuzzy fallback key for transliteration variants, computed from a
// fold_name key: articles dropped, spaces dropped, q->k, sh/ch->s, kh->k,
// gh->g, th->t, dh->d, ph->f, dj->j, c->k, doubled consonants single, every
// run of vowels (with w/y that close a syllable) one '*', a final h after a
// vowel dropped. "Ramousah" and "Ramussa" both give "r*m*s*". Returns "" when
// fewer than three consonants remain: such keys match too much to be useful.
std::string skeleton_key(std::string_view folded);

}  // namespace sitrep::places
