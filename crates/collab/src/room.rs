//! One loaded document: an actor task that owns the Yjs doc and its peers.
//!
//! Every change to a room goes through its task, one message at a time, so the document needs
//! no lock and the order in which updates are applied is the order in which they are logged.

use crate::close_code;
use crate::content::{build_doc, encode_doc, move_plain_text_into_rich_text, LoadError};
use crate::peer::{AccessDecision, Close, Peer, PeerAccess, PeerId, PeerOptions, PeerSender, SharedFrame};
use crate::relay::{EntryId, Inbound, Inbox, Outbound, RelayLink};
use crate::rooms::{JoinError, Shared};
use bytes::Bytes;
use futures::FutureExt;
use std::collections::{HashMap, HashSet, VecDeque};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;
use std::time::Instant;
use tandem_protocol::{self as protocol, ClientMessage};
use tandem_store::{DocKind, PendingWrite};
use tokio::sync::{mpsc, oneshot};
use yrs::sync::Awareness;
use yrs::updates::decoder::Decode;
use yrs::updates::encoder::Encode;
use yrs::{ClientID, Doc, ReadTxn, StateVector, Transact, Update};

/// Frames waiting for a room before senders are made to wait.
const ROOM_MAILBOX_FRAMES: usize = 256;
/// A v1 update with no structs and an empty delete set: what a client in sync sends as step 2.
const EMPTY_UPDATE: &[u8] = &[0, 0];
/// The sender of updates that came from no peer of this room (peer ids start at 1).
const NO_PEER: PeerId = 0;
/// How often a room checks whether peers that fell behind can be caught up, when no other
/// event wakes it.
const CATCH_UP_POLL: std::time::Duration = std::time::Duration::from_millis(20);

pub(crate) struct FromPeer {
    pub(crate) peer: PeerId,
    pub(crate) frame: Bytes,
}

pub(crate) enum Control {
    Join {
        options: PeerOptions,
        reply: oneshot::Sender<Result<Peer, JoinError>>,
    },
    Leave {
        peer: PeerId,
    },
    /// From the persist pipeline: `completed` more writes are settled; these peers' first n
    /// document messages are durable.
    Durable {
        completed: u64,
        stored: usize,
        stored_bytes: usize,
        acks: Vec<(PeerId, u64)>,
        failed: bool,
    },
    Compacted {
        result: Result<Option<usize>, String>,
    },
    EncodeState {
        reply: oneshot::Sender<Result<Vec<u8>, JoinError>>,
    },
    Reauthorize {
        decide: AccessDecision,
    },
    /// A frame for the peers that take ephemeral frames; never part of the document.
    Ephemeral {
        frame: Bytes,
    },
    /// From the relay: another instance's messages, a gap, the keeper lease.
    Relay(Inbound),
    /// The document as the store holds it, read to close a gap or, for a new keeper, to store
    /// what only this instance's memory holds.
    StoreState {
        result: Result<(Vec<u8>, StateVector), String>,
        check: StoreCheck,
    },
    Shutdown {
        done: oneshot::Sender<()>,
    },
}

/// Why a room compares its document with the stored one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum StoreCheck {
    /// Relayed messages may have been missed: take in what the store holds (other instances
    /// stored it), then ask the other instances for the rest.
    Gap,
    /// This instance became the keeper: the previous one may have died with updates only
    /// memories hold, so store what the store lacks.
    Keeper,
    /// The room unloads holding updates relayed from other instances that it did not store
    /// itself; if it is the last instance holding them, they must not go with it.
    Unload,
}

/// Why a room is winding down. It unloads once every accepted update is durable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ending {
    Idle,
    Shutdown,
    /// The CRDT library panicked; the in-memory doc is not trusted any more.
    Reset,
}

struct PeerState {
    outgoing: flume::Sender<SharedFrame>,
    close: oneshot::Sender<Close>,
    options: PeerOptions,
    /// Document-carrying messages received so far (the `saved` counter).
    doc_messages: u64,
    /// Awareness client ids this peer announced; removed for everyone when it leaves.
    awareness_clients: HashSet<ClientID>,
    /// Set while the peer is behind: its queue was full, so document updates are not queued
    /// for it. It has been sent everything up to this state vector; once its queue has room
    /// again, one update with everything since catches it up. Nothing is ever skipped.
    behind_from: Option<StateVector>,
    /// The newest `saved` count that could not be queued while the peer was behind.
    unsent_ack: Option<u64>,
}

struct PendingPersist {
    write: Option<(PendingWrite, usize)>,
    ack: Option<(PeerId, u64)>,
    /// An automatic version being saved: in the pipeline so the room unloads only after it.
    version: Option<PendingWrite>,
}

