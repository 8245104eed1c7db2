//! `/api/docs`: create, list, read, rename, trash and restore documents; download their state.

use crate::error::ApiError;
use crate::AppState;
use axum::extract::{FromRequest, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tandem_store::{DocKind, DocMeta, ListFilter};
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/docs", post(create).get(list))
        .route("/docs/{id}", get(get_one).patch(rename).delete(trash))
        .route("/docs/{id}/restore", post(restore))
        .route("/docs/{id}/state", get(state))
}

/// JSON body extractor whose rejections are [`ApiError`]s.
#[derive(FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

/// A document's metadata. Times are milliseconds since the Unix epoch.
#[derive(Serialize, ToSchema)]
pub struct Document {
    id: String,
    /// One of `doc`, `code`, `sheet`, `board`, `sim`.
    #[schema(value_type = String, example = "doc")]
    kind: DocKind,
    title: String,
    created_at: i64,
    updated_at: i64,
    /// Set while the document is in the trash.
    deleted_at: Option<i64>,
}

impl From<DocMeta> for Document {
    fn from(meta: DocMeta) -> Self {
        Document {
            id: meta.id,
            kind: meta.kind,
            title: meta.title,
            created_at: meta.created_at,
            updated_at: meta.updated_at,
            deleted_at: meta.deleted_at,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct CreateDocument {
    #[schema(value_type = String, example = "doc")]
    kind: DocKind,
    #[serde(default)]
    title: Option<String>,
}

#[derive(Deserialize, ToSchema)]
pub struct RenameDocument {
    title: String,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Serialize, ToSchema)]
pub struct ErrorDetail {
    code: String,
    message: String,
}

#[derive(Deserialize)]
pub struct ListQuery {
    /// `trash` lists the documents in the trash instead of the active ones.
    #[serde(default)]
    filter: Option<String>,
}

const MAX_TITLE_CHARS: usize = 200;

fn clean_title(title: Option<String>) -> Result<String, ApiError> {
    let title = title.map(|t| t.trim().to_owned()).unwrap_or_default();
    if title.chars().count() > MAX_TITLE_CHARS {
        return Err(ApiError::BadRequest(format!(
            "title is longer than {MAX_TITLE_CHARS} characters"
        )));
    }
    Ok(if title.is_empty() {
        "Untitled".to_owned()
    } else {
        title
    })
}

/// Document ids are 1-64 characters of `A-Z a-z 0-9 _ -`, which keeps them safe in URLs and logs.
pub fn valid_doc_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

fn checked(id: String) -> Result<String, ApiError> {
    if valid_doc_id(&id) {
        Ok(id)
    } else {
        Err(ApiError::NotFound("document not found"))
    }
}

fn new_doc_id() -> String {
    use rand::distributions::{Alphanumeric, DistString};
    Alphanumeric.sample_string(&mut rand::thread_rng(), 16)
}

/// Create a document.
#[utoipa::path(post, path = "/api/docs", request_body = CreateDocument,
    responses((status = 201, body = Document), (status = 400, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    ApiJson(body): ApiJson<CreateDocument>,
) -> Result<impl IntoResponse, ApiError> {
    let title = clean_title(body.title)?;
    let meta = state
        .rooms
        .store()
        .create_doc(&new_doc_id(), body.kind, &title)
        .await?;
    Ok((StatusCode::CREATED, Json(Document::from(meta))))
}

/// List documents, most recently changed first.
#[utoipa::path(get, path = "/api/docs", params(("filter" = Option<String>, Query, description = "`trash` for the trash")),
    responses((status = 200, body = Vec<Document>)))]
pub async fn list(
    State(state): State<AppState>,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<Document>>, ApiError> {
    let Query(query) = query?;
    let filter = match query.filter.as_deref() {
        None | Some("active") => ListFilter::Active,
        Some("trash") => ListFilter::Trash,
        Some(other) => {
            return Err(ApiError::BadRequest(format!(
                "unknown filter {other:?}; use active or trash"
            )))
        }
    };
    let docs = state.rooms.store().list_docs(filter).await?;
    Ok(Json(docs.into_iter().map(Document::from).collect()))
}

/// Read a document's metadata.
#[utoipa::path(get, path = "/api/docs/{id}", responses((status = 200, body = Document), (status = 404, body = ErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Document>, ApiError> {
    let id = checked(id)?;
    let meta = state
        .rooms
        .store()
        .get_doc(&id)
        .await?
        .ok_or(ApiError::NotFound("document not found"))?;
    Ok(Json(meta.into()))
}

/// Rename a document.
#[utoipa::path(patch, path = "/api/docs/{id}", request_body = RenameDocument,
    responses((status = 200, body = Document), (status = 404, body = ErrorBody)))]
pub async fn rename(
    State(state): State<AppState>,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<RenameDocument>,
) -> Result<Json<Document>, ApiError> {
    let id = checked(id)?;
    let title = clean_title(Some(body.title))?;
    Ok(Json(state.rooms.store().rename_doc(&id, &title).await?.into()))
}

/// Move a document to the trash.
#[utoipa::path(delete, path = "/api/docs/{id}", responses((status = 204), (status = 404, body = ErrorBody)))]
pub async fn trash(State(state): State<AppState>, Path(id): Path<String>) -> Result<StatusCode, ApiError> {
    let id = checked(id)?;
    state.rooms.store().set_trashed(&id, true).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Restore a document from the trash.
#[utoipa::path(post, path = "/api/docs/{id}/restore", responses((status = 200, body = Document), (status = 404, body = ErrorBody)))]
pub async fn restore(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Document>, ApiError> {
    let id = checked(id)?;
    Ok(Json(state.rooms.store().set_trashed(&id, false).await?.into()))
}

/// Download the document's whole state as one binary Yjs update (v1 encoding).
#[utoipa::path(get, path = "/api/docs/{id}/state",
    responses((status = 200, content_type = "application/octet-stream", body = Vec<u8>), (status = 404, body = ErrorBody)))]
pub async fn state(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let id = checked(id)?;
    let update = state.rooms.document_state(&id).await?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/octet-stream".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{id}.yjs\""),
            ),
        ],
        update,
    ))
}
