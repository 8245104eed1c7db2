//! What a run measures, and the frames it reports: counters per window, time-weighted levels
//! (busy slots, requests present, requests waiting) and latency histograms.

use crate::engine::{Nanos, RequestKind, Simulation};
use crate::failures::FailureView;
use serde::Serialize;
use std::collections::BTreeMap;

/// Counts over a window of simulated time.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
pub(crate) struct Counters {
    pub arrivals: u64,
    pub completions: u64,
    /// Answered with a failure: the component is down, failed the request itself, or its
    /// call failed or timed out after its retries.
    pub errors: u64,
    /// Refused for lack of room: a full line, a rate limit, a full queue.
    pub drops: u64,
    pub timeouts: u64,
    pub retries: u64,
    pub stale: u64,
    pub starts: u64,
    pub waited: u64,
    pub sojourn_sum: f64,
    pub wait_sum: f64,
    pub service_sum: f64,
}

impl Counters {
    fn add(&mut self, other: &Counters) {
        self.arrivals += other.arrivals;
        self.completions += other.completions;
        self.errors += other.errors;
        self.drops += other.drops;
        self.timeouts += other.timeouts;
        self.retries += other.retries;
        self.stale += other.stale;
        self.starts += other.starts;
        self.waited += other.waited;
        self.sojourn_sum += other.sojourn_sum;
        self.wait_sum += other.wait_sum;
        self.service_sum += other.service_sum;
    }
}

/// Levels that change at events, with their integrals over time (level × nanoseconds), from
/// which time averages come: utilisation, mean queue length, mean number present.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Levels {
    pub in_system: u64,
    pub busy: u64,
    pub waiting: u64,
    pub system_area: f64,
    pub busy_area: f64,
    pub waiting_area: f64,
    at: Nanos,
    /// The areas when the current window began.
    marks: [f64; 3],
}

impl Levels {
    pub fn advance(&mut self, now: Nanos) {
        let elapsed = now.saturating_sub(self.at) as f64;
        self.system_area += self.in_system as f64 * elapsed;
        self.busy_area += self.busy as f64 * elapsed;
        self.waiting_area += self.waiting as f64 * elapsed;
        self.at = now;
    }

    /// The areas since the window began, and a new window from now.
    fn take_window(&mut self) -> [f64; 3] {
        let areas = [self.system_area, self.busy_area, self.waiting_area];
        let window = [
            areas[0] - self.marks[0],
            areas[1] - self.marks[1],
            areas[2] - self.marks[2],
        ];
        self.marks = areas;
        window
    }
}

/// Latencies in microseconds, from 1 µs to an hour, two significant digits.
#[derive(Debug, Clone)]
pub(crate) struct Histogram(hdrhistogram::Histogram<u64>);

impl Default for Histogram {
    fn default() -> Self {
        Histogram(hdrhistogram::Histogram::new_with_bounds(1, 3_600_000_000, 2).expect("valid bounds"))
    }
}

impl Histogram {
    pub fn record(&mut self, nanos: Nanos) {
        self.0.saturating_record((nanos / 1000).max(1));
    }

    fn quantile_ms(&self, quantile: f64) -> Option<f64> {
        (!self.0.is_empty()).then(|| self.0.value_at_quantile(quantile) as f64 / 1000.0)
    }

    fn take(&mut self) -> Histogram {
        let taken = self.clone();
        self.0.reset();
        taken
    }
}