pub(crate) struct Room {
    shared: Arc<Shared>,
    doc_id: String,
    generation: u64,
    control: mpsc::UnboundedSender<Control>,
    frames: mpsc::Sender<FromPeer>,
    awareness: Awareness,
    peers: HashMap<PeerId, PeerState>,
    next_peer: PeerId,
    persist: mpsc::UnboundedSender<PendingPersist>,
    enqueued: u64,
    settled: u64,
    persist_failed: bool,
    log_updates: usize,
    log_bytes: usize,
    compacting: bool,
    ending: Option<Ending>,
    shutdown_waiters: Vec<oneshot::Sender<()>>,
    idle_since: Instant,
    /// Peers with `behind_from` set.
    behind: usize,
    /// Approximate stored size of the document: snapshot plus logged updates.
    doc_bytes: usize,
    size_limit: Option<usize>,
    /// Edits were applied since the last automatic version (or since the load) …
    edited_since_version: bool,
    /// … by these accounts.
    version_authors: HashSet<Arc<str>>,
    last_version_at: Instant,
    /// The latest ephemeral frame, for peers that join after it.
    last_ephemeral: Option<SharedFrame>,
    /// The document's link to its rooms on other instances (`relay.rs`), if there are any.
    relay: Option<Box<dyn RelayLink>>,
    /// This instance stores other instances' updates and compacts. Always so without a relay.
    keeper: bool,
    /// Relay entries and the number of writes enqueued when each was seen: once that many are
    /// settled, the entry is durable here.
    relay_marks: VecDeque<(u64, EntryId)>,
    /// Updates from other instances were applied and left to the keeper to store.
    unstored_remote: bool,
    /// An unloading check against the store is under way; the room waits for it.
    checking_store: bool,
}

impl Room {
    pub(crate) fn spawn(
        shared: Arc<Shared>,
        doc_id: String,
        generation: u64,
        control: mpsc::UnboundedSender<Control>,
        mailbox: mpsc::UnboundedReceiver<Control>,
    ) {
        tokio::spawn(async move {
            let started = Instant::now();
            match load(&shared, &doc_id).await {
                Ok(Loaded {
                    doc,
                    log_updates,
                    log_bytes,
                    doc_bytes,
                }) => {
                    shared
                        .metrics
                        .room_load_seconds
                        .observe(started.elapsed().as_secs_f64());
                    shared.metrics.rooms_loaded.inc();
                    let (frames, frames_in) = mpsc::channel(ROOM_MAILBOX_FRAMES);
                    let (persist, persist_queue) = mpsc::unbounded_channel();
                    tokio::spawn(persist_pipeline(persist_queue, control.clone()));
                    let relay = shared
                        .relay
                        .as_ref()
                        .map(|relay| relay.open(&doc_id, Inbox(control.clone())));
                    let room = Room {
                        shared: shared.clone(),
                        doc_id,
                        generation,
                        control,
                        frames,
                        awareness: Awareness::new(doc),
                        peers: HashMap::new(),
                        next_peer: 1,
                        persist,
                        enqueued: 0,
                        settled: 0,
                        persist_failed: false,
                        log_updates,
                        log_bytes,
                        compacting: false,
                        ending: None,
                        shutdown_waiters: Vec::new(),
                        idle_since: Instant::now(),
                        behind: 0,
                        doc_bytes,
                        size_limit: None,
                        edited_since_version: false,
                        version_authors: HashSet::new(),
                        last_version_at: Instant::now(),
                        last_ephemeral: None,
                        keeper: relay.is_none(),
                        relay,
                        relay_marks: VecDeque::new(),
                        unstored_remote: false,
                        checking_store: false,
                    };
                    room.ask_peers();
                    room.run(mailbox, frames_in).await;
                    shared.metrics.rooms_loaded.dec();
                }
                Err(error) => {
                    tracing::warn!(doc = %doc_id, %error, "document load failed");
                    refuse_all(&shared, &doc_id, generation, mailbox, error);
                }
            }
        });
    }

    async fn run(
        mut self,
        mut mailbox: mpsc::UnboundedReceiver<Control>,
        mut frames: mpsc::Receiver<FromPeer>,
    ) {
        self.maybe_compact();
        loop {
            if self.ending.is_some() && self.edited_since_version && self.ending != Some(Ending::Reset) {
                self.save_version();
            }
            if self.ending.is_some() && self.unstored_remote && self.ending != Some(Ending::Reset) {
                self.unstored_remote = false;
                self.checking_store = true;
                self.read_store_state(StoreCheck::Unload, None);
            }
            if self.ending.is_some()
                && self.settled == self.enqueued
                && !self.checking_store
                && self.try_unregister(&mailbox)
            {
                break;
            }
            let idle_deadline =
                tokio::time::Instant::from_std(self.idle_since + self.shared.config.idle_unload_after);
            let idle = self.peers.is_empty() && self.ending.is_none();
            if self.behind > 0 {
                self.catch_up();
            }
            tokio::select! {
                Some(message) = mailbox.recv() => {
                    if matches!(message, Control::Leave { .. }) {
                        // A peer's last frames were queued before it left; apply them first.
                        while let Ok(pending) = frames.try_recv() {
                            self.on_frame(pending.peer, pending.frame);
                        }
                    }
                    self.on_control(message);
                }
                Some(message) = frames.recv() => self.on_frame(message.peer, message.frame),
                _ = tokio::time::sleep_until(idle_deadline), if idle => self.ending = Some(Ending::Idle),
                _ = tokio::time::sleep(CATCH_UP_POLL), if self.behind > 0 => {}
            }
        }
        tracing::debug!(doc = %self.doc_id, "room unloaded");
        for waiter in self.shutdown_waiters.drain(..) {
            let _ = waiter.send(());
        }
    }

