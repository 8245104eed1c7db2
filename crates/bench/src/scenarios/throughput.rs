//! Durable throughput: writers in one document send edits as fast as `saved` acknowledgements
//! allow (a window of unacknowledged edits each); reports edits/s that reached the disk.

use crate::client::{Connection, Options, Target};
use serde::Serialize;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Config {
    pub writers: usize,
    pub seconds: f64,
    pub window: u64,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub writers: usize,
    pub durable_edits: u64,
    pub seconds: f64,
    pub edits_per_second: f64,
}

pub async fn run(target: &Target, config: &Config) -> anyhow::Result<Report> {
    let doc = target.create_doc().await?;
    let reader = Connection::following(target, &doc).await?;
    let deadline = Instant::now() + Duration::from_secs_f64(config.seconds);
    let window = config.window;
    let tasks: Vec<_> = (0..config.writers)
        .map(|w| {
            let (target, doc) = (target.clone(), doc.clone());
            tokio::spawn(async move {
                let mut conn = Connection::synced(
                    &target,
                    &doc,
                    Options {
                        acks: true,
                        ..Options::default()
                    },
                )
                .await?;
                let mut sent = 0u64;
                while Instant::now() < deadline {
                    while sent - conn.saved() < window && Instant::now() < deadline {
                        conn.insert_at_end(&format!("w{w}.{sent} ")).await?;
                        sent += 1;
                    }
                    conn.wait_saved(conn.saved() + 1).await?;
                }
                conn.wait_saved(sent).await?;
                anyhow::Ok(sent)
            })
        })
        .collect();
    let started = Instant::now();
    let mut total = 0;
    for task in tasks {
        total += task.await??;
    }
    let seconds = started.elapsed().as_secs_f64();
    // Every acknowledged edit reached the reader and the store.
    let stored = target.stored_text(&doc).await?;
    reader.wait_for_text(&stored, Duration::from_secs(30)).await?;
    Ok(Report {
        writers: config.writers,
        durable_edits: total,
        seconds,
        edits_per_second: total as f64 / seconds,
    })
}
