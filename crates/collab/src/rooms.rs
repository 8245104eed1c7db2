//! The registry of loaded rooms.

use crate::content::{build_doc, encode_doc};
use crate::metrics::Metrics;
use crate::peer::{AccessDecision, Peer, PeerOptions};
use crate::relay::Relay;
use crate::room::{Control, Room};
use bytes::Bytes;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tandem_store::{Store, StoreError};
use tokio::sync::{mpsc, oneshot};

#[derive(Debug, Clone)]
pub struct RoomConfig {
    /// How long a room stays loaded after its last peer left.
    pub idle_unload_after: Duration,
    /// Frames queued for one peer; past that it falls behind and is caught up later.
    pub peer_queue_frames: usize,
    /// Fold the update log into a snapshot once it holds this many updates …
    pub compact_after_updates: usize,
    /// … or this many bytes.
    pub compact_after_bytes: usize,
    /// While a document is being edited, save an automatic version this often; a room that
    /// unloads with edits since its last version saves one too.
    pub version_every: Duration,
}

impl Default for RoomConfig {
    fn default() -> Self {
        RoomConfig {
            idle_unload_after: Duration::from_secs(10),
            peer_queue_frames: 1024,
            compact_after_updates: 2000,
            compact_after_bytes: 16 << 20,
            version_every: Duration::from_secs(600),
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum JoinError {
    #[error("document not found")]
    NotFound,
    #[error("document could not be loaded: {0}")]
    LoadFailed(String),
    #[error("the server is shutting down")]
    ShuttingDown,
    #[error("the document is restarting; retry")]
    Restarting,
}

impl From<StoreError> for JoinError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound => JoinError::NotFound,
            other => JoinError::LoadFailed(other.to_string()),
        }
    }
}

pub(crate) struct RoomHandle {
    pub(crate) generation: u64,
    pub(crate) control: mpsc::UnboundedSender<Control>,
}

pub(crate) struct Shared {
    pub(crate) store: Arc<dyn Store>,
    pub(crate) config: RoomConfig,
    pub(crate) metrics: Arc<Metrics>,
    pub(crate) relay: Option<Arc<dyn Relay>>,
    pub(crate) rooms: Mutex<HashMap<String, RoomHandle>>,
    next_generation: std::sync::atomic::AtomicU64,
    shutting_down: std::sync::atomic::AtomicBool,
}

impl Shared {
    pub(crate) fn lock_rooms(&self) -> std::sync::MutexGuard<'_, HashMap<String, RoomHandle>> {
        self.rooms.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// All rooms of this process.
#[derive(Clone)]
pub struct Rooms {
    shared: Arc<Shared>,
}

impl Rooms {
    pub fn new(store: Arc<dyn Store>, config: RoomConfig, metrics: Arc<Metrics>) -> Self {
        Self::with_relay(store, config, metrics, None)
    }

    /// Rooms that share their documents with the same documents' rooms on other instances
    /// through `relay` (`relay.rs`).
    pub fn with_relay(
        store: Arc<dyn Store>,
        config: RoomConfig,
        metrics: Arc<Metrics>,
        relay: Option<Arc<dyn Relay>>,
    ) -> Self {
        Rooms {
            shared: Arc::new(Shared {
                store,
                config,
                metrics,
                relay,
                rooms: Mutex::new(HashMap::new()),
                next_generation: Default::default(),
                shutting_down: Default::default(),
            }),
        }
    }

    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.shared.metrics
    }

    pub fn store(&self) -> &Arc<dyn Store> {
        &self.shared.store
    }

    /// Joins the document's room, loading it first if needed. Resolves once the document is
    /// loaded; the first frames the peer yields are the server's sync step 1 and the current
    /// awareness states.
    pub async fn join(&self, doc_id: &str, options: PeerOptions) -> Result<Peer, JoinError> {
        let (reply, answer) = oneshot::channel();
        self.send_to_room(doc_id, Control::Join { options, reply })?;
        answer.await.unwrap_or(Err(JoinError::Restarting))
    }