    /// Leaves the registry if nothing is waiting for this room; see `Rooms::send_to_room`.
    fn try_unregister(&self, mailbox: &mpsc::UnboundedReceiver<Control>) -> bool {
        let mut rooms = self.shared.lock_rooms();
        if !mailbox.is_empty() {
            return false;
        }
        if rooms
            .get(&self.doc_id)
            .is_some_and(|room| room.generation == self.generation)
        {
            rooms.remove(&self.doc_id);
        }
        true
    }

    fn on_control(&mut self, message: Control) {
        match message {
            Control::Join { options, reply } => self.join(options, reply),
            Control::Leave { peer } => self.remove_peer(peer, None),
            Control::Durable {
                completed,
                stored,
                stored_bytes,
                acks,
                failed,
            } => {
                self.settled += completed;
                self.log_updates += stored;
                self.log_bytes += stored_bytes;
                self.maybe_compact();
                self.report_stored();
                if failed && !self.persist_failed {
                    tracing::error!(doc = %self.doc_id, "an update could not be stored; save acknowledgements stop");
                    self.persist_failed = true;
                }
                if !self.persist_failed {
                    for (peer, count) in acks {
                        self.send_ack(peer, count);
                    }
                }
            }
            Control::Compacted { result } => {
                self.compacting = false;
                match result {
                    Ok(Some(snapshot_bytes)) => {
                        self.doc_bytes = snapshot_bytes + self.log_bytes;
                        self.shared.metrics.compactions.inc();
                        self.maybe_compact();
                    }
                    Ok(None) => {}
                    Err(error) => tracing::warn!(doc = %self.doc_id, %error, "compaction failed"),
                }
            }
            Control::EncodeState { reply } => {
                let state = catch_unwind(AssertUnwindSafe(|| encode_doc(self.awareness.doc())))
                    .map_err(|_| JoinError::LoadFailed("the document could not be encoded".into()));
                let _ = reply.send(state);
            }
            Control::Reauthorize { decide } => self.reauthorize(&decide),
            Control::Ephemeral { frame } => {
                if let Some(relay) = &self.relay {
                    relay.publish(Outbound::Ephemeral(frame.clone()));
                }
                self.publish_ephemeral(frame)
            }
            Control::Relay(message) => self.on_relay(message),
            Control::StoreState { result, check } => match result {
                Ok((update, stored)) => {
                    if check == StoreCheck::Unload {
                        self.checking_store = false;
                    }
                    self.merge_store_state(update, &stored, check)
                }
                Err(error) => {
                    tracing::warn!(doc = %self.doc_id, %error, "could not read the stored document to compare; retrying");
                    self.read_store_state(check, Some(std::time::Duration::from_secs(1)));
                }
            },
            Control::Shutdown { done } => {
                self.shutdown_waiters.push(done);
                self.end(
                    Ending::Shutdown,
                    Close::new(close_code::GOING_AWAY, "server shutting down"),
                );
            }
        }
    }

    fn join(&mut self, options: PeerOptions, reply: oneshot::Sender<Result<Peer, JoinError>>) {
        match self.ending {
            Some(Ending::Shutdown) => return drop(reply.send(Err(JoinError::ShuttingDown))),
            Some(Ending::Reset) => return drop(reply.send(Err(JoinError::Restarting))),
            Some(Ending::Idle) | None => self.ending = None,
        }
        let id = self.next_peer;
        self.next_peer += 1;
        self.size_limit = options.max_doc_bytes;
        let (outgoing, outgoing_rx) = flume::bounded(self.shared.config.peer_queue_frames.max(4));
        let (close, closed) = oneshot::channel();
        let state_vector = self.awareness.doc().transact().state_vector();
        let _ = outgoing.try_send(shared(protocol::encode_sync_step1(&state_vector)));
        if let Ok(states) = self.awareness.update() {
            if !states.clients.is_empty() {
                let _ = outgoing.try_send(shared(protocol::encode_awareness(&states)));
            }
        }
        if let (true, Some(frame)) = (options.ephemeral, &self.last_ephemeral) {
            let _ = outgoing.try_send(frame.clone());
        }
        let peer = Peer {
            outgoing: outgoing_rx,
            closed,
            sender: PeerSender {
                id,
                frames: self.frames.clone(),
                control: self.control.clone(),
            },
        };
        self.peers.insert(
            id,
            PeerState {
                outgoing,
                close,
                options,
                doc_messages: 0,
                awareness_clients: HashSet::new(),
                behind_from: None,
                unsent_ack: None,
            },
        );
        if let Err(Ok(peer)) = reply.send(Ok(peer)) {
            // The joiner gave up; dropping the peer sends `Leave`.
            drop(peer);
        }
    }

