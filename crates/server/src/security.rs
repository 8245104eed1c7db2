//! Protections that apply to every response or request: security headers, CORS and CSRF.

use crate::auth::{uses_bearer, CSRF_HEADER};
use crate::error::ApiError;
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::set_header::SetResponseHeaderLayer;

/// The app loads nothing from elsewhere. CodeMirror injects its styles at run time, hence
/// `'unsafe-inline'` for styles only; the spreadsheet's formula engine is WebAssembly, hence
/// `'wasm-unsafe-eval'` (compiling WebAssembly, not evaluating strings as script).
const CONTENT_SECURITY_POLICY: &str =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; \
     img-src 'self' data: blob:; connect-src 'self' ws: wss:; font-src 'self' data:; object-src 'none'; \
     base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

pub fn headers() -> [SetResponseHeaderLayer<HeaderValue>; 4] {
    let set = |name: HeaderName, value: &'static str| {
        SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
    };
    [
        set(header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
        set(header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        set(header::X_FRAME_OPTIONS, "DENY"),
        set(header::REFERRER_POLICY, "same-origin"),
    ]
}

/// CORS is closed unless origins are configured: browsers then refuse other sites' scripts
/// any access, including the preflight that the CSRF header would need.
pub fn cors(allowed: &[String]) -> Option<CorsLayer> {
    if allowed.is_empty() {
        return None;
    }
    let origins: Vec<HeaderValue> = allowed.iter().filter_map(|o| o.parse().ok()).collect();
    Some(
        CorsLayer::new()
            .allow_origin(AllowOrigin::list(origins))
            .allow_credentials(true)
            .allow_methods([
                Method::GET,
                Method::POST,
                Method::PUT,
                Method::PATCH,
                Method::DELETE,
            ])
            .allow_headers([
                header::CONTENT_TYPE,
                header::AUTHORIZATION,
                HeaderName::from_static(CSRF_HEADER),
            ]),
    )
}

/// Whether `origin` is this server (as the request's `Host` names it) or an allowed origin.
pub fn origin_allowed(state: &AppState, origin: &str, host: Option<&str>) -> bool {
    let same_host = host.is_some_and(|host| {
        origin
            .split_once("://")
            .is_some_and(|(_, rest)| rest.eq_ignore_ascii_case(host))
    });
    same_host
        || state
            .settings
            .cors_origins
            .iter()
            .any(|allowed| allowed == origin)
}

/// Refuses state-changing API requests that a browser could have been tricked into sending:
/// unless authenticated by a bearer token, they must carry the CSRF header and, when the
/// browser names an origin, come from this server or an allowed origin. Also applies to
/// sign-up and login (no login CSRF).
pub async fn csrf(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let method = request.method();
    let safe = matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS);
    if safe || uses_bearer(request.headers()) {
        return next.run(request).await;
    }
    let headers = request.headers();
    if !headers.contains_key(CSRF_HEADER) {
        return ApiError::Csrf("missing the X-Tandem-CSRF header").into_response();
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok()) {
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
        if !origin_allowed(&state, origin, host) {
            return ApiError::Csrf("cross-origin request refused").into_response();
        }
    }
    next.run(request).await
}
