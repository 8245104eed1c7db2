//! The wire format spoken on `/sync/<doc-id>`: the standard y-websocket protocol plus Tandem's
//! opt-in extensions. Pure encode/decode; no IO, no knowledge of rooms or transports.
//!
//! Every WebSocket binary frame carries one message:
//!
//! ```text
//! message        = varuint(type) payload
//! type 0  sync   = varuint(step) varbytes      step 0: state vector (sync step 1)
//!                                              step 1: update      (sync step 2)
//!                                              step 2: update      (incremental update)
//! type 1  awareness        = varbytes(awareness update)
//! type 2  auth             = varuint(0) varstring(reason)          (permission denied)
//! type 3  query awareness  = (empty)
//! type 100 saved (extension, server -> client only)
//!                          = varuint(n)  the first n document-carrying messages
//!                            (sync step 2 or update) this connection sent are durable
//! type 101 sim (extension, server -> client only)
//!                          = varstring(JSON)  a simulation's metrics frame (docs/SIM.md)
//! ```
//!
//! A client receives `saved` only if it asked for it by connecting with `?ext=ack`, and `sim`
//! only with `?ext=sim`, so plain Yjs clients never see a message type they do not know. `docs/PROTOCOL.md` is the long form.

use yrs::encoding::read::{Cursor, Read};
use yrs::encoding::write::Write;
use yrs::sync::awareness::AwarenessUpdate;
use yrs::updates::decoder::Decode;
use yrs::updates::encoder::Encode;
use yrs::StateVector;

pub const MSG_SYNC: u64 = 0;
pub const MSG_AWARENESS: u64 = 1;
pub const MSG_AUTH: u64 = 2;
pub const MSG_QUERY_AWARENESS: u64 = 3;
/// Extension: durable-save acknowledgement, see the crate docs.
pub const MSG_SAVED: u64 = 100;
/// Extension: a simulation's metrics frame, see the crate docs.
pub const MSG_SIM: u64 = 101;

pub const SYNC_STEP_1: u64 = 0;
pub const SYNC_STEP_2: u64 = 1;
pub const SYNC_UPDATE: u64 = 2;

/// Query parameter value (`?ext=ack`) by which a client opts in to `saved` messages.
pub const EXT_SAVE_ACK: &str = "ack";
/// Query parameter value (`?ext=sim`) by which a client opts in to `sim` messages.
pub const EXT_SIM: &str = "sim";

/// A message received from a client.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ClientMessage {
    SyncStep1(StateVector),
    SyncStep2(Vec<u8>),
    Update(Vec<u8>),
    Awareness(AwarenessUpdate),
    QueryAwareness,
    /// y-websocket defines auth as server-to-client only; a client sending it is tolerated
    /// and ignored, as the reference server does.
    Auth,
}

