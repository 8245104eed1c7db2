//! Boards as `.excalidraw` files: export one (elements and its images inlined as data URLs, as
//! Excalidraw writes them) and import one as a new board (images stored on the server, the
//! document referencing them by URL).

use super::docs::{clean_title, create_owned, read_import, require_kind, Document, ErrorBody, ImportQuery};
use super::files::{file_url, store_image};
use crate::access::authorize;
use crate::auth::{Caller, SignedIn};
use crate::error::ApiError;
use crate::AppState;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use serde_json::{json, Map, Value};
use std::collections::HashMap;
use tandem_collab::board::{board_content, board_update, BoardContent};
use tandem_store::accounts::Role;
use tandem_store::DocKind;

/// Largest `.excalidraw` file accepted: images are inlined in it.
const MAX_IMPORT_BYTES: usize = 64 << 20;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/docs/{id}/excalidraw", get(export))
        .route("/boards/import", post(import).layer(DefaultBodyLimit::disable()))
}

/// The board as an `.excalidraw` file.
#[utoipa::path(get, path = "/api/docs/{id}/excalidraw",
    responses((status = 200, content_type = "application/json", body = Object), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let (access, _) = authorize(&state, &caller, &id, Role::Viewer).await?;
    require_kind(&access.meta, DocKind::Board, "board")?;
    let content = board_content(&state.rooms.document_state(&id).await?).map_err(ApiError::Internal)?;
    let mut files = Map::new();
    for (file_id, entry) in &content.files {
        let entry = serde_json::to_value(entry).unwrap_or_default();
        let url = entry["url"].as_str().unwrap_or_default();
        let Some(hash) = url.rsplit('/').next() else {
            continue;
        };
        // Only files recorded for this board: a document cannot reach another one's images.
        let Some(meta) = state.rooms.store().file(&id, hash).await? else {
            continue;
        };
        let Some(bytes) = state.files.get(&meta.hash).await? else {
            continue;
        };
        let data = base64::engine::general_purpose::STANDARD.encode(bytes);
        files.insert(
            file_id.clone(),
            json!({"id": file_id, "mimeType": meta.mime, "dataURL": format!("data:{};base64,{data}", meta.mime), "created": entry["created"]}),
        );
    }
    let elements: Vec<Value> = content
        .elements
        .iter()
        .map(|e| serde_json::to_value(e).unwrap_or_default())
        .collect();
    let scene = json!({
        "type": "excalidraw",
        "version": 2,
        "source": "tandem",
        "elements": elements,
        "appState": {"viewBackgroundColor": "#ffffff", "gridSize": null},
        "files": files,
    });
    let file_name = access.meta.title.replace(['"', '\\', '/'], " ");
    Ok((
        [
            (header::CONTENT_TYPE, "application/json".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}.excalidraw\""),
            ),
        ],
        Json(scene),
    ))
}

/// Creates a new board from an `.excalidraw` file (the file's JSON as the body).
#[utoipa::path(post, path = "/api/boards/import", params(ImportQuery),
    request_body(content = Object, content_type = "application/json"),
    responses((status = 201, body = Document), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 413, body = ErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<ImportQuery>,
    body: Body,
) -> Result<(StatusCode, Json<Document>), ApiError> {
    let bytes = read_import(body, MAX_IMPORT_BYTES, "an .excalidraw file").await?;
    let scene: Value =
        serde_json::from_slice(&bytes).map_err(|e| ApiError::BadRequest(format!("not a JSON file: {e}")))?;
    if scene["type"] != "excalidraw" || !scene["elements"].is_array() {
        return Err(ApiError::BadRequest("not an .excalidraw file".into()));
    }
    let title = clean_title(query.title.or_else(|| Some("Imported board".into())))?;
    let document = create_owned(&state, &signed_in, DocKind::Board, &title).await?;
    let id = document.id().to_owned();
    let mut content = BoardContent::default();
    for element in scene["elements"].as_array().into_iter().flatten() {
        if element["id"].is_string() {
            content.elements.push(
                serde_json::from_value(element.clone()).map_err(|e| ApiError::BadRequest(e.to_string()))?,
            );
        }
    }
    content.files = import_files(&state, &id, &signed_in, &scene["files"]).await?;
    state
        .rooms
        .store()
        .append_update(&id, board_update(&content))
        .await?;
    Ok((StatusCode::CREATED, Json(document)))
}

/// Stores the file's inlined images on the server; what the board's `files` map gets.
async fn import_files(
    state: &AppState,
    doc_id: &str,
    signed_in: &SignedIn,
    files: &Value,
) -> Result<HashMap<String, yrs::Any>, ApiError> {
    let mut imported = HashMap::new();
    for (file_id, file) in files.as_object().into_iter().flatten() {
        let Some(data) = file["dataURL"]
            .as_str()
            .and_then(|url| url.split_once(";base64,"))
            .map(|(_, data)| data)
        else {
            continue;
        };
        let Ok(bytes) = base64::engine::general_purpose::STANDARD.decode(data) else {
            continue;
        };
        // What is not an image or is too large is left out of the board, as an upload would be
        // refused; a store that fails fails the import.
        let stored = match store_image(state, doc_id, Some(signed_in.user.id.clone()), bytes).await {
            Ok(stored) => stored,
            Err(ApiError::TooLarge(_) | ApiError::UnsupportedType(_)) => continue,
            Err(other) => return Err(other),
        };
        let entry = json!({"url": file_url(doc_id, &stored.hash), "mimeType": stored.mime, "created": file["created"].as_f64().unwrap_or(0.0)});
        imported.insert(
            file_id.clone(),
            serde_json::from_value(entry).map_err(|e| ApiError::Internal(e.to_string()))?,
        );
    }
    Ok(imported)
}
