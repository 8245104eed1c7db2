//! Sim's engine: a discrete-event simulation of a system-design diagram — requests travelling
//! through clients, load balancers, services, caches, databases and queues, with timeouts,
//! retries, circuit breakers, autoscaling and injected failures.
//!
//! *Architecture invariant:* no HTTP, no clocks, no threads. Time is simulated
//! ([`Simulation::run_until`]); the caller decides how it relates to wall time. A run is a pure
//! function of the diagram and its seed: the same inputs give the same metrics.
//!
//! docs/SIM.md describes the document, the kinds and the metrics frames.

mod analysis;
pub mod catalog;
pub mod diagram;
mod engine;
mod failures;
mod metrics;
mod random;

pub use analysis::{sweep, Sweep, SweepStep};
pub use diagram::{document_update, Diagram, DiagramError};
pub use engine::{LogEntry, RequestKind, Simulation};
pub use failures::{FailureKind, FailureView};
pub use metrics::{
    Bottleneck, ComponentFrame, ComponentSummary, EdgeFrame, Frame, RequestFrame, RequestSummary, Summary,
};
