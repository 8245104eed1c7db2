//! `/api/docs/{id}/versions`: a document's version history. Automatic versions are saved by the
//! room while people edit (`tandem-collab`); named ones here. Restoring one is an ordinary edit
//! a client makes from its state, so it reaches everyone through the sync socket like any other.

use super::docs::{ApiJson, ErrorBody};
use super::users::PersonView;
use crate::access::authorize;
use crate::auth::Caller;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use tandem_store::accounts::Role;
use tandem_store::VersionMeta;
use utoipa::ToSchema;

const MAX_NAME_CHARS: usize = 200;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/docs/{id}/versions", get(list).post(create))
        .route("/docs/{id}/versions/{version}/state", get(state))
}

/// A saved state of the document. Times are milliseconds since the Unix epoch.
#[derive(Serialize, ToSchema)]
pub struct VersionView {
    id: String,
    /// `null` for an automatic version.
    name: Option<String>,
    created_at: i64,
    /// Who named it, or for an automatic version who edited since the one before. Accounts
    /// deleted since are left out.
    authors: Vec<PersonView>,
}

#[derive(Deserialize, ToSchema)]
pub struct NewVersion {
    name: String,
}

/// The versions as shown, each distinct author looked up once (a long history names the same
/// few people over and over).
async fn views(state: &AppState, versions: Vec<VersionMeta>) -> Result<Vec<VersionView>, ApiError> {
    let mut people: HashMap<String, Option<PersonView>> = HashMap::new();
    let mut views = Vec::with_capacity(versions.len());
    for version in versions {
        let mut authors = Vec::with_capacity(version.authors.len());
        for id in version.authors {
            if !people.contains_key(&id) {
                let person = state.accounts.user_by_id(&id).await?.map(PersonView::from);
                people.insert(id.clone(), person);
            }
            authors.extend(people[&id].clone());
        }
        views.push(VersionView {
            id: version.id,
            name: version.name,
            created_at: version.created_at,
            authors,
        });
    }
    Ok(views)
}

/// The document's versions, newest first.
#[utoipa::path(get, path = "/api/docs/{id}/versions",
    responses((status = 200, body = Vec<VersionView>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Vec<VersionView>>, ApiError> {
    authorize(&state, &caller, &id, Role::Viewer).await?;
    let versions = state.rooms.store().list_versions(&id).await?;
    Ok(Json(views(&state, versions).await?))
}

/// Saves the document as it is now under a name.
#[utoipa::path(post, path = "/api/docs/{id}/versions", request_body = NewVersion,
    responses((status = 201, body = VersionView), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn create(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<NewVersion>,
) -> Result<(StatusCode, Json<VersionView>), ApiError> {
    authorize(&state, &caller, &id, Role::Editor).await?;
    let name = body.name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        return Err(ApiError::BadRequest(format!(
            "a version name has 1 to {MAX_NAME_CHARS} characters"
        )));
    }
    let authors: Vec<String> = caller.user().map(|user| user.id.clone()).into_iter().collect();
    let document = state.rooms.document_state(&id).await?;
    let saved = state
        .rooms
        .store()
        .save_version(&id, Some(name), &authors, document)
        .await?;
    Ok((
        StatusCode::CREATED,
        Json(views(&state, vec![saved]).await?.remove(0)),
    ))
}

/// The document as it was in a version: one binary Yjs update (v1 encoding).
#[utoipa::path(get, path = "/api/docs/{id}/versions/{version}/state",
    responses((status = 200, content_type = "application/octet-stream", body = Vec<u8>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn state(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, version)): Path<(String, String)>,
) -> Result<impl IntoResponse, ApiError> {
    authorize(&state, &caller, &id, Role::Viewer).await?;
    let Some(update) = state.rooms.store().load_version(&id, &version).await? else {
        return Err(ApiError::NotFound("no such version"));
    };
    Ok(([(header::CONTENT_TYPE, "application/octet-stream")], update))
}
