#!/usr/bin/env bash
# Core figures of a single Tandem server, in one run on this machine:
#   1. acknowledged edits/s that one document sustains (writers wait for `saved`
#      acknowledgements), with every commit fsynced and without;
#   2. time to open a 5 MB document with 100,000 logged updates, before and after compaction.
# Usage: bench/core.sh   (builds the release binaries first)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p tandem-server -p tandem-bench >/dev/null
TANDEM=target/release/tandem
BENCH=target/release/tandem-bench
PORT=${PORT:-18471}
URL=http://127.0.0.1:$PORT
DATA=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$DATA"' EXIT

start() {
  # No per-connection rate limits: the figures are the server's, not the limiter's.
  $TANDEM --host 127.0.0.1 --port "$PORT" --data-dir "$DATA" --log warn --idle-unload-secs 1 \
    --sync-messages-per-sec 0 --sync-bytes-per-sec 0 "$@" >/dev/null &
  for _ in $(seq 100); do
    if curl -sf "$URL/healthz" >/dev/null; then
      [ -n "${TANDEM_TOKEN:-}" ] || export TANDEM_TOKEN=$($BENCH --url "$URL" token)
      return
    fi
    sleep 0.1
  done
  echo "tandem did not start" >&2; exit 1
}
stop() { kill -TERM "$(jobs -p | tail -1)"; wait "$(jobs -p | tail -1)" 2>/dev/null || true; }
metric() { curl -sf "$URL/metrics" | awk -v m="$1" '$1 == m { print $2 }'; }
wait_unloaded() {
  for _ in $(seq 200); do [ "$(metric tandem_rooms_loaded)" = "0" ] && return; sleep 0.1; done
  echo "document stayed loaded" >&2; exit 1
}

# Acknowledged edits/s with each commit fsynced (the default) and without (`--durability
# checkpoints`): what durable saving costs, as a ratio from one run.
for durability in every-commit checkpoints; do
  echo "== throughput: one document, --durability $durability"
  start --durability "$durability"
  for writers in 1 4 16; do $BENCH --url "$URL" throughput --writers "$writers" --seconds 5 | tail -1; done
  stop
done

echo
echo "== cold open: 5 MB document, 100,000 logged updates"
start --compact-after-updates 1000000000
DOC=$($BENCH --url "$URL" fill --updates 100000 --bytes 5000000)
wait_unloaded
echo "before compaction (snapshot none, log 100,000 updates):"
$BENCH --url "$URL" open --doc "$DOC"
stop
start
# The first open loads the long log and starts a compaction in the background.
$BENCH --url "$URL" open --doc "$DOC" >/dev/null
for _ in $(seq 300); do [ "$(metric tandem_compactions_total)" = "1" ] && break; sleep 0.1; done
wait_unloaded
echo "after compaction (one snapshot, empty log):"
$BENCH --url "$URL" open --doc "$DOC"
stop
