#include "text/fold_table.h"

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace sitrep::detail {
namespace {

// A code point whose rule is not "keep", as sitrep-fold-table writes it.
struct FoldEntry {
  char32_t cp;
  std::string_view out;  // what replaces it ("" drops it)
};

constexpr FoldEntry kEntries[] = {
#include "fold_table_data.inc"
};

struct Tables {
  std::array<Fold, kLowEnd> low{};
  std::array<Fold, kLigEnd - kLigStart> ligatures{};
  std::array<Fold, kFormsEnd - kFormsStart> forms{};

  // The rule's place for `cp`, or none outside the covered blocks.
  [[nodiscard]] constexpr const Fold* find(char32_t cp) const {
    if (cp < kLowEnd) return &low[cp];
    if (cp >= kLigStart && cp < kLigEnd) return &ligatures[cp - kLigStart];
    if (cp >= kFormsStart && cp < kFormsEnd) return &forms[cp - kFormsStart];
    return nullptr;
  }
  constexpr Fold* slot(char32_t cp) { return const_cast<Fold*>(std::as_const(*this).find(cp)); }
};

// Dense tables from the generated entries, built by the compiler.
constexpr Tables build() {
  Tables t;
  for (const FoldEntry& e : kEntries) {
    Fold* f = t.slot(e.cp);
    if (f == nullptr) continue;
    f->keep = false;
    f->len = static_cast<uint8_t>(e.out.size());
    for (size_t i = 0; i < e.out.size() && i < sizeof f->out; ++i) f->out[i] = e.out[i];
  }
  return t;
}

constexpr Tables kTables = build();

}  // namespace

const Fold& fold_for(char32_t cp) {
  static constexpr Fold kKeep;
  const Fold* f = kTables.find(cp);
  return f != nullptr ? *f : kKeep;
}

}  // namespace sitrep::detail
