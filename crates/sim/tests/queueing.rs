//! The engine against queueing theory. Fixed seeds make each check repeat exactly; the
//! tolerances are statistical (runs of about two million requests).

use serde_json::{json, Value};
use tandem_sim::{ComponentSummary, Diagram, Simulation};

/// Clients sending Poisson traffic at `rate` per second straight into `stations` in a row.
fn line(rate: f64, stations: &[Value], seed: u64) -> Diagram {
    let mut components = vec![json!({
        "id": "c", "type": "client", "name": "Clients",
        "params": { "rate": rate, "writeRatio": 0, "timeoutMs": 0 },
    })];
    let mut edges = Vec::new();
    for (index, station) in stations.iter().enumerate() {
        let mut station = station.clone();
        station["id"] = json!(format!("s{index}"));
        components.push(station);
        let from = if index == 0 {
            "c".to_string()
        } else {
            format!("s{}", index - 1)
        };
        edges.push(
            json!({ "id": format!("e{index}"), "from": from, "to": format!("s{index}"), "latencyMs": 0 }),
        );
    }
    Diagram::from_json(&json!({ "components": components, "edges": edges, "scenario": { "seed": seed } }))
        .expect("a valid diagram")
}

/// A pool of `servers` with one line and no limit on its length.
fn pool(kind: &str, servers: u32, distribution: &str, mean_ms: f64) -> Value {
    json!({
        "type": kind, "name": kind,
        "params": {
            "instances": 1, "concurrency": servers, "serviceDist": distribution,
            "serviceMs": mean_ms, "queueCapacity": 1_000_000, "errorRate": 0, "timeoutMs": 0,
        },
    })
}

fn run(diagram: Diagram, seconds: f64) -> Vec<ComponentSummary> {
    let mut simulation = Simulation::new(diagram);
    simulation.run_until(seconds);
    simulation.summary().components
}

fn assert_close(measured: f64, expected: f64, tolerance: f64, what: &str) {
    let error = (measured - expected).abs() / expected;
    assert!(
        error <= tolerance,
        "{what}: measured {measured:.6}, theory {expected:.6} ({:.2} % off, allowed {:.0} %)",
        error * 100.0,
        tolerance * 100.0
    );
}

/// Erlang C: the probability that an arrival waits in an M/M/c queue.
fn erlang_c(servers: u32, offered: f64) -> f64 {
    let utilization = offered / f64::from(servers);
    let mut term = 1.0;
    let mut sum = 0.0;
    for k in 0..servers {
        if k > 0 {
            term *= offered / f64::from(k);
        }
        sum += term;
    }
    let last = term * offered / f64::from(servers) / (1.0 - utilization);
    last / (sum + last)
}

#[test]
fn mm1_waiting_time_and_probability_of_waiting() {
    // λ = 600/s, μ = 1000/s: ρ = 0.6, Wq = ρ / (μ − λ) = 1.5 ms, P(wait) = ρ.
    let stations = run(line(600.0, &[pool("workers", 1, "exponential", 1.0)], 7), 3000.0);
    let server = &stations[1];
    assert_close(server.mean_wait, 0.6 / 400.0, 0.02, "M/M/1 mean wait");
    assert_close(server.waited_share, 0.6, 0.02, "M/M/1 P(wait)");
    assert_close(server.utilization, 0.6, 0.02, "M/M/1 utilisation");
}

#[test]
fn mmc_matches_erlang_c() {
    // c = 4, λ = 3000/s, μ = 1000/s per server: a = 3, ρ = 0.75.
    let (servers, rate, mu) = (4, 3000.0, 1000.0);
    let stations = run(
        line(rate, &[pool("workers", servers, "exponential", 1.0)], 11),
        700.0,
    );
    let server = &stations[1];
    let waits = erlang_c(servers, rate / mu);
    let mean_wait = waits / (f64::from(servers) * mu - rate);
    assert_close(
        server.waited_share,
        waits,
        0.02,
        "M/M/4 probability of waiting (Erlang C)",
    );
    assert_close(server.mean_wait, mean_wait, 0.02, "M/M/4 mean wait");
}

