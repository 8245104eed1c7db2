//! The discrete-event engine: requests travel the diagram as calls from one component to the
//! next; every change happens at an event taken from one time-ordered queue.
//!
//! A call at a component waits in a FIFO line for a slot (`instances × concurrency`), is
//! served, and then — by the component's kind — answers, or calls on over one outgoing edge
//! and answers when that call answers. Answers travel back over the edge's latency. Callers
//! time calls out, retry them and open circuit breakers; the callee keeps working on a call
//! its caller gave up on, which is how retries amplify load in a cascade.

use crate::catalog::Kind;
use crate::diagram::{Admits, Diagram};
use crate::metrics::{Counters, Histogram, Levels};
use crate::random::{chance, exponential_gap, seeded, Duration, SimRng};
use rand::Rng;
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};

pub(crate) type Nanos = u64;

const NS_PER_S: f64 = 1e9;
const NS_PER_MS: f64 = 1e6;
/// Calls alive at once; past this, clients' new requests are refused (counted as drops) so an
/// overloaded design cannot take the server's memory with it.
const MAX_LIVE_CALLS: usize = 1_000_000;
/// How often autoscaling looks at utilisation, in simulated time.
const AUTOSCALE_EVERY: Nanos = 5_000_000_000;
/// A circuit breaker judges an edge on at least this many calls since it last changed state.
const BREAKER_MIN_CALLS: u32 = 20;

/// A request's kind decides which edges it may take (docs/SIM.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKind {
    Read,
    Write,
    /// A message a queue sends on to its consumers.
    Async,
}

impl RequestKind {
    pub const ALL: [RequestKind; 3] = [RequestKind::Read, RequestKind::Write, RequestKind::Async];

