#!/usr/bin/env bash
# Tandem beside other Yjs servers: the same tandem-bench scenarios against each, in one run,
# with persistence on in every server. The peers are installed into a scratch directory from
# the package registries; nothing of them is kept in this repository.
#
#   bench/compare.sh                 # all servers, all scenarios
#   SERVERS="tandem hocuspocus" SCENARIOS="fanout durability" bench/compare.sh
#
# The server runs on CPU 0 and the load generator on CPU 1 (taskset), so figures repeat.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SCRATCH=${BENCH_SCRATCH:-$ROOT/target/bench-peers}
SERVERS=${SERVERS:-"tandem hocuspocus y-websocket y-sweet"}
SCENARIOS=${SCENARIOS:-"fanout saturation rooms idle durability cold"}
OUT=$SCRATCH/results-$(date +%Y%m%d-%H%M%S).jsonl
mkdir -p "$SCRATCH"

install_peers() {
  if [ ! -d "$SCRATCH/node/node_modules/@hocuspocus/server" ]; then
    mkdir -p "$SCRATCH/node"
    cd "$SCRATCH/node"
    npm init -y >/dev/null
    npm install --no-audit --no-fund --loglevel=error \
      @hocuspocus/server@3.4.4 @hocuspocus/extension-sqlite@3.4.4 \
      @y/websocket-server@0.1.1 y-leveldb@0.2.0 yjs@13
    # npm 11 holds back native build scripts until approved; older npm runs them already.
    npm install-scripts approve sqlite3 leveldown classic-level >/dev/null 2>&1 || true
    npm rebuild sqlite3 leveldown classic-level >/dev/null
    cd "$ROOT"
  fi
  cat > "$SCRATCH/node/hocuspocus.mjs" <<'JS'
import { Server } from '@hocuspocus/server';
import { SQLite } from '@hocuspocus/extension-sqlite';
new Server({
  port: Number(process.env.PORT),
  address: '127.0.0.1',
  quiet: true,
  extensions: [new SQLite({ database: process.env.DB })],
}).listen();
JS
  if [[ " $SERVERS " == *" y-sweet "* ]] && [ ! -x "$SCRATCH/y-sweet/bin/y-sweet" ]; then
    echo "installing y-sweet 0.9.1 from crates.io (about 10 minutes on 2 cores)…" >&2
    cargo install y-sweet --version 0.9.1 --locked --root "$SCRATCH/y-sweet" >/dev/null
  fi
}

PORT=19400
start_server() { # name data-dir -> sets SERVER_PID, SERVER_URL
  local name=$1 data=$2
  PORT=$((PORT + 1))
  SERVER_URL=http://127.0.0.1:$PORT
  case $name in
    # The per-connection rate limits are off: none of the peers has them.
    tandem) TANDEM_SYNC_MESSAGES_PER_SEC=0 TANDEM_SYNC_BYTES_PER_SEC=0 \
      taskset -c 0 "$ROOT/target/release/tandem" --host 127.0.0.1 --port $PORT --data-dir "$data" --log warn >/dev/null 2>&1 & ;;
    hocuspocus) (cd "$SCRATCH/node" && PORT=$PORT DB=$data/hocuspocus.sqlite exec taskset -c 0 node hocuspocus.mjs >/dev/null 2>&1) & ;;
    y-websocket) (cd "$SCRATCH/node" && HOST=127.0.0.1 PORT=$PORT YPERSISTENCE=$data exec taskset -c 0 node node_modules/@y/websocket-server/src/server.js >/dev/null 2>&1) & ;;
    y-sweet) taskset -c 0 "$SCRATCH/y-sweet/bin/y-sweet" serve "$data" --host 127.0.0.1 --port $PORT >/dev/null 2>&1 & ;;
  esac
  SERVER_PID=$!
  for _ in $(seq 100); do
    if (exec 3<>/dev/tcp/127.0.0.1/$PORT) 2>/dev/null; then
      # One account per data directory, kept across restarts of the same server.
      if [ "$name" = tandem ]; then
        [ -s "$data.token" ] || "$ROOT/target/release/tandem-bench" --url "$SERVER_URL" token >"$data.token"
        TANDEM_TOKEN=$(cat "$data.token")
        export TANDEM_TOKEN
      fi
      return 0
    fi
    sleep 0.1
  done
  echo "$name did not start" >&2
  exit 1
}

