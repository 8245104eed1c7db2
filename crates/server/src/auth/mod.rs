//! Who is calling: session cookies, API tokens, and the extractors handlers use to require
//! them. Every credential is checked against the store on every request, so logging out,
//! revoking a token or disabling an account takes effect at once.

pub mod limiter;
pub mod password;
pub mod secret;

use crate::error::ApiError;
use crate::AppState;
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap};
use std::net::SocketAddr;
use tandem_store::accounts::User;

pub const SESSION_COOKIE: &str = "tandem_session";
/// Header a browser must send with every state-changing request made with the session cookie.
/// Other sites cannot set it without a CORS preflight, which the server refuses to them.
pub const CSRF_HEADER: &str = "x-tandem-csrf";

/// How a signed-in caller proved who they are.
#[derive(Debug, Clone)]
pub enum Credential {
    /// The SHA-256 of the session cookie.
    Session(Vec<u8>),
    /// The id of an API token.
    Token(String),
}

#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user: User,
    pub credential: Credential,
}

impl SignedIn {
    /// Names the user and the credential of a live connection (`<user id>/s:<tag>` or
    /// `<user id>/t:<token id>`), so that revoking one session or token can close exactly the
    /// sockets it opened.
    pub fn principal(&self) -> String {
        match &self.credential {
            Credential::Session(hash) => format!("{}/s:{}", self.user.id, secret::tag(hash)),
            Credential::Token(id) => format!("{}/t:{id}", self.user.id),
        }
    }
}

/// The user id in a principal made by [`SignedIn::principal`].
pub fn principal_user(principal: &str) -> &str {
    principal.split_once('/').map_or(principal, |(user, _)| user)
}

/// The caller of a request, signed in or anonymous. A credential that is present but invalid
/// (expired or tampered cookie, revoked token, disabled account) is refused with 401, never
/// silently treated as anonymous.
#[derive(Debug, Clone, Default)]
pub struct Caller(pub Option<SignedIn>);

impl Caller {
    pub fn user(&self) -> Option<&User> {
        self.0.as_ref().map(|signed_in| &signed_in.user)
    }
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    scheme.eq_ignore_ascii_case("bearer").then(|| token.trim())
}

/// The session cookie's value, if the request carries one.
pub fn session_cookie(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == SESSION_COOKIE)
        .map(|(_, value)| value)
}

/// Whether the request is authenticated by a bearer token rather than a cookie.
pub fn uses_bearer(headers: &HeaderMap) -> bool {
    bearer(headers).is_some()
}

/// Resolves the caller from a bearer token (header, or `query_token` for WebSocket clients that
/// cannot set headers) or the session cookie.
pub async fn resolve(
    state: &AppState,
    headers: &HeaderMap,
    query_token: Option<&str>,
) -> Result<Caller, ApiError> {
    let accounts = &state.accounts;
    if let Some(token) = bearer(headers).or(query_token) {
        let hash = secret::hash(token);
        let found = accounts.token_user(hash.clone()).await?;
        let Some((token, user)) = found else {
            return Err(ApiError::Unauthorized("invalid or revoked API token"));
        };
        if user.disabled {
            return Err(ApiError::Unauthorized("this account is disabled"));
        }
        return Ok(Caller(Some(SignedIn {
            user,
            credential: Credential::Token(token.id),
        })));
    }
    let Some(cookie) = session_cookie(headers) else {
        return Ok(Caller(None));
    };
    let hash = secret::hash(cookie);
    match accounts.session_user(hash.clone()).await? {
        Some(user) if !user.disabled => Ok(Caller(Some(SignedIn {
            user,
            credential: Credential::Session(hash),
        }))),
        Some(_) => Err(ApiError::Unauthorized("this account is disabled")),
        None => Err(ApiError::Unauthorized("your session has expired; sign in again")),
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        resolve(state, &parts.headers, None).await
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        Caller::from_request_parts(parts, state)
            .await?
            .0
            .ok_or(ApiError::Unauthorized("sign in first"))
    }
}

/// A signed-in administrator.
pub struct Admin(pub SignedIn);

impl FromRequestParts<AppState> for Admin {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let signed_in = SignedIn::from_request_parts(parts, state).await?;
        if !signed_in.user.is_admin {
            return Err(ApiError::Forbidden("only administrators may do this".into()));
        }
        Ok(Admin(signed_in))
    }
}

/// The client's address: the socket peer, or the first `X-Forwarded-For` hop when the server
/// is configured to trust its reverse proxy.
pub struct ClientIp(pub String);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        if state.settings.trust_proxy {
            let forwarded = parts
                .headers
                .get("x-forwarded-for")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(',').next())
                .map(str::trim)
                .filter(|v| !v.is_empty());
            if let Some(ip) = forwarded {
                return Ok(ClientIp(ip.to_owned()));
            }
        }
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(|| "unknown".to_owned(), |info| info.0.ip().to_string());
        Ok(ClientIp(ip))
    }
}

/// The `Set-Cookie` value that starts a session.
pub fn session_set_cookie(token: &str, max_age_secs: i64, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{SESSION_COOKIE}={token}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}")
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn session_clear_cookie(secure: bool) -> String {
    session_set_cookie("", 0, secure)
}

/// Whether cookies must be `Secure`: configured so, or the request came through a trusted proxy
/// that terminated TLS.
pub fn secure_request(state: &AppState, headers: &HeaderMap) -> bool {
    state.settings.secure_cookies
        || (state.settings.trust_proxy
            && headers
                .get("x-forwarded-proto")
                .is_some_and(|proto| proto.as_bytes().eq_ignore_ascii_case(b"https")))
}
