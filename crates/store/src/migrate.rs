//! Moving a single-node install from SQLite to PostgreSQL (`tandem migrate-store`).
//!
//! Copies every table, row by row and with the same keys — documents with their update logs
//! and snapshots, versions, accounts, sessions, API tokens, memberships, invitations, link
//! settings, visits and uploaded-file records (comments live inside the documents) — in one
//! PostgreSQL transaction, so a failed copy leaves the target as it was. Then it checks the
//! copy: the rows of every table are counted on both sides, and every document's stored
//! content is read back through both stores and compared byte for byte.
//!
//! *Why tables and not the store traits:* the traits have no "list everything" for sessions,
//! invitations or visits, and a copy through them would mint new ids and sequence numbers,
//! while a snapshot's `upto_seq` must keep pointing at the same log entries.

use crate::postgres::PgStore;
use crate::sqlite::SqliteStore;
use crate::{Store, StoreError, StoreResult};
use rusqlite::types::Value;
use std::path::Path;

/// How a column is carried across.
#[derive(Clone, Copy)]
enum Column {
    Text,
    Int,
    /// SQLite's 0/1 into a PostgreSQL `BOOLEAN`.
    Bool,
    Blob,
    /// Version authors: space-separated in SQLite, a `TEXT[]` in PostgreSQL.
    Authors,
}

struct Table {
    name: &'static str,
    columns: &'static [(&'static str, Column)],
    /// A `GENERATED ALWAYS AS IDENTITY` column whose values are copied as they are.
    identity: Option<&'static str>,
}

use Column::*;

/// In an order that satisfies PostgreSQL's foreign keys.
const TABLES: &[Table] = &[
    Table {
        name: "documents",
        columns: &[
            ("id", Text),
            ("kind", Text),
            ("title", Text),
            ("created_at", Int),
            ("updated_at", Int),
            ("deleted_at", Int),
            ("owner_id", Text),
            ("link_access", Text),
            ("link_requires_login", Bool),
        ],
        identity: None,
    },
    Table {
        name: "users",
        columns: &[
            ("id", Text),
            ("email", Text),
            ("name", Text),
            ("password_hash", Text),
            ("is_admin", Bool),
            ("disabled_at", Int),
            ("max_docs", Int),
            ("max_doc_bytes", Int),
            ("created_at", Int),
        ],
        identity: None,
    },
    Table {
        name: "sessions",
        columns: &[
            ("token_hash", Blob),
            ("user_id", Text),
            ("created_at", Int),
            ("expires_at", Int),
        ],
        identity: None,
    },
    Table {
        name: "api_tokens",
        columns: &[
            ("id", Text),
            ("user_id", Text),
            ("name", Text),
            ("token_hash", Blob),
            ("created_at", Int),
            ("last_used_at", Int),
        ],
        identity: None,
    },
    Table {
        name: "doc_members",
        columns: &[
            ("doc_id", Text),
            ("user_id", Text),
            ("role", Text),
            ("added_at", Int),
        ],
        identity: None,
    },
    Table {
        name: "doc_invites",
        columns: &[
            ("doc_id", Text),
            ("email", Text),
            ("role", Text),
            ("created_at", Int),
        ],
        identity: None,
    },
    Table {
        name: "doc_visits",
        columns: &[("user_id", Text), ("doc_id", Text), ("visited_at", Int)],
        identity: None,
    },
    Table {
        name: "doc_updates",
        columns: &[("seq", Int), ("doc_id", Text), ("data", Blob)],
        identity: Some("seq"),
    },
    Table {
        name: "doc_snapshots",
        columns: &[
            ("doc_id", Text),
            ("data", Blob),
            ("upto_seq", Int),
            ("created_at", Int),
        ],
        identity: None,
    },
    Table {
        name: "doc_versions",
        columns: &[
            ("id", Int),
            ("doc_id", Text),
            ("name", Text),
            ("authors", Authors),
            ("created_at", Int),
            ("data", Blob),
        ],
        identity: Some("id"),
    },
    Table {
        name: "doc_files",
        columns: &[
            ("doc_id", Text),
            ("hash", Text),
            ("mime", Text),
            ("size", Int),
            ("uploaded_by", Text),
            ("created_at", Int),
        ],
        identity: None,
    },
];