impl ClientMessage {
    /// Whether the message carries document content (and therefore counts toward `saved`).
    pub fn carries_update(&self) -> bool {
        matches!(self, ClientMessage::SyncStep2(_) | ClientMessage::Update(_))
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("empty frame")]
    Empty,
    #[error("truncated or malformed {0}")]
    Malformed(&'static str),
    #[error("unknown message type {0}")]
    UnknownType(u64),
    #[error("unknown sync step {0}")]
    UnknownSyncStep(u64),
}

/// Decodes one client frame. Never panics, whatever the bytes.
pub fn decode_client_message(frame: &[u8]) -> Result<ClientMessage, DecodeError> {
    if frame.is_empty() {
        return Err(DecodeError::Empty);
    }
    let mut cursor = Cursor::new(frame);
    let kind: u64 = cursor
        .read_var()
        .map_err(|_| DecodeError::Malformed("message type"))?;
    match kind {
        MSG_SYNC => {
            let step: u64 = cursor
                .read_var()
                .map_err(|_| DecodeError::Malformed("sync step"))?;
            let payload = cursor
                .read_buf()
                .map_err(|_| DecodeError::Malformed("sync payload"))?;
            match step {
                SYNC_STEP_1 => StateVector::decode_v1(payload)
                    .map(ClientMessage::SyncStep1)
                    .map_err(|_| DecodeError::Malformed("state vector")),
                SYNC_STEP_2 => Ok(ClientMessage::SyncStep2(payload.to_vec())),
                SYNC_UPDATE => Ok(ClientMessage::Update(payload.to_vec())),
                other => Err(DecodeError::UnknownSyncStep(other)),
            }
        }
        MSG_AWARENESS => {
            let payload = cursor
                .read_buf()
                .map_err(|_| DecodeError::Malformed("awareness payload"))?;
            AwarenessUpdate::decode_v1(payload)
                .map(ClientMessage::Awareness)
                .map_err(|_| DecodeError::Malformed("awareness update"))
        }
        MSG_AUTH => Ok(ClientMessage::Auth),
        MSG_QUERY_AWARENESS => Ok(ClientMessage::QueryAwareness),
        other => Err(DecodeError::UnknownType(other)),
    }
}

fn sync_frame(step: u64, payload: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(payload.len() + 8);
    out.write_var(MSG_SYNC);
    out.write_var(step);
    out.write_buf(payload);
    out
}

pub fn encode_sync_step1(state_vector: &StateVector) -> Vec<u8> {
    sync_frame(SYNC_STEP_1, &state_vector.encode_v1())
}

pub fn encode_sync_step2(update: &[u8]) -> Vec<u8> {
    sync_frame(SYNC_STEP_2, update)
}

pub fn encode_update(update: &[u8]) -> Vec<u8> {
    sync_frame(SYNC_UPDATE, update)
}

pub fn encode_awareness(update: &AwarenessUpdate) -> Vec<u8> {
    let payload = update.encode_v1();
    let mut out = Vec::with_capacity(payload.len() + 6);
    out.write_var(MSG_AWARENESS);
    out.write_buf(&payload);
    out
}

pub fn encode_query_awareness() -> Vec<u8> {
    let mut out = Vec::with_capacity(1);
    out.write_var(MSG_QUERY_AWARENESS);
    out
}

pub fn encode_saved(durable_messages: u64) -> Vec<u8> {
    let mut out = Vec::with_capacity(11);
    out.write_var(MSG_SAVED);
    out.write_var(durable_messages);
    out
}

pub fn encode_sim(json: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(json.len() + 6);
    out.write_var(MSG_SIM);
    out.write_buf(json);
    out
}

/// Decodes a `sim` message into its JSON text; for clients (tests).
pub fn decode_sim(frame: &[u8]) -> Option<Vec<u8>> {
    let mut cursor = Cursor::new(frame);
    let kind: u64 = cursor.read_var().ok()?;
    if kind != MSG_SIM {
        return None;
    }
    cursor.read_buf().ok().map(<[u8]>::to_vec)
}

/// Decodes a `saved` message; for clients (the load generator, tests).
pub fn decode_saved(frame: &[u8]) -> Option<u64> {
    let mut cursor = Cursor::new(frame);
    let kind: u64 = cursor.read_var().ok()?;
    if kind != MSG_SAVED {
        return None;
    }
    cursor.read_var().ok()
}

/// A message as a client sees it from the server; for clients (the load generator, tests).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServerMessage {
    SyncStep1(StateVector),
    SyncStep2(Vec<u8>),
    Update(Vec<u8>),
    Awareness(AwarenessUpdate),
    QueryAwareness,
    Saved(u64),
}

