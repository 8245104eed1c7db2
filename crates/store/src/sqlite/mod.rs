//! The embedded SQLite store (WAL mode, `synchronous=FULL`).
//!
//! All writes go through one writer thread that drains its queue into a single transaction per
//! round ("group commit"): one fsync covers every update that arrived while the previous commit
//! was on disk, so durability does not cap throughput. Reads use a small pool of separate
//! connections, which WAL lets run beside the writer. Account writes are rare and small: they
//! run on a pooled connection in their own `IMMEDIATE` transaction (see [`SqliteStore::write`]).

mod accounts;
mod versions;

use crate::write_queue::{Done, OpResult, WriteOp, WriteQueue};
use crate::{
    now_millis, BatchObserver, BatchStats, DocKind, DocMeta, FileMeta, PendingWrite, Store, StoreError,
    StoreResult, StoredContent, VersionMeta,
};
use futures::future::BoxFuture;
use futures::FutureExt;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Most operations written in one transaction.
const MAX_BATCH: usize = 4096;
/// Read connections (and blocking threads) in use at once. Without a bound, a burst of
/// requests (10,000 sockets connecting) opened one SQLite connection and one blocking thread
/// per request at the same moment: tens of MiB that stayed resident afterwards. Every
/// connection is kept open once made.
const MAX_READERS: usize = 8;

/// Schema migrations, applied in order and recorded in `PRAGMA user_version`.
/// Released entries are never edited; a change is a new entry.
const MIGRATIONS: &[&str] = &[
    r#"
    CREATE TABLE documents (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        title       TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        updated_at  INTEGER NOT NULL,
        deleted_at  INTEGER
    );
    CREATE TABLE doc_updates (
        seq     INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id  TEXT NOT NULL,
        data    BLOB NOT NULL
    );
    CREATE INDEX doc_updates_by_doc ON doc_updates (doc_id, seq);
    CREATE TABLE doc_snapshots (
        doc_id      TEXT PRIMARY KEY,
        data        BLOB NOT NULL,
        upto_seq    INTEGER NOT NULL,
        created_at  INTEGER NOT NULL
    );
"#,
    r#"
    ALTER TABLE documents ADD COLUMN owner_id TEXT;
    ALTER TABLE documents ADD COLUMN link_access TEXT;
    ALTER TABLE documents ADD COLUMN link_requires_login INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX documents_by_owner ON documents (owner_id, deleted_at);
    CREATE TABLE users (
        id              TEXT PRIMARY KEY,
        email           TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name            TEXT NOT NULL,
        password_hash   TEXT NOT NULL,
        is_admin        INTEGER NOT NULL DEFAULT 0,
        disabled_at     INTEGER,
        max_docs        INTEGER,
        max_doc_bytes   INTEGER,
        created_at      INTEGER NOT NULL
    );
    CREATE TABLE sessions (
        token_hash  BLOB PRIMARY KEY,
        user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at  INTEGER NOT NULL,
        expires_at  INTEGER NOT NULL
    );
    CREATE INDEX sessions_by_user ON sessions (user_id);
    CREATE TABLE api_tokens (
        id            TEXT PRIMARY KEY,
        user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name          TEXT NOT NULL,
        token_hash    BLOB NOT NULL UNIQUE,
        created_at    INTEGER NOT NULL,
        last_used_at  INTEGER
    );
    CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
    CREATE TABLE doc_members (
        doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        user_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role      TEXT NOT NULL,
        added_at  INTEGER NOT NULL,
        PRIMARY KEY (doc_id, user_id)
    );
    CREATE INDEX doc_members_by_user ON doc_members (user_id);
    CREATE TABLE doc_invites (
        doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        email       TEXT NOT NULL COLLATE NOCASE,
        role        TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        PRIMARY KEY (doc_id, email)
    );
    CREATE TABLE doc_visits (
        user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        visited_at  INTEGER NOT NULL,
        PRIMARY KEY (user_id, doc_id)
    );
"#,
    r#"
    CREATE TABLE doc_versions (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        name        TEXT,
        authors     TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        data        BLOB NOT NULL
    );
    CREATE INDEX doc_versions_by_doc ON doc_versions (doc_id, id);
"#,
    r#"
    CREATE TABLE doc_files (
        doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        hash        TEXT NOT NULL,
        mime        TEXT NOT NULL,
        size        INTEGER NOT NULL,
        uploaded_by TEXT,
        created_at  INTEGER NOT NULL,
        PRIMARY KEY (doc_id, hash)
    );
"#,
];

