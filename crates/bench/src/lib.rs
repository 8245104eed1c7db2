//! A load generator for Yjs sync servers, speaking the standard y-websocket protocol (and
//! Tandem's `saved` extension where a scenario measures durability). Edits are real Yjs text
//! inserts made with yrs, and every scenario ends by checking that every client holds the
//! same text, so a run that loses edits fails instead of reporting a figure.

pub mod client;
pub mod clock;
pub mod scenarios;
pub mod stamped;
pub mod stats;
