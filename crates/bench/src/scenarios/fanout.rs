//! Fan-out latency: one writer at a fixed rate, N readers in the same document; latency from
//! send to receipt at every reader.

use super::{send_edits, Observer, SendLog};
use crate::client::{Connection, Options, Target};
use crate::stats::{Latencies, Summary};
use serde::Serialize;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Config {
    pub readers: usize,
    /// Edits per second.
    pub rate: f64,
    pub seconds: f64,
    /// Readers connect here instead (another instance sharing the writer's database and
    /// Redis): the cross-instance path.
    pub readers_at: Option<Target>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub readers: usize,
    pub rate: f64,
    pub edits: usize,
    pub latency: Summary,
    /// Updates that arrived merged (a reader that fell behind and was caught up).
    pub merged_updates: usize,
}

pub async fn run(target: &Target, config: &Config) -> anyhow::Result<Report> {
    let doc = target.create_doc().await?;
    let log = SendLog::default();
    let mut readers = Vec::with_capacity(config.readers);
    let readers_at = config.readers_at.as_ref().unwrap_or(target);
    for _ in 0..config.readers {
        readers.push(Observer::open(readers_at, &doc, &log, true).await?);
    }
    let mut writer = Connection::synced(target, &doc, Options::default()).await?;

    let started = Instant::now();
    let total = (config.rate * config.seconds).round() as usize;
    let mut sent = 0;
    let mut tick = tokio::time::interval(Duration::from_millis(1));
    while sent < total {
        tick.tick().await;
        let due = ((started.elapsed().as_secs_f64() * config.rate) as usize).min(total);
        if due > sent {
            send_edits(&mut writer, &log, due - sent).await?;
            sent = due;
        }
    }
    let expected = writer.text();
    let mut latencies = Latencies::default();
    let mut merged = 0;
    for reader in &readers {
        reader
            .connection
            .wait_for_text(&expected, Duration::from_secs(30))
            .await?;
        let (received, catch_ups) = reader.take();
        latencies.merge(received);
        merged += catch_ups;
    }
    Ok(Report {
        readers: config.readers,
        rate: config.rate,
        edits: sent,
        latency: latencies.summary(),
        merged_updates: merged,
    })
}
