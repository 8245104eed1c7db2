//! `/sync/<doc-id>`: the WebSocket transport for rooms.
//!
//! One task per connection reads and writes. While it waits on a busy room or writes a large
//! frame, the other direction pauses; that is safe because the room never waits on a peer (a
//! peer whose queue fills falls behind and is caught up later), and it keeps an idle
//! connection to one task and one future (`tandem-bench idle`).

use crate::access::{authorize, owner_quota};
use crate::auth::{self, Credential};
use crate::error::ApiError;
use crate::AppState;
use axum::extract::ws::{CloseFrame, Message, WebSocket};
use axum::extract::{Path, Query, State, WebSocketUpgrade};
use axum::http::{header, HeaderMap};
use axum::response::Response;
use bytes::Bytes;
use futures::{SinkExt, StreamExt};
use serde::Deserialize;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tandem_collab::{
    close_code, Close, JoinError, Metrics, Outgoing, PeerOptions, PeerReceiver, PeerSender, TrySend,
};
use tandem_protocol::{EXT_SAVE_ACK, EXT_SIM};
use tandem_store::accounts::Role;

/// Measured with `tandem-bench idle` (10,000 connections): a 4 KiB read buffer costs 3.5 KiB
/// more per idle connection than 512 bytes. The buffer grows on demand for larger messages.
const READ_BUFFER_BYTES: usize = 512;

/// Bytes of queued frames after which a burst is written out without waiting for its flush.
const WRITE_BUFFER_BYTES: usize = 64 * 1024;

/// Most queued frames written with one flush.
const MAX_BURST: usize = 256;

#[derive(Deserialize)]
pub struct SyncQuery {
    /// Comma-separated protocol extensions: `ack` turns on `saved` messages, `sim` metrics frames.
    #[serde(default)]
    ext: String,
    /// An API token, for clients that cannot set an `Authorization` header (browsers' WebSocket).
    #[serde(default)]
    token: Option<String>,
}

