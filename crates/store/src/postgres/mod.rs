//! The PostgreSQL store, for deployments where several instances share one database.
//!
//! It behaves as [`crate::sqlite::SqliteStore`] does, query for query. Document writes go
//! through one writer task that drains its queue into a single transaction per round (group
//! commit), so one commit covers every update that arrived while the previous one was in
//! flight, and a document's writes become durable in call order. Reads and account writes use
//! the connection pool directly.
//!
//! While the database is unreachable, appends and compactions stay queued and are retried with
//! backoff: their futures resolve only once they are committed, so the rooms stop sending save
//! acknowledgements meanwhile and resume once the database is back. [`Store::ping`] fails in the
//! meantime, which is what `/readyz` reports.

mod accounts;
mod versions;

use crate::write_queue::{OpResult, WriteOp, WriteQueue};
use crate::{
    now_millis, BatchObserver, BatchStats, DocKind, DocMeta, FileMeta, PendingWrite, Store, StoreError,
    StoreResult, StoredContent, VersionMeta,
};
use futures::future::BoxFuture;
use futures::FutureExt;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions, PgRow};
use sqlx::{Executor, Postgres, Row};
use std::sync::Mutex;
use std::time::{Duration, Instant};
use tokio::sync::mpsc;

/// Most operations written in one transaction.
const MAX_BATCH: usize = 4096;
/// Connections to the database: the writer holds one per round, reads and account writes share
/// the rest.
const MAX_CONNECTIONS: u32 = 10;
/// How long an operation waits for a connection, which is also how long `ping` takes to report
/// a database that does not answer.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(5);
/// The advisory lock that serialises migrations when several instances start at once.
const MIGRATION_LOCK: i64 = 0x7461_6e64_656d; // "tandem"

