//! Engine speed on one core for a 50-component design, and the size of the metrics frames the
//! server streams for it.
//!
//! `cargo run --release -p tandem-sim --example engine_speed [simulated seconds]`

use serde_json::json;
use std::time::Instant;
use tandem_sim::{Diagram, Simulation};

/// Frames sent per second of wall time while a run is watched (crates/server/src/sim.rs).
const FRAMES_PER_SECOND: f64 = 4.0;

/// Two client populations through DNS, CDN, load balancers and gateways into ten pairs of
/// services, each pair with a cache, sharded databases with replicas, and queues feeding
/// worker pools: 50 components.
fn fifty_components() -> Diagram {
    let mut components = Vec::new();
    let mut edges = Vec::new();
    let mut add = |id: String, kind: &str, params: serde_json::Value| {
        components.push(json!({ "id": id, "type": kind, "name": id, "params": params }));
    };
    let mut link = |from: &str, to: &str, kinds: &str| {
        let id = format!("{from}->{to}");
        edges.push(json!({ "id": id, "from": from, "to": to, "latencyMs": 1, "kinds": kinds }));
    };
    for side in 0..2 {
        add(
            format!("users{side}"),
            "client",
            json!({ "rate": 10_000, "writeRatio": 0.2 }),
        );
        add(format!("dns{side}"), "dns", json!({}));
        add(format!("cdn{side}"), "cdn", json!({ "hitRatio": 0.3 }));
        add(format!("lb{side}"), "loadBalancer", json!({}));
        add(format!("gw{side}"), "gateway", json!({}));
        link(&format!("users{side}"), &format!("dns{side}"), "all");
        link(&format!("dns{side}"), &format!("cdn{side}"), "all");
        link(&format!("cdn{side}"), &format!("lb{side}"), "all");
        link(&format!("lb{side}"), &format!("gw{side}"), "all");
    }
    for pair in 0..10 {
        let side = pair % 2;
        add(
            format!("front{pair}"),
            "service",
            json!({ "instances": 4, "concurrency": 50, "serviceMs": 5 }),
        );
        add(
            format!("back{pair}"),
            "service",
            json!({ "instances": 4, "concurrency": 50, "serviceMs": 8 }),
        );
        add(format!("cache{pair}"), "cache", json!({ "hitRatio": 0.8 }));
        link(&format!("gw{side}"), &format!("front{pair}"), "all");
        link(&format!("front{pair}"), &format!("back{pair}"), "all");
        link(&format!("back{pair}"), &format!("cache{pair}"), "read");
    }
    for shard in 0..4 {
        add(
            format!("db{shard}"),
            "database",
            json!({ "concurrency": 200, "replicas": 2, "serviceMs": 3 }),
        );
    }
    for pair in 0..10 {
        link(&format!("cache{pair}"), &format!("db{}", pair % 4), "all");
    }
    for queue in 0..2 {
        add(format!("queue{queue}"), "queue", json!({}));
        for pool in 0..2 {
            let workers = format!("workers{queue}{pool}");
            add(
                workers.clone(),
                "workers",
                json!({ "instances": 10, "concurrency": 20, "serviceMs": 20 }),
            );
            link(&format!("queue{queue}"), &workers, "all");
            link(&workers, &format!("db{}", (queue * 2 + pool) % 4), "all");
        }
    }
    for pair in 0..10 {
        link(&format!("back{pair}"), &format!("queue{}", pair % 2), "write");
    }
    let diagram = json!({ "components": components, "edges": edges, "scenario": { "seed": 1 } });
    Diagram::from_json(&diagram).expect("a valid design")
}

fn main() {
    let seconds: f64 = std::env::args()
        .nth(1)
        .and_then(|arg| arg.parse().ok())
        .unwrap_or(120.0);
    let diagram = fifty_components();
    println!(
        "design: {} components, {} edges, 20,000 req/s offered",
        diagram.components.len(),
        diagram.edges.len()
    );
    let mut simulation = Simulation::new(diagram);
    let started = Instant::now();
    let mut frame_bytes = Vec::new();
    // One frame per simulated second, as at 1× speed with frames every 250 ms.
    let mut at = 0.0;
    while at < seconds {
        at += 1.0;
        simulation.run_until(at);
        let frame = serde_json::to_vec(&simulation.frame()).expect("frames serialise");
        frame_bytes.push(frame.len());
    }
    let elapsed = started.elapsed().as_secs_f64();
    let events = simulation.events() as f64;
    let mean_frame = frame_bytes.iter().sum::<usize>() as f64 / frame_bytes.len() as f64;
    println!(
        "simulated:    {seconds} s in {elapsed:.2} s of wall time ({:.0}× real time)",
        seconds / elapsed
    );
    println!("events:       {events:.0}");
    println!(
        "events/s:     {:.2} million on one core (target 5 million)",
        events / elapsed / 1e6
    );
    println!(
        "frames:       {:.1} KiB each (JSON), {FRAMES_PER_SECOND} per second → {:.1} KiB/s per watching client",
        mean_frame / 1024.0,
        mean_frame * FRAMES_PER_SECOND / 1024.0
    );
}
