#!/usr/bin/env bash
# Ratchet on the dev set (dev_ratchet.txt); see ratchet.sh.
# Usage: dev_ratchet.sh SITREP_BINARY GAZETTEER SHARED_DIR
set -euo pipefail
sitrep=$1 gazetteer=$2 shared=$3
here=$(cd "$(dirname "$0")" && pwd)
if [ ! -f "$shared/eval/dev/articles.jsonl" ]; then
  echo "SKIP: $shared/eval/dev not found"; exit 77
fi
if [ ! -f "$gazetteer" ]; then
  echo "SKIP: world gazetteer $gazetteer not built (npm ci --prefix gazetteer)"; exit 77
fi
exec "$here/ratchet.sh" "$sitrep" "$gazetteer" "$shared/eval/score.py" "$shared/eval/dev" \
  "$shared/eval/dev/articles.jsonl" "$here/dev_ratchet.txt"
