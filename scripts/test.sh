#!/usr/bin/env bash
# Every test of the project, in one command: lint and type checks, Rust unit and integration
# tests, interop with the npm Yjs clients, and browser end-to-end tests in headless Chromium.
# Builds once, in the release profile, and tests that binary.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s\n' "$*"; }

step "npm dependencies"
(cd web && npm ci --no-audit --no-fund --loglevel=error)
(cd tests/interop && npm ci --no-audit --no-fund --loglevel=error)

step "postgres on 127.0.0.1:5432 (the store and server tests use it)"
if [ -z "${TANDEM_TEST_POSTGRES_URL:-}" ] && ! pg_isready -q -h 127.0.0.1; then
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -1)" main start
fi

# First, as the web app's checks need the formula engine's WebAssembly and its types, which the
# server's build script generates into web/engine/.
step "rust: build (formula engine and web app included)"
cargo build --release --workspace --locked

step "web: type check, lint and unit tests"
(cd web && npm run --silent typecheck && npm run --silent lint && npm run --silent test:unit)

step "rust: format and lint"
cargo fmt --all --check
cargo clippy --release --workspace --all-targets --locked -- -D warnings

step "rust: test"
cargo test --release --workspace --locked

step "formula engine: IronCalc's own tests, against Tandem's changes to it"
CARGO_TARGET_DIR="$PWD/target" cargo test --release --locked \
  --manifest-path vendor/ironcalc_base/Cargo.toml --lib

export TANDEM_BIN="$PWD/target/release/tandem"

step "interop: npm yjs + y-websocket clients"
(cd tests/interop && node --test --test-concurrency=1 .)

step "browser end-to-end: headless Chromium"
(cd web && node --test --test-concurrency=1 e2e/)