stop_server() { kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; }

bench() { # name label tandem-bench-arguments...
  local name=$1 scenario=$2
  shift 2
  printf '  %-12s %-10s ' "$name" "$scenario" >&2
  local report errors=$SCRATCH/stderr-$name-$scenario.txt
  if report=$(taskset -c 1 "$ROOT/target/release/tandem-bench" --server "$name" --url "$SERVER_URL" --json "$@" 2>"$errors"); then
    echo "ok" >&2
    printf '{"server":"%s","scenario":"%s","report":%s}\n' "$name" "$scenario" "$report" >>"$OUT"
  else
    # Why it failed (a diverged reader, a refused connection…), kept beside the results.
    local reason
    # anyhow's "Error: …" line with its first cause, else the last line printed.
    reason=$(awk '/^Error:/ { error = $0 }
      /^Caused by:/ { cause = 1; next }
      cause && NF { sub(/^[ \t]*([0-9]+: )?/, ""); print error ": " $0; printed = 1; exit }
      NF { last = $0 }
      END { if (!printed) print (error ? error : last) }' "$errors" | tr -d '"\\')
    echo "failed: $reason" >&2
    printf '{"server":"%s","scenario":"%s","error":"%s"}\n' "$name" "$scenario" "$reason" >>"$OUT"
  fi
}

install_peers
cargo build --release --locked -p tandem-server -p tandem-bench >/dev/null
ulimit -n "$(ulimit -Hn)"

wants() { [[ " $SCENARIOS " == *" $1 "* ]]; }

for name in $SERVERS; do
  data=$(mktemp -d "$SCRATCH/data-$name-XXXX")
  if wants fanout || wants saturation; then
    start_server "$name" "$data"
    wants fanout && bench "$name" fanout fanout --readers 50 --rate 200 --seconds 10
    wants saturation && bench "$name" saturation saturation --writers 4
    stop_server
  fi
  if wants rooms; then
    # A fresh process: its memory figure must not include what saturation left behind.
    start_server "$name" "$data"
    bench "$name" rooms rooms --docs 1000 --clients 5 --seconds 10 --server-pid "$SERVER_PID"
    stop_server
  fi
  if wants idle; then
    # A fresh process for the memory figure, so earlier scenarios do not inflate it.
    start_server "$name" "$data"
    bench "$name" idle idle --connections 10000 --per-doc 100 --server-pid "$SERVER_PID"
    stop_server
  fi
  if wants durability; then
    # kill -9 under a steady write load, restart on the same data, count what was lost.
    start_server "$name" "$data"
    record=$SCRATCH/durability-$name.json
    taskset -c 1 "$ROOT/target/release/tandem-bench" --server "$name" --url "$SERVER_URL" \
      durability-write --rate 200 --max-seconds 30 --record "$record" 2>/dev/null &
    writer=$!
    sleep 3
    kill -9 "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    wait "$writer" || true
    PORT=$((PORT - 1)) # restart on the same port
    start_server "$name" "$data"
    bench "$name" durability durability-check --record "$record"
    stop_server
  fi
  if wants cold; then
    # A 5 MB document written as 100,000 updates, then a restarted server and a fresh client.
    start_server "$name" "$data"
    doc=$(taskset -c 1 "$ROOT/target/release/tandem-bench" --server "$name" --url "$SERVER_URL" fill 2>/dev/null || true)
    sleep 12 # past the longest persistence debounce of the peers (10 s)
    stop_server
    PORT=$((PORT - 1))
    start_server "$name" "$data"
    if [ -n "$doc" ]; then
      bench "$name" cold open --doc "$doc"
    else
      printf '{"server":"%s","scenario":"cold","error":true}\n' "$name" >>"$OUT"
    fi
    stop_server
  fi
  rm -rf "$data" "$data.token"
done

python3 "$ROOT/bench/table.py" "$OUT"
echo "raw results: $OUT" >&2
