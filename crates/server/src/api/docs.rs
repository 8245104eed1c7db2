//! `/api/docs`: create, list, read, rename, trash, restore and delete documents; download
//! their state. Every handler authorises the caller against the document's ACL first.

use super::users::PersonView;
use crate::access::{apply_to_live_connections, authorize};
use crate::auth::{secret, Caller, SignedIn};
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{FromRequest, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tandem_store::accounts::{DocAccess, DocListing, LinkAccess, Role};
use tandem_store::DocKind;
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/docs", post(create).get(list))
        .route("/docs/{id}", get(get_one).patch(rename).delete(trash))
        .route("/docs/{id}/restore", post(restore))
        .route("/docs/{id}/forever", delete(delete_forever))
        .route("/docs/{id}/state", get(state))
}

/// JSON body extractor whose rejections are [`ApiError`]s.
#[derive(FromRequest)]
#[from_request(via(axum::Json), rejection(ApiError))]
pub struct ApiJson<T>(pub T);

/// A document's metadata as the caller sees it. Times are milliseconds since the Unix epoch.
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
    owner: Option<PersonView>,
    /// The caller's role: `owner`, `editor` or `viewer`.
    #[schema(value_type = String, example = "editor")]
    role: Role,
    /// What anyone with the link may do: `view`, `edit`, or `null` (nothing).
    #[schema(value_type = Option<String>, example = "view")]
    link_access: Option<LinkAccess>,
    /// The link works only for signed-in users.
    link_requires_login: bool,
    /// When the caller last opened the document.
    last_opened_at: Option<i64>,
}

impl Document {
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn new(access: DocAccess, role: Role) -> Self {
        Document {
            id: access.meta.id,
            kind: access.meta.kind,
            title: access.meta.title,
            created_at: access.meta.created_at,
            updated_at: access.meta.updated_at,
            deleted_at: access.meta.deleted_at,
            owner: access.owner.map(PersonView::from),
            role,
            link_access: access.link_access,
            link_requires_login: access.link_requires_login,
            last_opened_at: access.last_opened_at,
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
    /// `mine` (default), `shared`, `recent` or `trash`.
    #[serde(default)]
    filter: Option<String>,
    /// Only documents whose title contains this (case-insensitive).
    #[serde(default)]
    q: Option<String>,
}

const MAX_TITLE_CHARS: usize = 200;

/// Refuses a request meant for one kind of document (`what`, e.g. "board") on another.
pub fn require_kind(meta: &tandem_store::DocMeta, kind: DocKind, what: &str) -> Result<(), ApiError> {
    if meta.kind == kind {
        Ok(())
    } else {
        Err(ApiError::BadRequest(format!(
            "this is a {}, not a {what}",
            meta.kind
        )))
    }
}

/// `?title=` of a file imported as a new document.
#[derive(Deserialize, utoipa::IntoParams)]
pub struct ImportQuery {
    /// The new document's title.
    pub title: Option<String>,
}

/// An imported file's bytes; past `limit`, refused with what the file is and its limit.
pub async fn read_import(body: axum::body::Body, limit: usize, what: &str) -> Result<bytes::Bytes, ApiError> {
    axum::body::to_bytes(body, limit)
        .await
        .map_err(|_| ApiError::TooLarge(format!("{what} is limited to {} MiB", limit >> 20)))
}

pub fn clean_title(title: Option<String>) -> Result<String, ApiError> {
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

/// Create a document owned by the caller.
#[utoipa::path(post, path = "/api/docs", request_body = CreateDocument,
    responses((status = 201, body = Document), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody, description = "quota_exceeded: the user owns as many documents as allowed")))]
pub async fn create(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ApiJson(body): ApiJson<CreateDocument>,
) -> Result<impl IntoResponse, ApiError> {
    let title = clean_title(body.title)?;
    let document = create_owned(&state, &signed_in, body.kind, &title).await?;
    Ok((StatusCode::CREATED, Json(document)))
}

/// Creates an empty document of `kind` owned by the caller, within their document quota.
pub async fn create_owned(
    state: &AppState,
    signed_in: &SignedIn,
    kind: DocKind,
    title: &str,
) -> Result<Document, ApiError> {
    let user = &signed_in.user;
    if let Some(max_docs) = user.max_docs {
        let owned = state.accounts.owned_doc_ids(&user.id).await?.len() as i64;
        if owned >= max_docs {
            return Err(ApiError::QuotaExceeded(format!(
                "you own {owned} documents, the most your quota allows ({max_docs}); delete some from the trash or ask an administrator"
            )));
        }
    }
    let id = secret::new_id();
    state
        .rooms
        .store()
        .create_doc(&id, kind, title, Some(&user.id))
        .await?;
    let access = state
        .accounts
        .doc_access(&id, Some(&user.id))
        .await?
        .ok_or(ApiError::NotFound("document not found"))?;
    Ok(Document::new(access, Role::Owner))
}

