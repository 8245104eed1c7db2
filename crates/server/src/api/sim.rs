//! Sim: the component catalog, a document's shared run (start, pause, speed, failures, stop),
//! the load sweep, the run's metrics as CSV, and diagrams imported from JSON. docs/SIM.md.

use super::docs::{clean_title, create_owned, read_import, require_kind, Document, ErrorBody, ImportQuery};
use crate::access::authorize;
use crate::auth::{Caller, SignedIn};
use crate::error::ApiError;
use crate::sim::{valid_speed, Run, RunView, StartError};
use crate::AppState;
use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::{delete, get, post};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::sync::Arc;
use tandem_sim::{Diagram, FailureKind, Sweep};
use tandem_store::accounts::Role;
use tandem_store::DocKind;
use utoipa::ToSchema;

/// Largest diagram JSON accepted for import.
const MAX_IMPORT_BYTES: usize = 4 << 20;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/sim/catalog", get(catalog))
        .route("/sim/import", post(import))
        .route("/docs/{id}/sim", get(status))
        .route("/docs/{id}/sim/run", post(start))
        .route("/docs/{id}/sim/control", post(control))
        .route("/docs/{id}/sim/failures", post(inject))
        .route("/docs/{id}/sim/failures/{failure}", delete(heal))
        .route("/docs/{id}/sim/sweep", post(sweep))
        .route("/docs/{id}/sim/metrics.csv", get(metrics_csv))
}

impl From<StartError> for ApiError {
    fn from(error: StartError) -> Self {
        match error {
            StartError::AlreadyRunning => {
                ApiError::Conflict("a simulation of this diagram is already running; stop it first")
            }
            StartError::UserLimit(_) | StartError::ServerBusy(_) => ApiError::LimitReached(error.to_string()),
        }
    }
}

impl From<tandem_sim::DiagramError> for ApiError {
    fn from(error: tandem_sim::DiagramError) -> Self {
        ApiError::BadRequest(error.0)
    }
}

/// The component kinds, their parameters, defaults and limits: what the editor's side panel
/// is drawn from.
#[utoipa::path(get, path = "/api/sim/catalog", responses((status = 200, body = Object)))]
pub async fn catalog() -> Json<Value> {
    Json(tandem_sim::catalog::catalog_json())
}

/// Authorises the caller for a `sim` document.
async fn sim_document(state: &AppState, caller: &Caller, id: &str, need: Role) -> Result<(), ApiError> {
    let (access, _) = authorize(state, caller, id, need).await?;
    require_kind(&access.meta, DocKind::Sim, "simulation")
}

/// The document's diagram as it is now, read and checked off the async workers.
async fn diagram(state: &AppState, id: &str) -> Result<Diagram, ApiError> {
    let document = state.rooms.document_state(id).await?;
    tokio::task::spawn_blocking(move || Ok(Diagram::from_update(&document)?))
        .await
        .map_err(|e| ApiError::Internal(format!("reading the diagram failed: {e}")))?
}

fn current_run(state: &AppState, id: &str) -> Result<Arc<Run>, ApiError> {
    state
        .sim_runs
        .get(id)
        .filter(|run| {
            matches!(
                run.status().state,
                crate::sim::RunState::Running | crate::sim::RunState::Paused
            )
        })
        .ok_or(ApiError::Conflict("no simulation of this diagram is running"))
}

#[derive(Serialize, ToSchema)]
pub struct SimStatus {
    /// The current or last run; null when the diagram has not been run.
    #[schema(value_type = Object)]
    run: Option<RunView>,
    /// Its latest metrics frame (docs/SIM.md).
    #[schema(value_type = Object)]
    frame: Option<Value>,
}

/// The document's current or last run and its latest metrics frame.
#[utoipa::path(get, path = "/api/docs/{id}/sim",
    responses((status = 200, body = SimStatus), (status = 404, body = ErrorBody)))]
pub async fn status(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<SimStatus>, ApiError> {
    sim_document(&state, &caller, &id, Role::Viewer).await?;
    let run = state.sim_runs.get(&id);
    Ok(Json(SimStatus {
        run: run.as_ref().map(|run| run.status()),
        frame: run.map(|run| run.frame()),
    }))
}

#[derive(Deserialize, ToSchema, Default)]
pub struct StartRequest {
    /// 1, 10 or 0 (as fast as possible); 1 when left out.
    speed: Option<f64>,
}

/// Starts a run of the diagram as it is now, shared by everyone in the document.
#[utoipa::path(post, path = "/api/docs/{id}/sim/run", request_body = StartRequest,
    responses((status = 201, body = Object), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn start(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Option<Json<StartRequest>>,
) -> Result<(StatusCode, Json<RunView>), ApiError> {
    sim_document(&state, &caller, &id, Role::Editor).await?;
    let speed = body.and_then(|Json(body)| body.speed).unwrap_or(1.0);
    if !valid_speed(speed) {
        return Err(ApiError::BadRequest(
            "speed must be 1, 10 or 0 (as fast as possible)".into(),
        ));
    }
    let diagram = diagram(&state, &id).await?;
    let (owner, name) = match caller.user() {
        Some(user) => (user.id.clone(), user.name.clone()),
        None => ("anonymous".to_string(), "Someone with the link".to_string()),
    };
    let run = state
        .sim_runs
        .start(&state.rooms, &id, diagram, &owner, &name, speed)?;
    Ok((StatusCode::CREATED, Json(run.status())))
}

#[derive(Deserialize, ToSchema)]
pub struct ControlRequest {
    /// `pause`, `resume`, `stop` or `speed`.
    action: String,
    /// For `speed`: 1, 10 or 0 (as fast as possible).
    speed: Option<f64>,
}

/// Pauses, resumes, stops or changes the speed of the document's run.
#[utoipa::path(post, path = "/api/docs/{id}/sim/control", request_body = ControlRequest,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn control(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Json(request): Json<ControlRequest>,
) -> Result<StatusCode, ApiError> {
    sim_document(&state, &caller, &id, Role::Editor).await?;
    let run = current_run(&state, &id)?;
    match (request.action.as_str(), request.speed) {
        ("pause", _) => run.pause(),
        ("resume", _) => run.resume(),
        ("stop", _) => run.stop(),
        ("speed", Some(speed)) if valid_speed(speed) => run.set_speed(speed),
        ("speed", _) => {
            return Err(ApiError::BadRequest(
                "speed must be 1, 10 or 0 (as fast as possible)".into(),
            ))
        }
        _ => {
            return Err(ApiError::BadRequest(
                "action must be pause, resume, stop or speed".into(),
            ))
        }
    }
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Deserialize, ToSchema)]
pub struct FailureRequest {
    /// `kill`, `killInstance`, `slow`, `errors`, `cut` or `zone`.
    #[schema(value_type = String)]
    kind: FailureKind,
    /// A component id; an edge id for `cut`; a zone name for `zone`.
    target: String,
    /// `slow`: the service-time multiplier (default 5); `errors`: the error rate (default 0.5).
    factor: Option<f64>,
}