/// One metrics frame (docs/SIM.md), without the run's own state, which the runner adds.
#[derive(Debug, Clone, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Frame {
    /// Simulated seconds this frame covers.
    pub window: f64,
    pub sim_time: f64,
    pub components: BTreeMap<String, ComponentFrame>,
    pub edges: BTreeMap<String, EdgeFrame>,
    pub requests: BTreeMap<&'static str, RequestFrame>,
    pub bottlenecks: Vec<Bottleneck>,
    pub events: Vec<crate::engine::LogEntry>,
    pub failures: Vec<FailureView>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ComponentFrame {
    pub arrivals: f64,
    pub throughput: f64,
    pub utilization: f64,
    pub queue: u64,
    pub instances: u64,
    pub drops: f64,
    pub errors: f64,
    pub timeouts: f64,
    pub retries: f64,
    pub stale: f64,
    pub p50: Option<f64>,
    pub p95: Option<f64>,
    pub p99: Option<f64>,
    pub state: &'static str,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct EdgeFrame {
    pub rate: f64,
    pub errors: f64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RequestFrame {
    pub rate: f64,
    pub success: Option<f64>,
    pub p50: Option<f64>,
    pub p95: Option<f64>,
    pub p99: Option<f64>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Bottleneck {
    pub component: String,
    pub message: String,
}

/// Whole-run figures of one component, for checks against theory and for load sweeps.
#[derive(Debug, Clone, PartialEq)]
pub struct ComponentSummary {
    pub arrivals: u64,
    pub completions: u64,
    pub errors: u64,
    pub drops: u64,
    pub timeouts: u64,
    /// Mean time from arrival to the start of service, seconds.
    pub mean_wait: f64,
    /// Share of served requests that had to wait.
    pub waited_share: f64,
    /// Mean time from arrival to answer, seconds.
    pub mean_sojourn: f64,
    /// Time-average number of requests present (waiting, served or waiting on a call).
    pub mean_present: f64,
    /// Completions per second.
    pub throughput: f64,
    /// Busy slots over slots, averaged over the run.
    pub utilization: f64,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RequestSummary {
    pub completions: u64,
    pub failures: u64,
    pub p99_ms: Option<f64>,
}

/// Whole-run figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Summary {
    pub time: f64,
    pub components: Vec<ComponentSummary>,
    pub requests: Vec<RequestSummary>,
}

impl Simulation {
    /// The metrics since the last frame, and a new window from now.
    pub fn frame(&mut self) -> Frame {
        let now = self.now_ns();
        let window_ns = now.saturating_sub(self.window_start).max(1) as f64;
        let per_second = |count: u64| count as f64 * 1e9 / window_ns;
        let mut components = BTreeMap::new();
        let mut analysis = Vec::with_capacity(self.stations.len());
        for (index, station) in self.stations.iter_mut().enumerate() {
            station.levels.advance(now);
            let [_, busy_area, _] = station.levels.take_window();
            let counters = station.window;
            station.total.add(&counters);
            station.window = Counters::default();
            let latency = station.latency.take();
            let slots = station.total_slots();
            let utilization = if slots > 0 && station.kind != crate::catalog::Kind::Client {
                (busy_area / (slots as f64 * window_ns)).min(1.0)
            } else {
                0.0
            };
            let queue = if station.kind == crate::catalog::Kind::Queue {
                station.async_in_flight
            } else {
                station.waiting()
            };
            let state = if station.down {
                "down"
            } else if station.slow > 1.0 {
                "slow"
            } else if station.injected_error_rate > 0.0 {
                "degraded"
            } else {
                "up"
            };
            let frame = ComponentFrame {
                arrivals: per_second(counters.arrivals),
                throughput: per_second(counters.completions),
                utilization,
                queue,
                instances: station.instances,
                drops: per_second(counters.drops),
                errors: per_second(counters.errors),
                timeouts: per_second(counters.timeouts),
                retries: per_second(counters.retries),
                stale: per_second(counters.stale),
                p50: latency.quantile_ms(0.5),
                p95: latency.quantile_ms(0.95),
                p99: latency.quantile_ms(0.99),
                state,
            };
            analysis.push(crate::analysis::Observed {
                index,
                busy_area,
                window_ns,
                counters,
                queue_before: std::mem::replace(&mut station.queue_at_last_frame, queue),
            });
            components.insert(self.diagram.components[index].id.clone(), frame);
        }
        let mut edges = BTreeMap::new();
        for (index, edge) in self.edges.iter_mut().enumerate() {
            let counters = std::mem::take(&mut edge.window);
            edges.insert(
                self.diagram.edges[index].id.clone(),
                EdgeFrame {
                    rate: per_second(counters.calls),
                    errors: per_second(counters.errors),
                },
            );
        }
        let mut requests = BTreeMap::new();
        for kind in RequestKind::ALL {
            let stats = &mut self.requests[kind as usize];
            let counters = stats.window;
            stats.window = Counters::default();
            let latency = stats.latency.take();
            if counters.completions == 0 && counters.arrivals == 0 {
                continue;
            }
            requests.insert(
                kind.name(),
                RequestFrame {
                    rate: per_second(counters.completions),
                    success: (counters.completions > 0)
                        .then(|| 1.0 - counters.errors as f64 / counters.completions as f64),
                    p50: latency.quantile_ms(0.5),
                    p95: latency.quantile_ms(0.95),
                    p99: latency.quantile_ms(0.99),
                },
            );
            stats.total_add(&counters);
        }
        let bottlenecks = crate::analysis::bottlenecks(self, &components, &analysis);
        self.window_start = now;
        let first_recent = self.log.len().saturating_sub(20);
        Frame {
            window: window_ns / 1e9,
            sim_time: self.time(),
            components,
            edges,
            requests,
            bottlenecks,
            events: self.log[first_recent..].to_vec(),
            failures: self.failure_views(),
        }
    }

    /// Whole-run figures so far (takes the current window into the totals).
    pub fn summary(&mut self) -> Summary {
        self.frame();
        let seconds = self.time().max(1e-9);
        let components = self
            .stations
            .iter()
            .map(|station| {
                let total = &station.total;
                let served = total.starts.max(1) as f64;
                let slots = station.total_slots().max(1) as f64;
                ComponentSummary {
                    arrivals: total.arrivals,
                    completions: total.completions,
                    errors: total.errors,
                    drops: total.drops,
                    timeouts: total.timeouts,
                    mean_wait: total.wait_sum / served / 1e9,
                    waited_share: total.waited as f64 / served,
                    mean_sojourn: total.sojourn_sum / total.completions.max(1) as f64 / 1e9,
                    mean_present: station.levels.system_area / (seconds * 1e9),
                    throughput: total.completions as f64 / seconds,
                    utilization: station.levels.busy_area / (slots * seconds * 1e9),
                }
            })
            .collect();
        let requests = self
            .requests
            .iter()
            .map(|stats| RequestSummary {
                completions: stats.total.completions,
                failures: stats.total.errors,
                p99_ms: stats.total_latency.quantile_ms(0.99),
            })
            .collect();
        Summary {
            time: self.time(),
            components,
            requests,
        }
    }
}

impl crate::engine::RequestStats {
    fn total_add(&mut self, counters: &Counters) {
        self.total.add(counters);
    }

    pub(crate) fn record(&mut self, nanos: Nanos) {
        self.latency.record(nanos);
        self.total_latency.record(nanos);
    }
}
