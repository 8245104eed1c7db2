//! Command line and environment configuration (`tandem --help`).

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use std::ffi::OsString;
use std::fmt;
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
    /// Manage accounts from the command line.
    #[command(subcommand)]
    User(UserCommand),
    /// Copy a single-node install's SQLite database into an empty PostgreSQL database —
    /// documents with their history and versions, accounts, sessions, API tokens, sharing,
    /// uploaded-file records — then verify the copy. Stop every instance first.
    MigrateStore {
        /// The SQLite database: `sqlite://data/tandem.db` or the file's path.
        #[arg(long)]
        from: String,
        /// `postgres://user:password@host/database`.
        #[arg(long, env = "TANDEM_MIGRATE_TO", hide_env_values = true)]
        to: SecretUrl,
    },
}

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from standard input (one line).
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// Make the account an administrator.
        #[arg(long)]
        admin: bool,
    },
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
    /// Where documents and accounts are kept: `postgres://user:password@host/database` stores
    /// them in that PostgreSQL database (its schema is migrated at start-up), which several
    /// instances can share. Without it, SQLite in the data directory.
    #[arg(long, env = "DATABASE_URL", hide_env_values = true, global = true)]
    pub database_url: Option<SecretUrl>,
    /// Fan-out between instances: `redis://host:6379` relays every open document's edits and
    /// cursors, and access changes, to the other instances that share the database. Without
    /// it, this instance is the only one.
    #[arg(long, env = "REDIS_URL", hide_env_values = true, global = true)]
    pub redis_url: Option<SecretUrl>,
    /// Starts every key Tandem writes in Redis, so deployments can share one Redis.
    #[arg(long, env = "TANDEM_REDIS_PREFIX", default_value = "tandem:", global = true)]
    pub redis_prefix: String,
    /// Log filter, e.g. `info` or `tandem=debug,tower_http=info`.
    #[arg(long, env = "TANDEM_LOG", default_value = "info", global = true)]
    pub log: String,
    /// Largest sync message accepted from a client, in bytes; larger ones close the connection.
    #[arg(long, env = "TANDEM_MAX_MESSAGE_BYTES", default_value_t = 64 << 20, global = true)]
    pub max_message_bytes: usize,
    /// Largest file (image) a user may upload into a document, in bytes.
    #[arg(long, env = "TANDEM_MAX_UPLOAD_BYTES", default_value_t = 10 << 20, global = true)]
    pub max_upload_bytes: usize,
    /// Simulations one account may run at once.
    #[arg(long, env = "TANDEM_SIM_RUNS_PER_USER", default_value_t = 2, global = true)]
    pub sim_runs_per_user: usize,
    /// Simulations the server runs at once (each takes a core while it computes).
    #[arg(long, env = "TANDEM_SIM_RUNS", default_value_t = 8, global = true)]
    pub sim_runs: usize,
    /// Minutes of wall time a simulation run may take before it is stopped.
    #[arg(long, env = "TANDEM_SIM_MAX_MINUTES", default_value_t = 30, global = true)]
    pub sim_max_minutes: u64,
    /// While a document is being edited, save an automatic version this often (seconds).
    #[arg(long, env = "TANDEM_VERSION_EVERY_SECS", default_value_t = 600, global = true)]
    pub version_every_secs: u64,
    /// When an edit counts as saved in SQLite: `every-commit` fsyncs each group commit before
    /// acknowledging it; `checkpoints` acknowledges once SQLite has it (safe against a crash
    /// of the process, not against a power cut). PostgreSQL follows its own
    /// `synchronous_commit`.
    #[arg(long, env = "TANDEM_DURABILITY", value_enum, default_value_t = Durability::EveryCommit, global = true)]
    pub durability: Durability,
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
    /// The address users reach the server at; used in invitation links. An `https://` URL
    /// marks session cookies `Secure`.
    #[arg(
        long,
        env = "TANDEM_PUBLIC_URL",
        default_value = "http://localhost:8080",
        global = true
    )]
    pub public_url: String,
    /// Trust `X-Forwarded-For` and `X-Forwarded-Proto` (set this only behind a reverse proxy).
    #[arg(long, env = "TANDEM_TRUST_PROXY", global = true)]
    pub trust_proxy: bool,
    /// Other origins allowed to call the API from a browser, comma-separated (CORS is closed by default).
    #[arg(long, env = "TANDEM_CORS_ORIGINS", value_delimiter = ',', global = true)]
    pub cors_origins: Vec<String>,
    /// Let anyone sign up. When false, only the first account can be created from the web;
    /// others with `tandem user create`.
    #[arg(long, env = "TANDEM_OPEN_SIGNUP", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub open_signup: bool,
    /// Days a session lasts.
    #[arg(long, env = "TANDEM_SESSION_DAYS", default_value_t = 30, global = true)]
    pub session_days: u64,
    /// Failed logins allowed per IP address and per account before each attempt must wait
    /// (1 s, then doubling).
    #[arg(long, env = "TANDEM_LOGIN_FREE_ATTEMPTS", default_value_t = 5, global = true)]
    pub login_free_attempts: u32,
    /// Longest wait imposed between login attempts, in seconds.
    #[arg(
        long,
        env = "TANDEM_LOGIN_MAX_WAIT_SECS",
        default_value_t = 900,
        global = true
    )]
    pub login_max_wait_secs: u64,
    /// Messages per second one sync connection may send (bursts of twice that); 0 is unlimited.
    #[arg(
        long,
        env = "TANDEM_SYNC_MESSAGES_PER_SEC",
        default_value_t = 200.0,
        global = true
    )]
    pub sync_messages_per_sec: f64,
    /// Bytes per second one sync connection may send; 0 is unlimited.
    #[arg(
        long,
        env = "TANDEM_SYNC_BYTES_PER_SEC",
        default_value_t = 4_194_304.0,
        global = true
    )]
    pub sync_bytes_per_sec: f64,
    /// SMTP server for invitation emails: `smtps://user:password@host` (TLS),
    /// `smtp://user:password@host:587?tls=required` (STARTTLS) or `smtp://host:25` (no TLS, which
    /// may carry a password only to a relay on this machine). Without it invitations are
    /// written to the log.
    #[arg(long, env = "TANDEM_SMTP_URL", hide_env_values = true, global = true)]
    pub smtp_url: Option<SecretUrl>,
    /// The From address of invitation emails.
    #[arg(
        long,
        env = "TANDEM_SMTP_FROM",
        default_value = "Tandem <tandem@localhost>",
        global = true
    )]
    pub smtp_from: String,
    /// Where uploaded files (images) are kept: `postgres://…` stores them in that PostgreSQL
    /// database, so that several instances serve the same files. Without it, `<data dir>/files`.
    #[arg(long, env = "TANDEM_FILES_URL", hide_env_values = true, global = true)]
    pub files_url: Option<SecretUrl>,
}

