//! The `tandem` server: wires the store, the rooms and the HTTP surface together.
//!
//! *Architecture invariant:* this is the only crate that knows HTTP, WebSockets and JSON.

mod access;
pub mod api;
mod assets;
pub mod auth;
pub mod config;
mod error;
mod mail;
mod ops;
mod security;
mod sim;
mod sync;
mod visits;

use auth::limiter::{Backoff, BackoffPolicy};
use axum::routing::get;
use axum::Router;
use config::ServeArgs;
use prometheus_client::registry::Registry;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tandem_collab::{Metrics, RoomConfig, Rooms};
use tandem_relay::RedisRelay;
use tandem_store::blobs::{BlobStore, DirBlobStore, PgBlobStore};
use tandem_store::postgres::PgStore;
use tandem_store::sqlite::SqliteStore;
use tandem_store::{AccountStore, BatchStats, Store};
use tower_http::trace::TraceLayer;

/// Per-connection limits on what a client may send on the sync socket; 0 turns a limit off.
#[derive(Debug, Clone, Copy)]
pub struct SyncLimits {
    pub messages_per_sec: f64,
    pub bytes_per_sec: f64,
}

/// Settings the HTTP layer needs per request.
#[derive(Debug, Clone)]
pub struct Settings {
    pub max_message_bytes: usize,
    pub keepalive: Duration,
    pub session_lifetime: Duration,
    /// Mark cookies `Secure` (the public URL is https).
    pub secure_cookies: bool,
    /// Believe `X-Forwarded-For` / `X-Forwarded-Proto` from the reverse proxy.
    pub trust_proxy: bool,
    /// Origins allowed to call the API from the browser, besides this server's own.
    pub cors_origins: Vec<String>,
    /// Anyone may sign up (otherwise only the first account, and admins via the CLI).
    pub open_signup: bool,
    pub sync_limits: SyncLimits,
    pub max_upload_bytes: usize,
}

#[derive(Clone)]
pub struct AppState {
    pub rooms: Rooms,
    pub accounts: Arc<dyn AccountStore>,
    /// Bytes of uploaded files; which document may serve which file is in the store.
    pub files: Arc<dyn BlobStore>,
    pub registry: Arc<Registry>,
    pub settings: Arc<Settings>,
    pub login_limiter: Arc<Backoff>,
    pub signup_limiter: Arc<Backoff>,
    /// Simulation runs, at most one per document.
    pub sim_runs: Arc<sim::SimRuns>,
    /// Fan-out to the other instances (`--redis-url`).
    pub relay: Option<RedisRelay>,
    mailer: Arc<mail::Mailer>,
    visits: Arc<visits::VisitThrottle>,
}

pub fn router(state: AppState) -> Router {
    let api = api::router().layer(axum::middleware::from_fn_with_state(
        state.clone(),
        security::csrf,
    ));
    let mut app = Router::new()
        .nest("/api", api)
        .route("/sync/{id}", get(sync::socket))
        .merge(ops::router())
        .fallback(assets::serve);
    for layer in security::headers() {
        app = app.layer(layer);
    }
    if let Some(cors) = security::cors(&state.settings.cors_origins) {
        app = app.layer(cors);
    }
    app.layer(TraceLayer::new_for_http()).with_state(state)
}

