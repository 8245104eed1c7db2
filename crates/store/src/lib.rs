//! Durable storage for Tandem: document metadata, each document's update log and snapshots.
//!
//! The [`Store`] trait is byte-level: it stores Yjs updates as opaque blobs and knows nothing of
//! the CRDT (merging the log into a snapshot is the caller's job, see `tandem-collab`).
//! [`sqlite::SqliteStore`] is the embedded default; [`postgres::PgStore`] keeps everything in a
//! PostgreSQL database that several instances can share.
//!
//! *Contract:* [`Store::append_update`] enqueues the write when it is called, not when the
//! returned future is polled, and writes of one document become durable in call order. The
//! future resolves only once the update is durable (committed to disk), which is what lets the
//! sync layer promise clients that an acknowledged edit survives a crash.

pub mod accounts;
pub mod blobs;
pub mod migrate;
pub mod postgres;
pub mod sqlite;
mod write_queue;

pub use accounts::AccountStore;

use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

/// The kinds of document Tandem edits. Each has a fixed Yjs schema (see `docs/SCHEMA.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocKind {
    Doc,
    Code,
    Sheet,
    Board,
    Sim,
}

impl DocKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DocKind::Doc => "doc",
            DocKind::Code => "code",
            DocKind::Sheet => "sheet",
            DocKind::Board => "board",
            DocKind::Sim => "sim",
        }
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for DocKind {
    type Err = StoreError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Ok(match s {
            "doc" => DocKind::Doc,
            "code" => DocKind::Code,
            "sheet" => DocKind::Sheet,
            "board" => DocKind::Board,
            "sim" => DocKind::Sim,
            other => return Err(StoreError::Corrupt(format!("unknown document kind {other:?}"))),
        })
    }
}

/// A document's metadata. Times are milliseconds since the Unix epoch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocMeta {
    pub id: String,
    pub kind: DocKind,
    pub title: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// Set when the document is in the trash.
    pub deleted_at: Option<i64>,
    /// The account that owns the document; `None` for documents made before accounts existed.
    pub owner_id: Option<String>,
}

/// What is stored of a document's content: the latest snapshot and the updates logged after it,
/// in order. Applying the snapshot and then every update gives the document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoredContent {
    pub snapshot: Option<Vec<u8>>,
    pub updates: Vec<Vec<u8>>,
    /// Sequence number of the last update included (in the snapshot or the log); 0 if none.
    pub last_seq: i64,
}

impl StoredContent {
    pub fn log_bytes(&self) -> usize {
        self.updates.iter().map(Vec::len).sum()
    }
}

/// A file uploaded to a document, stored by content in a [`blobs::BlobStore`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileMeta {
    /// Lowercase hex SHA-256 of the bytes.
    pub hash: String,
    pub mime: String,
    pub size: i64,
    pub uploaded_by: Option<String>,
    pub created_at: i64,
}

/// Automatic versions kept per document; older ones are dropped as new ones are saved. Named
/// versions are kept until the document is deleted.
pub const AUTOMATIC_VERSIONS_KEPT: usize = 100;

/// A saved state of a document, for version history. Times are milliseconds since the epoch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VersionMeta {
    pub id: String,
    pub doc_id: String,
    /// `None` for an automatic version.
    pub name: Option<String>,
    /// Account ids: who named it, or who edited since the version before.
    pub authors: Vec<String>,
    pub created_at: i64,
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("document not found")]
    NotFound,
    #[error("a document with this id already exists")]
    AlreadyExists,
    #[error("stored data is corrupt: {0}")]
    Corrupt(String),
    #[error("database error: {0}")]
    Database(String),
    #[error("the store is shut down")]
    Closed,
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Database(e.to_string())
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        StoreError::Database(e.to_string())
    }
}

pub type StoreResult<T> = Result<T, StoreError>;

/// Figures about one committed write batch (a group commit), for metrics.
#[derive(Debug, Clone, Copy)]
pub struct BatchStats {
    pub operations: usize,
    pub duration: Duration,
}

pub type BatchObserver = Arc<dyn Fn(BatchStats) + Send + Sync>;

/// Resolves once an appended update is durable.
pub type PendingWrite = BoxFuture<'static, StoreResult<()>>;

/// Persistent storage of documents. Implementations must be safe to share across tasks.
pub trait Store: Send + Sync + 'static {
    fn create_doc(
        &self,
        id: &str,
        kind: DocKind,
        title: &str,
        owner: Option<&str>,
    ) -> BoxFuture<'static, StoreResult<DocMeta>>;
    fn get_doc(&self, id: &str) -> BoxFuture<'static, StoreResult<Option<DocMeta>>>;
    /// Deletes the document with its whole history, after every write queued before it.
    fn delete_doc(&self, id: &str) -> BoxFuture<'static, StoreResult<()>>;
    fn rename_doc(&self, id: &str, title: &str) -> BoxFuture<'static, StoreResult<DocMeta>>;
    /// Moves a document to the trash (`trashed = true`) or back out of it.
    fn set_trashed(&self, id: &str, trashed: bool) -> BoxFuture<'static, StoreResult<DocMeta>>;

    /// Reads the snapshot and the log after it.
    fn load_content(&self, id: &str) -> BoxFuture<'static, StoreResult<StoredContent>>;
    /// Appends one update to the document's log; see the crate docs for the ordering contract.
    fn append_update(&self, id: &str, update: Vec<u8>) -> PendingWrite;
    /// Replaces the snapshot with `snapshot`, which must contain every logged update with a
    /// sequence number up to `upto_seq`, and drops those updates from the log.
    fn compact(&self, id: &str, snapshot: Vec<u8>, upto_seq: i64) -> BoxFuture<'static, StoreResult<()>>;

    /// Saves the document's whole state (one Yjs update) as a version. `name` is `None` for
    /// automatic versions, of which only the newest [`AUTOMATIC_VERSIONS_KEPT`] are kept;
    /// `authors` are account ids (who named it, or who edited since the version before).
    fn save_version(
        &self,
        doc_id: &str,
        name: Option<&str>,
        authors: &[String],
        state: Vec<u8>,
    ) -> BoxFuture<'static, StoreResult<VersionMeta>>;
    /// The document's versions, newest first.
    fn list_versions(&self, doc_id: &str) -> BoxFuture<'static, StoreResult<Vec<VersionMeta>>>;
    /// A version's state; `None` if the document has no such version.
    fn load_version(
        &self,
        doc_id: &str,
        version_id: &str,
    ) -> BoxFuture<'static, StoreResult<Option<Vec<u8>>>>;

    /// Records that `file` (already in the blob store) belongs to the document, so the
    /// document's readers may fetch it. Recording it again changes nothing.
    fn add_file(&self, doc_id: &str, file: FileMeta) -> BoxFuture<'static, StoreResult<()>>;
    /// The document's file with this hash, if it has one.
    fn file(&self, doc_id: &str, hash: &str) -> BoxFuture<'static, StoreResult<Option<FileMeta>>>;

    /// Checks that the database answers (for `/readyz`).
    fn ping(&self) -> BoxFuture<'static, StoreResult<()>>;
    /// Writes everything queued and stops accepting writes.
    fn close(&self) -> BoxFuture<'static, ()>;
}

/// Milliseconds since the Unix epoch.
pub fn now_millis() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}