pub fn decode_server_message(frame: &[u8]) -> Result<ServerMessage, DecodeError> {
    if let Some(n) = decode_saved(frame) {
        return Ok(ServerMessage::Saved(n));
    }
    Ok(match decode_client_message(frame)? {
        ClientMessage::SyncStep1(sv) => ServerMessage::SyncStep1(sv),
        ClientMessage::SyncStep2(u) => ServerMessage::SyncStep2(u),
        ClientMessage::Update(u) => ServerMessage::Update(u),
        ClientMessage::Awareness(a) => ServerMessage::Awareness(a),
        ClientMessage::QueryAwareness => ServerMessage::QueryAwareness,
        ClientMessage::Auth => return Err(DecodeError::UnknownType(MSG_AUTH)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use yrs::sync::awareness::AwarenessUpdateEntry;
    use yrs::{ClientID, Doc, GetString, ReadTxn, Text, Transact};

    fn sample_update() -> Vec<u8> {
        let doc = Doc::new();
        let text = doc.get_or_insert_text("content");
        let mut txn = doc.transact_mut();
        text.insert(&mut txn, 0, "hello");
        txn.encode_update_v1()
    }

    #[test]
    fn sync_messages_round_trip() {
        let update = sample_update();
        assert_eq!(
            decode_client_message(&encode_update(&update)),
            Ok(ClientMessage::Update(update.clone()))
        );
        assert_eq!(
            decode_client_message(&encode_sync_step2(&update)),
            Ok(ClientMessage::SyncStep2(update.clone()))
        );
        let doc = Doc::new();
        let sv = doc.transact().state_vector();
        assert_eq!(
            decode_client_message(&encode_sync_step1(&sv)),
            Ok(ClientMessage::SyncStep1(sv))
        );
    }

    #[test]
    fn update_payload_is_a_valid_yjs_update() {
        let update = sample_update();
        let ClientMessage::Update(bytes) = decode_client_message(&encode_update(&update)).unwrap() else {
            panic!("not an update")
        };
        let doc = Doc::new();
        let text = doc.get_or_insert_text("content");
        doc.transact_mut()
            .apply_update(yrs::Update::decode_v1(&bytes).unwrap())
            .unwrap();
        assert_eq!(text.get_string(&doc.transact()), "hello");
    }

    #[test]
    fn awareness_round_trip() {
        let mut clients = HashMap::new();
        clients.insert(
            ClientID::new(42),
            AwarenessUpdateEntry {
                clock: 3,
                json: r#"{"user":{"name":"Ada"}}"#.into(),
            },
        );
        let update = AwarenessUpdate { clients };
        assert_eq!(
            decode_client_message(&encode_awareness(&update)),
            Ok(ClientMessage::Awareness(update))
        );
    }

    #[test]
    fn query_awareness_and_saved() {
        assert_eq!(
            decode_client_message(&encode_query_awareness()),
            Ok(ClientMessage::QueryAwareness)
        );
        assert_eq!(decode_saved(&encode_saved(300)), Some(300));
        assert_eq!(
            decode_server_message(&encode_saved(7)),
            Ok(ServerMessage::Saved(7))
        );
    }

    #[test]
    fn malformed_frames_are_errors_not_panics() {
        assert_eq!(decode_client_message(&[]), Err(DecodeError::Empty));
        // A varint whose continuation bit never ends.
        assert!(decode_client_message(&[0xff, 0xff, 0xff]).is_err());
        // Sync message with a payload length longer than the frame.
        assert!(decode_client_message(&[0, 2, 50, 1, 2]).is_err());
        assert_eq!(
            decode_client_message(&[0, 9, 0]),
            Err(DecodeError::UnknownSyncStep(9))
        );
        assert_eq!(decode_client_message(&[42]), Err(DecodeError::UnknownType(42)));
        // Awareness claiming a billion entries.
        assert!(decode_client_message(&[1, 5, 0x80, 0x94, 0xeb, 0xdc, 0x03]).is_err());
        // Every prefix of a valid frame decodes or fails cleanly.
        let frame = encode_update(&sample_update());
        for end in 0..frame.len() {
            let _ = decode_client_message(&frame[..end]);
        }
    }
}
