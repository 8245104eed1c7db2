//! Many rooms: documents × clients with light traffic (one writer per document); p99 latency at
//! the other clients and the server's memory.

use super::{raise_fd_limit, rss_kib, send_edits, Observer, SendLog};
use crate::client::{Connection, Options, Target};
use crate::stats::{Latencies, Summary};
use futures::future::try_join_all;
use serde::Serialize;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Config {
    pub docs: usize,
    pub clients_per_doc: usize,
    /// Edits per second in each document.
    pub rate_per_doc: f64,
    pub seconds: f64,
    /// The server's process id, to read its memory.
    pub server_pid: Option<u32>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub docs: usize,
    pub connections: usize,
    pub edits: usize,
    pub latency: Summary,
    pub server_rss_mib: Option<f64>,
}

struct Room {
    writer: Connection,
    readers: Vec<Observer>,
}

pub async fn run(target: &Target, config: &Config) -> anyhow::Result<Report> {
    raise_fd_limit();
    let log = SendLog::default();
    let mut rooms = Vec::with_capacity(config.docs);
    // Open rooms a batch at a time so the server sees a burst, not a stampede.
    for batch in (0..config.docs).collect::<Vec<_>>().chunks(50) {
        let opened = try_join_all(
            batch
                .iter()
                .map(|_| open_room(target, &log, config.clients_per_doc)),
        )
        .await?;
        rooms.extend(opened);
    }
    let started = Instant::now();
    let total = (config.rate_per_doc * config.seconds).round() as usize;
    // Each document writes at its own phase of the period, as independent users would,
    // instead of all documents at the same instant.
    let mut sent = vec![0usize; rooms.len()];
    let mut tick = tokio::time::interval(Duration::from_millis(2));
    while sent.iter().any(|&s| s < total) {
        tick.tick().await;
        let edits = started.elapsed().as_secs_f64() * config.rate_per_doc;
        for (i, (room, sent)) in rooms.iter_mut().zip(sent.iter_mut()).enumerate() {
            let due = ((edits + i as f64 / config.docs as f64) as usize).min(total);
            if due > *sent {
                send_edits(&mut room.writer, &log, due - *sent).await?;
                *sent = due;
            }
        }
    }
    let sent = total;
    let server_rss_mib = config.server_pid.and_then(rss_kib).map(|kib| kib as f64 / 1024.0);
    let mut latencies = Latencies::default();
    for room in &rooms {
        let expected = room.writer.text();
        for reader in &room.readers {
            reader
                .connection
                .wait_for_text(&expected, Duration::from_secs(30))
                .await?;
            latencies.merge(reader.take().arrival);
        }
    }
    Ok(Report {
        docs: config.docs,
        connections: config.docs * config.clients_per_doc,
        edits: sent * config.docs,
        latency: latencies.summary(),
        server_rss_mib,
    })
}

async fn open_room(target: &Target, log: &SendLog, clients: usize) -> anyhow::Result<Room> {
    let doc = target.create_doc().await?;
    let writer = Connection::synced(target, &doc, Options::default()).await?;
    let mut readers = Vec::with_capacity(clients.saturating_sub(1));
    for _ in 1..clients {
        readers.push(Observer::open(target, &doc, log, true).await?);
    }
    Ok(Room { writer, readers })
}
