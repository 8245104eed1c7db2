//! Cold load: fill a document with a long update history, then time a fresh client from
//! connecting to holding the whole document.

use crate::client::{text_of, Connection, Options, Target};
use serde::Serialize;
use std::time::Instant;

/// Creates a document holding `updates` logged updates of about `bytes` in all; returns its id.
pub async fn fill(target: &Target, updates: usize, bytes: usize) -> anyhow::Result<String> {
    let doc = target.create_doc().await?;
    let mut conn = Connection::open(
        target,
        &doc,
        Options {
            acks: true,
            ..Options::default()
        },
    )
    .await?;
    conn.sync().await?;
    let chunk = "x".repeat((bytes / updates.max(1)).max(1));
    let mut sent = 0u64;
    for _ in 0..updates {
        while sent - conn.saved() >= 1024 {
            conn.wait_saved(conn.saved() + 1).await?;
        }
        conn.insert_at_end(&chunk).await?;
        sent += 1;
    }
    conn.wait_saved(sent).await?;
    Ok(doc)
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub milliseconds: f64,
    pub bytes: usize,
    pub characters: usize,
}

pub async fn open(target: &Target, doc: &str) -> anyhow::Result<Report> {
    let started = Instant::now();
    let mut conn = Connection::open(target, doc, Options::default()).await?;
    let bytes = conn.sync().await?;
    let milliseconds = started.elapsed().as_secs_f64() * 1000.0;
    Ok(Report {
        milliseconds,
        bytes,
        characters: text_of(&conn.doc).len(),
    })
}