/// Schema migrations, applied in order in one transaction; each applied number is recorded in
/// `tandem_schema`. Released entries are never edited; a change is a new entry.
const MIGRATIONS: &[&str] = &[r#"
    CREATE TABLE documents (
        id                   TEXT PRIMARY KEY,
        kind                 TEXT NOT NULL,
        title                TEXT NOT NULL,
        created_at           BIGINT NOT NULL,
        updated_at           BIGINT NOT NULL,
        deleted_at           BIGINT,
        owner_id             TEXT,
        link_access          TEXT,
        link_requires_login  BOOLEAN NOT NULL DEFAULT FALSE
    );
    CREATE INDEX documents_by_owner ON documents (owner_id, deleted_at);
    CREATE TABLE doc_updates (
        seq     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        doc_id  TEXT NOT NULL,
        data    BYTEA NOT NULL
    );
    CREATE INDEX doc_updates_by_doc ON doc_updates (doc_id, seq);
    CREATE TABLE doc_snapshots (
        doc_id      TEXT PRIMARY KEY,
        data        BYTEA NOT NULL,
        upto_seq    BIGINT NOT NULL,
        created_at  BIGINT NOT NULL
    );
    CREATE TABLE users (
        id              TEXT PRIMARY KEY,
        email           TEXT NOT NULL,
        name            TEXT NOT NULL,
        password_hash   TEXT NOT NULL,
        is_admin        BOOLEAN NOT NULL DEFAULT FALSE,
        disabled_at     BIGINT,
        max_docs        BIGINT,
        max_doc_bytes   BIGINT,
        created_at      BIGINT NOT NULL
    );
    CREATE UNIQUE INDEX users_by_email ON users (lower(email));
    CREATE TABLE sessions (
        token_hash  BYTEA PRIMARY KEY,
        user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at  BIGINT NOT NULL,
        expires_at  BIGINT NOT NULL
    );
    CREATE INDEX sessions_by_user ON sessions (user_id);
    CREATE TABLE api_tokens (
        id            TEXT PRIMARY KEY,
        user_id       TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        name          TEXT NOT NULL,
        token_hash    BYTEA NOT NULL UNIQUE,
        created_at    BIGINT NOT NULL,
        last_used_at  BIGINT
    );
    CREATE INDEX api_tokens_by_user ON api_tokens (user_id);
    CREATE TABLE doc_members (
        doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        user_id   TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        role      TEXT NOT NULL,
        added_at  BIGINT NOT NULL,
        PRIMARY KEY (doc_id, user_id)
    );
    CREATE INDEX doc_members_by_user ON doc_members (user_id);
    CREATE TABLE doc_invites (
        doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        email       TEXT NOT NULL,
        role        TEXT NOT NULL,
        created_at  BIGINT NOT NULL
    );
    CREATE UNIQUE INDEX doc_invites_by_email ON doc_invites (doc_id, lower(email));
    CREATE TABLE doc_visits (
        user_id     TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        visited_at  BIGINT NOT NULL,
        PRIMARY KEY (user_id, doc_id)
    );
    CREATE TABLE doc_versions (
        id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        name        TEXT,
        authors     TEXT[] NOT NULL,
        created_at  BIGINT NOT NULL,
        data        BYTEA NOT NULL
    );
    CREATE INDEX doc_versions_by_doc ON doc_versions (doc_id, id);
    CREATE TABLE doc_files (
        doc_id      TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
        hash        TEXT NOT NULL,
        mime        TEXT NOT NULL,
        size        BIGINT NOT NULL,
        uploaded_by TEXT,
        created_at  BIGINT NOT NULL,
        PRIMARY KEY (doc_id, hash)
    );
"#];

pub struct PgStore {
    pool: PgPool,
    writes: WriteQueue,
    writer: Mutex<Option<tokio::task::JoinHandle<()>>>,
}

impl PgStore {
    /// Connects to `url` (`postgres://user:password@host/database`, with libpq-style
    /// parameters such as `?options[search_path]=tandem`) and runs pending migrations.
    pub async fn connect(url: &str, on_batch: Option<BatchObserver>) -> StoreResult<Self> {
        let options: PgConnectOptions = url.parse()?;
        let pool = PgPoolOptions::new()
            .max_connections(MAX_CONNECTIONS)
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(|e| match e {
                // The pool keeps retrying a refused connection until its timeout, and then
                // reports only that.
                sqlx::Error::PoolTimedOut => StoreError::Database(format!(
                    "PostgreSQL did not accept a connection within {} s",
                    ACQUIRE_TIMEOUT.as_secs()
                )),
                e => e.into(),
            })?;
        migrate(&pool).await?;
        let (writes, queue) = mpsc::unbounded_channel();
        let writer = tokio::spawn(
            Writer {
                pool: pool.clone(),
                queue,
                on_batch,
            }
            .run(),
        );
        Ok(PgStore {
            pool,
            writes: WriteQueue::new(writes),
            writer: Mutex::new(Some(writer)),
        })
    }
}

impl PgStore {
    /// For `migrate.rs`, which copies whole tables.
    pub(crate) fn pool(&self) -> &PgPool {
        &self.pool
    }
}

async fn migrate(pool: &PgPool) -> StoreResult<()> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(MIGRATION_LOCK)
        .execute(&mut *tx)
        .await?;
    sqlx::raw_sql(
        "CREATE TABLE IF NOT EXISTS tandem_schema (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)",
    )
    .execute(&mut *tx)
    .await?;
    let applied: i32 = sqlx::query_scalar("SELECT COALESCE(MAX(version), 0) FROM tandem_schema")
        .fetch_one(&mut *tx)
        .await?;
    let applied = applied as usize;
    if applied > MIGRATIONS.len() {
        return Err(StoreError::Database(format!(
            "the database schema (version {applied}) is newer than this tandem (version {}); upgrade tandem",
            MIGRATIONS.len()
        )));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(applied) {
        sqlx::raw_sql(sql).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO tandem_schema (version, applied_at) VALUES ($1, $2)")
            .bind(index as i32 + 1)
            .bind(now_millis())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

const DOC_COLUMNS: &str = "id, kind, title, created_at, updated_at, deleted_at, owner_id";

/// A document from the [`DOC_COLUMNS`] of `row`, starting at column `at`.
fn doc_from(row: &PgRow, at: usize) -> StoreResult<DocMeta> {
    let kind: String = row.try_get(at + 1)?;
    Ok(DocMeta {
        id: row.try_get(at)?,
        kind: kind.parse()?,
        title: row.try_get(at + 2)?,
        created_at: row.try_get(at + 3)?,
        updated_at: row.try_get(at + 4)?,
        deleted_at: row.try_get(at + 5)?,
        owner_id: row.try_get(at + 6)?,
    })
}

async fn select_doc<'e>(
    conn: impl Executor<'e, Database = Postgres>,
    id: &str,
) -> StoreResult<Option<DocMeta>> {
    sqlx::query(&format!("SELECT {DOC_COLUMNS} FROM documents WHERE id = $1"))
        .bind(id)
        .fetch_optional(conn)
        .await?
        .map(|row| doc_from(&row, 0))
        .transpose()
}

struct Writer {
    pool: PgPool,
    queue: mpsc::UnboundedReceiver<WriteOp>,
    on_batch: Option<BatchObserver>,
}

impl Writer {
    async fn run(mut self) {
        while let Some(first) = self.queue.recv().await {
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match self.queue.try_recv() {
                    Ok(op) => batch.push(op),
                    Err(_) => break,
                }
            }
            self.write_until_durable(batch).await;
        }
    }

    /// Commits the batch. On a database error, metadata operations are answered with the
    /// error, while content writes are retried with backoff: they were accepted from clients
    /// and must not be dropped. A commit whose answer was lost may have been applied; writing
    /// its updates again is harmless, as applying a Yjs update twice changes nothing, and
    /// compacting twice leaves the same snapshot.
    async fn write_until_durable(&mut self, mut batch: Vec<WriteOp>) {
        let mut backoff = Duration::from_millis(50);
        loop {
            let started = Instant::now();
            match self.write_batch(&batch).await {
                Ok(results) => {
                    if let Some(observer) = &self.on_batch {
                        observer(BatchStats {
                            operations: batch.len(),
                            duration: started.elapsed(),
                        });
                    }
                    for (op, result) in batch.into_iter().zip(results) {
                        op.done(result).send();
                    }
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
                    tokio::time::sleep(backoff).await;
                    backoff = (backoff * 2).min(Duration::from_secs(5));
                }
            }
        }
    }

    /// Runs the batch in one transaction. Only database failures are `Err`; an operation that
    /// is refused (not found, duplicate id) gets its own error reply and the batch goes on, so
    /// no statement here may fail for a reason of its own (that would abort the transaction).
    async fn write_batch(&self, batch: &[WriteOp]) -> Result<Vec<OpResult>, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        let now = now_millis();
        let mut results = Vec::with_capacity(batch.len());
        let mut touched: Vec<&str> = Vec::new();
        let mut next = 0;
        while next < batch.len() {
            // Consecutive appends go in one statement, in order: the identity column numbers
            // the rows in the order the sorted `SELECT` yields them.
            let appends: Vec<(&str, &[u8])> = batch[next..]
                .iter()
                .map_while(|op| match op {
                    WriteOp::Append { doc, data, .. } => Some((doc.as_str(), data.as_slice())),
                    _ => None,
                })
                .collect();
            if !appends.is_empty() {
                next += appends.len();
                let (docs, data): (Vec<&str>, Vec<&[u8]>) = appends.into_iter().unzip();
                sqlx::query(
                    "INSERT INTO doc_updates (doc_id, data)
                     SELECT doc_id, data FROM UNNEST($1::text[], $2::bytea[]) WITH ORDINALITY AS u (doc_id, data, n)
                     ORDER BY n",
                )
                .bind(&docs)
                .bind(&data)
                .execute(&mut *tx)
                .await?;
                for doc in docs {
                    if !touched.contains(&doc) {
                        touched.push(doc);
                    }
                }
                results.resize_with(next, || OpResult::Unit(Ok(())));
                continue;
            }
            let result = match &batch[next] {
                WriteOp::Append { .. } => unreachable!("appends are written above"),
                WriteOp::Compact {
                    doc,
                    snapshot,
                    upto_seq,
                    ..
                } => {
                    sqlx::query(
                        "INSERT INTO doc_snapshots (doc_id, data, upto_seq, created_at) VALUES ($1, $2, $3, $4)
                         ON CONFLICT (doc_id) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq, created_at = excluded.created_at
                         WHERE excluded.upto_seq >= doc_snapshots.upto_seq",
                    )
                    .bind(doc)
                    .bind(snapshot)
                    .bind(upto_seq)
                    .bind(now)
                    .execute(&mut *tx)
                    .await?;
                    sqlx::query("DELETE FROM doc_updates WHERE doc_id = $1 AND seq <= $2")
                        .bind(doc)
                        .bind(upto_seq)
                        .execute(&mut *tx)
                        .await?;
                    OpResult::Unit(Ok(()))
                }
                WriteOp::Create {
                    id,
                    kind,
                    title,
                    owner,
                    ..
                } => {
                    let created = sqlx::query(&format!(
                        "INSERT INTO documents (id, kind, title, created_at, updated_at, owner_id) VALUES ($1, $2, $3, $4, $4, $5)
                         ON CONFLICT (id) DO NOTHING RETURNING {DOC_COLUMNS}"
                    ))
                    .bind(id)
                    .bind(kind.as_str())
                    .bind(title)
                    .bind(now)
                    .bind(owner)
                    .fetch_optional(&mut *tx)
                    .await?;
                    OpResult::Meta(match created {
                        Some(row) => doc_from(&row, 0),
                        None => Err(StoreError::AlreadyExists),
                    })
                }
                WriteOp::Rename { id, title, .. } => {
                    let renamed = sqlx::query(&format!(
                        "UPDATE documents SET title = $2, updated_at = $3 WHERE id = $1 RETURNING {DOC_COLUMNS}"
                    ))
                    .bind(id)
                    .bind(title)
                    .bind(now)
                    .fetch_optional(&mut *tx)
                    .await?;
                    OpResult::Meta(renamed.map_or(Err(StoreError::NotFound), |row| doc_from(&row, 0)))
                }
                WriteOp::Delete { id, .. } => {
                    sqlx::query("DELETE FROM doc_updates WHERE doc_id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query("DELETE FROM doc_snapshots WHERE doc_id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                    let deleted = sqlx::query("DELETE FROM documents WHERE id = $1")
                        .bind(id)
                        .execute(&mut *tx)
                        .await?
                        .rows_affected();
                    touched.retain(|doc| doc != id);
                    OpResult::Unit(if deleted == 0 {
                        Err(StoreError::NotFound)
                    } else {
                        Ok(())
                    })
                }
                WriteOp::SetTrashed { id, trashed, .. } => {
                    let changed = sqlx::query(&format!(
                        "UPDATE documents SET deleted_at = $2 WHERE id = $1 RETURNING {DOC_COLUMNS}"
                    ))
                    .bind(id)
                    .bind(trashed.then_some(now))
                    .fetch_optional(&mut *tx)
                    .await?;
                    OpResult::Meta(changed.map_or(Err(StoreError::NotFound), |row| doc_from(&row, 0)))
                }
            };
            results.push(result);
            next += 1;
        }
        if !touched.is_empty() {
            sqlx::query("UPDATE documents SET updated_at = $2 WHERE id = ANY($1)")
                .bind(&touched)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
        Ok(results)
    }
}

impl Store for PgStore {
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

    fn get_doc(&self, id: &str) -> BoxFuture<'static, StoreResult<Option<DocMeta>>> {
        let (pool, id) = (self.pool.clone(), id.to_owned());
        async move { select_doc(&pool, &id).await }.boxed()
    }

    fn delete_doc(&self, id: &str) -> BoxFuture<'static, StoreResult<()>> {
        let id = id.to_owned();
        self.writes.submit(|reply| WriteOp::Delete { id, reply })
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
        let (pool, id) = (self.pool.clone(), id.to_owned());
        async move {
            // One snapshot of the database for both reads, so a compaction committed in
            // between cannot drop updates from the log that the snapshot read missed.
            let mut tx = pool.begin().await?;
            sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
                .execute(&mut *tx)
                .await?;
            let snapshot: Option<(Vec<u8>, i64)> =
                sqlx::query_as("SELECT data, upto_seq FROM doc_snapshots WHERE doc_id = $1")
                    .bind(&id)
                    .fetch_optional(&mut *tx)
                    .await?;
            let after = snapshot.as_ref().map_or(0, |(_, seq)| *seq);
            let updates: Vec<(i64, Vec<u8>)> = sqlx::query_as(
                "SELECT seq, data FROM doc_updates WHERE doc_id = $1 AND seq > $2 ORDER BY seq",
            )
            .bind(&id)
            .bind(after)
            .fetch_all(&mut *tx)
            .await?;
            tx.commit().await?;
            Ok(StoredContent {
                last_seq: updates.last().map_or(after, |(seq, _)| *seq),
                snapshot: snapshot.map(|(data, _)| data),
                updates: updates.into_iter().map(|(_, data)| data).collect(),
            })
        }
        .boxed()
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
        let (pool, doc_id, name, authors) = (
            self.pool.clone(),
            doc_id.to_owned(),
            name.map(str::to_owned),
            authors.to_vec(),
        );
        async move { versions::insert(&pool, doc_id, name, authors, state).await }.boxed()
    }

    fn list_versions(&self, doc_id: &str) -> BoxFuture<'static, StoreResult<Vec<VersionMeta>>> {
        let (pool, doc_id) = (self.pool.clone(), doc_id.to_owned());
        async move { versions::list(&pool, &doc_id).await }.boxed()
    }

    fn load_version(
        &self,
        doc_id: &str,
        version_id: &str,
    ) -> BoxFuture<'static, StoreResult<Option<Vec<u8>>>> {
        let (pool, doc_id, version_id) = (self.pool.clone(), doc_id.to_owned(), version_id.to_owned());
        async move { versions::load(&pool, &doc_id, &version_id).await }.boxed()
    }

    fn add_file(&self, doc_id: &str, file: FileMeta) -> BoxFuture<'static, StoreResult<()>> {
        let (pool, doc_id) = (self.pool.clone(), doc_id.to_owned());
        async move {
            sqlx::query(
                "INSERT INTO doc_files (doc_id, hash, mime, size, uploaded_by, created_at) VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (doc_id, hash) DO NOTHING",
            )
            .bind(doc_id)
            .bind(file.hash)
            .bind(file.mime)
            .bind(file.size)
            .bind(file.uploaded_by)
            .bind(file.created_at)
            .execute(&pool)
            .await?;
            Ok(())
        }
        .boxed()
    }

    fn file(&self, doc_id: &str, hash: &str) -> BoxFuture<'static, StoreResult<Option<FileMeta>>> {
        let (pool, doc_id, hash) = (self.pool.clone(), doc_id.to_owned(), hash.to_owned());
        async move {
            let row: Option<(String, String, i64, Option<String>, i64)> = sqlx::query_as(
                "SELECT hash, mime, size, uploaded_by, created_at FROM doc_files WHERE doc_id = $1 AND hash = $2",
            )
            .bind(doc_id)
            .bind(hash)
            .fetch_optional(&pool)
            .await?;
            Ok(row.map(|(hash, mime, size, uploaded_by, created_at)| FileMeta {
                hash,
                mime,
                size,
                uploaded_by,
                created_at,
            }))
        }
        .boxed()
    }

    fn ping(&self) -> BoxFuture<'static, StoreResult<()>> {
        let pool = self.pool.clone();
        async move {
            sqlx::query("SELECT 1").execute(&pool).await?;
            Ok(())
        }
        .boxed()
    }

    fn close(&self) -> BoxFuture<'static, ()> {
        // Dropping the only sender lets the writer drain its queue and end.
        self.writes.close();
        let writer = self.writer.lock().unwrap_or_else(|p| p.into_inner()).take();
        async move {
            if let Some(writer) = writer {
                let _ = writer.await;
            }
        }
        .boxed()
    }
}
