//! How designs behave under load and failure: cascades, retries, breakers, autoscaling, the
//! bottleneck messages and the load sweep.

use serde_json::{json, Value};
use tandem_sim::{sweep, Diagram, FailureKind, Simulation};

/// Users → API (3 × 20 slots, 10 ms) → database, reads through a cache.
fn shop(api: Value, database: Value) -> Diagram {
    let mut api_params = json!({ "instances": 3, "concurrency": 20, "serviceMs": 10, "timeoutMs": 500 });
    merge(&mut api_params, api);
    let mut db_params = json!({ "concurrency": 50, "serviceMs": 4 });
    merge(&mut db_params, database);
    Diagram::from_json(&json!({
        "components": [
            { "id": "users", "type": "client", "name": "Users", "params": { "rate": 2000, "writeRatio": 0.1 } },
            { "id": "api", "type": "service", "name": "API", "params": api_params },
            { "id": "cache", "type": "cache", "name": "Cache", "params": { "hitRatio": 0.5 } },
            { "id": "db", "type": "database", "name": "Orders DB", "params": db_params },
        ],
        "edges": [
            { "id": "u-a", "from": "users", "to": "api", "latencyMs": 10 },
            { "id": "a-c", "from": "api", "to": "cache", "kinds": "read" },
            { "id": "a-d", "from": "api", "to": "db", "kinds": "write" },
            { "id": "c-d", "from": "cache", "to": "db" },
        ],
    }))
    .unwrap()
}

fn merge(into: &mut Value, from: Value) {
    if let (Value::Object(into), Value::Object(from)) = (into, from) {
        into.extend(from);
    }
}

fn run_for(simulation: &mut Simulation, seconds: f64) -> tandem_sim::Frame {
    simulation.frame();
    let until = simulation.time() + seconds;
    simulation.run_until(until);
    simulation.frame()
}

#[test]
fn a_healthy_design_serves_everything_and_reports_each_part() {
    let mut simulation = Simulation::new(shop(json!({}), json!({})));
    let frame = run_for(&mut simulation, 30.0);
    let api = &frame.components["api"];
    assert!(
        (api.throughput - 2000.0).abs() < 100.0,
        "API throughput {}",
        api.throughput
    );
    assert!(
        api.utilization > 0.2 && api.utilization < 0.7,
        "API utilisation {}",
        api.utilization
    );
    assert_eq!(api.errors, 0.0);
    let reads = &frame.requests["read"];
    assert_eq!(reads.success, Some(1.0));
    // Two 10 ms network trips, 10 ms of API work and a few ms below it.
    let p50 = reads.p50.unwrap();
    assert!((25.0..60.0).contains(&p50), "read p50 {p50} ms");
    assert!(frame.edges["u-a"].rate > 1900.0);
    assert!(frame.bottlenecks.is_empty(), "{:?}", frame.bottlenecks);
}

#[test]
fn a_killed_database_fails_requests_and_is_named_until_healed() {
    let mut simulation = Simulation::new(shop(json!({}), json!({})));
    run_for(&mut simulation, 10.0);
    let failure = simulation.inject(FailureKind::Kill, "db", None).unwrap();
    let frame = run_for(&mut simulation, 10.0);
    assert_eq!(frame.components["db"].state, "down");
    assert!(frame.components["api"].errors > 500.0);
    assert!(frame.requests["read"].success.unwrap() < 0.7);
    assert_eq!(frame.bottlenecks[0].component, "db");
    assert!(
        frame.bottlenecks[0].message.starts_with("Orders DB is down"),
        "{}",
        frame.bottlenecks[0].message
    );
    assert_eq!(frame.failures.len(), 1);
    assert!(simulation.heal(&failure));
    run_for(&mut simulation, 5.0);
    let frame = run_for(&mut simulation, 10.0);
    assert_eq!(frame.components["db"].state, "up");
    assert_eq!(frame.requests["read"].success, Some(1.0));
    assert!(frame
        .events
        .iter()
        .any(|event| event.message == "Orders DB killed"));
    assert!(simulation.inject(FailureKind::Kill, "nothing", None).is_err());
    assert!(simulation.inject(FailureKind::Slow, "db", Some(-3.0)).is_err());
}

#[test]
fn a_slow_database_exhausts_the_service_in_front_and_retries_amplify_the_load() {
    let mut simulation = Simulation::new(shop(
        json!({ "retries": 3, "timeoutMs": 100, "backoffMs": 10 }),
        json!({}),
    ));
    run_for(&mut simulation, 10.0);
    simulation.inject(FailureKind::Slow, "db", Some(40.0)).unwrap();
    let frame = run_for(&mut simulation, 20.0);
    let (api, db) = (&frame.components["api"], &frame.components["db"]);
    assert!(
        api.utilization > 0.95,
        "the API's workers wait on the database: {}",
        api.utilization
    );
    let calls = frame.edges["a-c"].rate + frame.edges["a-d"].rate;
    assert!(
        calls > 1.5 * api.throughput,
        "retries multiply calls: {calls} calls/s for {} answers/s",
        api.throughput
    );
    assert!(db.timeouts > 0.0 && api.retries > 0.0);
    let bottleneck = frame
        .bottlenecks
        .iter()
        .find(|b| b.component == "api")
        .expect("the API is named");
    assert!(
        bottleneck.message.contains("API: 100 % busy"),
        "{}",
        bottleneck.message
    );
}

