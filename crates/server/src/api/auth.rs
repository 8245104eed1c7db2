//! `/api/auth`: sign up, log in and out, the current user, password change.

use super::docs::ApiJson;
use super::users::UserView;
use crate::access::{close_connections, Revoked};
use crate::auth::{self, password, secret, ClientIp, Credential, SignedIn};
use crate::error::ApiError;
use crate::AppState;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Deserialize;
use tandem_store::accounts::{NewUser, UserChanges};
use tandem_store::{now_millis, StoreError};
use utoipa::ToSchema;

pub fn router() -> Router<AppState> {
    Router::new()
        .route("/auth/signup", post(signup))
        .route("/auth/login", post(login))
        .route("/auth/logout", post(logout))
        .route("/auth/logout-all", post(logout_all))
        .route("/auth/me", get(me))
        .route("/auth/password", post(change_password))
}

#[derive(Deserialize, ToSchema)]
pub struct Signup {
    email: String,
    name: String,
    password: String,
}

#[derive(Deserialize, ToSchema)]
pub struct Login {
    email: String,
    password: String,
}

#[derive(Deserialize, ToSchema)]
pub struct PasswordChange {
    current_password: String,
    new_password: String,
}

const MAX_NAME_CHARS: usize = 80;
const MAX_EMAIL_CHARS: usize = 254;

/// Normalises and checks an email address: trimmed, one `@` with text on both sides.
pub fn clean_email(email: &str) -> Result<String, ApiError> {
    let email = email.trim();
    let valid = email.chars().count() <= MAX_EMAIL_CHARS
        && !email.chars().any(char::is_whitespace)
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty() && domain.contains('.') && !domain.contains('@')
        });
    if valid {
        Ok(email.to_owned())
    } else {
        Err(ApiError::BadRequest("enter a valid email address".into()))
    }
}

pub fn clean_name(name: &str) -> Result<String, ApiError> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        return Err(ApiError::BadRequest(format!(
            "the name must have 1 to {MAX_NAME_CHARS} characters"
        )));
    }
    Ok(name.to_owned())
}

/// Creates an account and returns it (used by sign-up and `tandem user create`).
pub async fn create_account(
    state: &AppState,
    email: &str,
    name: &str,
    password: String,
    is_admin: bool,
) -> Result<tandem_store::accounts::User, ApiError> {
    let email = clean_email(email)?;
    let name = clean_name(name)?;
    password::check_rules(&password).map_err(ApiError::BadRequest)?;
    let password_hash = password::hash(password)
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let user = NewUser {
        id: secret::new_id(),
        email,
        name,
        password_hash,
        is_admin,
    };
    state.accounts.create_user(user).await.map_err(|e| match e {
        StoreError::AlreadyExists => ApiError::Conflict("an account with this email already exists"),
        other => other.into(),
    })
}

/// Starts a session for the user and answers with it as a cookie.
async fn start_session(
    state: &AppState,
    headers: &HeaderMap,
    user: tandem_store::accounts::User,
    status: StatusCode,
) -> Result<Response, ApiError> {
    let token = secret::new_secret();
    let lifetime = state.settings.session_lifetime;
    let expires_at = now_millis() + lifetime.as_millis() as i64;
    state
        .accounts
        .create_session(secret::hash(&token), &user.id, expires_at)
        .await?;
    let cookie = auth::session_set_cookie(
        &token,
        lifetime.as_secs() as i64,
        auth::secure_request(state, headers),
    );
    Ok((status, [(header::SET_COOKIE, cookie)], Json(UserView::from(user))).into_response())
}

/// Create an account and sign in. The first account becomes the administrator.
#[utoipa::path(post, path = "/api/auth/signup", request_body = Signup,
    responses((status = 201, body = UserView), (status = 400), (status = 403), (status = 409), (status = 429)))]
pub async fn signup(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    ApiJson(body): ApiJson<Signup>,
) -> Result<Response, ApiError> {
    if !state.settings.open_signup && state.accounts.totals().await?.users > 0 {
        return Err(ApiError::Forbidden(
            "sign-up is closed on this server; ask an administrator for an account".into(),
        ));
    }
    let ip_key = format!("signup-ip:{ip}");
    state
        .signup_limiter
        .check(&[&ip_key])
        .map_err(ApiError::RateLimited)?;
    // Every sign-up counts: an address creating accounts in a loop is slowed like a guesser.
    state.signup_limiter.failed(&[&ip_key]);
    let user = create_account(&state, &body.email, &body.name, body.password, false).await?;
    tracing::info!(user = %user.id, "account created");
    start_session(&state, &headers, user, StatusCode::CREATED).await
}

