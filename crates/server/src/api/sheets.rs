//! Sheets for scripts and files: computed values of a range (like the Google Sheets values
//! API), the workbook as XLSX, a sheet as CSV, and XLSX or CSV files imported as new workbooks.
//! Values are computed here with the engine the browser runs (tandem-sheets).

use super::docs::{clean_title, create_owned, read_import, require_kind, Document, ErrorBody, ImportQuery};
use crate::access::{authorize, owner_quota};
use crate::auth::{Caller, SignedIn};
use crate::error::ApiError;
use crate::AppState;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::Value as JsonValue;
use tandem_sheets::{Evaluated, SheetsError, Value};
use tandem_store::accounts::Role;
use tandem_store::DocKind;
use utoipa::{IntoParams, ToSchema};

/// Largest XLSX or CSV file accepted for import.
const MAX_IMPORT_BYTES: usize = 20 << 20;
/// Most cells an imported workbook may hold: bounds the document a file can make.
const MAX_IMPORT_CELLS: usize = 2_000_000;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/docs/{id}/values", get(values).put(write_values))
        .route("/docs/{id}/xlsx", get(xlsx))
        .route("/docs/{id}/csv", get(csv))
        .route("/sheets/import", post(import).layer(DefaultBodyLimit::disable()))
}

impl From<SheetsError> for ApiError {
    fn from(error: SheetsError) -> Self {
        match error {
            SheetsError::BadFile(_) | SheetsError::BadRange(_) => ApiError::BadRequest(error.to_string()),
            SheetsError::Document(_) | SheetsError::Engine(_) => ApiError::Internal(error.to_string()),
        }
    }
}

/// Reads a sheet document and evaluates it, off the async workers (a large workbook takes a
/// while to compute).
async fn evaluated(state: &AppState, caller: &Caller, id: &str) -> Result<(Evaluated, String), ApiError> {
    let (access, _) = authorize(state, caller, id, Role::Viewer).await?;
    require_kind(&access.meta, DocKind::Sheet, "spreadsheet")?;
    let document = state.rooms.document_state(id).await?;
    let evaluated = tokio::task::spawn_blocking(move || {
        tandem_sheets::read_workbook(&document).and_then(|w| tandem_sheets::evaluate(&w))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("evaluation failed: {e}")))??;
    Ok((evaluated, access.meta.title))
}