#[test]
fn a_circuit_breaker_stops_calls_to_a_failing_database() {
    let mut simulation = Simulation::new(shop(
        json!({ "breaker": true, "breakerCooldownS": 30 }),
        json!({}),
    ));
    run_for(&mut simulation, 5.0);
    simulation.inject(FailureKind::Errors, "db", Some(1.0)).unwrap();
    let frame = run_for(&mut simulation, 10.0);
    assert!(
        frame.components["db"].arrivals < 100.0,
        "the breaker spares the database: {}",
        frame.components["db"].arrivals
    );
    assert!(frame
        .events
        .iter()
        .any(|event| event.message.starts_with("circuit breaker to Orders DB opened")));
}

#[test]
fn autoscaling_adds_instances_after_their_warm_up() {
    let api = json!({ "instances": 1, "autoscale": true, "targetUtilization": 0.6, "maxInstances": 10, "cooldownS": 10, "warmupS": 20 });
    let mut simulation = Simulation::new(shop(api, json!({})));
    let frame = run_for(&mut simulation, 12.0);
    assert_eq!(
        frame.components["api"].instances, 1,
        "new instances are not ready yet"
    );
    let scaled = frame
        .events
        .iter()
        .find(|event| event.message.starts_with("scaling out"))
        .expect("a scale-out");
    assert_eq!(scaled.component.as_deref(), Some("api"));
    let frame = run_for(&mut simulation, 120.0);
    let api = &frame.components["api"];
    assert!(api.instances >= 2, "instances {}", api.instances);
    assert!(
        api.utilization < 0.9,
        "utilisation after scaling {}",
        api.utilization
    );
}

#[test]
fn an_overloaded_service_is_named_with_what_would_fix_it() {
    // 2000 req/s × 10 ms needs 20 busy slots; 1 × 10 cannot keep up.
    let mut simulation = Simulation::new(shop(json!({ "instances": 1, "concurrency": 10 }), json!({})));
    let frame = run_for(&mut simulation, 20.0);
    let message = &frame.bottlenecks[0].message;
    assert!(
        message.starts_with("API: 100 % busy, queue growing by"),
        "{message}"
    );
    assert!(
        message.ends_with("instances or cut service time to 3.5 ms"),
        "{message}"
    );
}

#[test]
fn the_sweep_finds_the_load_a_design_sustains() {
    // One instance of 20 slots × 10 ms serves at most 2000 req/s; the objective is 200 ms.
    let mut diagram = shop(json!({ "instances": 1 }), json!({}));
    diagram.scenario.slo_ms = 200.0;
    let result = sweep(&diagram);
    assert!(
        result.sustained_rate >= 1000.0 && result.sustained_rate < 2000.0,
        "{result:?}"
    );
    assert!(
        result.breaks_first.as_deref().unwrap_or("").starts_with("API"),
        "{result:?}"
    );
    assert_eq!(sweep(&diagram), result, "a sweep repeats exactly");
}

#[test]
fn parameters_edited_during_a_run_apply_from_then_on_and_a_new_shape_waits() {
    let mut simulation = Simulation::new(shop(json!({ "instances": 1, "concurrency": 10 }), json!({})));
    let frame = run_for(&mut simulation, 20.0);
    assert!(
        frame.bottlenecks[0].message.starts_with("API: 100 % busy"),
        "{:?}",
        frame.bottlenecks
    );
    assert!(simulation.reconfigure(shop(json!({ "instances": 6, "concurrency": 10 }), json!({}))));
    // The line built up while it was too small drains first.
    run_for(&mut simulation, 20.0);
    let frame = run_for(&mut simulation, 10.0);
    assert_eq!(frame.components["api"].instances, 6);
    assert!(frame.bottlenecks.is_empty(), "{:?}", frame.bottlenecks);
    assert_eq!(frame.components["api"].queue, 0);

    let mut rewired = shop(json!({ "instances": 6, "concurrency": 10 }), json!({}));
    rewired.edges.pop();
    assert!(
        !simulation.reconfigure(rewired),
        "a change of shape waits for the next run"
    );
    let frame = run_for(&mut simulation, 5.0);
    assert!(frame.edges["c-d"].rate > 0.0, "the run goes on with its shape");
}
