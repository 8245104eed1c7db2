//! Idle connections: open many synced connections that then do nothing, and report the
//! server's memory per connection.

use super::{raise_fd_limit, rss_kib};
use crate::client::{Connection, Options, Target};
use futures::future::try_join_all;
use serde::Serialize;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct Config {
    pub connections: usize,
    /// Connections share documents, this many per document.
    pub per_doc: usize,
    pub server_pid: u32,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub connections: usize,
    pub rss_before_mib: f64,
    pub rss_after_mib: f64,
    pub kib_per_connection: f64,
}

pub async fn run(target: &Target, config: &Config) -> anyhow::Result<Report> {
    raise_fd_limit();
    let per_doc = config.per_doc.max(1);
    let docs = try_join_all((0..config.connections.div_ceil(per_doc)).map(|_| target.create_doc())).await?;
    // The documents' rooms are loaded by a first connection each before the baseline, so that
    // the figure is the cost of a connection, not of a room.
    let mut held = Vec::with_capacity(config.connections);
    for doc in &docs {
        let first = Connection::synced(target, doc, Options::default()).await?;
        held.push(first);
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let before = rss_kib(config.server_pid).unwrap_or(0);
    let remaining = config.connections.saturating_sub(held.len());
    let docs = &docs;
    for chunk in (0..remaining).collect::<Vec<_>>().chunks(200) {
        let opened = try_join_all(chunk.iter().map(|i| async move {
            let connection = Connection::synced(target, &docs[i % docs.len()], Options::default()).await?;
            anyhow::Ok(connection)
        }))
        .await?;
        held.extend(opened);
    }
    tokio::time::sleep(Duration::from_secs(1)).await;
    let after = rss_kib(config.server_pid).unwrap_or(0);
    let added = remaining.max(1) as f64;
    Ok(Report {
        connections: held.len(),
        rss_before_mib: before as f64 / 1024.0,
        rss_after_mib: after as f64 / 1024.0,
        kib_per_connection: after.saturating_sub(before) as f64 / added,
    })
}
