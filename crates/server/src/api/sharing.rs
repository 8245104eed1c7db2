//! `/api/docs/{id}/…`: who a document is shared with. Any member may look; only owners change
//! it, and every change reaches the sockets already open at once.

use super::auth::clean_email;
use super::docs::ApiJson;
use super::users::PersonView;
use crate::access::{apply_to_live_connections, authorize};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use serde::{Deserialize, Serialize};
use tandem_store::accounts::{LinkAccess, Role};
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/docs/{id}/sharing", get(sharing))
        .route("/docs/{id}/members", put(set_member))
        .route("/docs/{id}/members/{user_id}", delete(remove_member))
        .route("/docs/{id}/invites/{email}", delete(remove_invite))
        .route("/docs/{id}/link", put(set_link))
        .route("/docs/{id}/transfer", post(transfer))
}

#[derive(Serialize, ToSchema)]
pub struct MemberView {
    user: PersonView,
    #[schema(value_type = String, example = "editor")]
    role: Role,
}

#[derive(Serialize, ToSchema)]
pub struct InviteView {
    email: String,
    #[schema(value_type = String, example = "viewer")]
    role: Role,
    created_at: i64,
}

#[derive(Serialize, ToSchema)]
pub struct Sharing {
    owner: Option<PersonView>,
    members: Vec<MemberView>,
    /// Invitations to emails that have no account yet; they become memberships at sign-up.
    invites: Vec<InviteView>,
    #[schema(value_type = Option<String>, example = "view")]
    link_access: Option<LinkAccess>,
    link_requires_login: bool,
}

#[derive(Deserialize, ToSchema)]
pub struct MemberChange {
    email: String,
    #[schema(value_type = String, example = "editor")]
    role: Role,
}

#[derive(Serialize, ToSchema)]
pub struct MemberOutcome {
    /// `member`: the account exists and has the role now; `invited`: an invitation was sent.
    status: &'static str,
}

#[derive(Deserialize, ToSchema)]
pub struct LinkChange {
    #[schema(value_type = Option<String>, example = "view")]
    access: Option<LinkAccess>,
    #[serde(default)]
    requires_login: bool,
}

#[derive(Deserialize, ToSchema)]
pub struct Transfer {
    user_id: String,
}

/// Who the document is shared with (members only).
#[utoipa::path(get, path = "/api/docs/{id}/sharing", responses((status = 200, body = Sharing), (status = 403), (status = 404)))]
pub async fn sharing(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
) -> Result<Json<Sharing>, ApiError> {
    let (access, _) = authorize(&state, &caller, &id, Role::Viewer).await?;
    let is_member = access.member_role.is_some()
        || access.meta.owner_id.as_deref() == caller.user().map(|u| u.id.as_str());
    if !is_member {
        return Err(ApiError::Forbidden(
            "only people the document is shared with can see who else it is shared with".into(),
        ));
    }
    let members = state.accounts.members(&id).await?;
    let invites = state.accounts.invites(&id).await?;
    Ok(Json(Sharing {
        owner: access.owner.map(PersonView::from),
        members: members
            .into_iter()
            .map(|member| MemberView {
                user: member.user.into(),
                role: member.role,
            })
            .collect(),
        invites: invites
            .into_iter()
            .map(|invite| InviteView {
                email: invite.email,
                role: invite.role,
                created_at: invite.created_at,
            })
            .collect(),
        link_access: access.link_access,
        link_requires_login: access.link_requires_login,
    }))
}

/// Share with someone by email, or change their role. An email without an account gets an
/// invitation (sent by SMTP when configured, otherwise written to the server log).
#[utoipa::path(put, path = "/api/docs/{id}/members", request_body = MemberChange,
    responses((status = 200, body = MemberOutcome), (status = 400), (status = 403), (status = 404)))]
pub async fn set_member(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<MemberChange>,
) -> Result<Json<MemberOutcome>, ApiError> {
    let (access, _) = authorize(&state, &caller, &id, Role::Owner).await?;
    let email = clean_email(&body.email)?;
    match state.accounts.user_login(&email).await? {
        Some((user, _)) => {
            if access.meta.owner_id.as_deref() == Some(user.id.as_str()) {
                return Err(ApiError::BadRequest(
                    "that is the document's owner; use transfer to change ownership".into(),
                ));
            }
            state.accounts.set_member(&id, &user.id, body.role).await?;
            apply_to_live_connections(&state, &id).await?;
            Ok(Json(MemberOutcome { status: "member" }))
        }
        None => {
            state.accounts.set_invite(&id, &email, body.role).await?;
            let inviter = caller.user().map_or("someone", |u| u.name.as_str());
            state
                .mailer
                .send_invite(&email, inviter, &access.meta.title, &id, body.role);
            Ok(Json(MemberOutcome { status: "invited" }))
        }
    }
}

/// Stop sharing with a member; their open connections close at once.
#[utoipa::path(delete, path = "/api/docs/{id}/members/{user_id}", responses((status = 204), (status = 403), (status = 404)))]
pub async fn remove_member(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, user_id)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    authorize(&state, &caller, &id, Role::Owner).await?;
    if !state.accounts.remove_member(&id, &user_id).await? {
        return Err(ApiError::NotFound("that user is not a member"));
    }
    apply_to_live_connections(&state, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Withdraw an invitation.
#[utoipa::path(delete, path = "/api/docs/{id}/invites/{email}", responses((status = 204), (status = 403), (status = 404)))]
pub async fn remove_invite(
    State(state): State<AppState>,
    caller: Caller,
    Path((id, email)): Path<(String, String)>,
) -> Result<StatusCode, ApiError> {
    authorize(&state, &caller, &id, Role::Owner).await?;
    if !state.accounts.remove_invite(&id, &email).await? {
        return Err(ApiError::NotFound("no such invitation"));
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Set what anyone with the link may do.
#[utoipa::path(put, path = "/api/docs/{id}/link", request_body = LinkChange, responses((status = 204), (status = 403), (status = 404)))]
pub async fn set_link(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<LinkChange>,
) -> Result<StatusCode, ApiError> {
    authorize(&state, &caller, &id, Role::Owner).await?;
    state
        .accounts
        .set_link(&id, body.access, body.requires_login)
        .await?;
    apply_to_live_connections(&state, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// Hand the document to another account (the current owner only); the previous owner stays
/// on as an editor.
#[utoipa::path(post, path = "/api/docs/{id}/transfer", request_body = Transfer,
    responses((status = 204), (status = 403), (status = 404)))]
pub async fn transfer(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<Transfer>,
) -> Result<StatusCode, ApiError> {
    let (access, _) = authorize(&state, &caller, &id, Role::Owner).await?;
    if access.meta.owner_id.as_deref() != caller.user().map(|u| u.id.as_str()) {
        return Err(ApiError::Forbidden(
            "only the document's owner can transfer it".into(),
        ));
    }
    state
        .accounts
        .transfer_owner(&id, &body.user_id)
        .await
        .map_err(|e| match e {
            tandem_store::StoreError::NotFound => ApiError::NotFound("no such user"),
            other => other.into(),
        })?;
    apply_to_live_connections(&state, &id).await?;
    Ok(StatusCode::NO_CONTENT)
}