    /// Ephemeral frames supersede each other: a peer whose queue is full misses one and gets
    /// the next, without falling behind on the document.
    fn publish_ephemeral(&mut self, frame: Bytes) {
        let frame: SharedFrame = Arc::new(frame);
        for state in self.peers.values().filter(|state| state.options.ephemeral) {
            let _ = state.outgoing.try_send(frame.clone());
        }
        self.last_ephemeral = Some(frame);
    }

    fn on_frame(&mut self, peer: PeerId, frame: Bytes) {
        if !self.peers.contains_key(&peer) || matches!(self.ending, Some(Ending::Shutdown | Ending::Reset)) {
            return;
        }
        let message = match protocol::decode_client_message(&frame) {
            Ok(message) => message,
            Err(error) => {
                self.shared.metrics.reject("malformed");
                let close = Close::new(close_code::INVALID_PAYLOAD, format!("malformed message: {error}"));
                return self.remove_peer(peer, Some(close));
            }
        };
        match message {
            ClientMessage::SyncStep1(state_vector) => {
                let answer = catch_unwind(AssertUnwindSafe(|| {
                    self.awareness
                        .doc()
                        .transact()
                        .encode_state_as_update_v1(&state_vector)
                }));
                let Ok(update) = answer else {
                    return self.reset();
                };
                if let Some(state) = self.peers.get_mut(&peer) {
                    if state.behind_from.is_none() {
                        if queue(state, shared(protocol::encode_sync_step2(&update))) {
                            return;
                        }
                        self.behind += 1;
                    }
                    // Behind: the catch-up sends everything, whatever it was sent before.
                    state.behind_from = Some(StateVector::default());
                }
            }
            ClientMessage::SyncStep2(update) => self.apply_update(peer, update, None),
            ClientMessage::Update(update) => self.apply_update(peer, update, Some(frame)),
            ClientMessage::Awareness(update) => {
                let Ok(summary) = self.awareness.apply_update_summary(update) else {
                    return;
                };
                if let (Some(summary), Some(state)) = (summary, self.peers.get_mut(&peer)) {
                    state
                        .awareness_clients
                        .extend(summary.added.iter().chain(&summary.updated));
                    for removed in &summary.removed {
                        state.awareness_clients.remove(removed);
                    }
                }
                if let Some(relay) = &self.relay {
                    relay.publish(Outbound::Awareness(frame.clone()));
                }
                self.broadcast_awareness(Some(peer), frame);
            }
            ClientMessage::QueryAwareness => {
                if let (Ok(states), Some(state)) = (self.awareness.update(), self.peers.get(&peer)) {
                    // Awareness is volatile: a peer that is behind gets the next one.
                    queue(state, shared(protocol::encode_awareness(&states)));
                }
            }
            ClientMessage::Auth => {}
        }
    }

