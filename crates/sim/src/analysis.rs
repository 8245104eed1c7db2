//! Reading a run: which components hold the design back and why, in words, and the load at
//! which a design stops meeting its latency objective.

use crate::catalog::Kind;
use crate::diagram::Diagram;
use crate::engine::Simulation;
use crate::metrics::{Bottleneck, ComponentFrame, Counters};
use serde::Serialize;
use std::collections::BTreeMap;

/// Utilisation at which a component counts as a bottleneck.
const BUSY: f64 = 0.85;
/// Utilisation the suggestions aim for: room for bursts.
const COMFORTABLE: f64 = 0.7;

/// What a frame saw of one component, beyond its published figures.
pub(crate) struct Observed {
    pub index: usize,
    pub busy_area: f64,
    pub window_ns: f64,
    pub counters: Counters,
    /// Requests waiting when the previous frame was taken.
    pub queue_before: u64,
}

pub(crate) fn bottlenecks(
    simulation: &Simulation,
    frames: &BTreeMap<String, ComponentFrame>,
    observed: &[Observed],
) -> Vec<Bottleneck> {
    let diagram = simulation.diagram();
    let mut found: Vec<(f64, Bottleneck)> = Vec::new();
    for seen in observed {
        let component = &diagram.components[seen.index];
        if component.kind == Kind::Client {
            continue;
        }
        let station = &simulation.stations[seen.index];
        let frame = &frames[&component.id];
        let name = &component.name;
        let offered = frame.arrivals;
        let failing = frame.errors + frame.drops;
        if station.down {
            if offered > 0.0 {
                found.push((
                    3.0,
                    Bottleneck {
                        component: component.id.clone(),
                        message: format!("{name} is down: {} req/s failing", round(offered)),
                    },
                ));
            }
            continue;
        }
        if frame.utilization >= BUSY && offered > 0.0 {
            // Slot time per request: own service plus, for a service, waiting on its calls.
            let hold_ns = if seen.counters.starts > 0 {
                seen.busy_area / seen.counters.starts as f64
            } else {
                station.mean_service_ns()
            };
            let needed_slots = offered * hold_ns / 1e9 / COMFORTABLE;
            let needed_instances = (needed_slots / station.concurrency as f64).ceil() as u64;
            let add = needed_instances.saturating_sub(station.instances).max(1);
            let slots = station.total_slots().max(1) as f64;
            let target_ms = COMFORTABLE * slots / offered * 1000.0;
            let mut message = format!("{name}: {:.0} % busy", frame.utilization * 100.0);
            let growth = (frame.queue as f64 - seen.queue_before as f64) / (seen.window_ns / 1e9);
            if frame.queue > 0 && growth > 0.5 {
                message.push_str(&format!(", queue growing by {} req/s", round(growth)));
            } else if frame.queue > 0 {
                message.push_str(&format!(", {} waiting", frame.queue));
            }
            let own_ms = station.mean_service_ns() / 1e6;
            let waiting_on = (station.holds_worker() && hold_ns / 1e6 > 2.0 * own_ms)
                .then(|| busiest_callee(simulation, seen.index))
                .flatten();
            match waiting_on {
                Some(callee) => message.push_str(&format!(
                    "; its workers mostly wait on {callee} — speed that up, or add {add} instances"
                )),
                None => message.push_str(&format!(
                    "; add {add} instance{} or cut service time to {} ms",
                    if add == 1 { "" } else { "s" },
                    round(target_ms.min(own_ms * 0.95))
                )),
            }
            found.push((
                1.0 + frame.utilization,
                Bottleneck {
                    component: component.id.clone(),
                    message,
                },
            ));
        } else if offered > 0.0 && failing / offered > 0.05 {
            let cause = if frame.drops > frame.errors {
                "refused for lack of room".to_string()
            } else if frame.timeouts > 0.0 {
                format!("{} req/s timing out", round(frame.timeouts))
            } else {
                "failing".to_string()
            };
            found.push((
                1.0 + failing / offered,
                Bottleneck {
                    component: component.id.clone(),
                    message: format!(
                        "{name}: {:.0} % of requests fail ({cause})",
                        (failing / offered * 100.0).min(100.0)
                    ),
                },
            ));
        }
    }
    if simulation.refused_for_memory > 0 {
        found.push((
            4.0,
            Bottleneck {
                component: String::new(),
                message: "More than a million requests were in flight at once; new ones were refused".into(),
            },
        ));
    }
    found.sort_by(|a, b| b.0.total_cmp(&a.0));
    found
        .into_iter()
        .take(5)
        .map(|(_, bottleneck)| bottleneck)
        .collect()
}