/// When a committed batch counts as saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    /// Every commit is fsynced before its writes are acknowledged (`synchronous=FULL`): nothing
    /// acknowledged is lost, even to a power cut.
    #[default]
    EveryCommit,
    /// Commits reach the operating system, and the disk at WAL checkpoints
    /// (`synchronous=NORMAL`): a crash of the process loses nothing, a power cut may lose the
    /// last commits.
    Checkpoints,
}

pub struct SqliteStore {
    path: PathBuf,
    writes: WriteQueue,
    readers: Arc<Mutex<Vec<Connection>>>,
    reading: Arc<tokio::sync::Semaphore>,
    writer_thread: Mutex<Option<std::thread::JoinHandle<()>>>,
}

impl SqliteStore {
    /// Opens (creating if needed) the database file and runs pending migrations.
    pub fn open(path: impl AsRef<Path>, on_batch: Option<BatchObserver>) -> StoreResult<Self> {
        Self::open_with(path, on_batch, Durability::EveryCommit)
    }

    pub fn open_with(
        path: impl AsRef<Path>,
        on_batch: Option<BatchObserver>,
        durability: Durability,
    ) -> StoreResult<Self> {
        let path = path.as_ref().to_path_buf();
        let mut conn = writer_connection(&path, durability)?;
        migrate(&mut conn)?;
        let (writes, queue) = mpsc::unbounded_channel();
        let writer_thread = std::thread::Builder::new()
            .name("tandem-sqlite-writer".into())
            .spawn(move || {
                Writer {
                    conn,
                    queue,
                    on_batch,
                }
                .run()
            })
            .map_err(|e| StoreError::Database(format!("cannot start writer thread: {e}")))?;
        Ok(SqliteStore {
            path,
            writes: WriteQueue::new(writes),
            readers: Arc::new(Mutex::new(Vec::new())),
            reading: Arc::new(tokio::sync::Semaphore::new(MAX_READERS)),
            writer_thread: Mutex::new(Some(writer_thread)),
        })
    }

    /// Runs `change` in its own `IMMEDIATE` transaction on a pooled connection. Used for
    /// account records, which are written rarely and must not wait behind a batch of updates.
    fn write<T: Send + 'static>(
        &self,
        change: impl FnOnce(&rusqlite::Transaction<'_>) -> StoreResult<T> + Send + 'static,
    ) -> BoxFuture<'static, StoreResult<T>> {
        self.read(move |conn| {
            let tx = rusqlite::Transaction::new_unchecked(conn, rusqlite::TransactionBehavior::Immediate)?;
            let result = change(&tx)?;
            tx.commit()?;
            Ok(result)
        })
    }

    fn read<T: Send + 'static>(
        &self,
        query: impl FnOnce(&Connection) -> StoreResult<T> + Send + 'static,
    ) -> BoxFuture<'static, StoreResult<T>> {
        let readers = self.readers.clone();
        let reading = self.reading.clone();
        let path = self.path.clone();
        async move {
            let permit = reading.acquire_owned().await.map_err(|_| StoreError::Closed)?;
            tokio::task::spawn_blocking(move || {
                let pooled = readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
                let conn = match pooled {
                    Some(conn) => conn,
                    None => open_connection(&path)?,
                };
                let result = query(&conn);
                readers.lock().unwrap_or_else(|p| p.into_inner()).push(conn);
                drop(permit);
                result
            })
            .await
            .map_err(|e| StoreError::Database(format!("read task failed: {e}")))?
        }
        .boxed()
    }
}

