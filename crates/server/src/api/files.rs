//! `/api/docs/{id}/files`: images uploaded into a document. Stored by content (SHA-256) in the
//! blob store, recorded per document, and served only to those who may read that document.

use super::docs::ErrorBody;
use crate::access::authorize;
use crate::auth::Caller;
use crate::error::ApiError;
use crate::AppState;
use axum::body::{to_bytes, Body};
use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use sha2::{Digest, Sha256};
use tandem_store::accounts::Role;
use tandem_store::{now_millis, FileMeta};
use utoipa::ToSchema;

/// What may be uploaded, decided from the bytes, never from the client's Content-Type. No SVG:
/// it can carry scripts.
const ACCEPTED: &[&str] = &["image/png", "image/jpeg", "image/gif", "image/webp", "image/avif"];

pub fn router() -> Router<AppState> {
    Router::new()
        // The size limit is the server's setting, checked while reading the body.
        .route(
            "/docs/{id}/files",
            post(upload).layer(DefaultBodyLimit::disable()),
        )
        .route("/docs/{id}/files/{hash}", get(download))
}

#[derive(Serialize, ToSchema)]
pub struct UploadedFile {
    /// Lowercase hex SHA-256 of the bytes.
    hash: String,
    /// Where the document's readers fetch it.
    url: String,
    mime: String,
    size: i64,
}

/// Where readers of document `doc_id` fetch the file with this hash.
pub fn file_url(doc_id: &str, hash: &str) -> String {
    format!("/api/docs/{doc_id}/files/{hash}")
}

/// Stores an image in the blob store and records it for the document: the one way a file gets
/// into a document, whether uploaded or imported. Anything but an accepted image, or larger than
/// the upload limit, is refused with nothing stored.
pub async fn store_image(
    state: &AppState,
    doc_id: &str,
    uploaded_by: Option<String>,
    bytes: Vec<u8>,
) -> Result<FileMeta, ApiError> {
    let limit = state.settings.max_upload_bytes;
    if bytes.len() > limit {
        return Err(ApiError::TooLarge(format!("files are limited to {limit} bytes")));
    }
    let mime = infer::get(&bytes)
        .map(|kind| kind.mime_type())
        .filter(|mime| ACCEPTED.contains(mime))
        .ok_or(ApiError::UnsupportedType(
            "only PNG, JPEG, GIF, WebP and AVIF images can be uploaded",
        ))?;
    let hash = format!("{:x}", Sha256::digest(&bytes));
    let size = bytes.len() as i64;
    state.files.put(&hash, bytes).await?;
    let file = FileMeta {
        hash,
        mime: mime.to_owned(),
        size,
        uploaded_by,
        created_at: now_millis(),
    };
    state.rooms.store().add_file(doc_id, file.clone()).await?;
    Ok(file)
}

/// Uploads an image (the raw bytes as the body) into the document.
#[utoipa::path(post, path = "/api/docs/{id}/files", request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = UploadedFile), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody)))]
pub async fn upload(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Body,
) -> Result<(StatusCode, Json<UploadedFile>), ApiError> {
    authorize(&state, &caller, &id, Role::Editor).await?;
    let limit = state.settings.max_upload_bytes;
    let bytes = to_bytes(body, limit)
        .await
        .map_err(|_| ApiError::TooLarge(format!("files are limited to {limit} bytes")))?;
    let file = store_image(
        &state,
        &id,
        caller.user().map(|user| user.id.clone()),
        bytes.to_vec(),
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(UploadedFile {
            url: file_url(&id, &file.hash),
            hash: file.hash,
            mime: file.mime,
            size: file.size,
        }),
    ))
}

/// A file of the document, to those who may read it.
#[utoipa::path(get, path = "/api/docs/{id}/files/{hash}",
    responses((status = 200, content_type = "application/octet-stream", body = Vec<u8>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn download(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, hash)): Path<(String, String)>,
) -> Result<impl IntoResponse, ApiError> {
    authorize(&state, &caller, &id, Role::Viewer).await?;
    let file = state.rooms.store().file(&id, &hash).await?;
    let Some(file) = file else {
        return Err(ApiError::NotFound("no such file"));
    };
    let Some(bytes) = state.files.get(&file.hash).await? else {
        return Err(ApiError::Internal(format!(
            "file {} is recorded but missing",
            file.hash
        )));
    };
    Ok((
        [
            (header::CONTENT_TYPE, file.mime),
            // The hash names the content: it never changes. Private: it is served with auth.
            (
                header::CACHE_CONTROL,
                "private, max-age=31536000, immutable".to_owned(),
            ),
            (header::CONTENT_DISPOSITION, "inline".to_owned()),
        ],
        bytes,
    ))
}
