//! Failures injected into a running simulation, and healing them.

use crate::engine::Simulation;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum FailureKind {
    /// The whole component stops: every request to it fails.
    Kill,
    /// One instance stops.
    KillInstance,
    /// Service time × factor.
    Slow,
    /// The component fails this share of requests.
    Errors,
    /// An edge stops carrying calls (target: the edge id).
    Cut,
    /// Every component in a zone stops (target: the zone's name).
    Zone,
}

/// An active failure as frames list it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FailureView {
    pub id: String,
    pub kind: FailureKind,
    pub target: String,
    pub factor: Option<f64>,
}

#[derive(Debug, Clone)]
pub(crate) struct Failure {
    view: FailureView,
    stations: Vec<usize>,
    edge: Option<usize>,
}

impl Simulation {
    /// Starts a failure; the error says why it cannot (no such target, a factor out of range).
    pub fn inject(&mut self, kind: FailureKind, target: &str, factor: Option<f64>) -> Result<String, String> {
        let diagram = &self.diagram;
        let component = || {
            diagram
                .component_index(target)
                .ok_or_else(|| format!("There is no component “{target}”"))
        };
        let (stations, edge, factor) = match kind {
            FailureKind::Kill | FailureKind::KillInstance => (vec![component()?], None, None),
            FailureKind::Slow => {
                let factor = factor.unwrap_or(5.0);
                if !(1.0..=1000.0).contains(&factor) {
                    return Err("A slow-down factor must be between 1 and 1000".into());
                }
                (vec![component()?], None, Some(factor))
            }
            FailureKind::Errors => {
                let factor = factor.unwrap_or(0.5);
                if !(0.0..=1.0).contains(&factor) {
                    return Err("An error rate must be between 0 and 1".into());
                }
                (vec![component()?], None, Some(factor))
            }
            FailureKind::Cut => {
                let edge = diagram
                    .edge_index(target)
                    .ok_or_else(|| format!("There is no connection “{target}”"))?;
                (Vec::new(), Some(edge), None)
            }
            FailureKind::Zone => {
                let stations: Vec<usize> = (0..self.stations.len())
                    .filter(|&index| !target.is_empty() && self.stations[index].zone == target)
                    .collect();
                if stations.is_empty() {
                    return Err(format!("No component is in zone “{target}”"));
                }
                (stations, None, None)
            }
        };
        self.next_failure += 1;
        let id = format!("f{}", self.next_failure);
        let failure = Failure {
            view: FailureView {
                id: id.clone(),
                kind,
                target: target.to_string(),
                factor,
            },
            stations,
            edge,
        };
        if kind == FailureKind::KillInstance {
            let index = failure.stations[0];
            let now = self.now_ns();
            let station = &mut self.stations[index];
            station.levels.advance(now);
            station.instances = station.instances.saturating_sub(1);
        }
        let description = describe(&failure.view, self);
        self.failures.push(failure);
        self.apply_failures();
        self.note(None, description);
        Ok(id)
    }

    /// Ends a failure; false when there is none with this id.
    pub fn heal(&mut self, id: &str) -> bool {
        let Some(position) = self.failures.iter().position(|failure| failure.view.id == id) else {
            return false;
        };
        let failure = self.failures.remove(position);
        if failure.view.kind == FailureKind::KillInstance {
            self.stations[failure.stations[0]].instances += 1;
        }
        self.apply_failures();
        for &index in &failure.stations {
            self.slots_changed(index);
        }
        let description = describe(&failure.view, self);
        self.note(None, format!("healed: {description}"));
        true
    }

    /// Instances of a component that injected failures have taken out.
    pub(crate) fn instances_killed(&self, index: usize) -> u64 {
        self.failures
            .iter()
            .filter(|failure| failure.view.kind == FailureKind::KillInstance && failure.stations[0] == index)
            .count() as u64
    }

    pub fn failure_views(&self) -> Vec<FailureView> {
        self.failures.iter().map(|failure| failure.view.clone()).collect()
    }

    /// Sets each component's and edge's failure state from the failures now active.
    fn apply_failures(&mut self) {
        let now = self.now_ns();
        for station in &mut self.stations {
            station.levels.advance(now);
            station.down = false;
            station.slow = 1.0;
            station.injected_error_rate = 0.0;
        }
        for edge in &mut self.edges {
            edge.cut = false;
        }
        let mut killed = Vec::new();
        for failure in &self.failures {
            for &index in &failure.stations {
                let station = &mut self.stations[index];
                match failure.view.kind {
                    FailureKind::Kill | FailureKind::Zone => {
                        station.down = true;
                        killed.push(index);
                    }
                    FailureKind::Slow => station.slow = station.slow.max(failure.view.factor.unwrap_or(1.0)),
                    FailureKind::Errors => {
                        station.injected_error_rate = station
                            .injected_error_rate
                            .max(failure.view.factor.unwrap_or(0.0))
                    }
                    FailureKind::KillInstance | FailureKind::Cut => {}
                }
            }
            if let Some(edge) = failure.edge {
                self.edges[edge].cut = true;
            }
        }
        for index in killed {
            self.drop_waiting(index);
        }
    }
}

fn describe(failure: &FailureView, simulation: &Simulation) -> String {
    let diagram = simulation.diagram();
    let name = |id: &str| {
        diagram
            .component_index(id)
            .map(|index| diagram.components[index].name.clone())
            .unwrap_or_else(|| id.to_string())
    };
    match failure.kind {
        FailureKind::Kill => format!("{} killed", name(&failure.target)),
        FailureKind::KillInstance => format!("one instance of {} killed", name(&failure.target)),
        FailureKind::Slow => format!(
            "{} slowed down ×{}",
            name(&failure.target),
            failure.factor.unwrap_or(1.0)
        ),
        FailureKind::Errors => format!(
            "{} failing {:.0} % of requests",
            name(&failure.target),
            failure.factor.unwrap_or(0.0) * 100.0
        ),
        FailureKind::Cut => {
            let edge = diagram
                .edge_index(&failure.target)
                .map(|index| &diagram.edges[index]);
            match edge {
                Some(edge) => format!(
                    "connection {} → {} cut",
                    diagram.components[edge.from].name, diagram.components[edge.to].name
                ),
                None => "a connection cut".to_string(),
            }
        }
        FailureKind::Zone => format!("zone {} down", failure.target),
    }
}
