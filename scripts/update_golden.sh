#!/usr/bin/env bash
# Rewrites tests/golden/expected/<doc_id>.jsonl from the current build: runs
# the golden test over examples/ with SITREP_UPDATE_GOLDEN=1 (stale files of
# removed examples are deleted). Review the change before committing:
#   git diff tests/golden/expected
# Usage: scripts/update_golden.sh [gtest filter, e.g. '*yemen*'; default all]
# Environment: BUILD_DIR (default build).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BUILD_DIR:-build}
filter=${1:-*}
if [[ ! -f "$dir/CMakeCache.txt" ]]; then cmake -S . -B "$dir" >/dev/null; fi
jobs=$(( $(nproc) < 2 ? $(nproc) : 2 ))
cmake --build "$dir" -j"$jobs" --target golden_test
# The expected files are made with the world gazetteer; without it the test
# skips rather than writing custom-places-only output.
if cmake --build "$dir" --target help | grep -q '^\.\.\. gazetteer$'; then
  cmake --build "$dir" -j"$jobs" --target gazetteer
fi
if [[ ! -f "$dir/world.gaz" && -z "${SITREP_GAZETTEER:-}" ]]; then
  echo "update_golden: no world gazetteer in $dir (npm ci --prefix gazetteer, re-run cmake)" >&2
  exit 1
fi
SITREP_UPDATE_GOLDEN=1 "$dir/tests/golden/golden_test" --gtest_brief=1 --gtest_filter="$filter"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  git status --short -- tests/golden/expected
  git diff --stat -- tests/golden/expected
fi
