//! Version history: whole-document states saved on demand or automatically.

use crate::{now_millis, StoreResult, VersionMeta, AUTOMATIC_VERSIONS_KEPT};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

/// Account ids are alphanumeric, so a space separates them unambiguously.
fn join_authors(authors: &[String]) -> String {
    authors.join(" ")
}

fn split_authors(stored: &str) -> Vec<String> {
    stored.split_whitespace().map(str::to_owned).collect()
}

pub(super) fn insert(
    tx: &Transaction<'_>,
    doc_id: &str,
    name: Option<String>,
    authors: Vec<String>,
    state: &[u8],
) -> StoreResult<VersionMeta> {
    let created_at = now_millis();
    tx.execute(
        "INSERT INTO doc_versions (doc_id, name, authors, created_at, data) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![doc_id, name, join_authors(&authors), created_at, state],
    )?;
    let id = tx.last_insert_rowid();
    if name.is_none() {
        tx.execute(
            "DELETE FROM doc_versions WHERE doc_id = ?1 AND name IS NULL AND id NOT IN
               (SELECT id FROM doc_versions WHERE doc_id = ?1 AND name IS NULL ORDER BY id DESC LIMIT ?2)",
            params![doc_id, AUTOMATIC_VERSIONS_KEPT as i64],
        )?;
    }
    Ok(VersionMeta {
        id: id.to_string(),
        doc_id: doc_id.to_owned(),
        name,
        authors,
        created_at,
    })
}

pub(super) fn list(conn: &Connection, doc_id: &str) -> StoreResult<Vec<VersionMeta>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, authors, created_at FROM doc_versions WHERE doc_id = ?1 ORDER BY id DESC",
    )?;
    let rows = stmt.query_map([doc_id], |row| {
        Ok(VersionMeta {
            id: row.get::<_, i64>(0)?.to_string(),
            doc_id: doc_id.to_owned(),
            name: row.get(1)?,
            authors: split_authors(&row.get::<_, String>(2)?),
            created_at: row.get(3)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

pub(super) fn load(conn: &Connection, doc_id: &str, version_id: &str) -> StoreResult<Option<Vec<u8>>> {
    // An id that is not a number names no version.
    let Ok(id) = version_id.parse::<i64>() else {
        return Ok(None);
    };
    Ok(conn
        .query_row(
            "SELECT data FROM doc_versions WHERE doc_id = ?1 AND id = ?2",
            params![doc_id, id],
            |row| row.get(0),
        )
        .optional()?)
}
