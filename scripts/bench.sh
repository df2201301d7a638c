#!/usr/bin/env bash
# Builds sitrep in Release and runs the end-to-end benchmark (bench/bench.py).
# Usage: scripts/bench.sh [bench.py options, e.g. --mb 64 --stream-mb 500]
# Environment: BUILD_DIR (default build-bench), SITREP_GAZETTEER (world.gaz to
# use when the build does not make one).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${BUILD_DIR:-build-bench}
# -Wno-error=array-bounds: g++ 12 at -O3 reports a false positive inside
# std::vector::resize (GCC bug 107852 family); -O2 builds do not.
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release -DSITREP_BUILD_TESTING=OFF \
  -DCMAKE_CXX_FLAGS="-Wno-error=array-bounds" >/dev/null
cmake --build "$dir" -j"$(nproc)" --target sitrep
# The world gazetteer target exists when gazetteer/node_modules is installed.
if cmake --build "$dir" --target help | grep '^\.\.\. gazetteer$' >/dev/null; then
  cmake --build "$dir" -j"$(nproc)" --target gazetteer
fi
gaz=${SITREP_GAZETTEER:-}
if [[ -z "$gaz" && -f "$dir/world.gaz" ]]; then gaz="$dir/world.gaz"; fi
if [[ -z "$gaz" ]]; then
  echo "bench: no world gazetteer (npm ci --prefix gazetteer, or set SITREP_GAZETTEER);" \
       "measuring with custom places only" >&2
fi
exec python3 bench/bench.py --sitrep "$dir/sitrep" ${gaz:+--gazetteer "$gaz"} "$@"