    pub fn name(self) -> &'static str {
        match self {
            RequestKind::Read => "read",
            RequestKind::Write => "write",
            RequestKind::Async => "async",
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct CallRef {
    index: u32,
    generation: u32,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Generate {
        station: u16,
    },
    Arrive {
        call: CallRef,
    },
    ServiceDone {
        call: CallRef,
    },
    Answer {
        parent: CallRef,
        child: CallRef,
        ok: bool,
    },
    Timeout {
        parent: CallRef,
        child: CallRef,
    },
    Retry {
        call: CallRef,
    },
    InstancesReady {
        station: u16,
        count: u32,
    },
    Autoscale,
    /// The head of a delay line is due.
    Line {
        line: u32,
    },
}

/// Events that all wait the same time — calls crossing one edge, answers crossing it back,
/// one component's call timeouts — come due in the order they were made. Such events wait
/// in a FIFO line and only each line's head is in the heap: the heap stays as small as the
/// number of lines and calls in service, instead of holding every call in flight, which made
/// the heap most of the engine's time.
struct DelayLine {
    delay: Nanos,
    items: VecDeque<(Nanos, Event)>,
}

struct Scheduled {
    time: Nanos,
    seq: u64,
    event: Event,
}

impl PartialEq for Scheduled {
    fn eq(&self, other: &Self) -> bool {
        (self.time, self.seq) == (other.time, other.seq)
    }
}
impl Eq for Scheduled {}
impl PartialOrd for Scheduled {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Scheduled {
    /// Earliest first (the heap is a max-heap); ties in the order they were scheduled, so a
    /// run does not depend on the heap's internals.
    fn cmp(&self, other: &Self) -> Ordering {
        (other.time, other.seq).cmp(&(self.time, self.seq))
    }
}

struct Call {
    generation: u32,
    live: bool,
    station: u16,
    pool: u8,
    kind: RequestKind,
    /// Counted in its station's `in_system` (a queue's outgoing message is not).
    entered: bool,
    holding: bool,
    parent: Option<CallRef>,
    /// The edge this call came over (to answer back over it); `u32::MAX` for none.
    via: u32,
    arrived: Nanos,
    child: Option<CallRef>,
    child_edge: u32,
    attempt: u8,
}

/// A group of slots with one line: a component has one; a database with replicas has a second
/// for reads.
#[derive(Default)]
struct Pool {
    busy: u64,
    waiting: VecDeque<CallRef>,
}

pub(crate) struct Station {
    pub kind: Kind,
    pub name: String,
    pub zone: String,
    pub service: Duration,
    pub concurrency: u64,
    pub instances: u64,
    pub pending_instances: u64,
    pub replicas: u64,
    pools: [Pool; 2],
    pub queue_capacity: usize,
    pub error_rate: f64,
    hit_ratio: f64,
    holds_worker: bool,
    timeout: Option<Nanos>,
    retries: u8,
    backoff: f64,
    breaker: Option<(f64, Nanos)>,
    pub autoscale: Option<Autoscale>,
    rate_limit: Option<TokenBucket>,
    replica_lag: Nanos,
    last_write: Option<Nanos>,
    source: Option<Source>,
    /// Outgoing edges that admit reads, writes and messages, with their cumulative shares.
    routes: [Vec<(f64, u32)>; 3],
    pub down: bool,
    pub slow: f64,
    pub injected_error_rate: f64,
    pub async_in_flight: u64,
    pub queue_at_last_frame: u64,
    timeout_line: u32,
    pub levels: Levels,
    pub window: Counters,
    pub total: Counters,
    pub latency: Histogram,
}

#[derive(Debug, Clone, Copy)]
pub(crate) struct Autoscale {
    pub target: f64,
    pub min: u64,
    pub max: u64,
    pub cooldown: Nanos,
    pub warmup: Nanos,
    last_change: Option<Nanos>,
    busy_area_at_check: f64,
    checked_at: Nanos,
}

struct TokenBucket {
    rate: f64,
    tokens: f64,
    at: Nanos,
}

impl TokenBucket {
    fn admit(&mut self, now: Nanos) -> bool {
        let elapsed = (now - self.at) as f64 / NS_PER_S;
        self.at = now;
        // A burst of one second's worth, as rate limiters usually allow.
        self.tokens = (self.tokens + elapsed * self.rate).min(self.rate.max(1.0));
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

struct Source {
    pattern: Pattern,
    rate: f64,
    peak: f64,
    period: f64,
    write_ratio: f64,
}

#[derive(Clone, Copy)]
enum Pattern {
    Constant,
    Ramp,
    Spike,
    Diurnal,
}

impl Source {
    fn rate_at(&self, seconds: f64) -> f64 {
        let span = self.peak - self.rate;
        match self.pattern {
            Pattern::Constant => self.rate,
            Pattern::Ramp => self.rate + span * (seconds / self.period).min(1.0),
            Pattern::Spike => {
                let phase = (seconds / self.period).fract();
                if (0.5..0.6).contains(&phase) {
                    self.peak
                } else {
                    self.rate
                }
            }
            Pattern::Diurnal => {
                let phase = seconds / self.period * std::f64::consts::TAU;
                self.rate + span * (1.0 - phase.cos()) / 2.0
            }
        }
    }

    fn max_rate(&self) -> f64 {
        match self.pattern {
            Pattern::Constant => self.rate,
            _ => self.rate.max(self.peak),
        }
    }
}

pub(crate) struct EdgeState {
    pub from: u16,
    pub to: u16,
    latency: Nanos,
    /// The delay lines carrying calls over this edge and answers back.
    arrive_line: u32,
    answer_line: u32,
    pub cut: bool,
    pub window: EdgeCounters,
    breaker_open_until: Option<Nanos>,
    breaker_calls: u32,
    breaker_failures: u32,
}

#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct EdgeCounters {
    pub calls: u64,
    pub errors: u64,
}

/// Per request kind: how requests fared from the first call to the last answer.
#[derive(Default)]
pub(crate) struct RequestStats {
    pub window: Counters,
    pub total: Counters,
    pub latency: Histogram,
    pub total_latency: Histogram,
}

/// How a call ended at its component.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Outcome {
    Ok,
    Failed,
    /// Refused for lack of room.
    Dropped,
}

/// Something that happened in a run, for its timeline.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct LogEntry {
    /// Simulated seconds.
    pub t: f64,
    pub component: Option<String>,
    pub message: String,
}

pub struct Simulation {
    pub(crate) diagram: Diagram,
    now: Nanos,
    seq: u64,
    queue: BinaryHeap<Scheduled>,
    lines: Vec<DelayLine>,
    rng: SimRng,
    pub(crate) stations: Vec<Station>,
    pub(crate) edges: Vec<EdgeState>,
    calls: Vec<Call>,
    free_calls: Vec<u32>,
    live_calls: usize,
    pub(crate) requests: [RequestStats; 3],
    pub(crate) log: Vec<LogEntry>,
    events: u64,
    /// When the window of the current metrics began.
    pub(crate) window_start: Nanos,
    pub(crate) refused_for_memory: u64,
    pub(crate) failures: Vec<crate::failures::Failure>,
    pub(crate) next_failure: u64,
    /// Client rates are multiplied by this (load sweeps).
    load: f64,
    /// The autoscaling check is scheduled.
    autoscaling: bool,
}

impl Simulation {
    /// A run of the diagram from time zero with its scenario's seed.
    pub fn new(diagram: Diagram) -> Simulation {
        Simulation::with_load(diagram, 1.0)
    }

    /// A run with every client's rates multiplied by `load` (for load sweeps).
    pub fn with_load(diagram: Diagram, load: f64) -> Simulation {
        let stations = diagram
            .components
            .iter()
            .map(|component| station(component, load))
            .collect();
        let edges = diagram
            .edges
            .iter()
            .map(|edge| EdgeState {
                from: edge.from as u16,
                to: edge.to as u16,
                latency: (edge.latency_ms * NS_PER_MS) as Nanos,
                arrive_line: 0,
                answer_line: 0,
                cut: false,
                window: EdgeCounters::default(),
                breaker_open_until: None,
                breaker_calls: 0,
                breaker_failures: 0,
            })
            .collect();
        let mut simulation = Simulation {
            rng: seeded(diagram.scenario.seed),
            diagram,
            now: 0,
            seq: 0,
            queue: BinaryHeap::new(),
            lines: Vec::new(),
            stations,
            edges,
            calls: Vec::new(),
            free_calls: Vec::new(),
            live_calls: 0,
            requests: Default::default(),
            log: Vec::new(),
            events: 0,
            window_start: 0,
            refused_for_memory: 0,
            failures: Vec::new(),
            next_failure: 0,
            load,
            autoscaling: false,
        };
        simulation.build_routes();
        simulation.build_lines();
        for index in 0..simulation.stations.len() {
            if simulation.stations[index].source.is_some() {
                simulation.schedule_generate(index as u16);
            }
        }
        if simulation
            .stations
            .iter()
            .any(|station| station.autoscale.is_some())
        {
            simulation.autoscaling = true;
            simulation.schedule(AUTOSCALE_EVERY, Event::Autoscale);
        }
        simulation
    }

    fn build_routes(&mut self) {
        for station in &mut self.stations {
            station.routes = Default::default();
        }
        for (index, edge) in self.diagram.edges.iter().enumerate() {
            let station = &mut self.stations[edge.from];
            for kind in RequestKind::ALL {
                let admitted = matches!(
                    (edge.admits, kind),
                    (Admits::All, _)
                        | (Admits::Read, RequestKind::Read)
                        | (Admits::Write, RequestKind::Write)
                );
                if admitted && edge.share > 0.0 {
                    let routes = &mut station.routes[kind.index()];
                    let total = routes.last().map_or(0.0, |&(total, _)| total);
                    routes.push((total + edge.share, index as u32));
                }
            }
        }
    }

    /// Each edge has a line for calls and one for answers; each component one for its calls'
    /// timeouts.
    fn build_lines(&mut self) {
        for index in 0..self.edges.len() {
            self.edges[index].arrive_line = self.new_line(self.edges[index].latency);
            self.edges[index].answer_line = self.new_line(self.edges[index].latency);
        }
        for index in 0..self.stations.len() {
            self.stations[index].timeout_line = self.new_line(self.stations[index].timeout.unwrap_or(0));
        }
    }

    /// A new delay line. A line's delay never changes (that is what keeps it in order): a new
    /// delay gets a new line, and the old one drains.
    fn new_line(&mut self, delay: Nanos) -> u32 {
        self.lines.push(DelayLine {
            delay,
            items: VecDeque::new(),
        });
        (self.lines.len() - 1) as u32
    }

    fn arrive_line(&self, edge: u32) -> usize {
        self.edges[edge as usize].arrive_line as usize
    }

    fn answer_line(&self, edge: u32) -> usize {
        self.edges[edge as usize].answer_line as usize
    }

    fn timeout_line(&self, station: usize) -> usize {
        self.stations[station].timeout_line as usize
    }

    /// Applies an edited diagram to the running simulation: new parameters take effect from
    /// now on (calls already on their way finish as they started). Only parameters can change
    /// while running; false, and nothing changed, when components or edges were added, removed
    /// or rewired.
    pub fn reconfigure(&mut self, diagram: Diagram) -> bool {
        let same_components = diagram.components.len() == self.diagram.components.len()
            && diagram
                .components
                .iter()
                .zip(&self.diagram.components)
                .all(|(new, old)| new.id == old.id && new.kind == old.kind);
        let same_edges = diagram.edges.len() == self.diagram.edges.len()
            && diagram
                .edges
                .iter()
                .zip(&self.diagram.edges)
                .all(|(new, old)| (&new.id, new.from, new.to) == (&old.id, old.from, old.to));
        if !(same_components && same_edges) {
            return false;
        }
        let now = self.now;
        for index in 0..self.stations.len() {
            let fresh = station(&diagram.components[index], self.load);
            let generates = |station: &Station| {
                station
                    .source
                    .as_ref()
                    .is_some_and(|source| source.max_rate() > 0.0)
            };
            let was_generating = generates(&self.stations[index]);
            let old_timeout = self.stations[index].timeout;
            self.stations[index].levels.advance(now);
            let killed = self.instances_killed(index);
            self.stations[index].take_settings(fresh, killed);
            if self.stations[index].timeout != old_timeout {
                self.stations[index].timeout_line = self.new_line(self.stations[index].timeout.unwrap_or(0));
            }
            if generates(&self.stations[index]) && !was_generating {
                self.schedule_generate(index as u16);
            }
            self.start_waiting(index);
        }
        for (index, edge) in diagram.edges.iter().enumerate() {
            let latency = (edge.latency_ms * NS_PER_MS) as Nanos;
            if latency != self.edges[index].latency {
                self.edges[index].latency = latency;
                self.edges[index].arrive_line = self.new_line(latency);
                self.edges[index].answer_line = self.new_line(latency);
            }
        }
        self.diagram = diagram;
        self.build_routes();
        if !self.autoscaling && self.stations.iter().any(|station| station.autoscale.is_some()) {
            self.autoscaling = true;
            self.schedule(AUTOSCALE_EVERY, Event::Autoscale);
        }
        true
    }

    fn schedule_on(&mut self, line: usize, event: Event) {
        let delay_line = &mut self.lines[line];
        let due = self.now + delay_line.delay;
        delay_line.items.push_back((due, event));
        if delay_line.items.len() == 1 {
            let delay = delay_line.delay;
            self.schedule(delay, Event::Line { line: line as u32 });
        }
    }

    /// Takes the due head of a line, putting the line's next live event in the heap first
    /// (so events the head causes on this same line queue behind it).
    fn line_head(&mut self, line: u32) -> Option<Event> {
        let (_, event) = self.lines[line as usize].items.pop_front()?;
        // Timeouts of calls that were answered in time are dropped here without a heap trip.
        while let Some(&(_, Event::Timeout { parent, child })) = self.lines[line as usize].items.front() {
            if self.is_live(parent) && self.calls[parent.index as usize].child == Some(child) {
                break;
            }
            self.lines[line as usize].items.pop_front();
        }
        if let Some(&(due, _)) = self.lines[line as usize].items.front() {
            self.seq += 1;
            self.queue.push(Scheduled {
                time: due,
                seq: self.seq,
                event: Event::Line { line },
            });
        }
        Some(event)
    }

    /// Simulated time, in seconds.
    pub fn time(&self) -> f64 {
        self.now as f64 / NS_PER_S
    }

    /// Events handled so far.
    pub fn events(&self) -> u64 {
        self.events
    }

    pub fn diagram(&self) -> &Diagram {
        &self.diagram
    }

    /// Handles every event up to `seconds` of simulated time and moves the clock there.
    pub fn run_until(&mut self, seconds: f64) {
        let until = (seconds * NS_PER_S) as Nanos;
        while let Some(next) = self.queue.peek() {
            if next.time > until {
                break;
            }
            let Scheduled { time, event, .. } = self.queue.pop().expect("peeked");
            self.now = time;
            self.events += 1;
            self.handle(event);
        }
        self.now = self.now.max(until);
    }

    fn schedule(&mut self, delay: Nanos, event: Event) {
        self.seq += 1;
        self.queue.push(Scheduled {
            time: self.now + delay,
            seq: self.seq,
            event,
        });
    }

    fn handle(&mut self, event: Event) {
        match event {
            Event::Generate { station } => self.generate(station),
            Event::Arrive { call } => {
                if self.is_live(call) {
                    self.arrive(call);
                }
            }
            Event::ServiceDone { call } => {
                if self.is_live(call) {
                    self.service_done(call);
                }
            }
            Event::Answer { parent, child, ok } => self.answer(parent, child, ok),
            Event::Timeout { parent, child } => self.timeout(parent, child),
            Event::Retry { call } => {
                if self.is_live(call) {
                    self.call_on(call);
                }
            }
            Event::InstancesReady {
                station: index,
                count,
            } => {
                let now = self.now;
                let station = &mut self.stations[usize::from(index)];
                station.levels.advance(now);
                station.pending_instances = station.pending_instances.saturating_sub(u64::from(count));
                station.instances += u64::from(count);
                self.start_waiting(usize::from(index));
            }
            Event::Autoscale => {
                self.autoscale();
                self.schedule(AUTOSCALE_EVERY, Event::Autoscale);
            }
            Event::Line { line } => {
                if let Some(event) = self.line_head(line) {
                    self.handle(event);
                }
            }
        }
    }

    fn is_live(&self, call: CallRef) -> bool {
        let slot = &self.calls[call.index as usize];
        slot.live && slot.generation == call.generation
    }

    fn call(&mut self, call: CallRef) -> &mut Call {
        &mut self.calls[call.index as usize]
    }

    fn new_call(&mut self, station: u16, kind: RequestKind, parent: Option<CallRef>, via: u32) -> CallRef {
        self.live_calls += 1;
        let call = Call {
            generation: 0,
            live: true,
            station,
            pool: 0,
            kind,
            entered: false,
            holding: false,
            parent,
            via,
            arrived: self.now,
            child: None,
            child_edge: u32::MAX,
            attempt: 0,
        };
        match self.free_calls.pop() {
            Some(index) => {
                let slot = &mut self.calls[index as usize];
                let generation = slot.generation.wrapping_add(1);
                *slot = Call { generation, ..call };
                CallRef { index, generation }
            }
            None => {
                self.calls.push(call);
                CallRef {
                    index: (self.calls.len() - 1) as u32,
                    generation: 0,
                }
            }
        }
    }

    fn free(&mut self, call: CallRef) {
        self.calls[call.index as usize].live = false;
        self.free_calls.push(call.index);
        self.live_calls -= 1;
    }

    fn schedule_generate(&mut self, station: u16) {
        let source = self.stations[station as usize].source.as_ref().expect("a client");
        let max_rate = source.max_rate();
        if max_rate <= 0.0 {
            return;
        }
        let gap = exponential_gap(&mut self.rng, max_rate).max(1.0);
        self.schedule(gap as Nanos, Event::Generate { station });
    }

    /// A client's next request. Arrivals are drawn at the pattern's highest rate and kept with
    /// probability rate(t) / highest rate, which makes a Poisson process of the varying rate.
    fn generate(&mut self, index: u16) {
        self.schedule_generate(index);
        let seconds = self.time();
        let station = &self.stations[index as usize];
        let source = station.source.as_ref().expect("a client");
        let (rate, max_rate, write_ratio) = (source.rate_at(seconds), source.max_rate(), source.write_ratio);
        if rate < max_rate && !chance(&mut self.rng, rate / max_rate) {
            return;
        }
        let kind = if chance(&mut self.rng, write_ratio) {
            RequestKind::Write
        } else {
            RequestKind::Read
        };
        let now = self.now;
        let station = &mut self.stations[index as usize];
        station.window.arrivals += 1;
        if self.live_calls >= MAX_LIVE_CALLS {
            station.window.drops += 1;
            self.refused_for_memory += 1;
            return;
        }
        station.levels.advance(now);
        station.levels.in_system += 1;
        let call = self.new_call(index, kind, None, u32::MAX);
        self.call(call).entered = true;
        self.call_on(call);
    }

    fn arrive(&mut self, call: CallRef) {
        let now = self.now;
        let (index, kind) = {
            let call = &self.calls[call.index as usize];
            (call.station as usize, call.kind)
        };
        let station = &mut self.stations[index];
        station.window.arrivals += 1;
        if station.down {
            return self.finish(call, Outcome::Failed);
        }
        let refused = match (&mut station.rate_limit, station.kind) {
            (Some(bucket), _) => !bucket.admit(now),
            (None, Kind::Queue) => station.async_in_flight >= station.queue_capacity as u64,
            _ => false,
        };
        if refused {
            return self.finish(call, Outcome::Dropped);
        }
        let pool =
            usize::from(station.kind == Kind::Database && kind == RequestKind::Read && station.replicas > 0);
        station.levels.advance(now);
        if station.pools[pool].busy < station.slots(pool) {
            station.levels.in_system += 1;
            let call_mut = self.call(call);
            call_mut.entered = true;
            call_mut.pool = pool as u8;
            self.start_service(call);
        } else if station.pools[pool].waiting.len() < station.queue_capacity {
            station.levels.in_system += 1;
            station.levels.waiting += 1;
            station.pools[pool].waiting.push_back(call);
            let call_mut = self.call(call);
            call_mut.entered = true;
            call_mut.pool = pool as u8;
        } else {
            self.finish(call, Outcome::Dropped);
        }
    }

    fn start_service(&mut self, call: CallRef) {
        let now = self.now;
        let (index, pool, arrived) = {
            let call = &mut self.calls[call.index as usize];
            call.holding = true;
            (call.station as usize, call.pool as usize, call.arrived)
        };
        let station = &mut self.stations[index];
        station.levels.advance(now);
        station.pools[pool].busy += 1;
        station.levels.busy += 1;
        let wait = now - arrived;
        station.window.starts += 1;
        station.window.wait_sum += wait as f64;
        if wait > 0 {
            station.window.waited += 1;
        }
        let service = station.service.sample(&mut self.rng) * station.slow;
        station.window.service_sum += service;
        self.schedule(service as Nanos, Event::ServiceDone { call });
    }

    fn service_done(&mut self, call: CallRef) {
        let (index, kind, pool) = {
            let call = &self.calls[call.index as usize];
            (call.station as usize, call.kind, call.pool)
        };
        let station = &self.stations[index];
        if station.down {
            return self.finish(call, Outcome::Failed);
        }
        let error_rate = (station.error_rate + station.injected_error_rate).min(1.0);
        if chance(&mut self.rng, error_rate) {
            return self.finish(call, Outcome::Failed);
        }
        let (station_kind, hit_ratio, holds_worker) = (station.kind, station.hit_ratio, station.holds_worker);
        if !holds_worker {
            self.release(call);
        }
        match station_kind {
            Kind::Cache | Kind::Cdn if chance(&mut self.rng, hit_ratio) => self.finish(call, Outcome::Ok),
            Kind::Queue => {
                self.finish(call, Outcome::Ok);
                let station = &mut self.stations[index];
                station.async_in_flight += 1;
                let message = self.new_call(index as u16, RequestKind::Async, None, u32::MAX);
                self.call_on(message);
            }
            Kind::Database => {
                let now = self.now;
                let station = &mut self.stations[index];
                let stale = pool == 1
                    && station
                        .last_write
                        .is_some_and(|at| now - at < station.replica_lag);
                if kind == RequestKind::Write {
                    station.last_write = Some(now);
                } else if stale {
                    station.window.stale += 1;
                }
                self.finish(call, Outcome::Ok);
            }
            _ => self.call_on(call),
        }
    }

    /// Sends the call on over one of its station's edges, or answers it when there is none.
    fn call_on(&mut self, call: CallRef) {
        let (index, kind) = {
            let call = &self.calls[call.index as usize];
            (call.station as usize, call.kind)
        };
        let routes = &self.stations[index].routes[kind.index()];
        let edge = match routes.len() {
            0 => return self.finish(call, Outcome::Ok),
            1 => routes[0].1,
            _ => {
                let total = routes.last().expect("not empty").0;
                let pick = self.rng.gen::<f64>() * total;
                let routes = &self.stations[index].routes[kind.index()];
                routes
                    .iter()
                    .find(|&&(cumulative, _)| pick < cumulative)
                    .unwrap_or(routes.last().expect("not empty"))
                    .1
            }
        };
        let now = self.now;
        let edge_state = &mut self.edges[edge as usize];
        edge_state.window.calls += 1;
        let breaker_open = edge_state.breaker_open_until.is_some_and(|until| now < until);
        if edge_state.cut || breaker_open {
            edge_state.window.errors += 1;
            self.calls[call.index as usize].child_edge = edge;
            return self.child_failed(call);
        }
        let (to, latency) = (edge_state.to, edge_state.latency);
        let child = self.new_call(to, kind, Some(call), edge);
        // Time at the callee starts when the call gets there.
        self.calls[child.index as usize].arrived = now + latency;
        let parent = self.call(call);
        parent.child = Some(child);
        parent.child_edge = edge;
        self.schedule_on(self.arrive_line(edge), Event::Arrive { call: child });
        if self.stations[index].timeout.is_some() {
            self.schedule_on(self.timeout_line(index), Event::Timeout { parent: call, child });
        }
    }

    /// Gives back the call's slot and starts the next waiting call of that pool.
    fn release(&mut self, call: CallRef) {
        let now = self.now;
        let (index, pool) = {
            let call = &mut self.calls[call.index as usize];
            if !call.holding {
                return;
            }
            call.holding = false;
            (call.station as usize, call.pool as usize)
        };
        let station = &mut self.stations[index];
        station.levels.advance(now);
        station.pools[pool].busy -= 1;
        station.levels.busy -= 1;
        self.start_waiting(index);
    }

    fn start_waiting(&mut self, index: usize) {
        for pool in 0..2 {
            loop {
                let station = &mut self.stations[index];
                if station.pools[pool].busy >= station.slots(pool) {
                    break;
                }
                let Some(next) = station.pools[pool].waiting.pop_front() else {
                    break;
                };
                station.levels.advance(self.now);
                station.levels.waiting -= 1;
                self.start_service(next);
            }
        }
    }

    /// The call is done at its station: its slot is free, its time is counted, and its caller
    /// hears back over the edge it came by.
    fn finish(&mut self, call: CallRef, outcome: Outcome) {
        self.release(call);
        let now = self.now;
        let (index, entered, arrived, parent, via, kind) = {
            let call = &self.calls[call.index as usize];
            (
                call.station as usize,
                call.entered,
                call.arrived,
                call.parent,
                call.via,
                call.kind,
            )
        };
        let station = &mut self.stations[index];
        match outcome {
            Outcome::Ok => {}
            Outcome::Failed => station.window.errors += 1,
            Outcome::Dropped => station.window.drops += 1,
        }
        if entered {
            station.levels.advance(now);
            station.levels.in_system -= 1;
            station.window.completions += 1;
            station.window.sojourn_sum += (now - arrived) as f64;
            station.latency.record(now - arrived);
        }
        let ok = outcome == Outcome::Ok;
        match parent {
            Some(parent) => {
                self.schedule_on(
                    self.answer_line(via),
                    Event::Answer {
                        parent,
                        child: call,
                        ok,
                    },
                );
            }
            None => {
                if kind == RequestKind::Async {
                    station.async_in_flight -= 1;
                }
                let stats = &mut self.requests[kind.index()];
                stats.window.completions += 1;
                stats.window.sojourn_sum += (now - arrived) as f64;
                stats.record(now - arrived);
                if !ok {
                    stats.window.errors += 1;
                }
            }
        }
        self.free(call);
    }

    fn answer(&mut self, parent: CallRef, child: CallRef, ok: bool) {
        if !self.is_live(parent) || self.calls[parent.index as usize].child != Some(child) {
            // The caller gave up on this call (timeout) and has moved on.
            return;
        }
        let edge = {
            let parent = self.call(parent);
            parent.child = None;
            parent.child_edge
        };
        self.breaker_record(edge, ok);
        if !ok {
            self.edges[edge as usize].window.errors += 1;
        }
        let index = self.calls[parent.index as usize].station as usize;
        if self.stations[index].down {
            return self.finish(parent, Outcome::Failed);
        }
        if ok {
            self.finish(parent, Outcome::Ok);
        } else {
            self.child_failed(parent);
        }
    }

    fn timeout(&mut self, parent: CallRef, child: CallRef) {
        if !self.is_live(parent) || self.calls[parent.index as usize].child != Some(child) {
            return;
        }
        let edge = {
            let parent = self.call(parent);
            parent.child = None;
            parent.child_edge
        };
        let callee = self.edges[edge as usize].to as usize;
        self.stations[callee].window.timeouts += 1;
        self.edges[edge as usize].window.errors += 1;
        self.breaker_record(edge, false);
        self.child_failed(parent);
    }

    /// The call's call failed: retry after a backoff, or fail too.
    fn child_failed(&mut self, call: CallRef) {
        let index = self.calls[call.index as usize].station as usize;
        let station = &self.stations[index];
        let attempt = self.calls[call.index as usize].attempt;
        if attempt < station.retries {
            let backoff = station.backoff * f64::from(1u32 << attempt.min(20));
            self.stations[index].window.retries += 1;
            self.call(call).attempt += 1;
            self.schedule(backoff as Nanos, Event::Retry { call });
        } else {
            self.finish(call, Outcome::Failed);
        }
    }

    fn breaker_record(&mut self, edge: u32, ok: bool) {
        let from = self.edges[edge as usize].from as usize;
        let Some((threshold, cooldown)) = self.stations[from].breaker else {
            return;
        };
        let now = self.now;
        let state = &mut self.edges[edge as usize];
        if state.breaker_open_until.is_some_and(|until| now >= until) {
            // Half-open: the counts start again from the first calls after the cool-down.
            state.breaker_open_until = None;
            state.breaker_calls = 0;
            state.breaker_failures = 0;
        }
        state.breaker_calls += 1;
        state.breaker_failures += u32::from(!ok);
        if state.breaker_open_until.is_none()
            && state.breaker_calls >= BREAKER_MIN_CALLS
            && f64::from(state.breaker_failures) > threshold * f64::from(state.breaker_calls)
        {
            state.breaker_open_until = Some(now + cooldown);
            let to_name = self.stations[state.to as usize].name.clone();
            self.note(
                Some(from),
                format!(
                    "circuit breaker to {to_name} opened for {:.0} s",
                    cooldown as f64 / NS_PER_S
                ),
            );
        } else if state.breaker_calls >= 10 * BREAKER_MIN_CALLS {
            // Judge on recent calls: halve the counts so old history fades.
            state.breaker_calls /= 2;
            state.breaker_failures /= 2;
        }
    }

    fn autoscale(&mut self) {
        let now = self.now;
        let mut notes = Vec::new();
        for (index, station) in self.stations.iter_mut().enumerate() {
            let Some(mut policy) = station.autoscale else {
                continue;
            };
            station.levels.advance(now);
            let span = (now - policy.checked_at) as f64;
            let slots = (station.instances * station.concurrency) as f64;
            let busy_area = station.levels.busy_area;
            let utilization = if slots > 0.0 && span > 0.0 {
                (busy_area - policy.busy_area_at_check) / (slots * span)
            } else {
                1.0
            };
            policy.busy_area_at_check = busy_area;
            policy.checked_at = now;
            let cooled = policy.last_change.is_none_or(|at| now - at >= policy.cooldown);
            let current = station.instances + station.pending_instances;
            let wanted = ((station.instances.max(1) as f64 * utilization / policy.target).ceil() as u64)
                .clamp(policy.min, policy.max);
            if cooled && wanted > current {
                let added = wanted - current;
                station.pending_instances += added;
                policy.last_change = Some(now);
                self.seq += 1;
                self.queue.push(Scheduled {
                    time: now + policy.warmup,
                    seq: self.seq,
                    event: Event::InstancesReady {
                        station: index as u16,
                        count: added as u32,
                    },
                });
                notes.push((
                    index,
                    format!(
                        "scaling out to {wanted} instances ({:.0} % busy; ready in {:.0} s)",
                        utilization * 100.0,
                        policy.warmup as f64 / NS_PER_S
                    ),
                ));
            } else if cooled && wanted < station.instances && station.pending_instances == 0 {
                station.instances = wanted;
                policy.last_change = Some(now);
                notes.push((
                    index,
                    format!(
                        "scaled in to {wanted} instances ({:.0} % busy)",
                        utilization * 100.0
                    ),
                ));
            }
            station.autoscale = Some(policy);
        }
        for (index, message) in notes {
            self.note(Some(index), message);
        }
    }

    /// Adds an entry to the run's timeline.
    pub fn log(&mut self, message: String) {
        self.note(None, message);
    }

    pub(crate) fn note(&mut self, component: Option<usize>, message: String) {
        self.log.push(LogEntry {
            t: self.time(),
            component: component.map(|index| self.diagram.components[index].id.clone()),
            message,
        });
    }

    /// Fails every call waiting in a component's lines (it was killed).
    pub(crate) fn drop_waiting(&mut self, index: usize) {
        for pool in 0..2 {
            while let Some(call) = self.stations[index].pools[pool].waiting.pop_front() {
                let now = self.now;
                let station = &mut self.stations[index];
                station.levels.advance(now);
                station.levels.waiting -= 1;
                self.finish(call, Outcome::Failed);
            }
        }
    }

    /// Starts waiting calls after a change that added slots.
    pub(crate) fn slots_changed(&mut self, index: usize) {
        self.start_waiting(index);
    }

    pub(crate) fn now_ns(&self) -> Nanos {
        self.now
    }
}

impl Station {
    /// Takes an edited component's settings, keeping what the run has made of this one: its
    /// lines, counters, failures, and — under autoscaling — its instance count.
    fn take_settings(&mut self, fresh: Station, killed_instances: u64) {
        let instances = match (&self.autoscale, &fresh.autoscale) {
            (Some(_), Some(policy)) => self.instances.clamp(policy.min, policy.max),
            _ => fresh.instances.saturating_sub(killed_instances),
        };
        let autoscale = match (self.autoscale, fresh.autoscale) {
            (Some(running), Some(policy)) => Some(Autoscale {
                last_change: running.last_change,
                busy_area_at_check: running.busy_area_at_check,
                checked_at: running.checked_at,
                ..policy
            }),
            (_, policy) => policy,
        };
        let rate_limit = match (self.rate_limit.take(), fresh.rate_limit) {
            (Some(bucket), Some(new)) => Some(TokenBucket {
                rate: new.rate,
                ..bucket
            }),
            (_, new) => new,
        };
        *self = Station {
            instances,
            autoscale,
            rate_limit,
            pending_instances: self.pending_instances,
            pools: std::mem::take(&mut self.pools),
            last_write: self.last_write,
            routes: std::mem::take(&mut self.routes),
            down: self.down,
            slow: self.slow,
            injected_error_rate: self.injected_error_rate,
            async_in_flight: self.async_in_flight,
            queue_at_last_frame: self.queue_at_last_frame,
            timeout_line: self.timeout_line,
            levels: self.levels,
            window: self.window,
            total: self.total,
            latency: std::mem::take(&mut self.latency),
            ..fresh
        };
    }

    /// Slots of a pool right now: instances (or replicas) that are up, times concurrency.
    pub(crate) fn slots(&self, pool: usize) -> u64 {
        if self.down {
            return 0;
        }
        let machines = if pool == 0 { self.instances } else { self.replicas };
        machines * self.concurrency
    }

    pub(crate) fn total_slots(&self) -> u64 {
        self.slots(0) + self.slots(1)
    }

    pub(crate) fn waiting(&self) -> u64 {
        self.levels.waiting
    }

    pub(crate) fn mean_service_ns(&self) -> f64 {
        self.service.mean() * self.slow
    }

    pub(crate) fn holds_worker(&self) -> bool {
        self.holds_worker
    }
}

fn station(component: &crate::diagram::Component, load: f64) -> Station {
    let params = &component.params;
    let kind = component.kind;
    let ms = |name: &str| params.number(name) * NS_PER_MS;
    let callers = matches!(
        kind,
        Kind::Client | Kind::Gateway | Kind::Service | Kind::Queue | Kind::Workers
    );
    let source = (kind == Kind::Client).then(|| Source {
        pattern: match params.text("pattern") {
            "ramp" => Pattern::Ramp,
            "spike" => Pattern::Spike,
            "diurnal" => Pattern::Diurnal,
            _ => Pattern::Constant,
        },
        rate: params.number("rate") * load,
        peak: params.number("peakRate") * load,
        period: params.number("periodS").max(1.0),
        write_ratio: params.number("writeRatio"),
    });
    let instances = u64::from(params.count("instances"));
    let autoscale = params.flag("autoscale").then(|| Autoscale {
        target: params.number("targetUtilization").max(0.05),
        min: u64::from(params.count("minInstances")),
        max: u64::from(params.count("maxInstances")).max(u64::from(params.count("minInstances"))),
        cooldown: (params.number("cooldownS") * NS_PER_S) as Nanos,
        warmup: (params.number("warmupS") * NS_PER_S) as Nanos,
        last_change: None,
        busy_area_at_check: 0.0,
        checked_at: 0,
    });
    Station {
        kind,
        name: component.name.clone(),
        zone: params.text("zone").to_string(),
        service: if kind == Kind::Client {
            Duration::Constant(0.0)
        } else {
            Duration::new(
                params.text("serviceDist"),
                ms("serviceMs"),
                params.number("serviceSigma"),
            )
        },
        // A client is as many people as it takes: it never runs out of slots.
        concurrency: if kind == Kind::Client {
            u64::MAX / 4
        } else {
            u64::from(params.count("concurrency")).max(1)
        },
        instances: if kind == Kind::Client { 1 } else { instances },
        pending_instances: 0,
        replicas: u64::from(params.count("replicas")),
        pools: Default::default(),
        queue_capacity: params.count("queueCapacity") as usize,
        error_rate: params.number("errorRate"),
        hit_ratio: params.number("hitRatio"),
        holds_worker: matches!(kind, Kind::Service | Kind::Workers),
        timeout: (callers && params.number("timeoutMs") > 0.0).then(|| ms("timeoutMs") as Nanos),
        retries: if callers {
            params.count("retries").min(10) as u8
        } else {
            0
        },
        backoff: ms("backoffMs"),
        breaker: (callers && params.flag("breaker")).then(|| {
            (
                params.number("breakerThreshold"),
                (params.number("breakerCooldownS") * NS_PER_S) as Nanos,
            )
        }),
        autoscale,
        rate_limit: (kind == Kind::Gateway && params.number("rateLimit") > 0.0).then(|| TokenBucket {
            rate: params.number("rateLimit"),
            tokens: params.number("rateLimit").max(1.0),
            at: 0,
        }),
        replica_lag: ms("replicaLagMs") as Nanos,
        last_write: None,
        source,
        routes: Default::default(),
        down: false,
        slow: 1.0,
        injected_error_rate: 0.0,
        async_in_flight: 0,
        queue_at_last_frame: 0,
        timeout_line: 0,
        levels: Levels::default(),
        window: Counters::default(),
        total: Counters::default(),
        latency: Histogram::default(),
    }
}