fn writer_connection(path: &Path, durability: Durability) -> StoreResult<Connection> {
    let conn = open_connection(path)?;
    if durability == Durability::Checkpoints {
        conn.pragma_update(None, "synchronous", "NORMAL")?;
    }
    Ok(conn)
}

fn open_connection(path: &Path) -> StoreResult<Connection> {
    let conn = Connection::open(path)?;
    conn.busy_timeout(Duration::from_secs(10))?;
    // `journal_mode` is the first statement to read the file, so a file that is not a
    // database fails here with a message that names the file.
    let mode: String = conn
        .query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))
        .map_err(|e| StoreError::Corrupt(format!("{}: {e}", path.display())))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Database(format!(
            "{}: cannot switch to WAL mode (got {mode})",
            path.display()
        )));
    }
    conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;")?;
    Ok(conn)
}

fn migrate(conn: &mut Connection) -> StoreResult<()> {
    let version: usize = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if version > MIGRATIONS.len() {
        return Err(StoreError::Database(format!(
            "the database schema (version {version}) is newer than this tandem (version {}); upgrade tandem",
            MIGRATIONS.len()
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(version) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index + 1)?;
        tx.commit()?;
    }
    Ok(())
}

const DOC_COLUMNS: &str = "id, kind, title, created_at, updated_at, deleted_at, owner_id";

fn row_to_meta(row: &rusqlite::Row<'_>) -> rusqlite::Result<(DocMeta, String)> {
    let kind: String = row.get(1)?;
    Ok((
        DocMeta {
            id: row.get(0)?,
            kind: DocKind::Doc,
            title: row.get(2)?,
            created_at: row.get(3)?,
            updated_at: row.get(4)?,
            deleted_at: row.get(5)?,
            owner_id: row.get(6)?,
        },
        kind,
    ))
}

fn finish_meta((mut meta, kind): (DocMeta, String)) -> StoreResult<DocMeta> {
    meta.kind = kind.parse()?;
    Ok(meta)
}

fn select_doc(conn: &Connection, id: &str) -> StoreResult<Option<DocMeta>> {
    conn.query_row(
        &format!("SELECT {DOC_COLUMNS} FROM documents WHERE id = ?1"),
        [id],
        row_to_meta,
    )
    .optional()?
    .map(finish_meta)
    .transpose()
}

struct Writer {
    conn: Connection,
    queue: mpsc::UnboundedReceiver<WriteOp>,
    on_batch: Option<BatchObserver>,
}

/// The reply owed for one operation once its transaction is committed.
impl Writer {
    fn run(mut self) {
        while let Some(first) = self.queue.blocking_recv() {
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match self.queue.try_recv() {
                    Ok(op) => batch.push(op),
                    Err(_) => break,
                }
            }
            self.write_until_durable(batch);
        }
    }

    /// Commits the batch. On a database error, metadata operations are answered with the
    /// error, while content writes are retried with backoff: they were accepted from clients
    /// and must not be dropped.
    fn write_until_durable(&mut self, mut batch: Vec<WriteOp>) {
        let mut backoff = Duration::from_millis(50);
        loop {
            let started = Instant::now();
            let operations = batch.len();
            match self.write_batch(&mut batch) {
                Ok(done) => {
                    if let Some(observer) = &self.on_batch {
                        observer(BatchStats {
                            operations,
                            duration: started.elapsed(),
                        });
                    }
                    done.into_iter().for_each(Done::send);
                    return;
                }
                Err(error) => {
                    tracing::error!(%error, "write batch failed; retrying content writes");
                    batch = batch
                        .into_iter()
                        .filter_map(|op| op.keep_for_retry(&error.to_string()))
                        .collect();
                    if batch.is_empty() {
                        return;
                    }
                    std::thread::sleep(backoff);
                    backoff = (backoff * 2).min(Duration::from_secs(5));
                }
            }
        }
    }

    /// Runs the batch in one transaction. Only database failures are `Err`; an operation that
    /// is refused (not found, duplicate id) gets its own error reply and the batch goes on.
    fn write_batch(&mut self, batch: &mut Vec<WriteOp>) -> StoreResult<Vec<Done>> {
        let tx = self.conn.transaction()?;
        let now = now_millis();
        let mut results = Vec::with_capacity(batch.len());
        let mut touched: Vec<&str> = Vec::new();
        {
            let mut insert = tx.prepare_cached("INSERT INTO doc_updates (doc_id, data) VALUES (?1, ?2)")?;
            for op in batch.iter() {
                let result = match op {
                    WriteOp::Append { doc, data, .. } => {
                        insert.execute(params![doc, data])?;
                        if !touched.contains(&doc.as_str()) {
                            touched.push(doc);
                        }
                        OpResult::Unit(Ok(()))
                    }
                    WriteOp::Compact {
                        doc,
                        snapshot,
                        upto_seq,
                        ..
                    } => {
                        tx.execute(
                            "INSERT INTO doc_snapshots (doc_id, data, upto_seq, created_at) VALUES (?1, ?2, ?3, ?4)
                             ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, created_at = excluded.created_at
                             WHERE excluded.upto_seq >= doc_snapshots.upto_seq",
                            params![doc, snapshot, upto_seq, now],
                        )?;
                        tx.execute(
                            "DELETE FROM doc_updates WHERE doc_id = ?1 AND seq <= ?2",
                            params![doc, upto_seq],
                        )?;
                        OpResult::Unit(Ok(()))
                    }
                    WriteOp::Create {
                        id,
                        kind,
                        title,
                        owner,
                        ..
                    } => {
                        let inserted = tx.execute(
                            "INSERT INTO documents (id, kind, title, created_at, updated_at, owner_id) VALUES (?1, ?2, ?3, ?4, ?4, ?5)
                             ON CONFLICT (id) DO NOTHING",
                            params![id, kind.as_str(), title, now, owner],
                        )?;
                        OpResult::Meta(if inserted == 0 {
                            Err(StoreError::AlreadyExists)
                        } else {
                            select_doc(&tx, id)?.ok_or(StoreError::NotFound)
                        })
                    }
                    WriteOp::Rename { id, title, .. } => {
                        tx.execute(
                            "UPDATE documents SET title = ?2, updated_at = ?3 WHERE id = ?1",
                            params![id, title, now],
                        )?;
                        OpResult::Meta(select_doc(&tx, id)?.ok_or(StoreError::NotFound))
                    }
                    WriteOp::Delete { id, .. } => {
                        tx.execute("DELETE FROM doc_updates WHERE doc_id = ?1", [id])?;
                        tx.execute("DELETE FROM doc_snapshots WHERE doc_id = ?1", [id])?;
                        let deleted = tx.execute("DELETE FROM documents WHERE id = ?1", [id])?;
                        touched.retain(|doc| doc != id);
                        OpResult::Unit(if deleted == 0 {
                            Err(StoreError::NotFound)
                        } else {
                            Ok(())
                        })
                    }
                    WriteOp::SetTrashed { id, trashed, .. } => {
                        let deleted_at = trashed.then_some(now);
                        tx.execute(
                            "UPDATE documents SET deleted_at = ?2 WHERE id = ?1",
                            params![id, deleted_at],
                        )?;
                        OpResult::Meta(select_doc(&tx, id)?.ok_or(StoreError::NotFound))
                    }
                };
                results.push(result);
            }
            let mut bump = tx.prepare_cached("UPDATE documents SET updated_at = ?2 WHERE id = ?1")?;
            for doc in touched {
                bump.execute(params![doc, now])?;
            }
        }
        tx.commit()?;
        Ok(batch
            .drain(..)
            .zip(results)
            .map(|(op, result)| op.done(result))
            .collect())
    }
}

impl Store for SqliteStore {
    fn create_doc(
        &self,
        id: &str,
        kind: DocKind,
        title: &str,
        owner: Option<&str>,
    ) -> BoxFuture<'static, StoreResult<DocMeta>> {
        let (id, title, owner) = (id.to_owned(), title.to_owned(), owner.map(str::to_owned));
        self.writes.submit(|reply| WriteOp::Create {
            id,
            kind,
            title,
            owner,
            reply,
        })
    }

    fn delete_doc(&self, id: &str) -> BoxFuture<'static, StoreResult<()>> {
        let id = id.to_owned();
        self.writes.submit(|reply| WriteOp::Delete { id, reply })
    }

    fn get_doc(&self, id: &str) -> BoxFuture<'static, StoreResult<Option<DocMeta>>> {
        let id = id.to_owned();
        self.read(move |conn| select_doc(conn, &id))
    }

    fn rename_doc(&self, id: &str, title: &str) -> BoxFuture<'static, StoreResult<DocMeta>> {
        let (id, title) = (id.to_owned(), title.to_owned());
        self.writes.submit(|reply| WriteOp::Rename { id, title, reply })
    }

    fn set_trashed(&self, id: &str, trashed: bool) -> BoxFuture<'static, StoreResult<DocMeta>> {
        let id = id.to_owned();
        self.writes
            .submit(|reply| WriteOp::SetTrashed { id, trashed, reply })
    }

    fn load_content(&self, id: &str) -> BoxFuture<'static, StoreResult<StoredContent>> {
        let id = id.to_owned();
        self.read(move |conn| {
            let snapshot: Option<(Vec<u8>, i64)> = conn
                .query_row(
                    "SELECT data, upto_seq FROM doc_snapshots WHERE doc_id = ?1",
                    [&id],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?;
            let after = snapshot.as_ref().map_or(0, |(_, seq)| *seq);
            let mut content = StoredContent {
                last_seq: after,
                snapshot: snapshot.map(|(data, _)| data),
                updates: Vec::new(),
            };
            let mut stmt = conn.prepare_cached(
                "SELECT seq, data FROM doc_updates WHERE doc_id = ?1 AND seq > ?2 ORDER BY seq",
            )?;
            let mut rows = stmt.query(params![id, after])?;
            while let Some(row) = rows.next()? {
                content.last_seq = row.get(0)?;
                content.updates.push(row.get(1)?);
            }
            Ok(content)
        })
    }

    fn append_update(&self, id: &str, update: Vec<u8>) -> PendingWrite {
        let doc = id.to_owned();
        self.writes.submit(|reply| WriteOp::Append {
            doc,
            data: update,
            reply,
        })
    }

    fn compact(&self, id: &str, snapshot: Vec<u8>, upto_seq: i64) -> BoxFuture<'static, StoreResult<()>> {
        let doc = id.to_owned();
        self.writes.submit(|reply| WriteOp::Compact {
            doc,
            snapshot,
            upto_seq,
            reply,
        })
    }

    fn save_version(
        &self,
        doc_id: &str,
        name: Option<&str>,
        authors: &[String],
        state: Vec<u8>,
    ) -> BoxFuture<'static, StoreResult<VersionMeta>> {
        let (doc_id, name, authors) = (doc_id.to_owned(), name.map(str::to_owned), authors.to_vec());
        self.write(move |tx| versions::insert(tx, &doc_id, name, authors, &state))
    }

    fn list_versions(&self, doc_id: &str) -> BoxFuture<'static, StoreResult<Vec<VersionMeta>>> {
        let doc_id = doc_id.to_owned();
        self.read(move |conn| versions::list(conn, &doc_id))
    }

    fn load_version(
        &self,
        doc_id: &str,
        version_id: &str,
    ) -> BoxFuture<'static, StoreResult<Option<Vec<u8>>>> {
        let (doc_id, version_id) = (doc_id.to_owned(), version_id.to_owned());
        self.read(move |conn| versions::load(conn, &doc_id, &version_id))
    }

    fn add_file(&self, doc_id: &str, file: FileMeta) -> BoxFuture<'static, StoreResult<()>> {
        let doc_id = doc_id.to_owned();
        self.write(move |tx| {
            tx.execute(
                "INSERT INTO doc_files (doc_id, hash, mime, size, uploaded_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (doc_id, hash) DO NOTHING",
                params![doc_id, file.hash, file.mime, file.size, file.uploaded_by, file.created_at],
            )?;
            Ok(())
        })
    }

    fn file(&self, doc_id: &str, hash: &str) -> BoxFuture<'static, StoreResult<Option<FileMeta>>> {
        let (doc_id, hash) = (doc_id.to_owned(), hash.to_owned());
        self.read(move |conn| {
            Ok(conn
                .query_row(
                    "SELECT hash, mime, size, uploaded_by, created_at FROM doc_files WHERE doc_id = ?1 AND hash = ?2",
                    params![doc_id, hash],
                    |row| {
                        Ok(FileMeta {
                            hash: row.get(0)?,
                            mime: row.get(1)?,
                            size: row.get(2)?,
                            uploaded_by: row.get(3)?,
                            created_at: row.get(4)?,
                        })
                    },
                )
                .optional()?)
        })
    }

    fn ping(&self) -> BoxFuture<'static, StoreResult<()>> {
        self.read(|conn| {
            conn.query_row("SELECT 1", [], |_| Ok(()))?;
            Ok(())
        })
    }

    fn close(&self) -> BoxFuture<'static, ()> {
        // Dropping the only sender lets the writer drain its queue and end.
        self.writes.close();
        let thread = self
            .writer_thread
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        async move {
            if let Some(thread) = thread {
                let _ = tokio::task::spawn_blocking(move || thread.join()).await;
            }
        }
        .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures::future::join_all;

    /// A store on a fresh database file in a temporary directory.
    fn open_temp() -> (tempfile::TempDir, SqliteStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = SqliteStore::open(dir.path().join("tandem.db"), None).unwrap();
        (dir, store)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_burst_of_reads_shares_a_bounded_set_of_connections() {
        let (_dir, store) = open_temp();
        store.create_doc("a1", DocKind::Doc, "Burst", None).await.unwrap();
        let reads = join_all((0..200).map(|_| store.get_doc("a1"))).await;
        assert!(reads
            .iter()
            .all(|read| matches!(read, Ok(Some(doc)) if doc.title == "Burst")));
        let opened = store.readers.lock().unwrap().len();
        assert!(opened <= MAX_READERS, "{opened} read connections for one burst");
    }

    #[test]
    fn durability_sets_how_the_writer_syncs() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tandem.db");
        let synchronous = |durability| -> i64 {
            writer_connection(&path, durability)
                .unwrap()
                .query_row("PRAGMA synchronous", [], |row| row.get(0))
                .unwrap()
        };
        assert_eq!(synchronous(Durability::EveryCommit), 2, "FULL");
        assert_eq!(synchronous(Durability::Checkpoints), 1, "NORMAL");
    }

    #[tokio::test]
    async fn a_database_of_the_first_release_upgrades_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tandem.db");
        {
            let conn = Connection::open(&path).unwrap();
            conn.execute_batch(MIGRATIONS[0]).unwrap();
            conn.execute_batch(
                "INSERT INTO documents (id, kind, title, created_at, updated_at) VALUES ('old', 'doc', 'Old', 1, 1);
                 INSERT INTO doc_updates (doc_id, data) VALUES ('old', x'0102');
                 PRAGMA user_version = 1;",
            )
            .unwrap();
        }
        let store = SqliteStore::open(&path, None).unwrap();
        let meta = store.get_doc("old").await.unwrap().unwrap();
        assert_eq!((meta.title.as_str(), meta.owner_id), ("Old", None));
        assert_eq!(store.load_content("old").await.unwrap().updates, vec![vec![1, 2]]);
    }

    #[test]
    fn a_file_that_is_not_a_database_is_a_clear_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("tandem.db");
        std::fs::write(&path, vec![0x42; 8192]).unwrap();
        let error = SqliteStore::open(&path, None)
            .err()
            .expect("opened a corrupt file");
        assert!(error.to_string().contains("tandem.db"), "{error}");
        assert_eq!(
            std::fs::read(&path).unwrap(),
            vec![0x42; 8192],
            "the file was changed"
        );
    }
}
