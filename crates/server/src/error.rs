//! The one error type of the HTTP API: each variant is a status code and a JSON body
//! `{"error": {"code": "...", "message": "..."}}`.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use tandem_collab::JoinError;
use tandem_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// 400: the request is malformed.
    #[error("{0}")]
    BadRequest(String),
    /// 401: the request needs a signed-in user or a valid token.
    #[error("{0}")]
    Unauthorized(&'static str),
    /// 403: the caller may not do this.
    #[error("{0}")]
    Forbidden(String),
    /// 403: a cookie-authenticated change without the CSRF header, or from another origin.
    #[error("{0}")]
    Csrf(&'static str),
    /// 403: the caller's quota does not allow this.
    #[error("{0}")]
    QuotaExceeded(String),
    /// 404: no such document or route.
    #[error("{0}")]
    NotFound(&'static str),
    /// 429: too many attempts; retry after this many seconds.
    #[error("too many attempts; try again in {0} s")]
    RateLimited(u64),
    /// 429: a limit on what runs at once (simulations, sweeps) is reached.
    #[error("{0}")]
    LimitReached(String),
    /// 413: the request body is larger than allowed.
    #[error("{0}")]
    TooLarge(String),
    /// 415: the body is not of a type this endpoint takes.
    #[error("{0}")]
    UnsupportedType(&'static str),
    /// 409: the request conflicts with the current state.
    #[error("{0}")]
    Conflict(&'static str),
    /// 503: a dependency (the database) is not answering.
    #[error("service unavailable: {0}")]
    Unavailable(String),
    /// 500: logged in full, shown to the client only as a generic message.
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::BadRequest(_) => (StatusCode::BAD_REQUEST, "bad_request"),
            ApiError::Unauthorized(_) => (StatusCode::UNAUTHORIZED, "unauthorized"),
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            ApiError::Csrf(_) => (StatusCode::FORBIDDEN, "csrf"),
            ApiError::QuotaExceeded(_) => (StatusCode::FORBIDDEN, "quota_exceeded"),
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::RateLimited(_) => (StatusCode::TOO_MANY_REQUESTS, "rate_limited"),
            ApiError::LimitReached(_) => (StatusCode::TOO_MANY_REQUESTS, "limit_reached"),
            ApiError::Conflict(_) => (StatusCode::CONFLICT, "conflict"),
            ApiError::TooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "too_large"),
            ApiError::UnsupportedType(_) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_type"),
            ApiError::Unavailable(_) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        let message = match &self {
            ApiError::Internal(detail) => {
                tracing::error!(%detail, "request failed");
                "internal server error".to_owned()
            }
            other => other.to_string(),
        };
        let body = serde_json::json!({ "error": { "code": code, "message": message } });
        let mut response = (status, Json(body)).into_response();
        if let ApiError::RateLimited(seconds) = self {
            response
                .headers_mut()
                .insert(axum::http::header::RETRY_AFTER, seconds.into());
        }
        response
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => ApiError::NotFound("not found"),
            StoreError::AlreadyExists => ApiError::Conflict("it already exists"),
            StoreError::Closed => ApiError::Unavailable("the server is shutting down".into()),
            StoreError::Database(detail) => ApiError::Unavailable(detail),
            StoreError::Corrupt(detail) => ApiError::Internal(detail),
        }
    }
}

impl From<JoinError> for ApiError {
    fn from(e: JoinError) -> Self {
        match e {
            JoinError::NotFound => ApiError::NotFound("document not found"),
            JoinError::ShuttingDown | JoinError::Restarting => ApiError::Unavailable(e.to_string()),
            JoinError::LoadFailed(detail) => ApiError::Internal(detail),
        }
    }
}

impl From<JsonRejection> for ApiError {
    fn from(e: JsonRejection) -> Self {
        ApiError::BadRequest(e.body_text())
    }
}

impl From<QueryRejection> for ApiError {
    fn from(e: QueryRejection) -> Self {
        ApiError::BadRequest(e.body_text())
    }
}
