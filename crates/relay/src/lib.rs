//! Fan-out between `tandem` instances through Redis (`--redis-url`): the rooms of one document
//! on several instances exchange their clients' updates and awareness, one instance at a time
//! is the document's keeper, and access changes reach every instance.
//!
//! *Why streams, not pub/sub:* plain pub/sub delivers nothing to a subscriber whose connection
//! blinked, and nothing says it missed anything. Each document has a stream of updates
//! (`<prefix><doc>:u`) that an instance reads from the last entry id it saw, so a reconnect
//! resumes where it stopped; the keeper trims only entries its store holds. Awareness and
//! simulation frames share a stream of their own (`<prefix><doc>:a`), capped in length, because
//! they are volatile — clients renew awareness every 15 seconds, frames supersede each other —
//! and must not hold back the trimming of updates.
//!
//! *Never assume nothing was missed:* Redis may restart empty, a publish may fail, an instance
//! may die mid-stream. Whenever this instance cannot be sure it saw everything (its reader
//! reconnected, one of its publishes failed, another instance asks), the rooms concerned get
//! [`Inbound::Gap`]: they merge the stored document and publish their state vector, and every
//! instance answers with what that vector lacks. Yjs updates are idempotent, so the repeats
//! this causes are harmless.
//!
//! *The keeper* of a document is the holder of `<prefix><doc>:keeper`, a lease renewed every
//! 5 seconds that expires 15 seconds after its holder stops renewing it (it died, or lost
//! Redis).

mod streams;

use bytes::Bytes;
use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use streams::{Entry, Kind};
use tandem_collab::relay::{EntryId, Inbound, Inbox, Outbound, Relay, RelayLink};
use tokio::sync::{mpsc, Notify};

/// How long a keeper lease lasts without renewal …
const LEASE_TTL: Duration = Duration::from_secs(15);
/// … and how often it is renewed (and free leases are tried).
const LEASE_RENEW: Duration = Duration::from_secs(5);
/// Entries younger than this are never trimmed, so an instance that reads a little late does
/// not find entries it has not read yet gone without a trace.
const TRIM_MIN_AGE: Duration = Duration::from_secs(30);
/// How long the reader waits in Redis for new entries before it looks at the rooms again.
const READ_BLOCK: Duration = Duration::from_millis(100);
/// Awareness entries kept per document (approximately: Redis trims whole nodes).
const AWARENESS_KEPT: usize = 1000;
/// A stream with no writes for this long expires, so abandoned documents leave nothing.
const STREAM_EXPIRY_SECS: u64 = 24 * 3600;

/// Keeps the lease if this holder still has it.
const RENEW_LEASE: &str =
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
const RELEASE_LEASE: &str =
    "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

#[derive(Debug, thiserror::Error)]
#[error("invalid Redis URL: {0}")]
pub struct UrlError(String);

/// What arrives on the instance-wide announcement stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Announcement {
    /// Another instance's announcement, as it published it.
    Message(Bytes),
    /// Announcements may have been missed (the reader reconnected).
    Missed,
}

/// The Redis relay. Cheap to clone.
#[derive(Clone)]
pub struct RedisRelay {
    inner: Arc<Inner>,
}

struct Inner {
    /// This process's name in stream entries and leases.
    instance: String,
    prefix: String,
    writer: ConnectionManager,
    rooms: Mutex<HashMap<String, Arc<RoomState>>>,
    outbox: mpsc::UnboundedSender<Job>,
    /// Taken by [`RedisRelay::close`], which ends the receiver's loop.
    announcements: Mutex<Option<mpsc::UnboundedSender<Announcement>>>,
    closed: AtomicBool,
    reader_connected: AtomicBool,
    next_link: AtomicU64,
    /// Wakes the lease task when a document opens, so its keeper is settled at once.
    opened: Notify,
}

/// One open document as the relay sees it.
struct RoomState {
    doc: String,
    link: u64,
    inbox: Inbox,
    /// Where the reader is in the document's streams; `None` until this instance's first
    /// `Need` is in the stream (everything before it is covered by the answers to it).
    updates_from: Mutex<Option<String>>,
    awareness_from: Mutex<Option<String>>,
    keeper: AtomicBool,
    renewed: Mutex<Instant>,
    /// The newest entry the keeper reported durable, not yet trimmed.
    stored: Mutex<Option<EntryId>>,
}