#[derive(Serialize, ToSchema)]
pub struct FailureCreated {
    id: String,
}

/// Injects a failure into the running simulation.
#[utoipa::path(post, path = "/api/docs/{id}/sim/failures", request_body = FailureRequest,
    responses((status = 201, body = FailureCreated), (status = 400, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn inject(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    Json(request): Json<FailureRequest>,
) -> Result<(StatusCode, Json<FailureCreated>), ApiError> {
    sim_document(&state, &caller, &id, Role::Editor).await?;
    let run = current_run(&state, &id)?;
    let failure = run
        .inject(request.kind, request.target, request.factor)
        .await
        .map_err(ApiError::BadRequest)?;
    Ok((StatusCode::CREATED, Json(FailureCreated { id: failure })))
}

/// Heals an injected failure.
#[utoipa::path(delete, path = "/api/docs/{id}/sim/failures/{failure}",
    responses((status = 204), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn heal(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, failure)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    sim_document(&state, &caller, &id, Role::Editor).await?;
    let run = current_run(&state, &id)?;
    match run.heal(failure).await {
        Some(true) => Ok(StatusCode::NO_CONTENT),
        Some(false) => Err(ApiError::NotFound("no such failure")),
        None => Err(ApiError::Conflict("no simulation of this diagram is running")),
    }
}

/// "What breaks first": runs the diagram at rising load until it misses its latency objective
/// (`scenario.sloMs`) and says what broke.
#[utoipa::path(post, path = "/api/docs/{id}/sim/sweep",
    responses((status = 200, body = Object), (status = 400, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub async fn sweep(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Sweep>, ApiError> {
    sim_document(&state, &caller, &id, Role::Editor).await?;
    let diagram = diagram(&state, &id).await?;
    let _turn = state.sim_runs.sweeps.try_acquire().map_err(|_| {
        ApiError::LimitReached("another load sweep is running on this server; try again in a minute".into())
    })?;
    let result = tokio::task::spawn_blocking(move || tandem_sim::sweep(&diagram))
        .await
        .map_err(|e| ApiError::Internal(format!("sweep failed: {e}")))?;
    Ok(Json(result))
}

/// The current or last run's metrics, one row per component per frame.
#[utoipa::path(get, path = "/api/docs/{id}/sim/metrics.csv",
    responses((status = 200, content_type = "text/csv", body = String), (status = 404, body = ErrorBody)))]
pub async fn metrics_csv(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<impl IntoResponse, ApiError> {
    sim_document(&state, &caller, &id, Role::Viewer).await?;
    let run = state
        .sim_runs
        .get(&id)
        .ok_or(ApiError::NotFound("this diagram has not been run yet"))?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"simulation-metrics.csv\"".to_string(),
            ),
        ],
        run.csv(),
    ))
}

/// Creates a new simulation document from a diagram's JSON export. Nothing is created when the
/// JSON is not a diagram that could run.
#[utoipa::path(post, path = "/api/sim/import", params(ImportQuery),
    request_body(content = Object, content_type = "application/json"),
    responses((status = 201, body = Document), (status = 400, body = ErrorBody), (status = 413, body = ErrorBody)))]
pub async fn import(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Query(query): Query<ImportQuery>,
    body: Body,
) -> Result<(StatusCode, Json<Document>), ApiError> {
    let bytes = read_import(body, MAX_IMPORT_BYTES, "a diagram").await?;
    let json: Value =
        serde_json::from_slice(&bytes).map_err(|e| ApiError::BadRequest(format!("not a JSON file: {e}")))?;
    let update = tandem_sim::document_update(&json)?;
    let title = clean_title(query.title.or_else(|| Some("Imported simulation".into())))?;
    let document = create_owned(&state, &signed_in, DocKind::Sim, &title).await?;
    state.rooms.store().append_update(document.id(), update).await?;
    Ok((StatusCode::CREATED, Json(document)))
}
