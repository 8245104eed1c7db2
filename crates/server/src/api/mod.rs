//! The REST API under `/api`.

mod docs;

pub use docs::valid_doc_id;

use crate::error::ApiError;
use crate::AppState;
use axum::routing::get;
use axum::{Json, Router};
use utoipa::OpenApi;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Tandem API",
        description = "Documents of a Tandem server. Live editing uses the WebSocket endpoint /sync/{id} (see docs/PROTOCOL.md)."
    ),
    paths(
        docs::create,
        docs::list,
        docs::get_one,
        docs::rename,
        docs::trash,
        docs::restore,
        docs::state
    ),
    components(schemas(
        docs::Document,
        docs::CreateDocument,
        docs::RenameDocument,
        docs::ErrorBody,
        docs::ErrorDetail
    ))
)]
struct ApiDoc;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(docs::router())
        .route("/openapi.json", get(|| async { Json(ApiDoc::openapi()) }))
        .fallback(|| async { ApiError::NotFound("no such API route") })
}

#[cfg(test)]
mod tests {
    #[test]
    fn openapi_lists_every_route() {
        let spec = serde_json::to_value(<super::ApiDoc as utoipa::OpenApi>::openapi()).unwrap();
        let paths = spec["paths"].as_object().unwrap();
        for path in [
            "/api/docs",
            "/api/docs/{id}",
            "/api/docs/{id}/restore",
            "/api/docs/{id}/state",
        ] {
            assert!(
                paths.contains_key(path),
                "{path} missing from the OpenAPI description"
            );
        }
    }
}