#[test]
fn md1_matches_pollaczek_khinchine() {
    // Constant 1 ms service, λ = 700/s: Wq = ρ / (2μ(1 − ρ)) = 0.7 / (2000 · 0.3).
    let stations = run(line(700.0, &[pool("workers", 1, "constant", 1.0)], 3), 3000.0);
    assert_close(
        stations[1].mean_wait,
        0.7 / (2000.0 * 0.3),
        0.02,
        "M/D/1 mean wait",
    );
}

#[test]
fn tandem_network_matches_jackson() {
    // Two exponential stations in a row behave as independent M/M/1 queues (Jackson, Burke).
    let stations = run(
        line(
            500.0,
            &[
                pool("loadBalancer", 1, "exponential", 1.0),
                pool("workers", 1, "exponential", 1.25),
            ],
            5,
        ),
        4000.0,
    );
    let wait = |rate: f64, mu: f64| rate / (mu * (mu - rate));
    assert_close(
        stations[1].mean_wait,
        wait(500.0, 1000.0),
        0.02,
        "first station's wait",
    );
    assert_close(
        stations[2].mean_wait,
        wait(500.0, 800.0),
        0.02,
        "second station's wait",
    );
}

/// Little's law, L = λW, on every component of a design with caches, replicas, a queue,
/// timeouts and retries.
#[test]
fn littles_law_holds_on_every_component() {
    let diagram = Diagram::from_json(&json!({
        "components": [
            { "id": "users", "type": "client", "params": { "rate": 800, "writeRatio": 0.2 } },
            { "id": "lb", "type": "loadBalancer" },
            { "id": "api", "type": "service", "params": { "instances": 2, "concurrency": 20, "serviceMs": 8, "timeoutMs": 200, "retries": 2 } },
            { "id": "cache", "type": "cache", "params": { "hitRatio": 0.7 } },
            { "id": "db", "type": "database", "params": { "concurrency": 20, "replicas": 2, "serviceMs": 6 } },
            { "id": "queue", "type": "queue" },
            { "id": "workers", "type": "workers", "params": { "instances": 4, "concurrency": 5, "serviceMs": 20 } },
        ],
        "edges": [
            { "id": "1", "from": "users", "to": "lb", "latencyMs": 20 },
            { "id": "2", "from": "lb", "to": "api" },
            { "id": "3", "from": "api", "to": "cache", "kinds": "read" },
            { "id": "4", "from": "cache", "to": "db" },
            { "id": "5", "from": "api", "to": "queue", "kinds": "write" },
            { "id": "6", "from": "queue", "to": "workers" },
            { "id": "7", "from": "workers", "to": "db" },
        ],
        "scenario": { "seed": 42 },
    }))
    .unwrap();
    let names: Vec<String> = diagram.components.iter().map(|c| c.name.clone()).collect();
    let stations = run(diagram, 1500.0);
    for (name, station) in names.iter().zip(&stations) {
        assert!(
            station.completions > 100_000,
            "{name} saw {} requests",
            station.completions
        );
        assert_close(
            station.mean_present,
            station.throughput * station.mean_sojourn,
            0.02,
            &format!("Little's law at {name}"),
        );
    }
}

#[test]
fn the_same_seed_gives_the_same_run_and_another_seed_another() {
    let design = |seed| {
        line(
            900.0,
            &[
                pool("service", 2, "lognormal", 2.0),
                pool("database", 1, "exponential", 0.5),
            ],
            seed,
        )
    };
    let summary = |seed| {
        let mut simulation = Simulation::new(design(seed));
        simulation.run_until(120.0);
        simulation.summary()
    };
    assert_eq!(summary(9), summary(9));
    assert_ne!(summary(9), summary(10));
}
