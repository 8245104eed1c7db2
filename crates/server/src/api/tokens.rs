//! `/api/tokens`: personal API tokens for scripts. A token acts as its owner, on REST
//! (`Authorization: Bearer …`) and on the sync socket (`?token=…`).

use super::docs::ApiJson;
use crate::access::{close_connections, Revoked};
use crate::auth::{secret, SignedIn};
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tandem_store::accounts::ApiToken;
use tandem_store::now_millis;
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/tokens", get(list).post(create))
        .route("/tokens/{id}", delete(revoke))
}

#[derive(Serialize, ToSchema)]
pub struct TokenView {
    id: String,
    name: String,
    created_at: i64,
    last_used_at: Option<i64>,
    /// The secret, present only in the answer that created it.
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<String>,
}

impl From<ApiToken> for TokenView {
    fn from(token: ApiToken) -> Self {
        TokenView {
            id: token.id,
            name: token.name,
            created_at: token.created_at,
            last_used_at: token.last_used_at,
            token: None,
        }
    }
}

#[derive(Deserialize, ToSchema)]
pub struct CreateToken {
    name: String,
}

const MAX_TOKEN_NAME_CHARS: usize = 80;

/// List the current user's API tokens (never their secrets).
#[utoipa::path(get, path = "/api/tokens", responses((status = 200, body = Vec<TokenView>), (status = 401)))]
pub async fn list(
    State(state): State<AppState>,
    signed_in: SignedIn,
) -> Result<Json<Vec<TokenView>>, ApiError> {
    let tokens = state.accounts.list_tokens(&signed_in.user.id).await?;
    Ok(Json(tokens.into_iter().map(TokenView::from).collect()))
}

/// Create an API token. The answer holds the secret; it is not shown again.
#[utoipa::path(post, path = "/api/tokens", request_body = CreateToken,
    responses((status = 201, body = TokenView), (status = 400), (status = 401)))]
pub async fn create(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ApiJson(body): ApiJson<CreateToken>,
) -> Result<(StatusCode, Json<TokenView>), ApiError> {
    let name = body.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > MAX_TOKEN_NAME_CHARS {
        return Err(ApiError::BadRequest(format!(
            "the token name must have 1 to {MAX_TOKEN_NAME_CHARS} characters"
        )));
    }
    let secret = secret::new_token();
    let token = ApiToken {
        id: secret::new_id(),
        user_id: signed_in.user.id.clone(),
        name,
        created_at: now_millis(),
        last_used_at: None,
    };
    state
        .accounts
        .create_token(token.clone(), secret::hash(&secret))
        .await?;
    let mut view = TokenView::from(token);
    view.token = Some(secret);
    Ok((StatusCode::CREATED, Json(view)))
}

/// Revoke an API token; sockets opened with it close at once.
#[utoipa::path(delete, path = "/api/tokens/{id}", responses((status = 204), (status = 401), (status = 404)))]
pub async fn revoke(
    State(state): State<AppState>,
    signed_in: SignedIn,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    if !state.accounts.delete_token(&signed_in.user.id, &id).await? {
        return Err(ApiError::NotFound("no such token"));
    }
    let principal = format!("{}/t:{id}", signed_in.user.id);
    close_connections(&state, Revoked::Principal { principal });
    Ok(StatusCode::NO_CONTENT)
}
