//! Live collaboration: one room per open document, holding the document in memory as a Yjs doc
//! (`yrs`), speaking the sync and awareness protocol with every peer, fanning updates out and
//! writing each one to the [`Store`](tandem_store::Store).
//!
//! *Architecture invariant:* this crate knows nothing of HTTP or WebSockets. A transport calls
//! [`Rooms::join`], pushes the client's binary frames into the returned [`Peer`] and writes what
//! [`Peer::next`] yields back to the client; a close is a [`Close`] with a WebSocket-style code.

pub mod board;
mod content;
mod metrics;
mod peer;
pub mod relay;
mod room;
mod rooms;

pub use content::{build_doc, encode_doc, LoadError};
pub use metrics::Metrics;
pub use peer::{
    AccessDecision, Close, Outgoing, Peer, PeerAccess, PeerOptions, PeerReceiver, PeerSender, TrySend,
};
pub use rooms::{JoinError, RoomConfig, Rooms};

/// Close codes sent to clients, in the WebSocket close-code space.
pub mod close_code {
    /// The server is shutting down.
    pub const GOING_AWAY: u16 = 1001;
    /// A text frame where only binary frames are understood.
    pub const UNSUPPORTED_DATA: u16 = 1003;
    /// A frame that is not a valid protocol message, or an update yrs refused.
    pub const INVALID_PAYLOAD: u16 = 1007;
    /// The connection may not do what it tried (a read-only peer sent an update).
    pub const POLICY_VIOLATION: u16 = 1008;
    /// A frame over the configured size limit.
    pub const MESSAGE_TOO_BIG: u16 = 1009;
    /// The server could not serve the document (load failure, internal error); retry later.
    pub const INTERNAL_ERROR: u16 = 1011;
    /// Tandem: the connection needs a signed-in user or a valid token.
    pub const UNAUTHORIZED: u16 = 4401;
    /// Tandem: the user may not open the document, or lost access while connected.
    pub const FORBIDDEN: u16 = 4403;
    /// Tandem: the document does not exist.
    pub const NOT_FOUND: u16 = 4404;
    /// Tandem: the update would take the document past its owner's size quota.
    pub const QUOTA_EXCEEDED: u16 = 4413;
    /// Tandem: the connection sent more messages or bytes per second than allowed.
    pub const RATE_LIMITED: u16 = 4429;
    /// Tandem: no message (not even a pong) arrived within the keepalive timeout.
    pub const TIMEOUT: u16 = 4000;
}
