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
use crate::clock::Stamp;
use crate::stats::Latencies;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use yrs::updates::decoder::Decode;
use yrs::Update;

/// Characters each benchmark edit inserts; a writer's clock then counts its edits.
pub const EDIT: &str = "abcdefgh";
const EDIT_LEN: u32 = EDIT.len() as u32;

/// When each writer sent each of its edits, by client id and edit index.
#[derive(Default, Clone)]
pub struct SendLog {
    writers: Arc<Mutex<HashMap<u64, Vec<Stamp>>>>,
}

impl SendLog {
    pub fn record(&self, client: u64, at: Stamp) {
        self.writers.lock().unwrap().entry(client).or_default().push(at);
    }

    /// When the edit in a received update was sent, if the update carries exactly one
    /// benchmark edit of one writer. Merged updates (a catch-up after falling behind) are not
    /// a single edit and give `None`.
    pub fn sent_at(&self, received: &Received) -> Option<Stamp> {
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
        self.writers
            .lock()
            .unwrap()
            .get(&client.get())?
            .get(index)
            .copied()
    }
}

/// The latencies of the single edits a reader received, measured to two ends.
#[derive(Default)]
pub struct Taken {
    /// Send to arrival at the reader's socket: the server's latency.
    pub arrival: Latencies,
    /// Send to the load generator reading it: adds the wait for the generator's one core.
    pub read: Latencies,
    /// Updates that arrived merged (catch-ups of a reader that fell behind).
    pub merged: usize,
    /// Single edits whose read carried no kernel timestamp: their arrival is their read.
    pub unstamped: usize,
}

impl Taken {
    pub fn merge(&mut self, other: Taken) {
        self.arrival.merge(other.arrival);
        self.read.merge(other.read);
        self.merged += other.merged;
        self.unstamped += other.unstamped;
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

    /// The latencies of the single edits received since the last call.
    pub fn take(&self) -> Taken {
        take_receipts(&self.receipts, &self.log)
    }
}

fn take_receipts(receipts: &Receipts, log: &SendLog) -> Taken {
    let received = std::mem::take(&mut *receipts.lock().unwrap());
    let mut taken = Taken::default();
    for update in &received {
        match log.sent_at(update) {
            Some(sent) => {
                let arrived = update.arrived.unwrap_or_else(|| {
                    taken.unstamped += 1;
                    update.read
                });
                taken.arrival.record(arrived.since(sent));
                taken.read.record(update.read.since(sent));
            }
            None => taken.merged += 1,
        }
    }
    taken
}

/// Sends `count` benchmark edits in one flush, recording when they left.
pub async fn send_edits(writer: &mut Connection, log: &SendLog, count: usize) -> anyhow::Result<()> {
    let frames: Vec<Vec<u8>> = (0..count)
        .map(|_| tandem_protocol::encode_update(&writer.local_insert(EDIT)))
        .collect();
    let now = Stamp::now();
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

    /// A moment `n` milliseconds after the epoch.
    fn ms(n: u64) -> Stamp {
        Stamp::from_unix_nanos(n * 1_000_000)
    }

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
        let updates: Vec<_> = (0..3).map(|_| edit(&writer)).collect();
        for i in 0..3 {
            log.record(client, ms(1_000 + i * 10));
        }
        let sent = |update: &Vec<u8>| {
            log.sent_at(&Received {
                arrived: Some(ms(1_025)),
                read: ms(1_026),
                update: update.clone(),
            })
        };
        assert_eq!(sent(&updates[0]), Some(ms(1_000)));
        assert_eq!(sent(&updates[2]), Some(ms(1_020)));
        // A merged update of several edits is not one edit's latency.
        let merged = yrs::merge_updates_v1([&updates[1], &updates[2]]).unwrap();
        assert_eq!(sent(&merged), None);
        // An unknown writer neither.
        assert_eq!(sent(&edit(&Doc::new())), None);
    }

    #[test]
    fn an_observer_measures_to_arrival_and_to_read() {
        let log = SendLog::default();
        let writer = Doc::new();
        let updates: Vec<_> = (0..2).map(|_| edit(&writer)).collect();
        log.record(writer.client_id().get(), ms(1_000));
        log.record(writer.client_id().get(), ms(1_010));
        let receipts = Receipts::default();
        let merged = yrs::merge_updates_v1([&updates[0], &updates[1]]).unwrap();
        for (update, arrived, read) in [
            (&updates[0], Some(1_002), 1_007),
            (&updates[1], None, 1_013),
            (&merged, Some(1_030), 1_030),
        ] {
            receipts.lock().unwrap().push(Received {
                arrived: arrived.map(ms),
                read: ms(read),
                update: update.clone(),
            });
        }
        let taken = take_receipts(&receipts, &log);
        // Without a kernel stamp, the arrival is the read.
        assert_eq!(taken.arrival.summary().max_ms, 3.0);
        assert_eq!(taken.arrival.summary().p50_ms, 2.0);
        assert_eq!(taken.read.summary().max_ms, 7.0);
        assert_eq!((taken.arrival.len(), taken.merged, taken.unstamped), (2, 1, 1));
        assert!(take_receipts(&receipts, &log).arrival.is_empty(), "taken once");
    }
}
