//! Cold load: fill a document with a long update history, then time a fresh client from
//! connecting to holding the whole document.

use crate::client::{Connection, Options, ServerKind, Target};
use anyhow::bail;
use serde::Serialize;
use std::time::{Duration, Instant};

/// Creates a document holding `updates` logged updates of about `bytes` in all; returns its id.
/// With Tandem every update is acknowledged as durable before this returns; with servers that
/// do not acknowledge, it returns once a second client holds the whole text.
pub async fn fill(target: &Target, updates: usize, bytes: usize) -> anyhow::Result<String> {
    let doc = target.create_doc().await?;
    let acks = target.kind == ServerKind::Tandem;
    let mut conn = Connection::synced(
        target,
        &doc,
        Options {
            acks,
            ..Options::default()
        },
    )
    .await?;
    let chunk = "x".repeat((bytes / updates.max(1)).max(1));
    let mut sent = 0u64;
    let mut batch = Vec::new();
    for _ in 0..updates {
        if acks {
            while sent - conn.saved() >= 1024 {
                conn.wait_saved(conn.saved() + 1).await?;
            }
        }
        batch.push(tandem_protocol::encode_update(&conn.local_insert(&chunk)));
        sent += 1;
        if batch.len() == 256 {
            conn.send_batch(std::mem::take(&mut batch)).await?;
        }
    }
    conn.send_batch(batch).await?;
    if acks {
        conn.wait_saved(sent).await?;
    } else {
        let check = Connection::following(target, &doc).await?;
        check
            .wait_for_text(&conn.text(), Duration::from_secs(120))
            .await?;
    }
    Ok(doc)
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub milliseconds: f64,
    pub characters: usize,
}

/// Time until a fresh client holds `expected_chars` characters (servers that answer the first
/// sync before they have read the document from disk send the rest as updates after it).
pub async fn open(target: &Target, doc: &str, expected_chars: usize) -> anyhow::Result<Report> {
    let started = Instant::now();
    let conn = Connection::following(target, doc).await?;
    loop {
        let characters = conn.text().len();
        if characters >= expected_chars {
            let milliseconds = started.elapsed().as_secs_f64() * 1000.0;
            return Ok(Report {
                milliseconds,
                characters,
            });
        }
        if started.elapsed() > Duration::from_secs(120) {
            bail!("the document has {characters} of {expected_chars} characters after 120 s");
        }
        tokio::time::sleep(Duration::from_millis(1)).await;
    }
}
