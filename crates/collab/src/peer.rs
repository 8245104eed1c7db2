//! The transport's side of a room membership.

use crate::room::{Control, FromPeer};
use bytes::Bytes;
use std::borrow::Cow;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};

pub type PeerId = u64;

/// A frame queued for peers: one allocation shared by every peer it goes to, and an 8-byte
/// queue slot (against 32 for `Bytes`).
pub(crate) type SharedFrame = Arc<Bytes>;

/// How a peer takes part.
#[derive(Debug, Clone, Default)]
pub struct PeerOptions {
    /// Send `saved` acknowledgements (protocol extension, `?ext=ack`).
    pub save_acks: bool,
    /// Send ephemeral frames — a simulation's metrics (protocol extension, `?ext=sim`) — and,
    /// on joining, the latest one.
    pub ephemeral: bool,
    /// Refuse document updates from this peer (viewers).
    pub read_only: bool,
    /// Who the peer is, as the transport knows it (an account id; `None` for anonymous).
    /// [`crate::Rooms::reauthorize`] decides each peer's access again from it.
    pub principal: Option<Arc<str>>,
    /// The account the peer edits as, recorded as an author of automatic versions.
    pub author: Option<Arc<str>>,
    /// Refuse updates that would grow the document past this many bytes (the owner's quota).
    /// The latest join sets it for the whole room.
    pub max_doc_bytes: Option<usize>,
}

/// A peer's access after a permission change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PeerAccess {
    Edit,
    View,
    /// Closed with [`crate::close_code::FORBIDDEN`].
    Revoked,
    /// Not affected by this change.
    Keep,
}

/// Decides a peer's access from its principal.
pub type AccessDecision = Arc<dyn Fn(Option<&str>) -> PeerAccess + Send + Sync>;

/// Why the room ended a peer's membership; maps onto a WebSocket close frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Close {
    pub code: u16,
    pub reason: Cow<'static, str>,
}

impl Close {
    pub fn new(code: u16, reason: impl Into<Cow<'static, str>>) -> Self {
        Close {
            code,
            reason: reason.into(),
        }
    }
}

/// What the transport should do next for this peer.
#[derive(Debug)]
pub enum Outgoing {
    /// Send this binary frame.
    Frame(Bytes),
    /// Close the connection with this code and reason.
    Close(Close),
}

/// A peer's membership in a room. Dropping it (or its [`PeerSender`]) leaves the room.
pub struct Peer {
    pub(crate) outgoing: flume::Receiver<SharedFrame>,
    pub(crate) closed: oneshot::Receiver<Close>,
    pub(crate) sender: PeerSender,
}

/// Sends the client's frames into the room.
pub struct PeerSender {
    pub(crate) id: PeerId,
    pub(crate) frames: mpsc::Sender<FromPeer>,
    pub(crate) control: mpsc::UnboundedSender<Control>,
}

impl Peer {
    /// Splits into the half that feeds client frames in and the half that yields frames out,
    /// so the transport can read and write concurrently.
    pub fn split(self) -> (PeerSender, PeerReceiver) {
        (
            self.sender,
            PeerReceiver {
                outgoing: self.outgoing,
                closed: self.closed,
                done: false,
            },
        )
    }
}

impl PeerSender {
    /// Hands one binary frame from the client to the room. Waits when the room is busy, which
    /// pushes back on a client that sends faster than the room can apply.
    /// Returns `false` when the room no longer has this peer.
    pub async fn send(&self, frame: Bytes) -> bool {
        self.frames.send(FromPeer { peer: self.id, frame }).await.is_ok()
    }

    /// Hands one frame to the room if its mailbox has room, without waiting.
    pub fn try_send(&self, frame: Bytes) -> TrySend {
        match self.frames.try_send(FromPeer { peer: self.id, frame }) {
            Ok(()) => TrySend::Sent,
            Err(mpsc::error::TrySendError::Full(message)) => TrySend::Full(message.frame),
            Err(mpsc::error::TrySendError::Closed(_)) => TrySend::Gone,
        }
    }
}

/// The outcome of [`PeerSender::try_send`].
pub enum TrySend {
    Sent,
    /// The room's mailbox is full; the frame is handed back.
    Full(Bytes),
    /// The room no longer has this peer.
    Gone,
}

impl Drop for PeerSender {
    fn drop(&mut self) {
        let _ = self.control.send(Control::Leave { peer: self.id });
    }
}

pub struct PeerReceiver {
    outgoing: flume::Receiver<SharedFrame>,
    closed: oneshot::Receiver<Close>,
    done: bool,
}

impl PeerReceiver {
    /// A frame that is already queued, without waiting: lets the transport write a burst with
    /// one flush.
    pub fn try_next_frame(&mut self) -> Option<Bytes> {
        if self.done {
            return None;
        }
        self.outgoing.try_recv().ok().map(Arc::unwrap_or_clone)
    }

    /// The next thing to do; after a `Close` the peer is out of the room.
    pub async fn next(&mut self) -> Outgoing {
        if self.done {
            return Outgoing::Close(Close::new(crate::close_code::GOING_AWAY, "room closed"));
        }
        tokio::select! {
            biased;
            close = &mut self.closed => {
                self.done = true;
                Outgoing::Close(close.unwrap_or_else(|_| Close::new(crate::close_code::GOING_AWAY, "room closed")))
            }
            frame = self.outgoing.recv_async() => match frame.ok() {
                Some(frame) => Outgoing::Frame(Arc::unwrap_or_clone(frame)),
                None => {
                    self.done = true;
                    Outgoing::Close(match self.closed.try_recv() {
                        Ok(close) => close,
                        Err(_) => Close::new(crate::close_code::GOING_AWAY, "room closed"),
                    })
                }
            },
        }
    }
}