enum Job {
    Publish(Arc<RoomState>, Outbound),
    Announce(Bytes),
    /// Ask the other instances to close a gap in what they received from this one.
    Resync(Arc<RoomState>),
    /// Is Redis back? Sent after a failed write when nothing else is waiting to be written.
    Probe,
    /// Answered once everything queued before it was written (or failed).
    Flush(tokio::sync::oneshot::Sender<()>),
}

impl RedisRelay {
    /// Connects lazily: an instance starts while Redis is down and catches up once it is back.
    /// `prefix` starts every key, so deployments can share one Redis.
    pub fn connect(
        url: &str,
        prefix: &str,
    ) -> Result<(RedisRelay, mpsc::UnboundedReceiver<Announcement>), UrlError> {
        let client = redis::Client::open(url).map_err(|e| UrlError(e.to_string()))?;
        let writer = ConnectionManager::new_lazy_with_config(
            client.clone(),
            ConnectionManagerConfig::new()
                .set_connection_timeout(Some(Duration::from_secs(2)))
                .set_response_timeout(Some(Duration::from_secs(2)))
                .set_number_of_retries(1),
        )
        .map_err(|e| UrlError(e.to_string()))?;
        let (outbox, jobs) = mpsc::unbounded_channel();
        let (announcements, announced) = mpsc::unbounded_channel();
        let inner = Arc::new(Inner {
            instance: format!("{:016x}", rand::random::<u64>()),
            prefix: prefix.to_owned(),
            writer,
            rooms: Mutex::new(HashMap::new()),
            outbox,
            announcements: Mutex::new(Some(announcements)),
            closed: AtomicBool::new(false),
            reader_connected: AtomicBool::new(false),
            next_link: AtomicU64::new(1),
            opened: Notify::new(),
        });
        let weak = Arc::downgrade(&inner);
        tokio::spawn(publish(weak.clone(), jobs));
        tokio::spawn(read(weak.clone(), client));
        tokio::spawn(keep_leases(weak));
        Ok((RedisRelay { inner }, announced))
    }

    /// Publishes an announcement to every other instance (access changes).
    pub fn announce(&self, payload: Bytes) {
        let _ = self.inner.outbox.send(Job::Announce(payload));
    }

    /// Stops relaying: the background tasks end and the announcements stop. For a shutdown,
    /// after the rooms are gone.
    pub async fn close(&self) {
        let (flushed, done) = tokio::sync::oneshot::channel();
        if self.inner.outbox.send(Job::Flush(flushed)).is_ok() {
            let _ = tokio::time::timeout(Duration::from_secs(3), done).await;
        }
        self.inner.closed.store(true, Ordering::SeqCst);
        lock(&self.inner.announcements).take();
        self.inner.opened.notify_one();
        let _ = self.inner.outbox.send(Job::Probe);
    }

    /// The reader is connected to Redis.
    pub fn connected(&self) -> bool {
        self.inner.reader_connected.load(Ordering::Relaxed)
    }

    /// Documents this instance keeps now.
    pub fn keeping(&self) -> usize {
        self.inner
            .lock_rooms()
            .values()
            .filter(|room| room.keeper.load(Ordering::Relaxed))
            .count()
    }
}

impl Inner {
    fn announce_here(&self, announcement: Announcement) {
        if let Some(announcements) = &*lock(&self.announcements) {
            let _ = announcements.send(announcement);
        }
    }

    /// The relay, unless it was dropped or closed.
    fn alive(weak: &std::sync::Weak<Inner>) -> Option<Arc<Inner>> {
        weak.upgrade()
            .filter(|inner| !inner.closed.load(Ordering::SeqCst))
    }

