#!/usr/bin/env bash
# What the cross-instance path adds to latency, in one run on this machine: one writer at a
# fixed rate and N readers in one document, first with the readers on the writer's instance,
# then on a second instance that shares the PostgreSQL database and Redis (the edit goes
# writer → instance A → Redis stream → instance B → readers).
# Usage: bench/scale_out.sh   (builds the release binaries first; needs PostgreSQL on
# 127.0.0.1:5432, or TANDEM_TEST_POSTGRES_URL, and Debian's redis-server)
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p tandem-server -p tandem-bench >/dev/null
TANDEM=target/release/tandem
BENCH=target/release/tandem-bench
export PGOPTIONS=--client-min-messages=warning
DATABASE=${TANDEM_TEST_POSTGRES_URL:-postgres://postgres@127.0.0.1:5432/test}
SCHEMA=tandem_bench_$$
REDIS_PORT=${REDIS_PORT:-18479}
A=http://127.0.0.1:${PORT_A:-18481}
B=http://127.0.0.1:${PORT_B:-18482}
DATA=$(mktemp -d)
psql -q "$DATABASE" -c "CREATE SCHEMA $SCHEMA"
cleanup() {
  kill $(jobs -p) 2>/dev/null || true
  wait 2>/dev/null || true
  psql -q "$DATABASE" -c "DROP SCHEMA $SCHEMA CASCADE" || true
  rm -rf "$DATA"
}
trap cleanup EXIT

redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save "" --appendonly no >/dev/null &
for url in "$A" "$B"; do
  $TANDEM --host 127.0.0.1 --port "${url##*:}" --data-dir "$DATA" --log warn \
    --sync-messages-per-sec 0 --sync-bytes-per-sec 0 \
    --database-url "$DATABASE?options[search_path]=$SCHEMA" \
    --redis-url "redis://127.0.0.1:$REDIS_PORT" >/dev/null &
  for _ in $(seq 100); do curl -sf "$url/readyz" >/dev/null && break; sleep 0.1; done
done
export TANDEM_TOKEN=$($BENCH --url "$A" token)

echo "fan-out latency, send to receipt (ms); one writer at 200 edits/s for 10 s"
printf '%-8s %-16s %8s %8s %8s %8s\n' readers path p50 p95 p99 max
for readers in 1 20; do
  same=$($BENCH --json --url "$A" fanout --readers "$readers" --rate 200 --seconds 10)
  cross=$($BENCH --json --url "$A" fanout --readers "$readers" --rate 200 --seconds 10 --readers-url "$B")
  python3 - "$readers" "$same" "$cross" <<'PY'
import json, sys
readers, same, cross = sys.argv[1], json.loads(sys.argv[2])["latency"], json.loads(sys.argv[3])["latency"]
for path, l in (("same instance", same), ("across instances", cross)):
    print(f"{readers:<8} {path:<16} {l['p50_ms']:8.2f} {l['p95_ms']:8.2f} {l['p99_ms']:8.2f} {l['max_ms']:8.2f}")
print(f"{readers:<8} {'added':<16} {cross['p50_ms'] - same['p50_ms']:8.2f} {cross['p95_ms'] - same['p95_ms']:8.2f} {cross['p99_ms'] - same['p99_ms']:8.2f}")
PY
done
