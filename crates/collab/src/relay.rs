//! The room's side of fan-out between instances: several `tandem` processes that have the same
//! document open exchange what their clients send through a [`Relay`] (Redis streams in
//! `tandem-relay`). The room does not know what carries the messages; it only relies on this:
//!
//! - a relay may lose, repeat or reorder messages, and says [`Inbound::Gap`] when it may have
//!   lost some; Yjs updates are idempotent and commutative, so repeats and reordering are
//!   harmless, and a gap is closed by exchanging state vectors with the store and with the other
//!   instances ([`Outbound::Need`]) — never by assuming nothing was missed;
//! - at most one instance at a time is the document's *keeper* ([`Inbound::Keeper`], a lease
//!   that expires when its holder dies). The keeper stores what arrives from other instances,
//!   compacts, and tells the relay which of its entries are durable, so the relay trims only
//!   what the store holds. Every instance stores what its own clients send (their `saved`
//!   acknowledgements depend on it).

use crate::room::Control;
use bytes::Bytes;
use std::sync::Arc;
use tokio::sync::mpsc;

/// A relay's name for one of its entries, ordered as the relay delivers them.
pub type EntryId = Arc<str>;

/// What a room sends to the other instances that have its document open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outbound {
    /// A Yjs v1 update this instance accepted.
    Update(Bytes),
    /// An awareness message (the protocol frame) from one of this instance's clients.
    Awareness(Bytes),
    /// This instance's state vector: the others answer with an update holding what it lacks.
    Need(Bytes),
    /// An ephemeral frame (a simulation's metrics) for every instance's peers that take them.
    Ephemeral(Bytes),
}

/// What reaches a room from the relay.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inbound {
    /// A Yjs v1 update. `own` marks one of this instance's own updates read back: it is
    /// already applied and only its entry id matters (to the keeper, for trimming).
    Update {
        entry: EntryId,
        update: Bytes,
        own: bool,
    },
    /// Another instance's awareness message.
    Awareness(Bytes),
    /// Another instance asks for what this state vector lacks.
    Need(Bytes),
    /// Another instance's ephemeral frame.
    Ephemeral(Bytes),
    /// Messages may have been lost: catch up from the store and ask the other instances.
    Gap,
    /// This instance became (`true`) or stopped being (`false`) the document's keeper.
    Keeper(bool),
}

/// Carries rooms' messages to the same document's rooms on other instances.
pub trait Relay: Send + Sync + 'static {
    /// Starts relaying for a document this instance loaded; what arrives for it goes to
    /// `inbox`. Relaying stops, and the keeper lease is given up, when the link is dropped.
    fn open(&self, doc_id: &str, inbox: Inbox) -> Box<dyn RelayLink>;
}

/// One open document's connection to the relay.
pub trait RelayLink: Send + Sync {
    fn publish(&self, message: Outbound);
    /// Entries up to and including `entry` are durable in the store: the relay may drop them.
    /// Called by the keeper only.
    fn stored(&self, entry: EntryId);
}

/// Where a relay delivers a room's inbound messages.
#[derive(Clone)]
pub struct Inbox(pub(crate) mpsc::UnboundedSender<Control>);

impl Inbox {
    /// `false` once the room is gone.
    pub fn send(&self, message: Inbound) -> bool {
        self.0.send(Control::Relay(message)).is_ok()
    }
}