    /// Applies a client's update, fans it out, and queues it for the store. `frame` is the
    /// client's own frame when it is already an update message that can be forwarded as is.
    fn apply_update(&mut self, peer: PeerId, update: Vec<u8>, frame: Option<Bytes>) {
        let Some(state) = self.peers.get_mut(&peer) else {
            return;
        };
        if state.options.read_only {
            self.shared.metrics.reject("read_only_write");
            let close = Close::new(
                close_code::POLICY_VIOLATION,
                "read-only connection may not change the document",
            );
            return self.remove_peer(peer, Some(close));
        }
        if let Some(limit) = self.size_limit {
            if update.as_slice() != EMPTY_UPDATE && self.doc_bytes + update.len() > limit {
                self.shared.metrics.reject("quota_exceeded");
                let close = Close::new(
                    close_code::QUOTA_EXCEEDED,
                    format!("the document is at its size limit ({limit} bytes); the edit was not saved"),
                );
                return self.remove_peer(peer, Some(close));
            }
        }
        state.doc_messages += 1;
        let ack = (peer, state.doc_messages);
        if update.as_slice() == EMPTY_UPDATE {
            let _ = self.persist.send(PendingPersist {
                write: None,
                ack: Some(ack),
                version: None,
            });
            self.enqueued += 1;
            return;
        }
        let decoded = match Update::decode_v1(&update) {
            Ok(decoded) => decoded,
            Err(error) => {
                self.shared.metrics.reject("invalid_update");
                let close = Close::new(
                    close_code::INVALID_PAYLOAD,
                    format!("invalid Yjs update: {error}"),
                );
                return self.remove_peer(peer, Some(close));
            }
        };
        // The state before this update is what a peer that cannot take it has been sent.
        let full_peers = self
            .peers
            .iter()
            .any(|(&id, p)| id != peer && p.behind_from.is_none() && p.outgoing.is_full());
        let before = full_peers.then(|| self.awareness.doc().transact().state_vector());
        let applied = catch_unwind(AssertUnwindSafe(|| {
            self.awareness.doc().transact_mut().apply_update(decoded)
        }));
        match applied {
            Ok(Ok(())) => {}
            Ok(Err(error)) => {
                self.shared.metrics.reject("invalid_update");
                let close = Close::new(
                    close_code::INVALID_PAYLOAD,
                    format!("invalid Yjs update: {error}"),
                );
                return self.remove_peer(peer, Some(close));
            }
            Err(_) => {
                self.shared.metrics.reject("update_panicked");
                return self.reset();
            }
        }
        let frame = frame.unwrap_or_else(|| protocol::encode_update(&update).into());
        self.broadcast_update(peer, frame, before);
        if let Some(relay) = &self.relay {
            relay.publish(Outbound::Update(Bytes::copy_from_slice(&update)));
        }
        let bytes = update.len();
        self.doc_bytes += bytes;
        let write = self.shared.store.append_update(&self.doc_id, update);
        let _ = self.persist.send(PendingPersist {
            write: Some((write, bytes)),
            ack: Some(ack),
            version: None,
        });
        self.enqueued += 1;
        self.edited_since_version = true;
        if let Some(author) = self.peers.get(&peer).and_then(|p| p.options.author.clone()) {
            self.version_authors.insert(author);
        }
        if self.last_version_at.elapsed() >= self.shared.config.version_every {
            self.save_version();
        }
    }

    /// Saves the current state as an automatic version, through the persist pipeline: it is
    /// queued after every update applied so far, and the room does not unload before it is
    /// stored.
    fn save_version(&mut self) {
        let Ok(state) = catch_unwind(AssertUnwindSafe(|| encode_doc(self.awareness.doc()))) else {
            return self.reset();
        };
        let mut authors: Vec<String> = self.version_authors.drain().map(|a| a.to_string()).collect();
        authors.sort();
        let saving = self
            .shared
            .store
            .save_version(&self.doc_id, None, &authors, state);
        let _ = self.persist.send(PendingPersist {
            write: None,
            ack: None,
            version: Some(saving.map(|saved| saved.map(drop)).boxed()),
        });
        self.enqueued += 1;
        self.edited_since_version = false;
        self.last_version_at = Instant::now();
    }

    /// Asks the other instances for what this one lacks.
    fn ask_peers(&self) {
        if let Some(relay) = &self.relay {
            let state_vector = self.awareness.doc().transact().state_vector();
            relay.publish(Outbound::Need(state_vector.encode_v1().into()));
        }
    }

    fn on_relay(&mut self, message: Inbound) {
        if matches!(self.ending, Some(Ending::Shutdown | Ending::Reset)) {
            return;
        }
        match message {
            Inbound::Update { entry, update, own } => {
                if !own {
                    self.apply_remote_update(&update);
                }
                if self.keeper {
                    self.relay_marks.push_back((self.enqueued, entry));
                    self.report_stored();
                }
            }
            Inbound::Awareness(frame) => {
                let Ok(ClientMessage::Awareness(update)) = protocol::decode_client_message(&frame) else {
                    return tracing::warn!(doc = %self.doc_id, "ignored a malformed awareness message from another instance");
                };
                if self.awareness.apply_update(update).is_ok() {
                    self.broadcast_awareness(None, frame);
                }
            }
            Inbound::Need(state_vector) => {
                let Ok(state_vector) = StateVector::decode_v1(&state_vector) else {
                    return tracing::warn!(doc = %self.doc_id, "ignored a malformed state vector from another instance");
                };
                let doc = self.awareness.doc();
                let Ok(update) = catch_unwind(AssertUnwindSafe(|| {
                    doc.transact().encode_state_as_update_v1(&state_vector)
                })) else {
                    return self.reset();
                };
                if update != EMPTY_UPDATE {
                    if let Some(relay) = &self.relay {
                        relay.publish(Outbound::Update(update.into()));
                    }
                }
            }
            Inbound::Ephemeral(frame) => self.publish_ephemeral(frame),
            Inbound::Gap => self.read_store_state(StoreCheck::Gap, None),
            Inbound::Keeper(keeper) => {
                self.keeper = keeper;
                self.relay_marks.clear();
                if keeper {
                    // The keeper's check stores whatever memory holds and the store lacks.
                    self.unstored_remote = false;
                    self.read_store_state(StoreCheck::Keeper, None);
                    self.maybe_compact();
                }
            }
        }
    }

