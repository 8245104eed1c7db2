//! The benchmark scenarios. Each returns a report and fails if any client ends with a document
//! different from the writers' (a benchmark that loses edits is not a result).

pub mod cold_load;
pub mod durability;
pub mod fanout;
pub mod idle;
pub mod rooms;
pub mod saturation;
pub mod throughput;

use crate::client::{Connection, Options, Receipts, Received, Target};
use crate::stats::Latencies;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use yrs::updates::decoder::Decode;
use yrs::Update;

/// Characters each benchmark edit inserts; a writer's clock then counts its edits.
pub const EDIT: &str = "abcdefgh";
const EDIT_LEN: u32 = EDIT.len() as u32;

/// When each writer sent each of its edits, by client id and edit index.
#[derive(Default, Clone)]
pub struct SendLog {
    writers: Arc<Mutex<HashMap<u64, Vec<Instant>>>>,
}

impl SendLog {
    pub fn record(&self, client: u64, at: Instant) {
        self.writers.lock().unwrap().entry(client).or_default().push(at);
    }

    /// Latency of a received update that carries exactly one benchmark edit of one writer.
    /// Merged updates (a catch-up after falling behind) are not a single edit and give `None`.
    pub fn latency(&self, received: &Received) -> Option<Duration> {
        let update = Update::decode_v1(&received.update).ok()?;
        let inserted = update.insertions(true);
        let mut clients = inserted.iter();
        let (client, ranges) = clients.next()?;
        let mut ranges = ranges.iter();
        let range = ranges.next()?;
        if clients.next().is_some() || ranges.next().is_some() || range.len() != EDIT_LEN as usize {
            return None;
        }
        let index = (range.start / EDIT_LEN) as usize;
        let sent = *self.writers.lock().unwrap().get(&client.get())?.get(index)?;
        Some(received.at.saturating_duration_since(sent))
    }
}

/// A reader that keeps what it receives, stamped; latencies are computed when taken, so the
/// bookkeeping never delays a receipt.
pub struct Observer {
    pub connection: Connection,
    receipts: Receipts,
    log: SendLog,
}

impl Observer {
    pub async fn open(target: &Target, doc: &str, log: &SendLog, follow: bool) -> anyhow::Result<Observer> {
        let receipts = Receipts::default();
        let connection = Connection::synced(
            target,
            doc,
            Options {
                acks: false,
                follow,
                receipts: Some(receipts.clone()),
            },
        )
        .await?;
        Ok(Observer {
            connection,
            receipts,
            log: log.clone(),
        })
    }

    /// The latencies of the single edits received since the last call, and how many updates
    /// arrived merged (catch-ups of a reader that fell behind).
    pub fn take(&self) -> (Latencies, usize) {
        let received = std::mem::take(&mut *self.receipts.lock().unwrap());
        let mut latencies = Latencies::default();
        let mut merged = 0;
        for update in &received {
            match self.log.latency(update) {
                Some(latency) => latencies.record(latency),
                None => merged += 1,
            }
        }
        (latencies, merged)
    }
}

/// Sends `count` benchmark edits in one flush, recording when they left.
pub async fn send_edits(writer: &mut Connection, log: &SendLog, count: usize) -> anyhow::Result<()> {
    let frames: Vec<Vec<u8>> = (0..count)
        .map(|_| tandem_protocol::encode_update(&writer.local_insert(EDIT)))
        .collect();
    let now = Instant::now();
    for _ in 0..count {
        log.record(writer.client_id(), now);
    }
    writer.send_batch(frames).await
}

/// Resident memory of a process in KiB, from /proc (Linux).
pub fn rss_kib(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Raises this process's open-file limit to its hard limit (many connections need many fds).
pub fn raise_fd_limit() {
    let _ = rlimit::increase_nofile_limit(u64::MAX);
}

#[cfg(test)]
mod tests {
    use super::*;
    use yrs::{Doc, Text, Transact};

    fn edit(doc: &Doc) -> Vec<u8> {
        let text = doc.get_or_insert_text("content");
        let mut txn = doc.transact_mut();
        let end = text.len(&txn);
        text.insert(&mut txn, end, EDIT);
        txn.encode_update_v1()
    }

    #[test]
    fn latency_is_matched_to_the_edit_that_was_sent() {
        let log = SendLog::default();
        let writer = Doc::new();
        let client = writer.client_id().get();
        let start = Instant::now();
        let updates: Vec<_> = (0..3).map(|_| edit(&writer)).collect();
        for i in 0..3 {
            log.record(client, start + Duration::from_millis(i * 10));
        }
        let arrived = start + Duration::from_millis(25);
        let latency = |update: &Vec<u8>| {
            log.latency(&Received {
                at: arrived,
                update: update.clone(),
            })
        };
        assert_eq!(latency(&updates[0]), Some(Duration::from_millis(25)));
        assert_eq!(latency(&updates[2]), Some(Duration::from_millis(5)));
        // A merged update of several edits is not one edit's latency.
        let merged = yrs::merge_updates_v1([&updates[1], &updates[2]]).unwrap();
        assert_eq!(latency(&merged), None);
        // An unknown writer neither.
        assert_eq!(latency(&edit(&Doc::new())), None);
    }
}
