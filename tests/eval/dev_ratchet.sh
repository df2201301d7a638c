#!/usr/bin/env bash
# Ratchet on the dev set: extract every dev article and fail when event F1 or
# slot F1 falls below the level recorded in dev_ratchet.txt (raise the
# numbers when extraction improves; never lower them on unchanged data).
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
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$sitrep" --gazetteer "$gazetteer" extract "$shared/eval/dev/articles.jsonl" -q -o "$out"
result=$(python3 "$shared/eval/score.py" "$shared/eval/dev" "$out")
echo "$result"
read -r _ slot _ event <<<"$(tail -n 1 <<<"$result")"
read -r min_event min_slot < <(grep -v '^#' "$here/dev_ratchet.txt")
python3 - "$event" "$slot" "$min_event" "$min_slot" <<'PY'
import sys
event, slot, min_event, min_slot = map(float, sys.argv[1:])
ok = event >= min_event and slot >= min_slot
print(f"event_f1 {event:.3f} (ratchet {min_event:.3f})  slot_f1 {slot:.3f} (ratchet {min_slot:.3f})")
sys.exit(0 if ok else 1)
PY
