#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/, then runs each one for a bounded
# time over its seed corpus. Exits non-zero when any target finds a crash, a
# leak, a timeout or a broken invariant; the input is saved under
# build-fuzz/artifacts/ (reproduce: build-fuzz/fuzz/TARGET_fuzzer FILE).
#
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET [TARGET...]]
#   SECONDS_PER_TARGET  default 20; targets: html jsonl sentences numbers dates extract
# Environment: FUZZ_BUILD_DIR (default build-fuzz), SITREP_GAZETTEER (world.gaz
# for the extract target; default build/world.gaz when present).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(html jsonl sentences numbers dates extract)
dir=${FUZZ_BUILD_DIR:-build-fuzz}

if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ not found (apt-get install clang libclang-rt-14-dev)" >&2
  exit 2
fi
# -O1 and assertions on (Debug keeps NDEBUG off); every library carries the
# coverage instrumentation, the fuzz targets add libFuzzer's main.
flags="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined"
flags+=" -fno-sanitize-recover=all"
CC=clang CXX=clang++ cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Debug -DSITREP_BUILD_FUZZERS=ON \
  -DSITREP_BUILD_TESTING=OFF -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$dir" -j"$(nproc)" --target "${targets[@]/%/_fuzzer}"

if [[ -z "${SITREP_GAZETTEER:-}" && -f build/world.gaz ]]; then
  export SITREP_GAZETTEER=$PWD/build/world.gaz
fi
export SITREP_DATA=${SITREP_DATA:-$PWD/data}

declare -A max_len=([html]=32768 [jsonl]=16384 [sentences]=8192 [numbers]=4096 [dates]=4096
                    [extract]=8192)
declare -A dict=([html]=html [jsonl]=json [sentences]=text [numbers]=text [dates]=text
                 [extract]=text)
mkdir -p "$dir/artifacts"
failed=()
for t in "${targets[@]}"; do
  work="$dir/corpus/$t"  # new inputs go here; fuzz/corpus/ stays as committed
  mkdir -p "$work"
  echo "fuzz: $t for ${seconds}s" >&2
  if ! "$dir/fuzz/${t}_fuzzer" "$work" "fuzz/corpus/$t" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="${max_len[$t]}" \
      -dict="fuzz/dict/${dict[$t]}.dict" -artifact_prefix="$dir/artifacts/$t-" \
      -print_final_stats=1 >"$dir/$t.log" 2>&1; then
    failed+=("$t")
    tail -n 40 "$dir/$t.log" >&2
  fi
  grep -E "^stat::number_of_executed_units" "$dir/$t.log" | sed "s/^/fuzz: $t: /" >&2 || true
done
if ((${#failed[@]})); then
  echo "fuzz: FAILED: ${failed[*]} (inputs in $dir/artifacts/, logs in $dir/*.log)" >&2
  exit 1
fi
echo "fuzz: all ${#targets[@]} targets clean" >&2
