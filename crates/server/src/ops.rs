//! Operations endpoints: liveness, readiness and Prometheus metrics.

use crate::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(readyz))
        .route("/metrics", get(metrics))
}

/// Ready when the store answers and, with `--redis-url`, Redis does: an instance cut off from
/// Redis would serve its clients without the others' edits.
async fn readyz(State(state): State<AppState>) -> impl IntoResponse {
    if let Err(error) = state.rooms.store().ping().await {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            format!("store unavailable: {error}"),
        );
    }
    if state.relay.as_ref().is_some_and(|relay| !relay.connected()) {
        return (StatusCode::SERVICE_UNAVAILABLE, "Redis unavailable".to_owned());
    }
    (StatusCode::OK, "ready".to_owned())
}

async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    let mut body = String::new();
    if let Err(error) = prometheus_client::encoding::text::encode(&mut body, &state.registry) {
        return (
            StatusCode::INTERNAL_SERVER_ERROR,
            [(header::CONTENT_TYPE, "text/plain")],
            error.to_string(),
        );
    }
    (
        StatusCode::OK,
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        body,
    )
}
