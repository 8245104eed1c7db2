//! Fan-out latency: one writer at a fixed rate, N readers in the same document; latency from
//! send to arrival at every reader's socket, and to the load generator reading it.

use super::{send_edits, Observer, SendLog, Taken};
use crate::client::{Connection, Options, Target};
use crate::stats::Summary;
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
    /// From send to arrival at each reader's socket: the server's latency.
    pub latency: Summary,
    /// From send to the load generator reading it: also counts the readers' wait for the
    /// generator's core, which grows with the number of readers.
    pub read_latency: Summary,
    /// Updates that arrived merged (a reader that fell behind and was caught up).
    pub merged_updates: usize,
    /// Edits whose read carried no kernel timestamp, measured to their read instead.
    pub unstamped: usize,
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
    let mut taken = Taken::default();
    for reader in &readers {
        reader
            .connection
            .wait_for_text(&expected, Duration::from_secs(30))
            .await?;
        taken.merge(reader.take());
    }
    Ok(Report {
        readers: config.readers,
        rate: config.rate,
        edits: sent,
        latency: taken.arrival.summary(),
        read_latency: taken.read.summary(),
        merged_updates: taken.merged,
        unstamped: taken.unstamped,
    })
}
