//! Simulation runs: at most one per document, each on its own thread (the engine is CPU-bound
//! and must not hold up the async workers), streaming metrics frames into the document's room
//! as `sim` messages (docs/PROTOCOL.md) a few times a second. Everyone in the room shares the
//! run; its controls arrive from the REST API (api/sim.rs) as commands.
//!
//! One process owns a run: this registry is the lease. With several instances each document
//! is served by the instance that started its run; sharing that lease through the database is
//! part of scale-out.

use serde::Serialize;
use serde_json::{json, Value};
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::mpsc::{self, RecvTimeoutError, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tandem_collab::Rooms;
use tandem_sim::{Diagram, FailureKind, Frame, Simulation};
use tokio::sync::oneshot;

/// Wall time between frames: four a second is smooth enough to watch and small to send.
const TICK: Duration = Duration::from_millis(250);
/// At "as fast as possible", how long the engine computes before a frame goes out.
const MAX_SPEED_SLICE: Duration = Duration::from_millis(200);
/// How often a run looks for edits to its diagram, in ticks (once a second).
const REFRESH_TICKS: u32 = 4;
/// Rows kept for a run's CSV (one per component per frame), so a long run cannot grow
/// without bound.
const MAX_CSV_ROWS: usize = 100_000;

#[derive(Debug, Clone, Copy)]
pub struct SimLimits {
    /// Runs one account may have going at once (anonymous link editors share one allowance).
    pub per_user: usize,
    /// Runs the whole server takes at once: each uses a core while it computes.
    pub total: usize,
    /// Wall-clock time a run may take before it is stopped.
    pub max_wall: Duration,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum RunState {
    Running,
    Paused,
    Finished,
    Stopped,
    Failed,
}

impl RunState {
    fn active(self) -> bool {
        matches!(self, RunState::Running | RunState::Paused)
    }
}

/// How fast simulated time runs against the wall clock; `0` is as fast as possible.
pub fn valid_speed(speed: f64) -> bool {
    speed == 0.0 || speed == 1.0 || speed == 10.0
}

enum Command {
    Pause,
    Resume,
    Stop,
    Speed(f64),
    Inject {
        kind: FailureKind,
        target: String,
        factor: Option<f64>,
        reply: oneshot::Sender<Result<String, String>>,
    },
    Heal {
        id: String,
        reply: oneshot::Sender<bool>,
    },
}

/// A run's state as the API and the frames show it.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RunView {
    pub id: String,
    pub state: RunState,
    pub speed: f64,
    pub sim_time: f64,
    pub duration_s: f64,
    pub seed: u64,
    pub started_by: String,
    pub problem: Option<String>,
}

pub struct Run {
    doc_id: String,
    /// Whose allowance the run counts against.
    owner: String,
    commands: mpsc::Sender<Command>,
    status: Mutex<Status>,
}

struct Status {
    view: RunView,
    /// The latest frame, `run` included.
    frame: Option<Value>,
    csv: String,
    csv_rows: usize,
    ended_at: Option<Instant>,
}

/// Why a run could not start.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("a simulation of this diagram is already running; stop it first")]
    AlreadyRunning,
    #[error("you already have {0} simulations running, the most allowed at once; stop one first")]
    UserLimit(usize),
    #[error("the server is running {0} simulations, the most it takes at once; try again later")]
    ServerBusy(usize),
}

pub struct SimRuns {
    limits: SimLimits,
    runs: Mutex<HashMap<String, Arc<Run>>>,
    /// One load sweep at a time: each takes a core for seconds.
    pub sweeps: tokio::sync::Semaphore,
}