/// A URL that may carry a password. Its `Debug` shows nothing of it, so printing the
/// configuration leaks no secret.
#[derive(Clone)]
pub struct SecretUrl(String);

impl SecretUrl {
    /// The URL, password included: for the code that connects, never for a log line.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl From<String> for SecretUrl {
    fn from(url: String) -> Self {
        SecretUrl(url)
    }
}

impl fmt::Debug for SecretUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SecretUrl(..)")
    }
}

impl ServeArgs {
    /// Settings from these flags alone, with clap's defaults for the rest: unlike
    /// [`Cli::parse`], `TANDEM_*` environment variables are ignored. For tests and embedding.
    pub fn from_flags<I, T>(flags: I) -> Result<ServeArgs, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<OsString>,
    {
        let command = Cli::command().mut_args(|arg| arg.env(None::<&str>));
        let argv = std::iter::once(OsString::from("tandem")).chain(flags.into_iter().map(Into::into));
        let matches = command.try_get_matches_from(argv)?;
        Ok(Cli::from_arg_matches(&matches)?.serve)
    }

    pub fn keepalive(&self) -> Duration {
        Duration::from_secs_f64(self.keepalive_secs.max(0.05))
    }

    pub fn idle_unload(&self) -> Duration {
        Duration::from_secs_f64(self.idle_unload_secs.max(0.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_alone_ignore_the_environment() {
        // The one test of this crate that sets a variable clap reads; nothing else reads it.
        std::env::set_var("TANDEM_SESSION_DAYS", "7");
        let args = ServeArgs::from_flags(["--port", "0", "--log", "warn"]).unwrap();
        assert_eq!((args.port, args.log.as_str(), args.session_days), (0, "warn", 30));
        assert_eq!(Cli::parse_from(["tandem"]).serve.session_days, 7);
        std::env::remove_var("TANDEM_SESSION_DAYS");
        assert!(ServeArgs::from_flags(["--no-such-flag"]).is_err());
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Durability {
    EveryCommit,
    Checkpoints,
}

impl From<Durability> for tandem_store::sqlite::Durability {
    fn from(durability: Durability) -> Self {
        match durability {
            Durability::EveryCommit => Self::EveryCommit,
            Durability::Checkpoints => Self::Checkpoints,
        }
    }
}
