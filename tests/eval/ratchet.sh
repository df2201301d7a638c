#!/usr/bin/env bash
# Extracts INPUT, scores it against GOLD_DIR with the shared scorer and fails
# when event F1 or slot F1 falls below the level recorded in RATCHET_FILE
# (raise the numbers when extraction improves; never lower them on
# unchanged data).
# Usage: ratchet.sh SITREP_BINARY GAZETTEER SCORE_PY GOLD_DIR INPUT RATCHET_FILE
set -euo pipefail
sitrep=$1 gazetteer=$2 score=$3 gold=$4 input=$5 ratchet=$6
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$sitrep" --gazetteer "$gazetteer" extract "$input" -q -o "$out"
result=$(python3 "$score" "$gold" "$out")
echo "$result"
read -r _ slot _ event <<<"$(tail -n 1 <<<"$result")"
read -r min_event min_slot < <(grep -v '^#' "$ratchet")
python3 - "$event" "$slot" "$min_event" "$min_slot" <<'PY'
import sys
event, slot, min_event, min_slot = map(float, sys.argv[1:])
ok = event >= min_event and slot >= min_slot
print(f"event_f1 {event:.3f} (ratchet {min_event:.3f})  slot_f1 {slot:.3f} (ratchet {min_slot:.3f})")
sys.exit(0 if ok else 1)
PY