pub async fn socket(
    State(state): State<AppState>,
    Path(doc_id): Path<String>,
    Query(query): Query<SyncQuery>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> Response {
    let options = match admit(&state, &doc_id, &query, &headers).await {
        Ok(options) => options,
        // Refused before any document byte: the socket opens only to carry the reason, which a
        // browser could not read from an HTTP error status.
        Err(close) => {
            state.rooms.metrics().reject("unauthorized");
            return upgrade.on_upgrade(move |mut socket| async move {
                let _ = socket.send(close_message(close)).await;
            });
        }
    };
    let limit = state.settings.max_message_bytes;
    upgrade
        // tungstenite's default 128 KiB read buffer per connection would dominate the memory of
        // idle connections.
        .read_buffer_size(READ_BUFFER_BYTES)
        // Frames collect in the write buffer until the writer flushes a burst: one syscall per
        // burst rather than one per frame (with 0, every frame was its own `sendto`, and at
        // saturation those were most of the server's CPU).
        .write_buffer_size(WRITE_BUFFER_BYTES)
        .max_message_size(limit)
        .max_frame_size(limit)
        .on_upgrade(move |socket| serve(state, doc_id, options, Box::new(socket)))
}

/// Authorises the connection against the document's ACL and decides how the peer takes part.
async fn admit(
    state: &AppState,
    doc_id: &str,
    query: &SyncQuery,
    headers: &HeaderMap,
) -> Result<PeerOptions, Close> {
    let caller = auth::resolve(state, headers, query.token.as_deref())
        .await
        .map_err(refusal)?;
    let by_cookie =
        matches!(&caller.0, Some(signed_in) if matches!(signed_in.credential, Credential::Session(_)));
    if by_cookie {
        // Browsers send cookies with cross-site WebSocket handshakes; only this server's pages
        // (or allowed origins) may use them.
        let origin = headers.get(header::ORIGIN).and_then(|o| o.to_str().ok());
        let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
        if origin.is_some_and(|origin| !crate::security::origin_allowed(state, origin, host)) {
            return Err(Close::new(
                close_code::FORBIDDEN,
                "cross-origin connection refused",
            ));
        }
    }
    let (access, role) = authorize(state, &caller, doc_id, Role::Viewer)
        .await
        .map_err(refusal)?;
    let max_doc_bytes = owner_quota(state, &access).await.map_err(refusal)?;
    let visitor = caller.0.as_ref().filter(|signed_in| {
        state
            .visits
            .should_record(&signed_in.user.id, doc_id, Instant::now())
    });
    if let Some(signed_in) = visitor {
        let (accounts, user, doc) = (
            state.accounts.clone(),
            signed_in.user.id.clone(),
            doc_id.to_owned(),
        );
        tokio::spawn(async move {
            if let Err(error) = accounts.record_visit(&user, &doc).await {
                tracing::debug!(%error, "visit not recorded");
            }
        });
    }
    Ok(PeerOptions {
        save_acks: query.ext.split(',').any(|ext| ext == EXT_SAVE_ACK),
        ephemeral: query.ext.split(',').any(|ext| ext == EXT_SIM),
        read_only: role == Role::Viewer,
        principal: caller.0.as_ref().map(|signed_in| signed_in.principal().into()),
        author: caller
            .0
            .as_ref()
            .map(|signed_in| signed_in.user.id.as_str().into()),
        max_doc_bytes,
    })
}

fn refusal(error: ApiError) -> Close {
    let code = match &error {
        ApiError::Unauthorized(_) => close_code::UNAUTHORIZED,
        ApiError::NotFound(_) => close_code::NOT_FOUND,
        ApiError::Forbidden(_) | ApiError::Csrf(_) => close_code::FORBIDDEN,
        _ => close_code::INTERNAL_ERROR,
    };
    let reason = match error {
        ApiError::Internal(_) => "internal error".to_owned(),
        other => other.to_string(),
    };
    Close::new(code, reason)
}

/// Messages and bytes a connection may send per second, refilled continuously. Each connection
/// owns its buckets, so no lock or shared limiter is needed.
struct TokenBucket {
    rate: f64,
    capacity: f64,
    tokens: f64,
    refilled: Instant,
}

impl TokenBucket {
    /// `None` when `rate` is 0 (no limit).
    fn new(rate: f64, capacity: f64) -> Option<Self> {
        (rate > 0.0).then_some(TokenBucket {
            rate,
            capacity,
            tokens: capacity,
            refilled: Instant::now(),
        })
    }

    fn take(&mut self, amount: f64) -> bool {
        let now = Instant::now();
        self.tokens =
            (self.tokens + now.duration_since(self.refilled).as_secs_f64() * self.rate).min(self.capacity);
        self.refilled = now;
        if self.tokens >= amount {
            self.tokens -= amount;
            true
        } else {
            false
        }
    }
}

/// Joins the room, then relays frames both ways until either side ends.
///
/// Every idle connection keeps this future and its buffers alive, so its size is the memory
/// cost of a connection (see BENCHMARKS.md): the socket arrives boxed and rarely needed
/// waiting states are boxed where they occur.
async fn serve(state: AppState, doc_id: String, options: PeerOptions, mut socket: Box<WebSocket>) {
    let metrics = state.rooms.metrics().clone();
    metrics.connections_open.inc();
    let _open = scopeguard(metrics.clone());
    let peer = match state.rooms.join(&doc_id, options).await {
        Ok(peer) => peer,
        Err(error) => {
            let close = match error {
                JoinError::NotFound => Close::new(close_code::NOT_FOUND, "document not found"),
                JoinError::ShuttingDown => Close::new(close_code::GOING_AWAY, "server shutting down"),
                other => Close::new(close_code::INTERNAL_ERROR, other.to_string()),
            };
            let _ = socket.send(close_message(close)).await;
            return;
        }
    };
    let (to_room, from_room) = peer.split();
    relay(&state, socket, to_room, from_room, &metrics).await;
}

/// What a frame from the client asks of the connection.
enum Incoming {
    ForRoom(Bytes),
    Ignore,
    Close(Close),
    End,
}

/// The connection's loop: the room's frames and keepalive pings out, the client's frames in
/// (within the connection's rate limits).
async fn relay(
    state: &AppState,
    mut socket: Box<WebSocket>,
    to_room: PeerSender,
    mut from_room: PeerReceiver,
    metrics: &Metrics,
) {
    let keepalive = state.settings.keepalive;
    let mut ping = tokio::time::interval_at(tokio::time::Instant::now() + keepalive, keepalive);
    // When the oldest unanswered ping left the socket (not when it was queued: a ping behind a
    // large first sync must not start the clock). Anything from the client answers it.
    let mut unanswered_ping: Option<Instant> = None;
    let limits = &state.settings.sync_limits;
    let mut message_budget = TokenBucket::new(limits.messages_per_sec, limits.messages_per_sec * 2.0);
    // A single message of the largest allowed size always fits; the rate limits the sustained flow.
    let mut byte_budget = TokenBucket::new(
        limits.bytes_per_sec,
        (limits.bytes_per_sec * 2.0).max(state.settings.max_message_bytes as f64),
    );
    loop {
        let message = tokio::select! {
            next = from_room.next() => match next {
                Outgoing::Frame(frame) => sent(metrics, frame),
                Outgoing::Close(close) => close_message(close),
            },
            _ = ping.tick() => {
                if unanswered_ping.is_some_and(|sent| sent.elapsed() > keepalive * 2) {
                    metrics.reject("keepalive_timeout");
                    close_message(Close::new(close_code::TIMEOUT, "no answer to keepalive ping"))
                } else {
                    Message::Ping(Default::default())
                }
            }
            next = socket.next() => {
                unanswered_ping = None;
                let within_limits = |frame: &Bytes| {
                    message_budget.as_mut().is_none_or(|bucket| bucket.take(1.0))
                        && byte_budget
                            .as_mut()
                            .is_none_or(|bucket| bucket.take(frame.len() as f64))
                };
                match incoming(next, metrics, within_limits) {
                    Incoming::ForRoom(frame) => {
                        if !send_to_room(&to_room, frame).await {
                            break;
                        }
                        continue;
                    }
                    Incoming::Ignore => continue,
                    Incoming::Close(close) => close_message(close),
                    Incoming::End => break,
                }
            }
        };
        let is_ping = matches!(message, Message::Ping(_));
        let is_close = matches!(message, Message::Close(_));
        if socket.feed(message).await.is_err() {
            break;
        }
        // Under load, write what else is queued with the same flush (one syscall, not one
        // per message); when idle this adds nothing.
        let mut burst = 0;
        while !is_close && burst < MAX_BURST {
            let Some(frame) = from_room.try_next_frame() else {
                break;
            };
            if socket.feed(sent(metrics, frame)).await.is_err() {
                break;
            }
            burst += 1;
        }
        if socket.flush().await.is_err() || is_close {
            break;
        }
        if is_ping && unanswered_ping.is_none() {
            unanswered_ping = Some(Instant::now());
        }
    }
    // Leave the room at once, then close the socket; a client that stopped reading gets 5 s.
    drop(to_room);
    let _ = Box::pin(tokio::time::timeout(Duration::from_secs(5), socket.close())).await;
}

/// A room frame as the message that carries it, counted as sent.
fn sent(metrics: &Metrics, frame: Bytes) -> Message {
    metrics.messages_sent.inc();
    metrics.bytes_sent.inc_by(frame.len() as u64);
    Message::Binary(frame)
}

/// Classifies one read from the client; `within_limits` charges a binary frame to the
/// connection's rate limits.
fn incoming(
    next: Option<Result<Message, axum::Error>>,
    metrics: &Metrics,
    within_limits: impl FnOnce(&Bytes) -> bool,
) -> Incoming {
    match next {
        Some(Ok(Message::Binary(frame))) => {
            metrics.messages_received.inc();
            metrics.bytes_received.inc_by(frame.len() as u64);
            if within_limits(&frame) {
                Incoming::ForRoom(frame)
            } else {
                metrics.reject("rate_limited");
                Incoming::Close(Close::new(
                    close_code::RATE_LIMITED,
                    "too many messages or bytes per second; slow down and reconnect",
                ))
            }
        }
        Some(Ok(Message::Text(_))) => {
            metrics.reject("text_frame");
            Incoming::Close(Close::new(
                close_code::UNSUPPORTED_DATA,
                "text frames are not supported; send binary y-websocket messages",
            ))
        }
        Some(Ok(Message::Ping(_) | Message::Pong(_))) => Incoming::Ignore,
        Some(Ok(Message::Close(_))) | None => Incoming::End,
        Some(Err(error)) => Incoming::Close(if is_capacity_error(&error) {
            metrics.reject("too_big");
            Close::new(close_code::MESSAGE_TOO_BIG, "message exceeds the size limit")
        } else {
            metrics.reject("websocket_error");
            Close::new(close_code::INVALID_PAYLOAD, "invalid WebSocket frame")
        }),
    }
}

/// Hands a frame to the room, waiting only when its mailbox is full. The waiting future is
/// boxed: it is large, rarely needed, and kept inline it would be part of every connection.
async fn send_to_room(to_room: &PeerSender, frame: Bytes) -> bool {
    match to_room.try_send(frame) {
        TrySend::Sent => true,
        TrySend::Gone => false,
        TrySend::Full(frame) => Box::pin(to_room.send(frame)).await,
    }
}

/// axum does not expose tungstenite's error type, so its capacity error is recognised by text.
fn is_capacity_error(error: &axum::Error) -> bool {
    error.to_string().contains("Space limit exceeded")
}

fn close_message(close: Close) -> Message {
    Message::Close(Some(CloseFrame {
        code: close.code,
        reason: close.reason.as_ref().into(),
    }))
}

/// Decrements the open-connections gauge however the connection ends.
fn scopeguard(metrics: Arc<Metrics>) -> impl Drop {
    struct Guard(Arc<Metrics>);
    impl Drop for Guard {
        fn drop(&mut self) {
            self.0.connections_open.dec();
        }
    }
    Guard(metrics)
}
