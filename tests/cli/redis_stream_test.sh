#!/usr/bin/env bash
# sitrep as a Redis stream worker (docs/scale.md), end to end on loopback:
# starts a throwaway redis-server, XADDs articles to the stream "articles",
# runs two workers of the consumer group "extractors" that XREADGROUP a
# batch, pipe it through `sitrep extract -`, XADD each event to the stream
# "events" and XACK the batch, then checks that the events are exactly those
# of a direct run and that nothing is left pending. Stops the server itself.
#
# Usage: tests/cli/redis_stream_test.sh [SITREP_BIN]
# Exit: 0 pass, 1 fail, 77 skipped (redis-server, redis-cli or python3 missing).
set -euo pipefail
export PYTHONDONTWRITEBYTECODE=1  # no __pycache__ in the source tree
sitrep=${1:-${SITREP_BIN:-sitrep}}
for tool in redis-server redis-cli python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "SKIP: $tool not installed (apt-get install redis-server redis-tools python3)"
    exit 77
  fi
done

here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])')
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --daemonize no \
  --dir "$tmp" >"$tmp/redis.log" 2>&1 &
server=$!
cleanup() {
  redis-cli -p "$port" shutdown nosave >/dev/null 2>&1 || kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT
r() { redis-cli -p "$port" "$@"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

for _ in $(seq 50); do
  [[ "$(r ping 2>/dev/null)" == PONG ]] && break
  sleep 0.1
done
[[ "$(r ping)" == PONG ]] || fail "redis-server did not start: $(cat "$tmp/redis.log")"

# Reads JSON lines on stdin and writes one "XADD STREAM * FIELD LINE" per
# line in Redis protocol, for `redis-cli --pipe` (any bytes are safe).
to_resp() {
  python3 -c '
import sys
stream, field = (a.encode() for a in sys.argv[1:3])
out = sys.stdout.buffer
for line in sys.stdin.buffer:
    line = line.rstrip(b"\n")
    if not line:
        continue
    args = [b"XADD", stream, b"*", field, line]
    out.write(b"*%d\r\n" % len(args))
    for a in args:
        out.write(b"$%d\r\n%s\r\n" % (len(a), a))
' "$1" "$2"
}

# One worker: batches of up to 8 articles until the stream stays quiet for
# half a second (a real worker would loop forever with a longer BLOCK).
worker() {
  local name=$1 n=0
  while :; do
    r --json XREADGROUP GROUP extractors "$name" COUNT 8 BLOCK 500 STREAMS articles '>' \
      >"$tmp/$name.batch.json"
    # Message ids to one file, the article records (JSONL) to another.
    python3 -c '
import json, sys
reply = json.load(open(sys.argv[1]))
if not reply:
    sys.exit(1)
with open(sys.argv[2], "w") as ids, open(sys.argv[3], "w") as articles:
    for msg_id, fields in reply["articles"]:
        ids.write(msg_id + "\n")
        articles.write(dict(zip(fields[::2], fields[1::2]))["article"] + "\n")
' "$tmp/$name.batch.json" "$tmp/$name.ids" "$tmp/$name.batch.jsonl" || break
    "$sitrep" extract - -q <"$tmp/$name.batch.jsonl" >"$tmp/$name.events.jsonl"
    to_resp events event <"$tmp/$name.events.jsonl" | r --pipe >/dev/null
    # Acknowledged only once its events are stored: a worker that dies
    # leaves the batch pending for XAUTOCLAIM by another.
    xargs redis-cli -p "$port" XACK articles extractors <"$tmp/$name.ids" >/dev/null
    n=$((n + $(wc -l <"$tmp/$name.ids")))
  done
  echo "$name: $n articles"
}

python3 -c 'import sys; sys.path.insert(0, sys.argv[1]); import cli_support
cli_support.write_corpus(sys.argv[2], 40)' "$here" "$tmp/articles.jsonl"
r XGROUP CREATE articles extractors '$' MKSTREAM >/dev/null
to_resp articles article <"$tmp/articles.jsonl" | r --pipe >/dev/null
[[ "$(r XLEN articles)" == 40 ]] || fail "expected 40 articles in the stream: $(r XLEN articles)"

worker w1 &
w1=$!
worker w2 &
w2=$!
wait "$w1" || fail "worker w1 failed"
wait "$w2" || fail "worker w2 failed"

"$sitrep" extract "$tmp/articles.jsonl" -q >"$tmp/direct.jsonl"
expected=$(wc -l <"$tmp/direct.jsonl")
got=$(r XLEN events)
pending=$(r XPENDING articles extractors | head -1)
echo "events: $got via Redis, $expected direct; pending: $pending"
((expected > 0)) || fail "the direct run found no events"
[[ "$got" == "$expected" ]] || fail "expected $expected events in the stream, got $got"
[[ "$pending" == 0 ]] || fail "$pending articles left unacknowledged"
# Same records, whichever worker made them (batches finish in any order).
r --json XRANGE events - + | python3 -c '
import json, sys
streamed = sorted(json.dumps(json.loads(f[1][1]), sort_keys=True) for f in json.load(sys.stdin))
direct = sorted(json.dumps(json.loads(l), sort_keys=True) for l in open(sys.argv[1]))
sys.exit(0 if streamed == direct else "events differ from the direct run")' "$tmp/direct.jsonl"
echo "PASS"