/// List the caller's documents.
#[utoipa::path(get, path = "/api/docs",
    params(("filter" = Option<String>, Query, description = "`mine` (default), `shared`, `recent` or `trash`"),
        ("q" = Option<String>, Query, description = "title search")),
    responses((status = 200, body = Vec<Document>), (status = 401, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    signed_in: SignedIn,
    query: Result<Query<ListQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Json<Vec<Document>>, ApiError> {
    let Query(query) = query?;
    let listing = match query.filter.as_deref() {
        None | Some("mine") => DocListing::Mine,
        Some("shared") => DocListing::Shared,
        Some("recent") => DocListing::Recent,
        Some("trash") => DocListing::Trash,
        Some(other) => {
            return Err(ApiError::BadRequest(format!(
                "unknown filter {other:?}; use mine, shared, recent or trash"
            )))
        }
    };
    let search = query.q.as_deref().map(str::trim).filter(|q| !q.is_empty());
    let user_id = signed_in.user.id.as_str();
    let docs = state.accounts.list_user_docs(user_id, listing, search).await?;
    Ok(Json(
        docs.into_iter()
            .filter_map(|access| {
                let role = crate::access::effective_role(Some(user_id), &access)?;
                Some(Document::new(access, role))
            })
            .collect(),
    ))
}

/// Read a document's metadata.
#[utoipa::path(get, path = "/api/docs/{id}",
    responses((status = 200, body = Document), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_one(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Document>, ApiError> {
    let (access, role) = authorize(&state, &caller, &id, Role::Viewer).await?;
    Ok(Json(Document::new(access, role)))
}

/// Rename a document (editors and owners).
#[utoipa::path(patch, path = "/api/docs/{id}", request_body = RenameDocument,
    responses((status = 200, body = Document), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn rename(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<RenameDocument>,
) -> Result<Json<Document>, ApiError> {
    let (_, role) = authorize(&state, &caller, &id, Role::Editor).await?;
    let title = clean_title(Some(body.title))?;
    state.rooms.store().rename_doc(&id, &title).await?;
    let (access, _) = authorize(&state, &caller, &id, role).await?;
    Ok(Json(Document::new(access, role)))
}

/// Move a document to the trash (owner). Everyone connected to it is disconnected.
#[utoipa::path(delete, path = "/api/docs/{id}", responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn trash(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    authorize(&state, &caller, &id, Role::Owner).await?;
    state.rooms.store().set_trashed(&id, true).await?;
    apply_to_live_connections(&state, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Restore a document from the trash (owner).
#[utoipa::path(post, path = "/api/docs/{id}/restore", responses((status = 200, body = Document), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn restore(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Document>, ApiError> {
    authorize(&state, &caller, &id, Role::Owner).await?;
    state.rooms.store().set_trashed(&id, false).await?;
    let (access, role) = authorize(&state, &caller, &id, Role::Owner).await?;
    Ok(Json(Document::new(access, role)))
}

/// Delete a document from the trash for good, with its whole history (owner).
#[utoipa::path(delete, path = "/api/docs/{id}/forever",
    responses((status = 204), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn delete_forever(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let (access, _) = authorize(&state, &caller, &id, Role::Owner).await?;
    if access.meta.deleted_at.is_none() {
        return Err(ApiError::Conflict("move the document to the trash first"));
    }
    delete_forever_unchecked(&state, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Deletes a document after the caller has checked the right to: connections close first, so
/// that no update arrives after the delete.
pub async fn delete_forever_unchecked(state: &AppState, id: &str) -> Result<(), ApiError> {
    state.rooms.reauthorize(
        Some(id),
        std::sync::Arc::new(|_| tandem_collab::PeerAccess::Revoked),
    );
    state.rooms.store().delete_doc(id).await?;
    Ok(())
}

/// Download the document's whole state as one binary Yjs update (v1 encoding).
#[utoipa::path(get, path = "/api/docs/{id}/state",
    responses((status = 200, content_type = "application/octet-stream", body = Vec<u8>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn state(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    authorize(&state, &caller, &id, Role::Viewer).await?;
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
