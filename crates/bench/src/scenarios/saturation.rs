//! Saturation: writers in one document raise their combined rate step by step until the p99
//! latency from send to arrival at a reader's socket passes the limit; reports the highest
//! rate held.

use super::{send_edits, Observer, SendLog};
use crate::client::{Connection, Options, Target};
use crate::stats::Summary;
use serde::Serialize;
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Config {
    pub writers: usize,
    /// Combined edits per second of each step.
    pub steps: Vec<f64>,
    pub seconds_per_step: f64,
    pub p99_limit_ms: f64,
}

#[derive(Debug, Serialize)]
pub struct Step {
    pub target: f64,
    pub achieved: f64,
    pub latency: Summary,
}

#[derive(Debug, Serialize)]
pub struct Report {
    pub writers: usize,
    pub steps: Vec<Step>,
    /// The highest achieved rate whose p99 stayed within the limit.
    pub sustained: f64,
}

pub async fn run(target: &Target, config: &Config, progress: impl Fn(&Step)) -> anyhow::Result<Report> {
    let doc = target.create_doc().await?;
    let log = SendLog::default();
    // The observer only measures; a second reader applies everything for the final check.
    let observer = Observer::open(target, &doc, &log, false).await?;
    let follower = Connection::following(target, &doc).await?;
    let mut writers = Vec::with_capacity(config.writers);
    for _ in 0..config.writers {
        let writer = Connection::synced(target, &doc, Options::default()).await?;
        writers.push(writer);
    }
    let mut steps = Vec::new();
    let mut sustained = 0.0;
    for &target in &config.steps {
        observer.take();
        let per_writer = target / config.writers as f64;
        let started = Instant::now();
        let duration = Duration::from_secs_f64(config.seconds_per_step);
        let mut sent = vec![0usize; writers.len()];
        let mut tick = tokio::time::interval(Duration::from_millis(1));
        while started.elapsed() < duration {
            tick.tick().await;
            let due = (started.elapsed().as_secs_f64() * per_writer) as usize;
            for (writer, sent) in writers.iter_mut().zip(sent.iter_mut()) {
                if due > *sent {
                    send_edits(writer, &log, due - *sent).await?;
                    *sent = due;
                }
            }
        }
        let achieved = sent.iter().sum::<usize>() as f64 / started.elapsed().as_secs_f64();
        // Let the step's last edits arrive before measuring.
        tokio::time::sleep(Duration::from_millis(200)).await;
        let step = Step {
            target,
            achieved,
            latency: observer.take().arrival.summary(),
        };
        progress(&step);
        let held = step.latency.p99_ms <= config.p99_limit_ms && step.achieved >= 0.9 * target;
        if held {
            sustained = step.achieved;
        }
        steps.push(step);
        if !held {
            break;
        }
    }
    let mut expected = yrs::Doc::new();
    for writer in &writers {
        expected = merged_with(expected, writer.doc());
    }
    follower
        .wait_for_text(&crate::client::text_of(&expected), Duration::from_secs(60))
        .await?;
    Ok(Report {
        writers: config.writers,
        steps,
        sustained,
    })
}

/// `into` with every change of `other` applied.
fn merged_with(into: yrs::Doc, other: &yrs::Doc) -> yrs::Doc {
    use yrs::updates::decoder::Decode;
    use yrs::{ReadTxn, StateVector, Transact};
    let update = other
        .transact()
        .encode_state_as_update_v1(&StateVector::default());
    into.transact_mut()
        .apply_update(yrs::Update::decode_v1(&update).unwrap())
        .unwrap();
    into
}
