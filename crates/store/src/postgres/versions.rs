//! Version history: whole-document states saved on demand or automatically.

use crate::{now_millis, StoreResult, VersionMeta, AUTOMATIC_VERSIONS_KEPT};
use sqlx::PgPool;

pub(super) async fn insert(
    pool: &PgPool,
    doc_id: String,
    name: Option<String>,
    authors: Vec<String>,
    state: Vec<u8>,
) -> StoreResult<VersionMeta> {
    let created_at = now_millis();
    let mut tx = pool.begin().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO doc_versions (doc_id, name, authors, created_at, data) VALUES ($1, $2, $3, $4, $5)
         RETURNING id",
    )
    .bind(&doc_id)
    .bind(&name)
    .bind(&authors)
    .bind(created_at)
    .bind(state)
    .fetch_one(&mut *tx)
    .await?;
    if name.is_none() {
        sqlx::query(
            "DELETE FROM doc_versions WHERE doc_id = $1 AND name IS NULL AND id NOT IN
               (SELECT id FROM doc_versions WHERE doc_id = $1 AND name IS NULL ORDER BY id DESC LIMIT $2)",
        )
        .bind(&doc_id)
        .bind(AUTOMATIC_VERSIONS_KEPT as i64)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(VersionMeta {
        id: id.to_string(),
        doc_id,
        name,
        authors,
        created_at,
    })
}

pub(super) async fn list(pool: &PgPool, doc_id: &str) -> StoreResult<Vec<VersionMeta>> {
    let rows: Vec<(i64, Option<String>, Vec<String>, i64)> = sqlx::query_as(
        "SELECT id, name, authors, created_at FROM doc_versions WHERE doc_id = $1 ORDER BY id DESC",
    )
    .bind(doc_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(id, name, authors, created_at)| VersionMeta {
            id: id.to_string(),
            doc_id: doc_id.to_owned(),
            name,
            authors,
            created_at,
        })
        .collect())
}

pub(super) async fn load(pool: &PgPool, doc_id: &str, version_id: &str) -> StoreResult<Option<Vec<u8>>> {
    // An id that is not a number names no version.
    let Ok(id) = version_id.parse::<i64>() else {
        return Ok(None);
    };
    Ok(
        sqlx::query_scalar("SELECT data FROM doc_versions WHERE doc_id = $1 AND id = $2")
            .bind(doc_id)
            .bind(id)
            .fetch_optional(pool)
            .await?,
    )
}
