#!/usr/bin/env bash
# Ratchet on examples/ (examples_ratchet.txt), scored with the shared scorer
# against the answer key in examples/README.md: a set the rules were not
# tuned on, so a gap between it and dev shows rules fitted to dev.
# Usage: examples_ratchet.sh SITREP_BINARY GAZETTEER SHARED_DIR REPO_DIR
set -euo pipefail
sitrep=$1 gazetteer=$2 shared=$3 repo=$4
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$shared/eval/score.py" ]; then
  echo "SKIP: $shared/eval/score.py not found"; exit 77
fi
if [ ! -f "$gazetteer" ]; then
  echo "SKIP: world gazetteer $gazetteer not built (npm ci --prefix gazetteer)"; exit 77
fi
gold=$(mktemp -d)
trap 'rm -rf "$gold"' EXIT
python3 "$here/answer_key_gold.py" "$repo/examples" "$gold"
"$here/ratchet.sh" "$sitrep" "$gazetteer" "$shared/eval/score.py" "$gold" "$repo/examples" \
  "$here/examples_ratchet.txt"
