//! Counters shared by the sync layer and the transport; the server exposes them on `/metrics`.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ReasonLabel {
    pub reason: String,
}

pub struct Metrics {
    pub connections_open: Gauge,
    pub rooms_loaded: Gauge,
    pub messages_received: Counter,
    pub messages_sent: Counter,
    pub bytes_received: Counter,
    pub bytes_sent: Counter,
    pub compactions: Counter,
    pub peers_fell_behind: Counter,
    /// Connections closed for bad input, by reason (malformed, invalid_update, too_big, …).
    pub rejected_connections: Family<ReasonLabel, Counter>,
    pub persist_batch_seconds: Histogram,
    pub persist_batch_size: Histogram,
    pub room_load_seconds: Histogram,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics {
            connections_open: Gauge::default(),
            rooms_loaded: Gauge::default(),
            messages_received: Counter::default(),
            messages_sent: Counter::default(),
            bytes_received: Counter::default(),
            bytes_sent: Counter::default(),
            compactions: Counter::default(),
            peers_fell_behind: Counter::default(),
            rejected_connections: Family::default(),
            persist_batch_seconds: Histogram::new(exponential_buckets(0.0001, 2.0, 16)),
            persist_batch_size: Histogram::new(exponential_buckets(1.0, 2.0, 13)),
            room_load_seconds: Histogram::new(exponential_buckets(0.0001, 2.0, 18)),
        }
    }
}

impl Metrics {
    pub fn reject(&self, reason: &str) {
        self.rejected_connections
            .get_or_create(&ReasonLabel {
                reason: reason.to_owned(),
            })
            .inc();
    }

    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "tandem_connections_open",
            "Open sync connections",
            self.connections_open.clone(),
        );
        registry.register(
            "tandem_rooms_loaded",
            "Documents loaded in memory",
            self.rooms_loaded.clone(),
        );
        registry.register(
            "tandem_messages_received",
            "Protocol messages received",
            self.messages_received.clone(),
        );
        registry.register(
            "tandem_messages_sent",
            "Protocol messages sent",
            self.messages_sent.clone(),
        );
        registry.register(
            "tandem_bytes_received",
            "Protocol bytes received",
            self.bytes_received.clone(),
        );
        registry.register(
            "tandem_bytes_sent",
            "Protocol bytes sent",
            self.bytes_sent.clone(),
        );
        registry.register(
            "tandem_compactions",
            "Update logs folded into a snapshot",
            self.compactions.clone(),
        );
        registry.register(
            "tandem_peers_fell_behind",
            "Times a peer's queue was full and it was caught up later by state vector",
            self.peers_fell_behind.clone(),
        );
        registry.register(
            "tandem_rejected_connections",
            "Connections closed for bad input, by reason",
            self.rejected_connections.clone(),
        );
        registry.register(
            "tandem_persist_batch_seconds",
            "Time to commit one group of writes",
            self.persist_batch_seconds.clone(),
        );
        registry.register(
            "tandem_persist_batch_operations",
            "Writes committed in one group",
            self.persist_batch_size.clone(),
        );
        registry.register(
            "tandem_room_load_seconds",
            "Time to load a document into memory",
            self.room_load_seconds.clone(),
        );
    }
}