#[derive(Deserialize, IntoParams)]
pub struct ValuesQuery {
    /// A1 range, e.g. `Sheet1!A1:C10`; without one, the first sheet's used range.
    range: Option<String>,
    /// `formatted` (default): values as the grid shows them, as strings; `raw`: numbers,
    /// booleans, strings, and null for empty cells.
    render: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct ValueRange {
    /// The range read, with its sheet, e.g. `Sheet1!A1:C10`.
    range: String,
    /// Rows of values, top to bottom.
    #[schema(value_type = Vec<Vec<Object>>)]
    values: Vec<Vec<JsonValue>>,
}

/// The computed values of a range.
#[utoipa::path(get, path = "/api/docs/{id}/values", params(ValuesQuery),
    responses((status = 200, body = ValueRange), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn values(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(query): Query<ValuesQuery>,
) -> Result<Json<ValueRange>, ApiError> {
    let raw = match query.render.as_deref() {
        None | Some("formatted") => false,
        Some("raw") => true,
        Some(other) => {
            return Err(ApiError::BadRequest(format!(
                "render must be formatted or raw, not {other:?}"
            )))
        }
    };
    let (evaluated, _) = evaluated(&state, &caller, &id).await?;
    let range = evaluated.range(query.range.as_deref())?;
    let values = (range.top..=range.bottom)
        .map(|row| {
            (range.left..=range.right)
                .map(|col| {
                    if !raw {
                        return JsonValue::from(evaluated.display(range.sheet, row, col));
                    }
                    match evaluated.value(range.sheet, row, col) {
                        Value::Empty => JsonValue::Null,
                        Value::Number(n) => JsonValue::from(n),
                        Value::Text(s) => JsonValue::from(s),
                        Value::Bool(b) => JsonValue::from(b),
                    }
                })
                .collect()
        })
        .collect();
    Ok(Json(ValueRange {
        range: evaluated.range_name(&range),
        values,
    }))
}

#[derive(Deserialize, ToSchema)]
pub struct NewValues {
    /// Rows of inputs as a person would type them (`=SUM(A1:A3)` for a formula); `""` clears
    /// a cell.
    values: Vec<Vec<String>>,
}

#[derive(Serialize, ToSchema)]
#[serde(rename_all = "camelCase")]
pub struct UpdatedValues {
    /// The cells written, with their sheet, e.g. `Sheet1!B2:C3`.
    updated_range: String,
    updated_cells: usize,
}

/// How long a REST write waits for the document to have it on disk.
const WRITE_DURABLE_WITHIN: std::time::Duration = std::time::Duration::from_secs(15);

/// Writes inputs into a range, from its top-left cell (like the Google Sheets values API): an
/// edit like any other, seen live by everyone in the sheet, answered once it is durable.
#[utoipa::path(put, path = "/api/docs/{id}/values", params(ValuesQuery), request_body = NewValues,
    responses((status = 200, body = UpdatedValues), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn write_values(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(query): Query<ValuesQuery>,
    Json(body): Json<NewValues>,
) -> Result<Json<UpdatedValues>, ApiError> {
    let (access, _) = authorize(&state, &caller, &id, Role::Editor).await?;
    require_kind(&access.meta, DocKind::Sheet, "spreadsheet")?;
    let cells: usize = body.values.iter().map(Vec::len).sum();
    if cells > tandem_sheets::MAX_RANGE_CELLS {
        return Err(ApiError::TooLarge(format!(
            "a write is limited to {} cells",
            tandem_sheets::MAX_RANGE_CELLS
        )));
    }
    let document = state.rooms.document_state(&id).await?;
    let text = query.range.unwrap_or_else(|| "A1".into());
    let written =
        tokio::task::spawn_blocking(move || tandem_sheets::values_update(&document, &text, &body.values))
            .await
            .map_err(|e| ApiError::Internal(format!("write failed: {e}")))??;
    apply_as_peer(
        &state,
        &caller,
        &id,
        owner_quota(&state, &access).await?,
        written.update,
    )
    .await?;
    Ok(Json(UpdatedValues {
        updated_range: written.range,
        updated_cells: cells,
    }))
}

/// Applies an update through the document's room, as a client would: the room checks the
/// quota, fans it out to everyone connected and stores it; this waits for the `saved`
/// acknowledgement, so an answered write is durable.
async fn apply_as_peer(
    state: &AppState,
    caller: &Caller,
    id: &str,
    max_doc_bytes: Option<usize>,
    update: Vec<u8>,
) -> Result<(), ApiError> {
    use tandem_collab::{close_code, Outgoing, PeerOptions};
    let options = PeerOptions {
        save_acks: true,
        principal: caller.0.as_ref().map(|signed_in| signed_in.principal().into()),
        author: caller.user().map(|user| user.id.as_str().into()),
        max_doc_bytes,
        ..PeerOptions::default()
    };
    let (sender, mut receiver) = state.rooms.join(id, options).await?.split();
    if !sender.send(tandem_protocol::encode_update(&update).into()).await {
        return Err(ApiError::Unavailable("the document closed; try again".into()));
    }
    let acknowledged = async {
        loop {
            match receiver.next().await {
                Outgoing::Frame(frame) => {
                    if tandem_protocol::decode_saved(&frame).is_some_and(|n| n >= 1) {
                        return Ok(());
                    }
                }
                Outgoing::Close(close) if close.code == close_code::QUOTA_EXCEEDED => {
                    return Err(ApiError::QuotaExceeded(close.reason.into_owned()));
                }
                Outgoing::Close(close) => return Err(ApiError::Unavailable(close.reason.into_owned())),
            }
        }
    };
    tokio::time::timeout(WRITE_DURABLE_WITHIN, acknowledged)
        .await
        .map_err(|_| {
            ApiError::Unavailable("the write was not stored in time; it may still be applied".into())
        })?
}

fn attachment(title: &str, extension: &str, mime: &'static str, bytes: Vec<u8>) -> impl IntoResponse {
    let file_name = title.replace(['"', '\\', '/'], " ");
    (
        [
            (header::CONTENT_TYPE, mime.to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{file_name}.{extension}\""),
            ),
        ],
        bytes,
    )
}

/// The whole workbook as an XLSX file.
#[utoipa::path(get, path = "/api/docs/{id}/xlsx",
    responses((status = 200, content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body = Vec<u8>), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn xlsx(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    let (evaluated, title) = evaluated(&state, &caller, &id).await?;
    let bytes = evaluated.to_xlsx()?;
    Ok(attachment(
        &title,
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        bytes,
    ))
}

#[derive(Deserialize, IntoParams)]
pub struct CsvQuery {
    /// The sheet's name; the first sheet without one.
    sheet: Option<String>,
}

/// One sheet's shown values as CSV.
#[utoipa::path(get, path = "/api/docs/{id}/csv", params(CsvQuery),
    responses((status = 200, content_type = "text/csv", body = String), (status = 400, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn csv(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Query(query): Query<CsvQuery>,
) -> Result<impl IntoResponse, ApiError> {
    let (evaluated, title) = evaluated(&state, &caller, &id).await?;
    let sheet = match &query.sheet {
        Some(name) => evaluated.sheet_index(name)?,
        None => 0,
    };
    let bytes = evaluated.to_csv(sheet)?;
    Ok(attachment(&title, "csv", "text/csv; charset=utf-8", bytes))
}

/// Creates a new workbook from an XLSX or CSV file (the file as the body; XLSX is recognised by
/// its content). Nothing is created when the file cannot be read.
#[utoipa::path(post, path = "/api/sheets/import", params(ImportQuery),
    request_body(content = Vec<u8>, content_type = "application/octet-stream"),
    responses((status = 201, body = Document), (status = 400, body = ErrorBody), (status = 403, body = ErrorBody), (status = 413, body = ErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<ImportQuery>,
    body: Body,
) -> Result<(StatusCode, Json<Document>), ApiError> {
    let bytes = read_import(body, MAX_IMPORT_BYTES, "a spreadsheet file").await?;
    let title = clean_title(query.title.or_else(|| Some("Imported spreadsheet".into())))?;
    let sheet_name = "Sheet1".to_owned();
    // Read and convert the whole file before creating anything: a bad file leaves no document.
    let update = tokio::task::spawn_blocking(move || -> Result<Vec<u8>, ApiError> {
        let sheets = if bytes.starts_with(b"PK\x03\x04") {
            tandem_sheets::read_xlsx(&bytes)?
        } else {
            vec![tandem_sheets::read_csv(&bytes, &sheet_name)?]
        };
        let cells: usize = sheets.iter().flat_map(|s| &s.inputs).map(Vec::len).sum();
        if cells > MAX_IMPORT_CELLS {
            return Err(ApiError::TooLarge(format!(
                "a spreadsheet is limited to {MAX_IMPORT_CELLS} cells; this one has {cells}"
            )));
        }
        if sheets.is_empty() {
            return Err(ApiError::BadRequest("the file holds no sheet".into()));
        }
        Ok(tandem_sheets::workbook_update(&sheets))
    })
    .await
    .map_err(|e| ApiError::Internal(format!("import failed: {e}")))??;
    let document = create_owned(&state, &signed_in, DocKind::Sheet, &title).await?;
    state.rooms.store().append_update(document.id(), update).await?;
    Ok((StatusCode::CREATED, Json(document)))
}
