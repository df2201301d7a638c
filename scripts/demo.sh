#!/usr/bin/env bash
# One command from a fresh clone to events: installs what is missing, builds,
# and runs sitrep over the bundled sample corpus in examples/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh build
mkdir -p out
build/sitrep extract examples/ --format jsonl -o out/events.jsonl
build/sitrep extract examples/ --format csv -o out/events.csv
echo "events written to out/events.jsonl and out/events.csv"
