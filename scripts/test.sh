#!/usr/bin/env bash
# Builds and runs every test: the normal build, then the same suite under
# AddressSanitizer + UndefinedBehaviorSanitizer, then a short fuzzing run.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
jobs=$(nproc)
scripts/build.sh build
(cd build && ctest --output-on-failure -j"$jobs")
# The sanitizer build reuses the world gazetteer the first build compiled.
scripts/build.sh build-asan -DSITREP_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug \
  -DSITREP_PREBUILT_GAZETTEER="$PWD/build/world.gaz"
(cd build-asan && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
  ctest --output-on-failure -j"$jobs")
# Every parser and the whole extract path under libFuzzer (clang, ASan+UBSan),
# a bounded run per target; a crash, leak or hang fails the job.
scripts/fuzz.sh "${SITREP_FUZZ_SECONDS:-10}"