/// Sign in with email and password. Wrong email and wrong password get the same answer.
#[utoipa::path(post, path = "/api/auth/login", request_body = Login,
    responses((status = 200, body = UserView), (status = 401), (status = 429)))]
pub async fn login(
    State(state): State<AppState>,
    ClientIp(ip): ClientIp,
    headers: HeaderMap,
    ApiJson(body): ApiJson<Login>,
) -> Result<Response, ApiError> {
    let email = body.email.trim().to_lowercase();
    let keys = [format!("login-ip:{ip}"), format!("login-account:{email}")];
    let keys: Vec<&str> = keys.iter().map(String::as_str).collect();
    state.login_limiter.check(&keys).map_err(ApiError::RateLimited)?;
    let found = state.accounts.user_login(&email).await?;
    let (user, stored) = match found {
        Some((user, hash)) => (Some(user), Some(hash)),
        None => (None, None),
    };
    let verified = password::verify(body.password, stored).await;
    match user {
        Some(user) if verified && !user.disabled => {
            state.login_limiter.succeeded(&keys);
            start_session(&state, &headers, user, StatusCode::OK).await
        }
        _ => {
            state.login_limiter.failed(&keys);
            Err(ApiError::Unauthorized("wrong email or password"))
        }
    }
}

/// End this session.
#[utoipa::path(post, path = "/api/auth/logout", responses((status = 204)))]
pub async fn logout(State(state): State<AppState>, headers: HeaderMap) -> Result<Response, ApiError> {
    if let Some(cookie) = auth::session_cookie(&headers) {
        state.accounts.delete_session(secret::hash(cookie)).await?;
    }
    let clear = auth::session_clear_cookie(auth::secure_request(&state, &headers));
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, clear)]).into_response())
}

/// End every session of the current user, on every device, and close their open documents.
#[utoipa::path(post, path = "/api/auth/logout-all", responses((status = 204), (status = 401)))]
pub async fn logout_all(
    State(state): State<AppState>,
    signed_in: SignedIn,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    state
        .accounts
        .delete_user_sessions(&signed_in.user.id, None)
        .await?;
    close_connections(
        &state,
        Revoked::Sessions {
            user: signed_in.user.id.clone(),
            except: None,
        },
    );
    let clear = auth::session_clear_cookie(auth::secure_request(&state, &headers));
    Ok((StatusCode::NO_CONTENT, [(header::SET_COOKIE, clear)]).into_response())
}

/// The signed-in user.
#[utoipa::path(get, path = "/api/auth/me", responses((status = 200, body = UserView), (status = 401)))]
pub async fn me(signed_in: SignedIn) -> Json<UserView> {
    Json(signed_in.user.into())
}

/// Change the password. Every other session of the user ends.
#[utoipa::path(post, path = "/api/auth/password", request_body = PasswordChange,
    responses((status = 204), (status = 400), (status = 401), (status = 429)))]
pub async fn change_password(
    State(state): State<AppState>,
    signed_in: SignedIn,
    ApiJson(body): ApiJson<PasswordChange>,
) -> Result<StatusCode, ApiError> {
    let key = format!("login-account:{}", signed_in.user.email.to_lowercase());
    state
        .login_limiter
        .check(&[&key])
        .map_err(ApiError::RateLimited)?;
    let stored = state
        .accounts
        .user_login(&signed_in.user.email)
        .await?
        .map(|(_, hash)| hash);
    if !password::verify(body.current_password, stored).await {
        state.login_limiter.failed(&[&key]);
        return Err(ApiError::Unauthorized("the current password is wrong"));
    }
    password::check_rules(&body.new_password).map_err(ApiError::BadRequest)?;
    let hash = password::hash(body.new_password)
        .await
        .map_err(|e| ApiError::Internal(e.to_string()))?;
    let changes = UserChanges {
        password_hash: Some(hash),
        ..UserChanges::default()
    };
    state.accounts.update_user(&signed_in.user.id, changes).await?;
    let keep = match &signed_in.credential {
        Credential::Session(hash) => Some(hash.clone()),
        Credential::Token(_) => None,
    };
    state
        .accounts
        .delete_user_sessions(&signed_in.user.id, keep.clone())
        .await?;
    let user = signed_in.user.id.clone();
    let except = keep.map(|hash| format!("{user}/s:{}", secret::tag(&hash)));
    close_connections(&state, Revoked::Sessions { user, except });
    Ok(StatusCode::NO_CONTENT)
}
