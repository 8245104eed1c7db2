# The tandem binary with the web app embedded, as a container image.
#
#   docker build -t tandem .
#   docker run -p 8080:8080 -v tandem-data:/data tandem
#
# Arguments after the image name are appended to the entrypoint's flags, so
# `docker run --rm -v tandem-data:/data tandem --help` or `… tandem user create …` work too.
# DEPLOY.md shows this image behind a load balancer (deploy/docker-compose.yml).

# --- 1. The binary, web app included ----------------------------------------------------
# One stage with Rust and Node.js: crates/server/build.rs builds the formula engine to
# WebAssembly (crates/sheets-wasm, into web/engine/), which the web app imports, then runs
# `npm ci` and `npm run build`, and the binary embeds the bundle.
FROM rust:1-bookworm AS build
COPY --from=node:20-bookworm-slim /usr/local/bin/node /usr/local/bin/node
COPY --from=node:20-bookworm-slim /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && rustup target add wasm32-unknown-unknown
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY crates crates
COPY vendor vendor
COPY web web
# The cache mounts keep downloaded crates and compiled dependencies between builds; the target
# directory lives in a cache, so the binary is copied out of it in the same step.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked -p tandem-server \
    && install -m 0755 target/release/tandem /usr/local/bin/tandem

# --- 2. The runtime image -----------------------------------------------------------------
FROM debian:bookworm-slim
# curl is installed for health probes run inside the container (deploy/docker-compose.yml
# probes /healthz with it) and for debugging. The image has no HEALTHCHECK: the right probe
# depends on the deployment. A load balancer should probe /readyz itself, and /readyz fails
# while PostgreSQL or Redis is unreachable; as an image HEALTHCHECK that would mark every
# instance unhealthy during such an outage, and an orchestrator that replaces unhealthy
# containers would then drop rooms that were still serving clients from memory.
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates curl \
    && rm -rf /var/lib/apt/lists/*
RUN useradd --system --user-group --uid 10001 --home-dir /data --no-create-home \
        --shell /usr/sbin/nologin tandem \
    && mkdir -p /data \
    && chown tandem:tandem /data
COPY --from=build /usr/local/bin/tandem /usr/local/bin/tandem
USER tandem
WORKDIR /data
# The SQLite database (tandem.db) and uploaded files (files/) when no DATABASE_URL and
# TANDEM_FILES_URL are set.
VOLUME /data
EXPOSE 8080
# tandem handles SIGTERM itself (Docker's default stop signal): it stops accepting, closes
# sockets once every accepted edit is durable, then exits. Give it time with
# `docker stop -t 60` or compose's stop_grace_period.
ENTRYPOINT ["tandem", "--host", "0.0.0.0", "--port", "8080", "--data-dir", "/data"]