/// Rows read and written per round trip.
const CHUNK_ROWS: usize = 500;

/// Where the copy is, for a progress display.
#[derive(Debug, Clone, Copy)]
pub struct Progress<'a> {
    pub table: &'a str,
    pub copied: u64,
    pub total: u64,
}

/// What was copied and checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationReport {
    /// Per table: rows in SQLite, rows in PostgreSQL after the copy.
    pub tables: Vec<(&'static str, u64, u64)>,
    /// Documents whose content read back identical from both stores.
    pub documents_verified: u64,
}

/// Copies the SQLite database at `sqlite_path` into the (empty) PostgreSQL database at
/// `postgres_url`, then verifies the copy. Both schemas are brought up to date first. No
/// instance may be using either database meanwhile.
pub async fn sqlite_to_postgres(
    sqlite_path: &Path,
    postgres_url: &str,
    mut progress: impl FnMut(Progress<'_>),
) -> StoreResult<MigrationReport> {
    if !sqlite_path.exists() {
        return Err(StoreError::Database(format!(
            "{} does not exist",
            sqlite_path.display()
        )));
    }
    let source = SqliteStore::open(sqlite_path, None)?;
    let target = PgStore::connect(postgres_url, None).await?;
    let pool = target.pool().clone();
    let existing: i64 =
        sqlx::query_scalar("SELECT (SELECT COUNT(*) FROM documents) + (SELECT COUNT(*) FROM users)")
            .fetch_one(&pool)
            .await?;
    if existing > 0 {
        return Err(StoreError::Database(
            "the PostgreSQL database already holds documents or accounts; migrate into an empty one".into(),
        ));
    }
    let reader =
        rusqlite::Connection::open_with_flags(sqlite_path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)?;
    let reader = std::sync::Arc::new(std::sync::Mutex::new(reader));

    let mut tx = pool.begin().await?;
    for table in TABLES {
        let total = count_sqlite(&reader, table.name).await?;
        progress(Progress {
            table: table.name,
            copied: 0,
            total,
        });
        let mut after_rowid = i64::MIN;
        let mut copied = 0;
        loop {
            let (rows, last) = read_chunk(&reader, table, after_rowid).await?;
            if rows.is_empty() {
                break;
            }
            after_rowid = last;
            copied += rows.len() as u64;
            insert_chunk(&mut tx, table, rows).await?;
            progress(Progress {
                table: table.name,
                copied,
                total,
            });
        }
        if let Some(identity) = table.identity {
            // The next generated value follows the copied ones.
            sqlx::query(&format!(
                "SELECT setval(pg_get_serial_sequence('{0}', '{1}'), COALESCE((SELECT MAX({1}) FROM {0}), 0) + 1, false)",
                table.name, identity
            ))
            .execute(&mut *tx)
            .await?;
        }
    }
    tx.commit().await?;

    let mut tables = Vec::with_capacity(TABLES.len());
    for table in TABLES {
        let source_rows = count_sqlite(&reader, table.name).await?;
        let target_rows: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {}", table.name))
            .fetch_one(&pool)
            .await?;
        tables.push((table.name, source_rows, target_rows as u64));
    }
    let ids = document_ids(&reader).await?;
    let mut documents_verified = 0;
    for id in &ids {
        let (from, to) = (source.load_content(id).await?, target.load_content(id).await?);
        if from.snapshot != to.snapshot || from.updates != to.updates {
            return Err(StoreError::Database(format!(
                "document {id} reads back differently from PostgreSQL"
            )));
        }
        documents_verified += 1;
        progress(Progress {
            table: "verify",
            copied: documents_verified,
            total: ids.len() as u64,
        });
    }
    source.close().await;
    target.close().await;
    Ok(MigrationReport {
        tables,
        documents_verified,
    })
}

type SharedConnection = std::sync::Arc<std::sync::Mutex<rusqlite::Connection>>;

async fn on_sqlite<T: Send + 'static>(
    reader: &SharedConnection,
    work: impl FnOnce(&rusqlite::Connection) -> rusqlite::Result<T> + Send + 'static,
) -> StoreResult<T> {
    let reader = reader.clone();
    tokio::task::spawn_blocking(move || {
        let conn = reader.lock().unwrap_or_else(|p| p.into_inner());
        work(&conn)
    })
    .await
    .map_err(|e| StoreError::Database(e.to_string()))?
    .map_err(Into::into)
}

