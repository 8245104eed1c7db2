//! Durability under kill -9: a writer edits at a steady rate while another client watches;
//! the server is killed from outside (see `bench/compare.sh`), restarted, and a fresh client
//! counts which edits survived. An edit is *promised* when the server acknowledged it (Tandem's
//! `saved`, sent once on disk; Hocuspocus' SyncStatus, sent once applied in memory), and *seen*
//! when another client received it.

use crate::client::{Connection, Options, ServerKind, Target};
use serde::{Deserialize, Serialize};
use std::time::Duration;

/// What the writer phase leaves for the check phase.
#[derive(Debug, Serialize, Deserialize)]
pub struct Record {
    pub doc: String,
    /// Edits sent, in order.
    pub sent: usize,
    /// The first `acknowledged` edits were acknowledged (0 where the server sends none).
    pub acknowledged: usize,
    /// Edits another client had received when the server died.
    pub seen: Vec<usize>,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub sent: usize,
    pub acknowledged: usize,
    pub seen: usize,
    pub lost_acknowledged: usize,
    pub lost_seen: usize,
}

fn token(i: usize) -> String {
    format!("<{i}>")
}

fn tokens_in(text: &str) -> Vec<usize> {
    text.split('<')
        .filter_map(|part| part.split_once('>')?.0.parse().ok())
        .collect()
}

/// Writes until the server goes away (or `max_seconds` pass); returns what was promised.
pub async fn write(target: &Target, rate: f64, max_seconds: f64) -> anyhow::Result<Record> {
    let doc = target.create_doc().await?;
    let acks = matches!(target.kind, ServerKind::Tandem | ServerKind::Hocuspocus);
    let mut writer = Connection::synced(
        target,
        &doc,
        Options {
            acks,
            ..Options::default()
        },
    )
    .await?;
    let watcher = Connection::following(target, &doc).await?;
    let started = tokio::time::Instant::now();
    let mut tick = tokio::time::interval(Duration::from_secs_f64(1.0 / rate));
    let mut sent = 0;
    while started.elapsed().as_secs_f64() < max_seconds {
        tick.tick().await;
        if writer.insert_at_end(&token(sent)).await.is_err() {
            break;
        }
        sent += 1;
    }
    // Whatever arrives after the kill cannot arrive; give in-flight frames a moment.
    tokio::time::sleep(Duration::from_millis(200)).await;
    Ok(Record {
        doc,
        sent,
        acknowledged: writer.saved() as usize,
        seen: tokens_in(&watcher.text()),
    })
}

/// Connects to the restarted server and counts promised edits that are missing.
pub async fn check(target: &Target, record: &Record) -> anyhow::Result<Report> {
    let reader = Connection::following(target, &record.doc).await?;
    // Some servers answer the first sync before the document is loaded from disk.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let present: std::collections::HashSet<usize> = tokens_in(&reader.text()).into_iter().collect();
    Ok(Report {
        sent: record.sent,
        acknowledged: record.acknowledged,
        seen: record.seen.len(),
        lost_acknowledged: (0..record.acknowledged).filter(|i| !present.contains(i)).count(),
        lost_seen: record.seen.iter().filter(|i| !present.contains(i)).count(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_read_back_from_merged_text() {
        let text: String = [3, 1, 2, 10].iter().map(|&i| token(i)).collect();
        assert_eq!(tokens_in(&text), vec![3, 1, 2, 10]);
        assert_eq!(tokens_in("noise<7>x<bad><8"), vec![7]);
    }
}
