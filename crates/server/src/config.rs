//! Command line and environment configuration (`tandem --help`).

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;
use std::time::Duration;

#[derive(Debug, Parser)]
#[command(
    name = "tandem",
    version,
    about = "Self-hosted real-time collaboration: docs, code, sheets, boards and system-design simulations."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub serve: ServeArgs,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the server (the default when no command is given).
    Serve,
}

#[derive(Debug, Clone, Args)]
pub struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "TANDEM_HOST", default_value = "0.0.0.0", global = true)]
    pub host: String,
    /// Port to listen on (0 picks a free one and prints it).
    #[arg(long, env = "TANDEM_PORT", default_value_t = 8080, global = true)]
    pub port: u16,
    /// Directory for the SQLite database and other data.
    #[arg(long, env = "TANDEM_DATA_DIR", default_value = "./data", global = true)]
    pub data_dir: PathBuf,
    /// Log filter, e.g. `info` or `tandem=debug,tower_http=info`.
    #[arg(long, env = "TANDEM_LOG", default_value = "info", global = true)]
    pub log: String,
    /// Largest sync message accepted from a client, in bytes; larger ones close the connection.
    #[arg(long, env = "TANDEM_MAX_MESSAGE_BYTES", default_value_t = 64 << 20, global = true)]
    pub max_message_bytes: usize,
    /// Seconds a document stays in memory after its last client left.
    #[arg(long, env = "TANDEM_IDLE_UNLOAD_SECS", default_value_t = 10.0, global = true)]
    pub idle_unload_secs: f64,
    /// Messages queued for one client; past that it is caught up later with one merged update.
    #[arg(long, env = "TANDEM_PEER_QUEUE", default_value_t = 1024, global = true)]
    pub peer_queue: usize,
    /// Logged updates of a document that trigger folding the log into a snapshot.
    #[arg(
        long,
        env = "TANDEM_COMPACT_AFTER_UPDATES",
        default_value_t = 2000,
        global = true
    )]
    pub compact_after_updates: usize,
    /// Seconds between keepalive pings; a client silent for two intervals after a ping is dropped.
    #[arg(long, env = "TANDEM_KEEPALIVE_SECS", default_value_t = 30.0, global = true)]
    pub keepalive_secs: f64,
}

impl ServeArgs {
    pub fn keepalive(&self) -> Duration {
        Duration::from_secs_f64(self.keepalive_secs.max(0.05))
    }

    pub fn idle_unload(&self) -> Duration {
        Duration::from_secs_f64(self.idle_unload_secs.max(0.0))
    }
}