fn busiest_callee(simulation: &Simulation, index: usize) -> Option<String> {
    let diagram = simulation.diagram();
    diagram
        .edges
        .iter()
        .enumerate()
        .filter(|(_, edge)| edge.from == index)
        .max_by(|(a, _), (b, _)| {
            let rate = |edge: usize| simulation.stations[diagram.edges[edge].to].levels.busy_area;
            rate(*a).total_cmp(&rate(*b))
        })
        .map(|(_, edge)| diagram.components[edge.to].name.clone())
}

fn round(value: f64) -> String {
    if value >= 10.0 {
        format!("{value:.0}")
    } else {
        format!("{value:.1}")
    }
}

/// One load level of a sweep.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct SweepStep {
    /// Requests per second from all clients together.
    pub rate: f64,
    pub p99_ms: Option<f64>,
    pub success: f64,
    pub passed: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Sweep {
    /// The highest rate that met the objective (0 when even the lowest step failed).
    pub sustained_rate: f64,
    pub slo_ms: f64,
    pub steps: Vec<SweepStep>,
    /// What broke at the first step that failed, in words.
    pub breaks_first: Option<String>,
}

/// Load multipliers tried, lowest first; the sweep stops at the first that fails.
const SWEEP_LOADS: &[f64] = &[
    0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0, 12.0, 16.0, 24.0, 32.0,
];
/// Simulated time per step: long enough for lines to build up at a load the design cannot hold.
const SWEEP_STEP_S: f64 = 60.0;

/// "What breaks first": runs the diagram at rising load, as fast as the machine allows, until
/// the clients' p99 passes the objective or more than 1 % of requests fail. Each step is a
/// fresh run with the scenario's seed, so a sweep repeats exactly.
pub fn sweep(diagram: &Diagram) -> Sweep {
    let slo_ms = diagram.scenario.slo_ms;
    let base_rate: f64 = diagram
        .components
        .iter()
        .filter(|component| component.kind == Kind::Client)
        .map(|component| component.params.number("rate"))
        .sum();
    let mut steps = Vec::new();
    let mut sustained_rate = 0.0;
    let mut breaks_first = None;
    for &load in SWEEP_LOADS {
        let rate = base_rate * load;
        if rate > crate::catalog::MAX_TOTAL_RATE {
            break;
        }
        let mut simulation = Simulation::with_load(diagram.clone(), load);
        // The first tenth is warm-up: its requests are not judged.
        simulation.run_until(SWEEP_STEP_S / 10.0);
        simulation.frame();
        simulation.run_until(SWEEP_STEP_S);
        let frame = simulation.frame();
        let judged: Vec<_> = ["read", "write"]
            .iter()
            .filter_map(|kind| frame.requests.get(kind))
            .collect();
        let answered: f64 = judged.iter().map(|request| request.rate * frame.window).sum();
        let succeeded: f64 = judged
            .iter()
            .map(|request| request.rate * frame.window * request.success.unwrap_or(0.0))
            .sum();
        let p99_ms = judged.iter().filter_map(|request| request.p99).reduce(f64::max);
        // Requests still in the lines at the end never answered in time either.
        let stuck = simulation
            .stations
            .iter()
            .map(|station| station.waiting())
            .sum::<u64>() as f64;
        let success = if answered > 0.0 {
            succeeded / (answered + stuck)
        } else {
            0.0
        };
        let passed = answered > 0.0 && success >= 0.99 && p99_ms.is_some_and(|p99| p99 <= slo_ms);
        steps.push(SweepStep {
            rate,
            p99_ms,
            success: success.max(0.0),
            passed,
        });
        if passed {
            sustained_rate = rate;
        } else {
            breaks_first = Some(match frame.bottlenecks.first() {
                Some(bottleneck) => bottleneck.message.clone(),
                None => format!(
                    "At {} req/s, p99 is {} ms (objective {slo_ms} ms) and {:.1} % succeed",
                    round(rate),
                    p99_ms.map_or("—".into(), round),
                    success * 100.0
                ),
            });
            break;
        }
    }
    Sweep {
        sustained_rate,
        slo_ms,
        steps,
        breaks_first,
    }
}