    /// Applies an update from another instance and passes it to this instance's peers. The
    /// keeper also stores it; every other instance leaves that to the keeper and the sender.
    fn apply_remote_update(&mut self, update: &[u8]) {
        let decoded = match Update::decode_v1(update) {
            Ok(decoded) => decoded,
            Err(error) => {
                return tracing::warn!(doc = %self.doc_id, %error, "ignored an invalid update from another instance")
            }
        };
        let full_peers = self
            .peers
            .values()
            .any(|p| p.behind_from.is_none() && p.outgoing.is_full());
        let before = full_peers.then(|| self.awareness.doc().transact().state_vector());
        match catch_unwind(AssertUnwindSafe(|| {
            self.awareness.doc().transact_mut().apply_update(decoded)
        })) {
            Ok(Ok(())) => {}
            Ok(Err(error)) => {
                return tracing::warn!(doc = %self.doc_id, %error, "ignored an invalid update from another instance")
            }
            Err(_) => return self.reset(),
        }
        self.broadcast_update(NO_PEER, protocol::encode_update(update).into(), before);
        self.doc_bytes += update.len();
        if self.keeper {
            self.store_for_relay(update.to_vec());
        } else {
            self.unstored_remote = true;
        }
    }

    /// Queues an update that no peer of this instance sent (so no acknowledgement is due).
    fn store_for_relay(&mut self, update: Vec<u8>) {
        let bytes = update.len();
        let write = self.shared.store.append_update(&self.doc_id, update);
        let _ = self.persist.send(PendingPersist {
            write: Some((write, bytes)),
            ack: None,
            version: None,
        });
        self.enqueued += 1;
    }

    /// Tells the relay which of the entries seen are durable here.
    fn report_stored(&mut self) {
        if self.persist_failed {
            return;
        }
        let mut durable = None;
        while self
            .relay_marks
            .front()
            .is_some_and(|(enqueued, _)| *enqueued <= self.settled)
        {
            durable = self.relay_marks.pop_front().map(|(_, entry)| entry);
        }
        if let (Some(entry), Some(relay)) = (durable, &self.relay) {
            relay.stored(entry);
        }
    }

    /// Reads the document from the store in the background; `merge_store_state` follows.
    fn read_store_state(&self, check: StoreCheck, after: Option<std::time::Duration>) {
        let (store, doc_id, control) = (
            self.shared.store.clone(),
            self.doc_id.clone(),
            self.control.clone(),
        );
        tokio::spawn(async move {
            if let Some(delay) = after {
                tokio::time::sleep(delay).await;
            }
            let result = async {
                let content = store.load_content(&doc_id).await.map_err(|e| e.to_string())?;
                tokio::task::spawn_blocking(move || {
                    let doc = build_doc(&content).map_err(|e| e.to_string())?;
                    let txn = doc.transact();
                    Ok((
                        txn.encode_state_as_update_v1(&StateVector::default()),
                        txn.state_vector(),
                    ))
                })
                .await
                .map_err(|e| e.to_string())?
            }
            .await;
            let _ = control.send(Control::StoreState { result, check });
        });
    }

    /// Takes in what the store holds and this room lacks (another instance stored it while
    /// messages were lost); stores what only this room holds when `check` calls for it.
    fn merge_store_state(&mut self, update: Vec<u8>, stored: &StateVector, check: StoreCheck) {
        let before = self.awareness.doc().transact().state_vector();
        let applied = catch_unwind(AssertUnwindSafe(|| {
            let update = Update::decode_v1(&update).map_err(|e| e.to_string())?;
            self.awareness
                .doc()
                .transact_mut()
                .apply_update(update)
                .map_err(|e| e.to_string())
        }));
        match applied {
            Ok(Ok(())) => {}
            Ok(Err(error)) => {
                tracing::warn!(doc = %self.doc_id, %error, "the stored document could not be merged")
            }
            Err(_) => return self.reset(),
        }
        let doc = self.awareness.doc();
        let Ok((news, missing_from_store)) = catch_unwind(AssertUnwindSafe(|| {
            let txn = doc.transact();
            let news = (txn.state_vector() != before).then(|| txn.encode_state_as_update_v1(&before));
            (news, txn.encode_state_as_update_v1(stored))
        })) else {
            return self.reset();
        };
        if let Some(news) = news {
            self.broadcast_update(NO_PEER, protocol::encode_update(&news).into(), Some(before));
        }
        let store_missing = self.keeper || check == StoreCheck::Unload;
        if store_missing && missing_from_store != EMPTY_UPDATE {
            self.store_for_relay(missing_from_store);
        }
        if check == StoreCheck::Gap {
            self.ask_peers();
        }
    }

    /// Queues a document update for every peer but its sender. A peer whose queue is full
    /// falls behind (see `PeerState::behind_from`) instead of losing the update.
    fn broadcast_update(&mut self, sender: PeerId, frame: Bytes, before: Option<StateVector>) {
        let frame = Arc::new(frame);
        for (&id, peer) in self.peers.iter_mut() {
            if id == sender || peer.behind_from.is_some() {
                continue;
            }
            if !queue(peer, frame.clone()) {
                peer.behind_from = Some(before.clone().unwrap_or_default());
                self.behind += 1;
                self.shared.metrics.peers_fell_behind.inc();
            }
        }
    }

