//! The REST API under `/api`.

mod admin;
mod auth;
mod boards;
mod docs;
mod files;
mod sharing;
mod sheets;
mod sim;
mod tokens;
mod users;
mod versions;

pub use auth::create_account;
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
        auth::signup,
        auth::login,
        auth::logout,
        auth::logout_all,
        auth::me,
        auth::change_password,
        tokens::list,
        tokens::create,
        tokens::revoke,
        docs::create,
        docs::list,
        docs::get_one,
        docs::rename,
        docs::trash,
        docs::restore,
        docs::delete_forever,
        docs::state,
        boards::export,
        boards::import,
        sheets::values,
        sheets::write_values,
        sheets::xlsx,
        sheets::csv,
        sheets::import,
        sim::catalog,
        sim::import,
        sim::status,
        sim::start,
        sim::control,
        sim::inject,
        sim::heal,
        sim::sweep,
        sim::metrics_csv,
        files::upload,
        files::download,
        versions::list,
        versions::create,
        versions::state,
        sharing::sharing,
        sharing::set_member,
        sharing::remove_member,
        sharing::remove_invite,
        sharing::set_link,
        sharing::transfer,
        admin::list_users,
        admin::update_user,
        admin::delete_user,
        admin::stats
    ),
    components(schemas(
        docs::Document,
        docs::CreateDocument,
        docs::RenameDocument,
        docs::ErrorBody,
        docs::ErrorDetail,
        files::UploadedFile,
        versions::VersionView,
        versions::NewVersion,
        sheets::ValueRange,
        sheets::NewValues,
        sheets::UpdatedValues,
        sim::SimStatus,
        sim::StartRequest,
        sim::ControlRequest,
        sim::FailureRequest,
        sim::FailureCreated
    ))
)]
struct ApiDoc;

pub fn router() -> Router<AppState> {
    Router::new()
        .merge(auth::router())
        .merge(tokens::router())
        .merge(docs::router())
        .merge(versions::router())
        .merge(files::router())
        .merge(boards::router())
        .merge(sheets::router())
        .merge(sim::router())
        .merge(sharing::router())
        .merge(admin::router())
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