/// Opens the store and builds the application state.
pub async fn build_state(args: &ServeArgs) -> anyhow::Result<AppState> {
    let mailer = Arc::new(mail::Mailer::new(
        &args.public_url,
        args.smtp_url.as_ref().map(|url| url.expose()),
        &args.smtp_from,
    )?);
    std::fs::create_dir_all(&args.data_dir)
        .map_err(|e| anyhow::anyhow!("cannot create data directory {}: {e}", args.data_dir.display()))?;
    let metrics = Arc::new(Metrics::default());
    let observer_metrics = metrics.clone();
    let on_batch = Arc::new(move |stats: BatchStats| {
        observer_metrics
            .persist_batch_seconds
            .observe(stats.duration.as_secs_f64());
        observer_metrics
            .persist_batch_size
            .observe(stats.operations as f64);
    });
    let (store, accounts): (Arc<dyn Store>, Arc<dyn AccountStore>) = match &args.database_url {
        Some(url) => {
            let url = url.expose();
            if !(url.starts_with("postgres://") || url.starts_with("postgresql://")) {
                anyhow::bail!("--database-url must be a postgres:// URL");
            }
            let store = Arc::new(
                PgStore::connect(url, Some(on_batch))
                    .await
                    .map_err(|e| anyhow::anyhow!("cannot use --database-url: {e}"))?,
            );
            (store.clone(), store)
        }
        None => {
            let db_path = args.data_dir.join("tandem.db");
            let store = Arc::new(
                SqliteStore::open_with(&db_path, Some(on_batch), args.durability.into())
                    .map_err(|e| anyhow::anyhow!("cannot open the database {}: {e}", db_path.display()))?,
            );
            (store.clone(), store)
        }
    };
    let files: Arc<dyn BlobStore> = match &args.files_url {
        Some(url) => Arc::new(
            PgBlobStore::connect(url.expose())
                .await
                .map_err(|e| anyhow::anyhow!("cannot use --files-url: {e}"))?,
        ),
        None => Arc::new(DirBlobStore::new(args.data_dir.join("files"))),
    };
    let config = RoomConfig {
        idle_unload_after: args.idle_unload(),
        peer_queue_frames: args.peer_queue,
        compact_after_updates: args.compact_after_updates.max(1),
        version_every: Duration::from_secs(args.version_every_secs.max(1)),
        ..RoomConfig::default()
    };
    let mut registry = Registry::default();
    metrics.register(&mut registry);
    let login_policy = BackoffPolicy {
        free_failures: args.login_free_attempts,
        first_wait: Duration::from_secs(1),
        max_wait: Duration::from_secs(args.login_max_wait_secs.max(1)),
    };
    // Sign-ups are not failures, but many from one address are as suspicious: the first ten an
    // hour are free.
    let signup_policy = BackoffPolicy {
        free_failures: 10,
        ..login_policy
    };
    let (relay, announcements) = match &args.redis_url {
        Some(url) => {
            let (relay, announcements) = RedisRelay::connect(url.expose(), &args.redis_prefix)
                .map_err(|e| anyhow::anyhow!("cannot use --redis-url: {e}"))?;
            (Some(relay), Some(announcements))
        }
        None => (None, None),
    };
    let state = AppState {
        rooms: Rooms::with_relay(
            store,
            config,
            metrics,
            relay
                .clone()
                .map(|relay| Arc::new(relay) as Arc<dyn tandem_collab::relay::Relay>),
        ),
        relay,
        accounts,
        files,
        registry: Arc::new(registry),
        settings: Arc::new(Settings {
            max_message_bytes: args.max_message_bytes,
            keepalive: args.keepalive(),
            session_lifetime: Duration::from_secs(args.session_days.max(1) * 86_400),
            secure_cookies: args.public_url.starts_with("https://"),
            trust_proxy: args.trust_proxy,
            cors_origins: args.cors_origins.clone(),
            open_signup: args.open_signup,
            sync_limits: SyncLimits {
                messages_per_sec: args.sync_messages_per_sec,
                bytes_per_sec: args.sync_bytes_per_sec,
            },
            max_upload_bytes: args.max_upload_bytes,
        }),
        sim_runs: Arc::new(sim::SimRuns::new(sim::SimLimits {
            per_user: args.sim_runs_per_user,
            total: args.sim_runs,
            max_wall: Duration::from_secs(args.sim_max_minutes.max(1) * 60),
        })),
        login_limiter: Arc::new(Backoff::new(login_policy)),
        signup_limiter: Arc::new(Backoff::new(signup_policy)),
        mailer,
        visits: Arc::default(),
    };
    if let Some(announcements) = announcements {
        tokio::spawn(access::follow_announcements(state.clone(), announcements));
    }
    Ok(state)
}

/// Serves until `shutdown` resolves, then closes every socket with "going away", waits until
/// every accepted update is durable and closes the store.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    use axum::serve::ListenerExt;
    let rooms = state.rooms.clone();
    let relay = state.relay.clone();
    let listener = listener.tap_io(|tcp| {
        // Small sync messages must not wait for Nagle's algorithm.
        let _ = tcp.set_nodelay(true);
    });
    let app = router(state).into_make_service_with_connect_info::<SocketAddr>();
    let shutdown_rooms = rooms.clone();
    let server = axum::serve(listener, app).with_graceful_shutdown(async move {
        shutdown.await;
        tracing::info!("shutting down: closing connections and flushing updates");
        shutdown_rooms.shutdown().await;
    });
    // Sockets are closed by the rooms; a client that never completes the close handshake
    // must not hold the process forever.
    let finished = tokio::spawn(async move { server.await });
    let outcome = finished.await;
    rooms.shutdown().await;
    if let Some(relay) = &relay {
        relay.close().await;
    }
    rooms.store().close().await;
    match outcome {
        Ok(result) => result.map_err(Into::into),
        Err(join_error) => Err(anyhow::anyhow!("server task failed: {join_error}")),
    }
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = tokio::signal::ctrl_c();
    #[cfg(unix)]
    {
        let mut term = match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(term) => term,
            Err(_) => return std::future::pending().await,
        };
        tokio::select! {
            _ = ctrl_c => {},
            _ = term.recv() => {},
        }
    }
    #[cfg(not(unix))]
    {
        let _ = ctrl_c.await;
    }
}