    /// Awareness is volatile: a peer that cannot take a change now gets the next one (clients
    /// renew their state every 15 s), so nothing here can leave a document diverged.
    fn broadcast_awareness(&mut self, except: Option<PeerId>, frame: Bytes) {
        let frame = Arc::new(frame);
        for (&id, peer) in &self.peers {
            if Some(id) != except && peer.behind_from.is_none() {
                queue(peer, frame.clone());
            }
        }
    }

    fn send_ack(&mut self, peer: PeerId, count: u64) {
        let Some(state) = self.peers.get_mut(&peer) else {
            return;
        };
        if !state.options.save_acks {
            return;
        }
        if state.behind_from.is_some() || !queue(state, shared(protocol::encode_saved(count))) {
            state.unsent_ack = Some(count);
        }
    }

    /// Sends each peer that is behind, and whose queue has room again, everything since the
    /// state it was last sent, then the acknowledgement it missed.
    fn catch_up(&mut self) {
        let capacity = self.shared.config.peer_queue_frames.max(4);
        let doc = self.awareness.doc();
        for peer in self.peers.values_mut() {
            let Some(since) = &peer.behind_from else {
                continue;
            };
            if capacity.saturating_sub(peer.outgoing.len()) < capacity / 2 {
                continue;
            }
            let Ok(update) = catch_unwind(AssertUnwindSafe(|| {
                doc.transact().encode_state_as_update_v1(since)
            })) else {
                continue;
            };
            queue(peer, shared(protocol::encode_update(&update)));
            peer.behind_from = None;
            self.behind -= 1;
            if let Some(count) = peer.unsent_ack.take() {
                queue(peer, shared(protocol::encode_saved(count)));
            }
        }
    }

    /// Applies a permission change to the peers already connected: a viewer can no longer
    /// write on the socket it has open, a peer that lost access is closed.
    fn reauthorize(&mut self, decide: &AccessDecision) {
        let decisions: Vec<(PeerId, PeerAccess)> = self
            .peers
            .iter()
            .map(|(&id, state)| (id, decide(state.options.principal.as_deref())))
            .collect();
        for (peer, access) in decisions {
            match access {
                PeerAccess::Revoked => self.remove_peer(
                    peer,
                    Some(Close::new(
                        close_code::FORBIDDEN,
                        "your access to this document was removed",
                    )),
                ),
                PeerAccess::View | PeerAccess::Edit => {
                    if let Some(state) = self.peers.get_mut(&peer) {
                        state.options.read_only = access == PeerAccess::View;
                    }
                }
                PeerAccess::Keep => {}
            }
        }
    }

    fn remove_peer(&mut self, peer: PeerId, close: Option<Close>) {
        let Some(state) = self.peers.remove(&peer) else {
            return;
        };
        if state.behind_from.is_some() {
            self.behind -= 1;
        }
        if let Some(close) = close {
            let _ = state.close.send(close);
        }
        if self.peers.is_empty() {
            self.idle_since = Instant::now();
        }
        if state.awareness_clients.is_empty() {
            return;
        }
        for &client in &state.awareness_clients {
            self.awareness.remove_state(client);
        }
        if let Ok(removal) = self.awareness.update_with_clients(state.awareness_clients) {
            let frame = Bytes::from(protocol::encode_awareness(&removal));
            if let Some(relay) = &self.relay {
                relay.publish(Outbound::Awareness(frame.clone()));
            }
            self.broadcast_awareness(None, frame);
        }
    }

    fn end(&mut self, ending: Ending, close: Close) {
        self.ending = Some(ending);
        let peers: Vec<PeerId> = self.peers.keys().copied().collect();
        for peer in peers {
            if let Some(state) = self.peers.remove(&peer) {
                let _ = state.close.send(close.clone());
            }
        }
        self.behind = 0;
    }

    fn reset(&mut self) {
        tracing::error!(doc = %self.doc_id, "the CRDT library panicked; reloading the document from the store");
        self.end(
            Ending::Reset,
            Close::new(close_code::INTERNAL_ERROR, "internal error; reconnect"),
        );
    }

    fn maybe_compact(&mut self) {
        let config = &self.shared.config;
        if self.compacting
            || !self.keeper
            || (self.log_updates < config.compact_after_updates
                && self.log_bytes < config.compact_after_bytes)
        {
            return;
        }
        self.compacting = true;
        self.log_updates = 0;
        self.log_bytes = 0;
        let store = self.shared.store.clone();
        let doc_id = self.doc_id.clone();
        let control = self.control.clone();
        tokio::spawn(async move {
            let result = compact(store.as_ref(), &doc_id).await;
            let _ = control.send(Control::Compacted { result });
        });
    }
}

