#include "text/fold_table.h"

#include <array>
#include <cstddef>
#include <string_view>

namespace sitrep::detail {
namespace {

// A code point whose rule is not "keep", as sitrep-fold-table writes it.
struct FoldEntry {
  char32_t cp;
  uint8_t len;
  std::string_view out;
};

constexpr FoldEntry kEntries[] = {
#include "fold_table_data.inc"
};

struct Tables {
  std::array<Fold, kLowEnd> low{};
  std::array<Fold, kLigEnd - kLigStart> ligatures{};
  std::array<Fold, kFormsEnd - kFormsStart> forms{};

  constexpr Fold* slot(char32_t cp) {
    if (cp < kLowEnd) return &low[cp];
    if (cp >= kLigStart && cp < kLigEnd) return &ligatures[cp - kLigStart];
    if (cp >= kFormsStart && cp < kFormsEnd) return &forms[cp - kFormsStart];
    return nullptr;
  }
};

// Dense tables from the generated entries, built by the compiler.
constexpr Tables build() {
  Tables t;
  for (const FoldEntry& e : kEntries) {
    Fold* f = t.slot(e.cp);
    if (f == nullptr) continue;
    f->keep = false;
    f->len = e.len;
    for (size_t i = 0; i < e.out.size() && i < sizeof f->out; ++i) f->out[i] = e.out[i];
  }
  return t;
}

constexpr Tables kTables = build();

}  // namespace

const Fold& fold_for(char32_t cp) {
  static constexpr Fold kKeep;
  const Tables& t = kTables;
  if (cp < kLowEnd) return t.low[cp];
  if (cp >= kLigStart && cp < kLigEnd) return t.ligatures[cp - kLigStart];
  if (cp >= kFormsStart && cp < kFormsEnd) return t.forms[cp - kFormsStart];
  return kKeep;
}

}  // namespace sitrep::detail