async fn count_sqlite(reader: &SharedConnection, table: &'static str) -> StoreResult<u64> {
    on_sqlite(reader, move |conn| {
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
            row.get::<_, i64>(0)
        })
    })
    .await
    .map(|n| n as u64)
}

async fn document_ids(reader: &SharedConnection) -> StoreResult<Vec<String>> {
    on_sqlite(reader, |conn| {
        let mut statement = conn.prepare("SELECT id FROM documents ORDER BY id")?;
        let ids = statement.query_map([], |row| row.get(0))?.collect();
        ids
    })
    .await
}

/// The rows after `after_rowid`, in rowid order, and the last rowid read.
async fn read_chunk(
    reader: &SharedConnection,
    table: &'static Table,
    after_rowid: i64,
) -> StoreResult<(Vec<Vec<Value>>, i64)> {
    on_sqlite(reader, move |conn| {
        let columns: Vec<&str> = table.columns.iter().map(|(name, _)| *name).collect();
        let mut statement = conn.prepare(&format!(
            "SELECT rowid, {} FROM {} WHERE rowid > ?1 ORDER BY rowid LIMIT {CHUNK_ROWS}",
            columns.join(", "),
            table.name
        ))?;
        let mut last = after_rowid;
        let mut rows = Vec::new();
        let mut cursor = statement.query([after_rowid])?;
        while let Some(row) = cursor.next()? {
            last = row.get(0)?;
            rows.push(
                (1..=columns.len())
                    .map(|i| row.get::<_, Value>(i))
                    .collect::<rusqlite::Result<_>>()?,
            );
        }
        Ok((rows, last))
    })
    .await
}

async fn insert_chunk(
    tx: &mut sqlx::Transaction<'_, sqlx::Postgres>,
    table: &Table,
    rows: Vec<Vec<Value>>,
) -> StoreResult<()> {
    let width = table.columns.len();
    let placeholders: Vec<String> = (0..rows.len())
        .map(|row| {
            let cells: Vec<String> = (1..=width).map(|col| format!("${}", row * width + col)).collect();
            format!("({})", cells.join(", "))
        })
        .collect();
    let columns: Vec<&str> = table.columns.iter().map(|(name, _)| *name).collect();
    let sql = format!(
        "INSERT INTO {} ({}) {} VALUES {}",
        table.name,
        columns.join(", "),
        if table.identity.is_some() {
            "OVERRIDING SYSTEM VALUE"
        } else {
            ""
        },
        placeholders.join(", ")
    );
    let mut query = sqlx::query(&sql);
    for row in rows {
        for ((name, column), value) in table.columns.iter().zip(row) {
            query = bind(query, *column, value)
                .map_err(|kind| StoreError::Database(format!("{}.{name}: expected {kind}", table.name)))?;
        }
    }
    query.execute(&mut **tx).await?;
    Ok(())
}

type Query<'q> = sqlx::query::Query<'q, sqlx::Postgres, sqlx::postgres::PgArguments>;

/// Binds a SQLite value as the column's PostgreSQL type; `Err` names the type a value of the
/// wrong kind should have had.
fn bind(query: Query<'_>, column: Column, value: Value) -> Result<Query<'_>, &'static str> {
    Ok(match (column, value) {
        (Text, Value::Text(text)) => query.bind(Some(text)),
        (Text, Value::Null) => query.bind(None::<String>),
        (Int, Value::Integer(n)) => query.bind(Some(n)),
        (Int, Value::Null) => query.bind(None::<i64>),
        (Bool, Value::Integer(n)) => query.bind(Some(n != 0)),
        (Bool, Value::Null) => query.bind(None::<bool>),
        (Blob, Value::Blob(bytes)) => query.bind(Some(bytes)),
        (Blob, Value::Null) => query.bind(None::<Vec<u8>>),
        (Authors, Value::Text(text)) => query.bind(
            text.split_whitespace()
                .map(str::to_owned)
                .collect::<Vec<String>>(),
        ),
        (Text, _) => return Err("text"),
        (Int, _) => return Err("an integer"),
        (Bool, _) => return Err("0 or 1"),
        (Blob, _) => return Err("a blob"),
        (Authors, _) => return Err("a list of account ids"),
    })
}
