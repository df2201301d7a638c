#!/usr/bin/env bash
# Instructions per document for `sitrep extract`, counted by callgrind: unlike
# seconds, the count is the same on a loaded or shared machine, so two builds
# can be compared one after the other. Prints the count for a 0.6 MiB slice of
# the bench corpus (one thread) minus the count for a one-line article, which
# is the start-up (data load, ICU's transliterator).
#
# Usage: bench/instructions.sh [SITREP_BINARY [CALLGRIND_OUT]]
#   default binary build-bench/sitrep (scripts/bench.sh builds it); the
#   profile is kept for `callgrind_annotate --inclusive=yes CALLGRIND_OUT`.
# Environment: SITREP_GAZETTEER (world.gaz; default: next to the binary).
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-build-bench/sitrep}
profile=${2:-$(mktemp -t sitrep-callgrind.XXXXXX)}
command -v valgrind >/dev/null || { echo "instructions: valgrind not found" >&2; exit 2; }
[ -x "$bin" ] || { echo "instructions: $bin: no such program (scripts/bench.sh builds one)" >&2; exit 2; }
gaz=${SITREP_GAZETTEER:-$(dirname "$bin")/world.gaz}
[ -f "$gaz" ] || { echo "instructions: $gaz: no world gazetteer (set SITREP_GAZETTEER)" >&2; exit 2; }

work=$(mktemp -d -t sitrep-instructions.XXXXXX)
trap 'rm -rf "$work"' EXIT
python3 bench/make_corpus.py "$work/slice.jsonl" --mb 0.6 --seed 7 2>/dev/null
# The one-line article holds non-ASCII names so that ICU's one-time set-up
# counts as start-up in both runs.
printf '%s\n' '{"id":"one","text":"Two soldiers were killed in a bomb attack in Kabul (كابل, Кабул) on Monday, police said."}' \
  > "$work/one.jsonl"

count() {  # INPUT PROFILE -> instructions
  valgrind --tool=callgrind --callgrind-out-file="$2" "$bin" --gazetteer "$gaz" \
    extract "$1" --threads 1 -q -o /dev/null 2>&1 | sed -n 's/.*I *refs: *//p' | tr -d ,
}
total=$(count "$work/slice.jsonl" "$profile")
startup=$(count "$work/one.jsonl" "$work/one.callgrind")
docs=$(wc -l < "$work/slice.jsonl")
echo "instructions per run: $((total - startup)) for $docs documents" \
  "($(( (total - startup) / docs )) per document; start-up $startup); profile: $profile"
