//! `tandem-bench`: drives a Tandem server over the standard y-websocket protocol and prints
//! figures. Edits are real Yjs text inserts made with yrs; every run checks at the end that
//! what the readers hold equals what the server stored, so a run that loses edits fails.

mod client;

use clap::{Parser, Subcommand};
use client::{create_doc, Connection};
use std::time::{Duration, Instant};
use yrs::{GetString, Text, Transact};

#[derive(Parser)]
#[command(
    name = "tandem-bench",
    about = "Load client for Tandem (y-websocket protocol)"
)]
struct Cli {
    /// Base URL of the server.
    #[arg(long, default_value = "http://127.0.0.1:8080", global = true)]
    url: String,
    #[command(subcommand)]
    scenario: Scenario,
}

#[derive(Subcommand)]
enum Scenario {
    /// Writers in one document send edits as fast as acknowledgements allow; reports durable edits/s.
    Throughput {
        #[arg(long, default_value_t = 4)]
        writers: usize,
        #[arg(long, default_value_t = 10.0)]
        seconds: f64,
        /// Unacknowledged edits each writer may have in flight.
        #[arg(long, default_value_t = 512)]
        window: u64,
    },
    /// Creates a document holding `updates` logged updates of about `bytes` in total; prints its id.
    Fill {
        #[arg(long, default_value_t = 100_000)]
        updates: usize,
        #[arg(long, default_value_t = 5_000_000)]
        bytes: usize,
    },
    /// Time from connecting to holding the whole document, for a fresh client.
    Open {
        #[arg(long)]
        doc: String,
        #[arg(long, default_value_t = 3)]
        repeat: usize,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    match cli.scenario {
        Scenario::Throughput {
            writers,
            seconds,
            window,
        } => throughput(&cli.url, writers, seconds, window).await,
        Scenario::Fill { updates, bytes } => fill(&cli.url, updates, bytes).await,
        Scenario::Open { doc, repeat } => open(&cli.url, &doc, repeat).await,
    }
}

async fn throughput(url: &str, writers: usize, seconds: f64, window: u64) -> anyhow::Result<()> {
    let doc = create_doc(url).await?;
    let mut reader = Connection::open(url, &doc, false, true).await?;
    reader.sync().await?;
    let deadline = Instant::now() + Duration::from_secs_f64(seconds);
    let tasks: Vec<_> = (0..writers)
        .map(|w| {
            let (url, doc) = (url.to_owned(), doc.clone());
            tokio::spawn(async move {
                let mut conn = Connection::open(&url, &doc, true, false).await?;
                conn.sync().await?;
                let mut sent = 0u64;
                while Instant::now() < deadline {
                    while sent - conn.saved() < window && Instant::now() < deadline {
                        conn.insert_at_end(&format!("w{w}.{sent} ")).await?;
                        sent += 1;
                    }
                    conn.wait_saved(conn.saved() + 1).await?;
                }
                conn.wait_saved(sent).await?;
                anyhow::Ok(sent)
            })
        })
        .collect();
    let started = Instant::now();
    let mut total = 0;
    for task in tasks {
        total += task.await??;
    }
    let elapsed = started.elapsed().as_secs_f64();
    // Every acknowledged edit reached the reader and the store.
    let stored = client::stored_text(url, &doc).await?;
    reader.wait_for_text(&stored, Duration::from_secs(30)).await?;
    println!("scenario   writers  edits (durable)  seconds  edits/s");
    println!(
        "throughput {writers:>7}  {total:>15}  {elapsed:>7.2}  {:>7.0}",
        total as f64 / elapsed
    );
    println!("check: reader text equals stored text ({} chars)", stored.len());
    Ok(())
}

async fn fill(url: &str, updates: usize, bytes: usize) -> anyhow::Result<()> {
    let doc = create_doc(url).await?;
    let mut conn = Connection::open(url, &doc, true, false).await?;
    conn.sync().await?;
    let chunk = "x".repeat((bytes / updates.max(1)).max(1));
    let mut sent = 0u64;
    for _ in 0..updates {
        while sent - conn.saved() >= 1024 {
            conn.wait_saved(conn.saved() + 1).await?;
        }
        conn.insert_at_end(&chunk).await?;
        sent += 1;
    }
    conn.wait_saved(sent).await?;
    let length = conn.doc.get_or_insert_text("content").len(&conn.doc.transact());
    eprintln!("filled {doc}: {updates} updates, {length} characters");
    println!("{doc}");
    Ok(())
}

async fn open(url: &str, doc: &str, repeat: usize) -> anyhow::Result<()> {
    for attempt in 1..=repeat {
        let started = Instant::now();
        let mut conn = Connection::open(url, doc, false, true).await?;
        let bytes = conn.sync().await?;
        let elapsed = started.elapsed();
        let chars = conn
            .doc
            .get_or_insert_text("content")
            .get_string(&conn.doc.transact())
            .len();
        println!(
            "open #{attempt}: {:.1} ms to the full state ({bytes} bytes, {chars} characters)",
            elapsed.as_secs_f64() * 1000.0
        );
    }
    Ok(())
}