impl SimRuns {
    pub fn new(limits: SimLimits) -> SimRuns {
        SimRuns {
            limits,
            runs: Mutex::default(),
            sweeps: tokio::sync::Semaphore::new(1),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<Run>>> {
        self.runs.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The document's current or last run.
    pub fn get(&self, doc_id: &str) -> Option<Arc<Run>> {
        self.lock().get(doc_id).cloned()
    }

    pub fn start(
        &self,
        rooms: &Rooms,
        doc_id: &str,
        diagram: Diagram,
        owner: &str,
        started_by: &str,
        speed: f64,
    ) -> Result<Arc<Run>, StartError> {
        let limits = self.limits;
        let mut runs = self.lock();
        let active = |run: &Arc<Run>| run.status().state.active();
        if runs.get(doc_id).is_some_and(active) {
            return Err(StartError::AlreadyRunning);
        }
        let mine = runs
            .values()
            .filter(|run| active(run) && run.owner == owner)
            .count();
        if mine >= limits.per_user {
            return Err(StartError::UserLimit(limits.per_user));
        }
        if runs.values().filter(|run| active(run)).count() >= limits.total {
            return Err(StartError::ServerBusy(limits.total));
        }
        // Finished runs are kept for their last frame and CSV, for an hour.
        runs.retain(|_, run| {
            run.lock()
                .ended_at
                .is_none_or(|at| at.elapsed() < Duration::from_secs(3600))
        });
        let (commands, receiver) = mpsc::channel();
        let scenario = diagram.scenario.clone();
        let run = Arc::new(Run {
            doc_id: doc_id.to_string(),
            owner: owner.to_string(),
            commands,
            status: Mutex::new(Status {
                view: RunView {
                    id: crate::auth::secret::new_id(),
                    state: RunState::Running,
                    speed,
                    sim_time: 0.0,
                    duration_s: scenario.duration_s,
                    seed: scenario.seed,
                    started_by: started_by.to_string(),
                    problem: None,
                },
                frame: None,
                csv: String::from(CSV_HEADER),
                csv_rows: 0,
                ended_at: None,
            }),
        });
        let driven = run.clone();
        let rooms = rooms.clone();
        // Edits are read through the room, which lives on the async runtime.
        let runtime = tokio::runtime::Handle::try_current().ok();
        let spawned = std::thread::Builder::new().name("sim-run".into()).spawn(move || {
            let simulation = Simulation::new(diagram);
            let outcome = catch_unwind(AssertUnwindSafe(|| {
                let edits = runtime.map(|runtime| Edits::new(runtime, rooms.clone(), driven.doc_id.clone()));
                drive(simulation, &driven, &receiver, &rooms, edits, limits.max_wall)
            }));
            if outcome.is_err() {
                tracing::error!(doc = %driven.doc_id, "simulation run panicked");
                driven.end(
                    RunState::Failed,
                    Some("the simulation stopped on an internal error".into()),
                );
                driven.publish_status(&rooms);
            }
        });
        if spawned.is_err() {
            return Err(StartError::ServerBusy(limits.total));
        }
        runs.insert(doc_id.to_string(), run.clone());
        Ok(run)
    }
}

const CSV_HEADER: &str = "sim_time_s,component_id,arrivals_per_s,throughput_per_s,utilization,queue,instances,drops_per_s,errors_per_s,timeouts_per_s,retries_per_s,p50_ms,p95_ms,p99_ms,state\n";

impl Run {
    pub fn status(&self) -> RunView {
        self.lock().view.clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Status> {
        self.status
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The latest frame, or a frame with only the run's state before the first one.
    pub fn frame(&self) -> Value {
        let status = self.lock();
        status
            .frame
            .clone()
            .unwrap_or_else(|| json!({ "run": status.view }))
    }

    pub fn csv(&self) -> String {
        self.lock().csv.clone()
    }

    pub fn pause(&self) {
        let _ = self.commands.send(Command::Pause);
    }

    pub fn resume(&self) {
        let _ = self.commands.send(Command::Resume);
    }

    pub fn stop(&self) {
        let _ = self.commands.send(Command::Stop);
    }

    pub fn set_speed(&self, speed: f64) {
        let _ = self.commands.send(Command::Speed(speed));
    }

    /// Injects a failure; `Err` says why it cannot be (no such target, bad factor, run over).
    pub async fn inject(
        &self,
        kind: FailureKind,
        target: String,
        factor: Option<f64>,
    ) -> Result<String, String> {
        let (reply, answer) = oneshot::channel();
        let command = Command::Inject {
            kind,
            target,
            factor,
            reply,
        };
        if self.commands.send(command).is_err() {
            return Err("the simulation is not running".into());
        }
        answer
            .await
            .unwrap_or_else(|_| Err("the simulation is not running".into()))
    }

    pub async fn heal(&self, id: String) -> Option<bool> {
        let (reply, answer) = oneshot::channel();
        self.commands.send(Command::Heal { id, reply }).ok()?;
        answer.await.ok()
    }

    fn end(&self, state: RunState, problem: Option<String>) {
        let mut status = self.lock();
        status.view.state = state;
        status.view.problem = problem;
        status.ended_at = Some(Instant::now());
        let view = json!(status.view);
        if let Some(Value::Object(frame)) = &mut status.frame {
            frame.insert("run".into(), view);
        }
    }

    /// Sends the latest frame again with the run's current state (after a control).
    fn publish_status(&self, rooms: &Rooms) {
        let frame = {
            let mut status = self.lock();
            let view = json!(status.view);
            match &mut status.frame {
                Some(Value::Object(frame)) => {
                    frame.insert("run".into(), view);
                    Value::Object(frame.clone())
                }
                _ => json!({ "run": view }),
            }
        };
        publish(rooms, &self.doc_id, &frame);
    }

    fn record(&self, simulation: &Simulation, frame: &Frame, rooms: &Rooms) {
        let value = {
            let mut status = self.lock();
            status.view.sim_time = frame.sim_time;
            let mut value = serde_json::to_value(frame).unwrap_or_else(|_| json!({}));
            value["run"] = json!(status.view);
            if status.csv_rows < MAX_CSV_ROWS {
                append_csv(&mut status.csv, simulation, frame);
                status.csv_rows += frame.components.len();
            }
            status.frame = Some(value.clone());
            value
        };
        publish(rooms, &self.doc_id, &value);
    }
}

fn publish(rooms: &Rooms, doc_id: &str, frame: &Value) {
    let json = serde_json::to_vec(frame).unwrap_or_default();
    rooms.publish_ephemeral(doc_id, tandem_protocol::encode_sim(&json).into());
}

fn append_csv(csv: &mut String, simulation: &Simulation, frame: &Frame) {
    use std::fmt::Write;
    let optional = |value: Option<f64>| value.map(|value| format!("{value:.3}")).unwrap_or_default();
    for component in &simulation.diagram().components {
        let Some(c) = frame.components.get(&component.id) else {
            continue;
        };
        let _ = writeln!(
            csv,
            "{:.3},{},{:.3},{:.3},{:.4},{},{},{:.3},{:.3},{:.3},{:.3},{},{},{},{}",
            frame.sim_time,
            component.id,
            c.arrivals,
            c.throughput,
            c.utilization,
            c.queue,
            c.instances,
            c.drops,
            c.errors,
            c.timeouts,
            c.retries,
            optional(c.p50),
            optional(c.p95),
            optional(c.p99),
            c.state
        );
    }
}

/// Follows the document while it runs, so parameter edits reach the simulation within a
/// second. Changes of shape (components or edges added, removed, rewired) wait for the next run.
struct Edits {
    runtime: tokio::runtime::Handle,
    rooms: Rooms,
    doc_id: String,
    last_state: Option<Vec<u8>>,
    last_problem: Option<String>,
}

impl Edits {
    fn new(runtime: tokio::runtime::Handle, rooms: Rooms, doc_id: String) -> Edits {
        Edits {
            runtime,
            rooms,
            doc_id,
            last_state: None,
            last_problem: None,
        }
    }

    /// Applies the document's latest parameters; true when it had changed.
    fn apply(&mut self, simulation: &mut Simulation) -> bool {
        let Ok(state) = self.runtime.block_on(self.rooms.document_state(&self.doc_id)) else {
            return false;
        };
        if self.last_state.as_deref() == Some(state.as_slice()) {
            return false;
        }
        let problem = match Diagram::from_update(&state) {
            Ok(diagram) => (!simulation.reconfigure(diagram)).then(|| {
                "Components or connections changed: press Run again to simulate the new shape".to_string()
            }),
            Err(problem) => Some(format!(
                "The diagram as edited cannot run ({problem}); this run goes on with the last one that could"
            )),
        };
        self.last_state = Some(state);
        if let Some(message) = problem.as_ref().filter(|_| problem != self.last_problem) {
            simulation.log(message.clone());
        }
        self.last_problem = problem;
        true
    }
}

/// The run's loop: take commands, advance simulated time by one tick's worth at the run's
/// speed, publish a frame, wait for the next tick.
fn drive(
    mut simulation: Simulation,
    run: &Run,
    commands: &mpsc::Receiver<Command>,
    rooms: &Rooms,
    mut edits: Option<Edits>,
    max_wall: Duration,
) {
    let started = Instant::now();
    let mut ticks: u32 = 0;
    let duration = simulation.diagram().scenario.duration_s;
    let mut next_tick = Instant::now();
    loop {
        let paused = run.status().state == RunState::Paused;
        // While paused, wait for a command instead of spinning.
        let first = if paused {
            match commands.recv_timeout(TICK) {
                Ok(command) => Some(command),
                Err(RecvTimeoutError::Timeout) => None,
                Err(RecvTimeoutError::Disconnected) => return run.end(RunState::Stopped, None),
            }
        } else {
            None
        };
        ticks = ticks.wrapping_add(1);
        let mut changed = ticks.is_multiple_of(REFRESH_TICKS)
            && edits.as_mut().is_some_and(|edits| edits.apply(&mut simulation));
        let mut pending = first;
        loop {
            let command = match pending.take() {
                Some(command) => command,
                None => match commands.try_recv() {
                    Ok(command) => command,
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => return run.end(RunState::Stopped, None),
                },
            };
            changed = true;
            match command {
                Command::Pause => run.lock().view.state = RunState::Paused,
                Command::Resume => {
                    run.lock().view.state = RunState::Running;
                    next_tick = Instant::now();
                }
                Command::Stop => {
                    run.end(RunState::Stopped, None);
                    return run.publish_status(rooms);
                }
                Command::Speed(speed) => run.lock().view.speed = speed,
                Command::Inject {
                    kind,
                    target,
                    factor,
                    reply,
                } => {
                    let _ = reply.send(simulation.inject(kind, &target, factor));
                }
                Command::Heal { id, reply } => {
                    let _ = reply.send(simulation.heal(&id));
                }
            }
        }
        let view = run.status();
        if view.state == RunState::Paused {
            if changed {
                // Failures injected while paused show at once.
                let frame = simulation.frame();
                run.record(&simulation, &frame, rooms);
            }
            continue;
        }
        let now = simulation.time();
        if view.speed == 0.0 {
            let slice = Instant::now();
            let mut at = now;
            while at < duration && slice.elapsed() < MAX_SPEED_SLICE {
                at = (at + 0.5).min(duration);
                simulation.run_until(at);
            }
        } else {
            simulation.run_until((now + TICK.as_secs_f64() * view.speed).min(duration));
        }
        let frame = simulation.frame();
        run.record(&simulation, &frame, rooms);
        if simulation.time() >= duration {
            run.end(RunState::Finished, None);
            return run.publish_status(rooms);
        }
        if started.elapsed() > max_wall {
            let minutes = max_wall.as_secs() / 60;
            run.end(
                RunState::Stopped,
                Some(format!(
                    "runs are limited to {minutes} minutes of wall time on this server"
                )),
            );
            return run.publish_status(rooms);
        }
        if view.speed != 0.0 {
            next_tick += TICK;
            let wait = next_tick.saturating_duration_since(Instant::now());
            if wait.is_zero() {
                // Behind (a heavy design at 10×): carry on from now rather than racing to catch up.
                next_tick = Instant::now();
            }
            std::thread::sleep(wait);
        }
    }
}
