//! `tandem-bench`: see the library docs. Prints a table, or JSON with `--json`.

use clap::{Parser, Subcommand};
use serde::Serialize;
use tandem_bench::client::{ServerKind, Target};
use tandem_bench::scenarios::{cold_load, durability, fanout, idle, rooms, saturation, throughput};

#[derive(Parser)]
#[command(
    name = "tandem-bench",
    about = "Load generator for Yjs sync servers (y-websocket protocol)"
)]
struct Cli {
    /// Base URL of the server.
    #[arg(long, default_value = "http://127.0.0.1:8080", global = true)]
    url: String,
    /// Which server it is (document creation, socket URL, framing).
    #[arg(long, value_enum, default_value = "tandem", global = true)]
    server: ServerKind,
    /// Print the report as JSON.
    #[arg(long, global = true)]
    json: bool,
    /// Tandem: API token to work as; without one, a throwaway account is signed up.
    #[arg(long, env = "TANDEM_TOKEN", global = true, hide_env_values = true)]
    token: Option<String>,
    #[command(subcommand)]
    scenario: Scenario,
}

#[derive(Subcommand)]
enum Scenario {
    /// Tandem: sign up a throwaway account and print an API token of it, for runs split over
    /// several commands (`export TANDEM_TOKEN=$(tandem-bench token)`).
    Token,
    /// 1 writer, N readers in one document at a fixed rate: latency from send to arrival at
    /// each reader's socket (the kernel's receive timestamp), and to the generator reading it.
    Fanout {
        #[arg(long, default_value_t = 50)]
        readers: usize,
        #[arg(long, default_value_t = 200.0)]
        rate: f64,
        #[arg(long, default_value_t = 10.0)]
        seconds: f64,
        /// Connect the readers to this instance instead (one sharing the database and Redis
        /// with `--url`): latency across instances.
        #[arg(long)]
        readers_url: Option<String>,
    },
    /// Writers in one document ramp their rate until p99 passes the limit.
    Saturation {
        #[arg(long, default_value_t = 4)]
        writers: usize,
        /// Combined edits/s of each step.
        #[arg(
            long,
            value_delimiter = ',',
            default_value = "1000,2000,5000,10000,20000,35000,50000,75000,100000,150000,200000"
        )]
        steps: Vec<f64>,
        #[arg(long, default_value_t = 3.0)]
        seconds_per_step: f64,
        #[arg(long, default_value_t = 50.0)]
        p99_limit_ms: f64,
    },
    /// Many documents with a few clients each and light traffic.
    Rooms {
        #[arg(long, default_value_t = 1000)]
        docs: usize,
        #[arg(long, default_value_t = 5)]
        clients: usize,
        #[arg(long, default_value_t = 1.0)]
        rate_per_doc: f64,
        #[arg(long, default_value_t = 10.0)]
        seconds: f64,
        /// The server's pid, to report its memory.
        #[arg(long)]
        server_pid: Option<u32>,
    },
    /// Many idle connections: server memory per connection.
    Idle {
        #[arg(long, default_value_t = 10_000)]
        connections: usize,
        #[arg(long, default_value_t = 100)]
        per_doc: usize,
        #[arg(long)]
        server_pid: u32,
    },
    /// Writers wait for `saved` acknowledgements: durable edits/s in one document.
    Throughput {
        #[arg(long, default_value_t = 4)]
        writers: usize,
        #[arg(long, default_value_t = 10.0)]
        seconds: f64,
        /// Unacknowledged edits each writer may have in flight.
        #[arg(long, default_value_t = 512)]
        window: u64,
    },
    /// Durability, part 1: write at a steady rate until the server is killed; saves a record.
    DurabilityWrite {
        #[arg(long, default_value_t = 200.0)]
        rate: f64,
        #[arg(long, default_value_t = 30.0)]
        max_seconds: f64,
        #[arg(long)]
        record: std::path::PathBuf,
    },
    /// Durability, part 2: after a restart, count the promised edits that are missing.
    DurabilityCheck {
        #[arg(long)]
        record: std::path::PathBuf,
    },
    /// Create a document with a long update history; prints its id.
    Fill {
        #[arg(long, default_value_t = 100_000)]
        updates: usize,
        #[arg(long, default_value_t = 5_000_000)]
        bytes: usize,
    },
    /// Time for a fresh client to hold the whole document.
    Open {
        #[arg(long)]
        doc: String,
        /// Characters the whole document has (5,000,000 after a default `fill`).
        #[arg(long, default_value_t = 5_000_000)]
        chars: usize,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    let mut target = Target::new(cli.server, cli.url);
    if cli.server == ServerKind::Tandem {
        target = match cli.token {
            Some(token) => Target {
                token: Some(token),
                ..target
            },
            None => target.sign_up().await?,
        };
    }
    let url = &target;
    match cli.scenario {
        Scenario::Token => {
            println!("{}", target.token.as_deref().unwrap_or_default());
            Ok(())
        }
        Scenario::Fanout {
            readers,
            rate,
            seconds,
            readers_url,
        } => {
            let readers_at = readers_url.map(|other| Target {
                url: other,
                ..url.clone()
            });
            let report = fanout::run(
                url,
                &fanout::Config {
                    readers,
                    rate,
                    seconds,
                    readers_at,
                },
            )
            .await?;
            print(cli.json, &report, || {
                let (l, read) = (report.latency, report.read_latency);
                format!(
                    "scenario readers  rate   edits  p50 ms  p95 ms  p99 ms  max ms  merged  read p99 ms\n\
                     fanout   {:>7} {:>5} {:>7} {:>7.2} {:>7.2} {:>7.2} {:>7.2} {:>7} {:>11.2}",
                    report.readers,
                    report.rate,
                    report.edits,
                    l.p50_ms,
                    l.p95_ms,
                    l.p99_ms,
                    l.max_ms,
                    report.merged_updates,
                    read.p99_ms
                )
            })
        }
        Scenario::Saturation {
            writers,
            steps,
            seconds_per_step,
            p99_limit_ms,
        } => {
            let config = saturation::Config {
                writers,
                steps,
                seconds_per_step,
                p99_limit_ms,
            };
            let report = saturation::run(url, &config, |step| {
                eprintln!(
                    "  step {:>7.0} edits/s: achieved {:>7.0}, p99 {:.2} ms",
                    step.target, step.achieved, step.latency.p99_ms
                )
            })
            .await?;
            print(cli.json, &report, || {
                format!(
                    "scenario   writers  sustained edits/s (p99 <= {p99_limit_ms} ms)\nsaturation {:>7}  {:>10.0}",
                    report.writers, report.sustained
                )
            })
        }
        Scenario::Rooms {
            docs,
            clients,
            rate_per_doc,
            seconds,
            server_pid,
        } => {
            let config = rooms::Config {
                docs,
                clients_per_doc: clients,
                rate_per_doc,
                seconds,
                server_pid,
            };
            let report = rooms::run(url, &config).await?;
            print(cli.json, &report, || {
                let rss = report.server_rss_mib.map_or("-".into(), |m| format!("{m:.1}"));
                format!(
                    "scenario docs  connections  edits  p50 ms  p99 ms  max ms  server RSS MiB\n\
                     rooms    {:>4}  {:>11}  {:>5}  {:>6.2}  {:>6.2}  {:>6.2}  {:>14}",
                    report.docs,
                    report.connections,
                    report.edits,
                    report.latency.p50_ms,
                    report.latency.p99_ms,
                    report.latency.max_ms,
                    rss
                )
            })
        }
        Scenario::Idle {
            connections,
            per_doc,
            server_pid,
        } => {
            let report = idle::run(
                url,
                &idle::Config {
                    connections,
                    per_doc,
                    server_pid,
                },
            )
            .await?;
            print(cli.json, &report, || {
                format!(
                    "scenario connections  RSS before MiB  RSS after MiB  KiB/connection\n\
                     idle     {:>11}  {:>14.1}  {:>13.1}  {:>14.1}",
                    report.connections,
                    report.rss_before_mib,
                    report.rss_after_mib,
                    report.kib_per_connection
                )
            })
        }
        Scenario::Throughput {
            writers,
            seconds,
            window,
        } => {
            let report = throughput::run(
                url,
                &throughput::Config {
                    writers,
                    seconds,
                    window,
                },
            )
            .await?;
            print(cli.json, &report, || {
                format!(
                    "scenario   writers  durable edits  seconds  edits/s\nthroughput {:>7}  {:>13}  {:>7.2}  {:>7.0}",
                    report.writers, report.durable_edits, report.seconds, report.edits_per_second
                )
            })
        }
        Scenario::DurabilityWrite {
            rate,
            max_seconds,
            record,
        } => {
            let written = durability::write(url, rate, max_seconds).await?;
            std::fs::write(&record, serde_json::to_vec(&written)?)?;
            Ok(())
        }
        Scenario::DurabilityCheck { record } => {
            let record: durability::Record = serde_json::from_slice(&std::fs::read(&record)?)?;
            let report = durability::check(url, &record).await?;
            print(cli.json, &report, || {
                format!(
                    "scenario   sent  acknowledged  lost of those  seen by another client  lost of those\n\
                     durability {:>4}  {:>12}  {:>13}  {:>22}  {:>14}",
                    report.sent, report.acknowledged, report.lost_acknowledged, report.seen, report.lost_seen
                )
            })
        }
        Scenario::Fill { updates, bytes } => {
            println!("{}", cold_load::fill(url, updates, bytes).await?);
            Ok(())
        }
        Scenario::Open { doc, chars } => {
            let report = cold_load::open(url, &doc, chars).await?;
            print(cli.json, &report, || {
                format!(
                    "open: {:.1} ms to the full state ({} characters)",
                    report.milliseconds, report.characters
                )
            })
        }
    }
}

fn print<T: Serialize>(json: bool, report: &T, table: impl FnOnce() -> String) -> anyhow::Result<()> {
    if json {
        println!("{}", serde_json::to_string(report)?);
    } else {
        println!("{}", table());
    }
    Ok(())
}