    fn lock_rooms(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<RoomState>>> {
        self.rooms.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn key(&self, doc: &str, suffix: &str) -> String {
        format!("{}{doc}:{suffix}", self.prefix)
    }

    fn lease_value(&self, room: &RoomState) -> String {
        format!("{}/{}", self.instance, room.link)
    }
}

impl Relay for RedisRelay {
    fn open(&self, doc_id: &str, inbox: Inbox) -> Box<dyn RelayLink> {
        let room = Arc::new(RoomState {
            doc: doc_id.to_owned(),
            link: self.inner.next_link.fetch_add(1, Ordering::Relaxed),
            inbox,
            updates_from: Mutex::new(None),
            awareness_from: Mutex::new(None),
            keeper: AtomicBool::new(false),
            renewed: Mutex::new(Instant::now()),
            stored: Mutex::new(None),
        });
        self.inner.lock_rooms().insert(doc_id.to_owned(), room.clone());
        self.inner.opened.notify_one();
        Box::new(Link {
            inner: self.inner.clone(),
            room,
        })
    }
}

struct Link {
    inner: Arc<Inner>,
    room: Arc<RoomState>,
}

impl RelayLink for Link {
    fn publish(&self, message: Outbound) {
        let _ = self.inner.outbox.send(Job::Publish(self.room.clone(), message));
    }

    fn stored(&self, entry: EntryId) {
        *lock(&self.room.stored) = Some(entry);
    }
}

impl Drop for Link {
    fn drop(&mut self) {
        {
            let mut rooms = self.inner.lock_rooms();
            if rooms
                .get(&self.room.doc)
                .is_some_and(|room| room.link == self.room.link)
            {
                rooms.remove(&self.room.doc);
            }
        }
        if !self.room.keeper.load(Ordering::Relaxed) {
            return;
        }
        let (mut writer, key, value) = (
            self.inner.writer.clone(),
            self.inner.key(&self.room.doc, "keeper"),
            self.inner.lease_value(&self.room),
        );
        let stored = lock(&self.room.stored).take();
        let updates = self.inner.key(&self.room.doc, "u");
        tokio::spawn(async move {
            if let Some(entry) = stored {
                let _ = trim(&mut writer, &updates, &entry).await;
            }
            let released: redis::RedisResult<i64> = redis::Script::new(RELEASE_LEASE)
                .key(key)
                .arg(value)
                .invoke_async(&mut writer)
                .await;
            if let Err(error) = released {
                tracing::debug!(%error, "keeper lease not released; it expires");
            }
        });
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|p| p.into_inner())
}

/// Writes the outbox to Redis, a burst per pipeline. A failed write loses nothing for good:
/// the rooms concerned and the other instances are told to close the gap once Redis answers.
async fn publish(inner: std::sync::Weak<Inner>, mut jobs: mpsc::UnboundedReceiver<Job>) {
    let mut gaps: HashMap<u64, Arc<RoomState>> = HashMap::new();
    while let Some(first) = jobs.recv().await {
        let Some(inner) = Inner::alive(&inner) else { return };
        let mut batch = vec![first];
        while batch.len() < 512 {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let mut pipe = redis::pipe();
        for job in &batch {
            let (key, entry, cap) = match job {
                Job::Probe | Job::Flush(_) => {
                    pipe.cmd("PING").ignore();
                    continue;
                }
                Job::Publish(room, Outbound::Update(update)) => (
                    inner.key(&room.doc, "u"),
                    Entry::new(Kind::Update, update.clone()),
                    None,
                ),
                Job::Publish(room, Outbound::Need(state_vector)) => (
                    inner.key(&room.doc, "u"),
                    Entry::new(Kind::Need, state_vector.clone()),
                    None,
                ),
                Job::Resync(room) => (
                    inner.key(&room.doc, "u"),
                    Entry::new(Kind::Resync, Bytes::new()),
                    None,
                ),
                Job::Publish(room, Outbound::Awareness(frame)) => (
                    inner.key(&room.doc, "a"),
                    Entry::new(Kind::Awareness, frame.clone()),
                    Some(AWARENESS_KEPT),
                ),
                Job::Publish(room, Outbound::Ephemeral(frame)) => (
                    inner.key(&room.doc, "a"),
                    Entry::new(Kind::Ephemeral, frame.clone()),
                    Some(AWARENESS_KEPT),
                ),
                Job::Announce(payload) => (
                    format!("{}announce", inner.prefix),
                    Entry::new(Kind::Announce, payload.clone()),
                    Some(AWARENESS_KEPT),
                ),
            };
            pipe.add_command(entry.xadd(&key, &inner.instance, cap));
            pipe.cmd("EXPIRE").arg(&key).arg(STREAM_EXPIRY_SECS).ignore();
        }
        let mut writer = inner.writer.clone();
        let written = pipe.query_async::<Vec<Option<String>>>(&mut writer).await;
        // The replies are the entries' ids, one per job that wrote an entry.
        let mut batch: Vec<Job> = batch
            .into_iter()
            .filter_map(|job| match job {
                Job::Flush(done) => {
                    let _ = done.send(());
                    None
                }
                Job::Probe => None,
                job => Some(job),
            })
            .collect();
        match written {
            Ok(ids) => {
                for (job, id) in batch.iter().zip(ids) {
                    if let (Job::Publish(room, Outbound::Need(_)), Some(id)) = (job, id) {
                        let mut updates = lock(&room.updates_from);
                        if updates.is_none() {
                            *updates = Some(id.clone());
                            *lock(&room.awareness_from) = Some(id);
                        }
                    }
                }
                if !gaps.is_empty() {
                    tracing::info!(
                        documents = gaps.len(),
                        "Redis is back; closing the gaps in what was relayed"
                    );
                    for (_, room) in gaps.drain() {
                        room.inbox.send(Inbound::Gap);
                        let _ = inner.outbox.send(Job::Resync(room));
                    }
                }
            }
            Err(error) => {
                if gaps.is_empty() {
                    tracing::warn!(%error, "could not publish to Redis; documents will catch up once it is back");
                }
                for job in batch.drain(..) {
                    if let Job::Publish(room, _) | Job::Resync(room) = job {
                        gaps.insert(room.link, room);
                    }
                }
                // Wait for Redis rather than spin; the next job (or this retry) tests it again.
                tokio::time::sleep(Duration::from_millis(250)).await;
                if jobs.is_empty() {
                    let _ = inner.outbox.send(Job::Probe);
                }
            }
        }
    }
}

/// Reads every open document's streams, and the announcements, from where it stopped.
async fn read(inner: std::sync::Weak<Inner>, client: redis::Client) {
    let config = redis::AsyncConnectionConfig::new()
        .set_connection_timeout(Some(Duration::from_secs(2)))
        .set_response_timeout(Some(READ_BLOCK + Duration::from_secs(5)));
    let mut missed = false;
    let mut backoff = Duration::from_millis(100);
    let mut announce_from: Option<String> = None;
    loop {
        let connected = client.get_multiplexed_async_connection_with_config(&config).await;
        let Some(relay) = Inner::alive(&inner) else { return };
        let mut connection = match connected {
            Ok(connection) => connection,
            Err(error) => {
                if relay.reader_connected.swap(false, Ordering::Relaxed) || !missed {
                    tracing::warn!(%error, "Redis is unreachable; retrying");
                }
                missed = true;
                drop(relay);
                tokio::time::sleep(backoff).await;
                backoff = (backoff * 2).min(Duration::from_secs(2));
                continue;
            }
        };
        let announce_key = format!("{}announce", relay.prefix);
        if announce_from.is_none() {
            match streams::last_id(&mut connection, &announce_key).await {
                Ok(last) => announce_from = Some(last),
                Err(_) => continue,
            }
        }
        backoff = Duration::from_millis(100);
        relay.reader_connected.store(true, Ordering::Relaxed);
        if missed {
            tracing::info!("reconnected to Redis; catching up every open document");
            for room in relay.lock_rooms().values() {
                room.inbox.send(Inbound::Gap);
            }
            relay.announce_here(Announcement::Missed);
        }
        drop(relay);
        loop {
            let Some(relay) = Inner::alive(&inner) else { return };
            let mut reads: Vec<(String, String, Option<Arc<RoomState>>)> = vec![(
                announce_key.clone(),
                announce_from.clone().unwrap_or_else(|| "$".into()),
                None,
            )];
            for room in relay.lock_rooms().values() {
                if let Some(from) = lock(&room.updates_from).clone() {
                    reads.push((relay.key(&room.doc, "u"), from, Some(room.clone())));
                }
                if let Some(from) = lock(&room.awareness_from).clone() {
                    reads.push((relay.key(&room.doc, "a"), from, Some(room.clone())));
                }
            }
            let instance = relay.instance.clone();
            drop(relay);
            let batch = match streams::read(&mut connection, &reads, READ_BLOCK).await {
                Ok(batch) => batch,
                Err(error) => {
                    tracing::warn!(%error, "lost the Redis connection; reconnecting");
                    missed = true;
                    if let Some(relay) = inner.upgrade() {
                        relay.reader_connected.store(false, Ordering::Relaxed);
                    }
                    break;
                }
            };
            let Some(relay) = Inner::alive(&inner) else { return };
            for (index, entries) in batch {
                let (_, _, room) = &reads[index];
                let Some(last) = entries.last() else { continue };
                match room {
                    None => announce_from = Some(last.id.to_string()),
                    Some(room) if reads[index].0.ends_with(":a") => {
                        *lock(&room.awareness_from) = Some(last.id.to_string())
                    }
                    Some(room) => *lock(&room.updates_from) = Some(last.id.to_string()),
                }
                for entry in entries {
                    let own = entry.origin == instance;
                    match (room, entry.kind) {
                        (None, Kind::Announce) if !own && !entry.data.is_empty() => {
                            relay.announce_here(Announcement::Message(entry.data));
                        }
                        (Some(room), Kind::Update) => {
                            room.inbox.send(Inbound::Update {
                                entry: entry.id,
                                update: if own { Bytes::new() } else { entry.data },
                                own,
                            });
                        }
                        (Some(room), Kind::Awareness) if !own => {
                            room.inbox.send(Inbound::Awareness(entry.data));
                        }
                        (Some(room), Kind::Ephemeral) if !own => {
                            room.inbox.send(Inbound::Ephemeral(entry.data));
                        }
                        (Some(room), Kind::Need) if !own => {
                            room.inbox.send(Inbound::Need(entry.data));
                        }
                        (Some(room), Kind::Resync) if !own => {
                            room.inbox.send(Inbound::Gap);
                        }
                        _ => {}
                    }
                }
            }
        }
    }
}

/// Takes free keeper leases, renews held ones, gives up those it can no longer be sure of,
/// and trims what the keeper stored.
async fn keep_leases(inner: std::sync::Weak<Inner>) {
    let renew = redis::Script::new(RENEW_LEASE);
    loop {
        let Some(relay) = Inner::alive(&inner) else { return };
        let rooms: Vec<Arc<RoomState>> = relay.lock_rooms().values().cloned().collect();
        let mut writer = relay.writer.clone();
        // After one failure the rest of the round is not sent: each would wait out its timeout.
        let mut reachable = true;
        for room in rooms {
            let key = relay.key(&room.doc, "keeper");
            let value = relay.lease_value(&room);
            let ttl = LEASE_TTL.as_millis() as u64;
            if room.keeper.load(Ordering::Relaxed) {
                let renewed: redis::RedisResult<i64> = if reachable {
                    renew
                        .key(&key)
                        .arg(&value)
                        .arg(ttl)
                        .invoke_async(&mut writer)
                        .await
                } else {
                    Err((redis::ErrorKind::Io, "Redis unreachable").into())
                };
                reachable &= renewed.is_ok();
                let lost = match renewed {
                    Ok(1) => {
                        *lock(&room.renewed) = Instant::now();
                        false
                    }
                    Ok(_) => true,
                    // Unsure: another instance may take the lease once it expires, so stop
                    // acting as keeper before that can happen.
                    Err(_) => lock(&room.renewed).elapsed() + LEASE_RENEW >= LEASE_TTL,
                };
                if lost {
                    room.keeper.store(false, Ordering::Relaxed);
                    room.inbox.send(Inbound::Keeper(false));
                    continue;
                }
                let stored = lock(&room.stored).take();
                if let Some(entry) = stored {
                    if let Err(error) = trim(&mut writer, &relay.key(&room.doc, "u"), &entry).await {
                        tracing::debug!(%error, "stream not trimmed");
                    }
                }
            } else if reachable {
                let taken: redis::RedisResult<Option<String>> = redis::cmd("SET")
                    .arg(&key)
                    .arg(&value)
                    .arg("NX")
                    .arg("PX")
                    .arg(ttl)
                    .query_async(&mut writer)
                    .await;
                reachable &= taken.is_ok();
                if let Ok(Some(_)) = taken {
                    *lock(&room.renewed) = Instant::now();
                    room.keeper.store(true, Ordering::Relaxed);
                    room.inbox.send(Inbound::Keeper(true));
                }
            }
        }
        tokio::select! {
            _ = relay.opened.notified() => {}
            _ = tokio::time::sleep(LEASE_RENEW) => {}
        }
    }
}

/// Drops the entries before `entry`, but none younger than [`TRIM_MIN_AGE`].
async fn trim(writer: &mut ConnectionManager, key: &str, entry: &str) -> redis::RedisResult<()> {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default()
        .as_millis() as u64;
    let oldest_allowed = format!("{}-0", now.saturating_sub(TRIM_MIN_AGE.as_millis() as u64));
    let threshold = if streams::id_before(entry, &oldest_allowed) {
        entry.to_owned()
    } else {
        oldest_allowed
    };
    redis::cmd("XTRIM")
        .arg(key)
        .arg("MINID")
        .arg("~")
        .arg(threshold)
        .query_async::<i64>(writer)
        .await
        .map(drop)
}