/// Queues a frame for a peer; `false` if its queue is full. A closed queue counts as sent:
/// the transport is gone and its `Leave` is on the way.
fn queue(peer: &PeerState, frame: SharedFrame) -> bool {
    !matches!(peer.outgoing.try_send(frame), Err(flume::TrySendError::Full(_)))
}

fn shared(frame: Vec<u8>) -> SharedFrame {
    Arc::new(frame.into())
}

struct Loaded {
    doc: Doc,
    log_updates: usize,
    log_bytes: usize,
    doc_bytes: usize,
}

async fn load(shared: &Shared, doc_id: &str) -> Result<Loaded, JoinError> {
    let kind = match shared.store.get_doc(doc_id).await? {
        Some(meta) if meta.deleted_at.is_none() => meta.kind,
        _ => return Err(JoinError::NotFound),
    };
    let content = shared.store.load_content(doc_id).await?;
    let (log_updates, log_bytes) = (content.updates.len(), content.log_bytes());
    let doc_bytes = log_bytes + content.snapshot.as_ref().map_or(0, Vec::len);
    let doc = tokio::task::spawn_blocking(move || build_doc(&content))
        .await
        .map_err(|_| JoinError::LoadFailed(LoadError::Panicked.to_string()))?
        .map_err(|e| JoinError::LoadFailed(e.to_string()))?;
    if kind == DocKind::Doc {
        let moved = catch_unwind(AssertUnwindSafe(|| move_plain_text_into_rich_text(&doc)))
            .map_err(|_| JoinError::LoadFailed(LoadError::Panicked.to_string()))?;
        if let Some(update) = moved {
            shared.store.append_update(doc_id, update).await?;
        }
    }
    Ok(Loaded {
        doc,
        log_updates,
        log_bytes,
        doc_bytes,
    })
}

/// Refuses every join that reached a room whose load failed, after leaving the registry so
/// that the next join tries a fresh load.
fn refuse_all(
    shared: &Shared,
    doc_id: &str,
    generation: u64,
    mut mailbox: mpsc::UnboundedReceiver<Control>,
    error: JoinError,
) {
    {
        let mut rooms = shared.lock_rooms();
        if rooms
            .get(doc_id)
            .is_some_and(|room| room.generation == generation)
        {
            rooms.remove(doc_id);
        }
    }
    while let Ok(message) = mailbox.try_recv() {
        match message {
            Control::Join { reply, .. } => drop(reply.send(Err(error.clone()))),
            Control::EncodeState { reply } => drop(reply.send(Err(error.clone()))),
            Control::Shutdown { done } => drop(done.send(())),
            _ => {}
        }
    }
}

/// Waits for the room's writes in order and reports, per batch, which acknowledgements are due.
async fn persist_pipeline(
    mut queue: mpsc::UnboundedReceiver<PendingPersist>,
    control: mpsc::UnboundedSender<Control>,
) {
    while let Some(first) = queue.recv().await {
        let mut batch = vec![first];
        while let Ok(more) = queue.try_recv() {
            batch.push(more);
        }
        let completed = batch.len() as u64;
        let mut acks: Vec<(PeerId, u64)> = Vec::new();
        let mut failed = false;
        let (mut stored, mut stored_bytes) = (0, 0);
        for item in batch {
            if let Some(version) = item.version {
                if let Err(error) = version.await {
                    tracing::warn!(%error, "automatic version not saved");
                }
            }
            if let Some((write, bytes)) = item.write {
                stored += 1;
                stored_bytes += bytes;
                if let Err(error) = write.await {
                    tracing::error!(%error, "update not stored");
                    failed = true;
                }
            }
            if let Some((peer, count)) = item.ack {
                match acks.iter_mut().find(|(p, _)| *p == peer) {
                    Some(entry) => entry.1 = count,
                    None => acks.push((peer, count)),
                }
            }
        }
        if control
            .send(Control::Durable {
                completed,
                stored,
                stored_bytes,
                acks,
                failed,
            })
            .is_err()
        {
            return;
        }
    }
}

/// Folds the stored log into a snapshot. Works from the store, not the live doc, so the room
/// keeps serving while a large document is encoded on a blocking thread.
/// The new snapshot's size, or `None` when the log was empty and there was nothing to fold.
async fn compact(store: &dyn tandem_store::Store, doc_id: &str) -> Result<Option<usize>, String> {
    let content = store.load_content(doc_id).await.map_err(|e| e.to_string())?;
    if content.updates.is_empty() {
        return Ok(None);
    }
    let upto_seq = content.last_seq;
    let snapshot = tokio::task::spawn_blocking(move || build_doc(&content).map(|doc| encode_doc(&doc)))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?;
    let snapshot_bytes = snapshot.len();
    store
        .compact(doc_id, snapshot, upto_seq)
        .await
        .map_err(|e| e.to_string())?;
    Ok(Some(snapshot_bytes))
}
