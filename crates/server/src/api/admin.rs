//! `/api/admin`: accounts and server figures, for administrators only.

use super::docs::ApiJson;
use super::users::AdminUserView;
use crate::access::{close_connections, Revoked};
use crate::auth::Admin;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{get, patch};
use axum::{Json, Router};
use serde::{Deserialize, Deserializer, Serialize};
use tandem_store::accounts::UserChanges;
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/admin/users", get(list_users))
        .route("/admin/users/{id}", patch(update_user).delete(delete_user))
        .route("/admin/stats", get(stats))
}

/// Fields to change; absent fields stay as they are, `null` quotas mean unlimited.
#[derive(Deserialize, ToSchema)]
pub struct UserUpdate {
    disabled: Option<bool>,
    is_admin: Option<bool>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>)]
    max_docs: Option<Option<i64>>,
    #[serde(default, deserialize_with = "present")]
    #[schema(value_type = Option<i64>)]
    max_doc_bytes: Option<Option<i64>>,
}

/// Tells a field set to `null` (`Some(None)`) from an absent one (`None`).
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<Option<i64>>, D::Error> {
    Option::<i64>::deserialize(deserializer).map(Some)
}

#[derive(Serialize, ToSchema)]
pub struct Stats {
    users: i64,
    documents: i64,
    rooms_loaded: usize,
    connections: i64,
}

/// List every account with how many documents it owns.
#[utoipa::path(get, path = "/api/admin/users", responses((status = 200, body = Vec<AdminUserView>), (status = 403)))]
pub async fn list_users(
    State(state): State<AppState>,
    _admin: Admin,
) -> Result<Json<Vec<AdminUserView>>, ApiError> {
    let users = state.accounts.list_users().await?;
    Ok(Json(users.into_iter().map(AdminUserView::from).collect()))
}

/// Disable or enable an account, make it an administrator, set its quotas.
#[utoipa::path(patch, path = "/api/admin/users/{id}", request_body = UserUpdate,
    responses((status = 200, body = AdminUserView), (status = 400), (status = 403), (status = 404)))]
pub async fn update_user(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<UserUpdate>,
) -> Result<Json<AdminUserView>, ApiError> {
    if id == admin.user.id && (body.disabled == Some(true) || body.is_admin == Some(false)) {
        return Err(ApiError::BadRequest(
            "you cannot disable yourself or remove your own administrator role".into(),
        ));
    }
    for quota in [body.max_docs, body.max_doc_bytes]
        .into_iter()
        .flatten()
        .flatten()
    {
        if quota < 0 {
            return Err(ApiError::BadRequest("quotas cannot be negative".into()));
        }
    }
    let changes = UserChanges {
        disabled: body.disabled,
        is_admin: body.is_admin,
        max_docs: body.max_docs,
        max_doc_bytes: body.max_doc_bytes,
        ..UserChanges::default()
    };
    let user = state
        .accounts
        .update_user(&id, changes)
        .await
        .map_err(|e| match e {
            tandem_store::StoreError::NotFound => ApiError::NotFound("no such user"),
            other => other.into(),
        })?;
    if user.disabled {
        state.accounts.delete_user_sessions(&user.id, None).await?;
        close_connections(
            &state,
            Revoked::Account {
                user: user.id.clone(),
            },
        );
    }
    let usage = state
        .accounts
        .user_with_usage(&id)
        .await?
        .ok_or(ApiError::NotFound("no such user"))?;
    Ok(Json(AdminUserView::from(usage)))
}

/// Delete an account, the documents it owns, its sessions and tokens.
#[utoipa::path(delete, path = "/api/admin/users/{id}", responses((status = 204), (status = 400), (status = 403), (status = 404)))]
pub async fn delete_user(
    State(state): State<AppState>,
    Admin(admin): Admin,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    if id == admin.user.id {
        return Err(ApiError::BadRequest("you cannot delete your own account".into()));
    }
    if state.accounts.user_by_id(&id).await?.is_none() {
        return Err(ApiError::NotFound("no such user"));
    }
    close_connections(&state, Revoked::Account { user: id.clone() });
    for doc_id in state.accounts.owned_doc_ids(&id).await? {
        super::docs::delete_forever_unchecked(&state, &doc_id).await?;
    }
    state.accounts.delete_user(&id).await?;
    tracing::info!(user = %id, by = %admin.user.id, "account deleted");
    Ok(StatusCode::NO_CONTENT)
}

/// Figures about this server.
#[utoipa::path(get, path = "/api/admin/stats", responses((status = 200, body = Stats), (status = 403)))]
pub async fn stats(State(state): State<AppState>, _admin: Admin) -> Result<Json<Stats>, ApiError> {
    let totals = state.accounts.totals().await?;
    Ok(Json(Stats {
        users: totals.users,
        documents: totals.documents,
        rooms_loaded: state.rooms.loaded(),
        connections: state.rooms.metrics().connections_open.get(),
    }))
}