    /// The document's whole state as one Yjs update: from the live room if it is loaded,
    /// otherwise from the store.
    pub async fn document_state(&self, doc_id: &str) -> Result<Vec<u8>, JoinError> {
        let live = {
            let rooms = self.shared.lock_rooms();
            rooms.get(doc_id).map(|room| {
                let (reply, answer) = oneshot::channel();
                let _ = room.control.send(Control::EncodeState { reply });
                answer
            })
        };
        if let Some(answer) = live {
            if let Ok(state) = answer.await {
                return state;
            }
        }
        if self.shared.store.get_doc(doc_id).await?.is_none() {
            return Err(JoinError::NotFound);
        }
        let content = self.shared.store.load_content(doc_id).await?;
        tokio::task::spawn_blocking(move || build_doc(&content).map(|doc| encode_doc(&doc)))
            .await
            .map_err(|e| JoinError::LoadFailed(e.to_string()))?
            .map_err(|e| JoinError::LoadFailed(e.to_string()))
    }

    /// Decides again the access of every peer connected to `doc_id` (or to any document, for
    /// `None`: an account was disabled) after a permission change. Takes effect at once.
    pub fn reauthorize(&self, doc_id: Option<&str>, decide: AccessDecision) {
        let rooms = self.shared.lock_rooms();
        let targets = rooms
            .iter()
            .filter(|(id, _)| doc_id.is_none_or(|doc| doc == id.as_str()));
        for (_, room) in targets {
            let _ = room.control.send(Control::Reauthorize {
                decide: decide.clone(),
            });
        }
    }

    /// Sends an ephemeral frame (docs/PROTOCOL.md, `sim`) to the document's peers that take
    /// them, if the document is open; the room keeps it for peers that join later.
    pub fn publish_ephemeral(&self, doc_id: &str, frame: Bytes) {
        let rooms = self.shared.lock_rooms();
        if let Some(room) = rooms.get(doc_id) {
            let _ = room.control.send(Control::Ephemeral { frame });
        }
    }

    /// Number of rooms loaded now.
    pub fn loaded(&self) -> usize {
        self.shared.lock_rooms().len()
    }

    /// The ids of the documents loaded now.
    pub fn loaded_ids(&self) -> Vec<String> {
        self.shared.lock_rooms().keys().cloned().collect()
    }

    /// Closes every peer with "going away", waits until every room's updates are durable and
    /// the room is gone. New joins are refused from now on.
    pub async fn shutdown(&self) {
        self.shared
            .shutting_down
            .store(true, std::sync::atomic::Ordering::SeqCst);
        let waits: Vec<_> = {
            let rooms = self.shared.lock_rooms();
            rooms
                .values()
                .map(|room| {
                    let (done, finished) = oneshot::channel();
                    let _ = room.control.send(Control::Shutdown { done });
                    finished
                })
                .collect()
        };
        for finished in waits {
            let _ = finished.await;
        }
    }

    fn send_to_room(&self, doc_id: &str, message: Control) -> Result<(), JoinError> {
        if self
            .shared
            .shutting_down
            .load(std::sync::atomic::Ordering::SeqCst)
        {
            return Err(JoinError::ShuttingDown);
        }
        let mut rooms = self.shared.lock_rooms();
        // Sending under the lock is what makes unloading safe: a room unregisters itself only
        // under this lock and only with an empty mailbox, so no join can slip in between.
        if let Some(room) = rooms.get(doc_id) {
            if room.control.send(message).is_ok() {
                return Ok(());
            }
            return Err(JoinError::Restarting);
        }
        let generation = self
            .shared
            .next_generation
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let (control, mailbox) = mpsc::unbounded_channel();
        let _ = control.send(message);
        rooms.insert(
            doc_id.to_owned(),
            RoomHandle {
                generation,
                control: control.clone(),
            },
        );
        Room::spawn(
            self.shared.clone(),
            doc_id.to_owned(),
            generation,
            control,
            mailbox,
        );
        Ok(())
    }
}
