//! A diagram as the engine takes it: read from a `sim` document (docs/SIM.md) or from its JSON
//! export, with defaults filled in and everything checked — a diagram that could not run, or
//! could run forever, is refused here with a sentence saying why.

use crate::catalog::{Kind, Params, MAX_COMPONENTS, MAX_EDGES, MAX_TOTAL_RATE};
use serde_json::{Map, Value};
use yrs::types::ToJson;
use yrs::{Doc, Transact};

#[derive(Debug, Clone)]
pub struct Diagram {
    pub components: Vec<Component>,
    pub edges: Vec<Edge>,
    pub scenario: Scenario,
}

#[derive(Debug, Clone)]
pub struct Component {
    pub id: String,
    pub kind: Kind,
    pub name: String,
    pub params: Params,
}

#[derive(Debug, Clone)]
pub struct Edge {
    pub id: String,
    /// Index into [`Diagram::components`].
    pub from: usize,
    pub to: usize,
    pub latency_ms: f64,
    pub share: f64,
    pub admits: Admits,
}

/// Which requests may take an edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Admits {
    All,
    Read,
    Write,
}

#[derive(Debug, Clone)]
pub struct Scenario {
    pub slo_ms: f64,
    pub seed: u64,
    pub duration_s: f64,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            slo_ms: 500.0,
            seed: 1,
            duration_s: 600.0,
        }
    }
}

/// Why a diagram cannot run, in words for the person who drew it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct DiagramError(pub String);

fn problem(message: impl Into<String>) -> DiagramError {
    DiagramError(message.into())
}

impl Diagram {
    /// Reads the diagram of a `sim` document.
    pub fn from_doc(doc: &Doc) -> Result<Diagram, DiagramError> {
        let components = doc.get_or_insert_map("components");
        let edges = doc.get_or_insert_map("edges");
        let scenario = doc.get_or_insert_map("scenario");
        let txn = doc.transact();
        let as_json = |any: yrs::Any| serde_json::to_value(any).unwrap_or(Value::Null);
        // Entries are listed in id order so a run does not depend on the map's internal order.
        let entries = |map: &yrs::MapRef| {
            let mut entries: Vec<Value> = match as_json(map.to_json(&txn)) {
                Value::Object(object) => object
                    .into_iter()
                    .map(|(id, mut value)| {
                        if let Value::Object(fields) = &mut value {
                            fields.insert("id".into(), Value::String(id));
                        }
                        value
                    })
                    .collect(),
                _ => Vec::new(),
            };
            entries.sort_by(|a, b| a["id"].as_str().cmp(&b["id"].as_str()));
            Value::Array(entries)
        };
        let json = serde_json::json!({
            "components": entries(&components),
            "edges": entries(&edges),
            "scenario": as_json(scenario.to_json(&txn)),
        });
        drop(txn);
        Diagram::from_json(&json)
    }

    /// Reads the diagram of a `sim` document given as one Yjs update (its whole state).
    pub fn from_update(update: &[u8]) -> Result<Diagram, DiagramError> {
        use yrs::updates::decoder::Decode;
        let unreadable =
            |error: &dyn std::fmt::Display| problem(format!("The stored diagram cannot be read: {error}"));
        let update = yrs::Update::decode_v1(update).map_err(|e| unreadable(&e))?;
        let doc = Doc::new();
        doc.transact_mut()
            .apply_update(update)
            .map_err(|e| unreadable(&e))?;
        Diagram::from_doc(&doc)
    }

    /// Reads a diagram from its JSON export: `{ components: [...], edges: [...], scenario }`.
    pub fn from_json(json: &Value) -> Result<Diagram, DiagramError> {
        let object = json
            .as_object()
            .ok_or_else(|| problem("A diagram must be a JSON object with components and edges"))?;
        let listed = |key: &str| match object.get(key) {
            None | Some(Value::Null) => Ok(Vec::new()),
            Some(Value::Array(items)) => Ok(items.clone()),
            Some(_) => Err(problem(format!("“{key}” must be a list"))),
        };
        let raw_components = listed("components")?;
        let raw_edges = listed("edges")?;
        if raw_components.len() > MAX_COMPONENTS {
            return Err(problem(format!(
                "The diagram has {} components; the most a run takes is {MAX_COMPONENTS}",
                raw_components.len()
            )));
        }
        if raw_edges.len() > MAX_EDGES {
            return Err(problem(format!(
                "The diagram has {} connections; the most a run takes is {MAX_EDGES}",
                raw_edges.len()
            )));
        }
        let components = raw_components
            .iter()
            .enumerate()
            .map(|(index, raw)| component(index, raw))
            .collect::<Result<Vec<_>, _>>()?;
        let index_of = |id: &str| components.iter().position(|component| component.id == id);
        let edges = raw_edges
            .iter()
            .enumerate()
            .map(|(index, raw)| edge(index, raw, &index_of))
            .collect::<Result<Vec<_>, _>>()?;
        let scenario = scenario(object.get("scenario"))?;
        let diagram = Diagram {
            components,
            edges,
            scenario,
        };
        diagram.check_runnable()?;
        Ok(diagram)
    }

    fn check_runnable(&self) -> Result<(), DiagramError> {
        let clients: Vec<&Component> = self
            .components
            .iter()
            .filter(|component| component.kind == Kind::Client)
            .collect();
        if clients.is_empty() {
            return Err(problem(
                "Add a Clients component: a run needs somewhere for traffic to come from",
            ));
        }
        let total_rate: f64 = clients
            .iter()
            .map(|client| client.params.number("rate").max(client.params.number("peakRate")))
            .sum();
        if total_rate > MAX_TOTAL_RATE {
            return Err(problem(format!(
                "The clients ask for up to {total_rate} requests per second together; the most a run takes is {MAX_TOTAL_RATE}"
            )));
        }
        if let Some(edge) = self
            .edges
            .iter()
            .find(|edge| self.components[edge.to].kind == Kind::Client)
        {
            let to = &self.components[edge.to];
            return Err(problem(format!(
                "“{}” is a source of traffic; nothing can call it",
                to.name
            )));
        }
        if let Some(cycle) = self.find_cycle() {
            let names: Vec<&str> = cycle
                .iter()
                .map(|&index| self.components[index].name.as_str())
                .collect();
            return Err(problem(format!(
                "The diagram has a loop ({}): a request could go round it forever",
                names.join(" → ")
            )));
        }
        Ok(())
    }

    /// A loop of edges, as the components on it (the first repeated at the end).
    fn find_cycle(&self) -> Option<Vec<usize>> {
        #[derive(Clone, Copy, PartialEq)]
        enum Mark {
            New,
            OnPath,
            Done,
        }
        let count = self.components.len();
        let mut outgoing = vec![Vec::new(); count];
        for edge in &self.edges {
            outgoing[edge.from].push(edge.to);
        }
        let mut marks = vec![Mark::New; count];
        for start in 0..count {
            if marks[start] != Mark::New {
                continue;
            }
            // Depth-first without recursion, so a long chain cannot overflow the stack.
            let mut path: Vec<(usize, usize)> = vec![(start, 0)];
            marks[start] = Mark::OnPath;
            while let Some(&mut (node, ref mut next)) = path.last_mut() {
                if let Some(&to) = outgoing[node].get(*next) {
                    *next += 1;
                    match marks[to] {
                        Mark::New => {
                            marks[to] = Mark::OnPath;
                            path.push((to, 0));
                        }
                        Mark::OnPath => {
                            let from = path.iter().position(|&(node, _)| node == to).unwrap_or(0);
                            let mut cycle: Vec<usize> = path[from..].iter().map(|&(node, _)| node).collect();
                            cycle.push(to);
                            return Some(cycle);
                        }
                        Mark::Done => {}
                    }
                } else {
                    marks[node] = Mark::Done;
                    path.pop();
                }
            }
        }
        None
    }

    /// Index of the component with this id.
    pub fn component_index(&self, id: &str) -> Option<usize> {
        self.components.iter().position(|component| component.id == id)
    }

    /// Index of the edge with this id.
    pub fn edge_index(&self, id: &str) -> Option<usize> {
        self.edges.iter().position(|edge| edge.id == id)
    }
}

/// The diagram's JSON export (`{ components, edges, scenario }`, docs/SIM.md) as a Yjs update
/// that writes it into an empty `sim` document: each component and edge its own map, each
/// parameter its own key. The JSON must read as a diagram ([`Diagram::from_json`]).
pub fn document_update(json: &Value) -> Result<Vec<u8>, DiagramError> {
    use yrs::{Any, Map as _, MapPrelim};
    Diagram::from_json(json)?;
    let scalar = |value: &Value| -> Option<Any> {
        match value {
            Value::Bool(flag) => Some(Any::Bool(*flag)),
            Value::Number(number) => number.as_f64().map(Any::from),
            Value::String(text) => Some(Any::String(text.as_str().into())),
            _ => None,
        }
    };
    let doc = Doc::new();
    let components = doc.get_or_insert_map("components");
    let edges = doc.get_or_insert_map("edges");
    let scenario = doc.get_or_insert_map("scenario");
    let mut txn = doc.transact_mut();
    for (key, map) in [("components", &components), ("edges", &edges)] {
        for entry in json[key].as_array().into_iter().flatten() {
            let Some(object) = entry.as_object() else { continue };
            let Some(id) = object.get("id").and_then(Value::as_str) else {
                continue;
            };
            let target = map.insert(&mut txn, id, MapPrelim::default());
            for (field, value) in object {
                if field == "id" {
                    continue;
                }
                if let Value::Object(params) = value {
                    let nested = target.insert(&mut txn, field.as_str(), MapPrelim::default());
                    for (name, value) in params {
                        if let Some(value) = scalar(value) {
                            nested.insert(&mut txn, name.as_str(), value);
                        }
                    }
                } else if let Some(value) = scalar(value) {
                    target.insert(&mut txn, field.as_str(), value);
                }
            }
        }
    }
    for (name, value) in json["scenario"].as_object().into_iter().flatten() {
        if let Some(value) = scalar(value) {
            scenario.insert(&mut txn, name.as_str(), value);
        }
    }
    Ok(txn.encode_update_v1())
}

fn text_field<'a>(object: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    object.get(key).and_then(Value::as_str)
}

fn component(index: usize, raw: &Value) -> Result<Component, DiagramError> {
    let object = raw
        .as_object()
        .ok_or_else(|| problem(format!("Component {} is not an object", index + 1)))?;
    let id = text_field(object, "id")
        .filter(|id| !id.is_empty() && id.len() <= 100)
        .ok_or_else(|| problem(format!("Component {} has no id", index + 1)))?
        .to_string();
    let kind_name = text_field(object, "type").unwrap_or("");
    let name = text_field(object, "name")
        .filter(|name| !name.trim().is_empty())
        .map(|name| name.chars().take(100).collect::<String>());
    let kind = Kind::parse(kind_name).ok_or_else(|| {
        problem(format!(
            "Component “{}” has an unknown type “{kind_name}”",
            name.as_deref().unwrap_or(&id)
        ))
    })?;
    let name = name.unwrap_or_else(|| kind.label().to_string());
    let empty = Map::new();
    let given = match object.get("params") {
        Some(Value::Object(params)) => params,
        None | Some(Value::Null) => &empty,
        Some(_) => return Err(problem(format!("“{name}”: params must be an object"))),
    };
    let params = Params::resolve(kind, given).map_err(|message| problem(format!("“{name}”: {message}")))?;
    Ok(Component {
        id,
        kind,
        name,
        params,
    })
}

fn edge(index: usize, raw: &Value, index_of: &dyn Fn(&str) -> Option<usize>) -> Result<Edge, DiagramError> {
    let object = raw
        .as_object()
        .ok_or_else(|| problem(format!("Connection {} is not an object", index + 1)))?;
    let id = text_field(object, "id").unwrap_or("").to_string();
    let end = |key: &str| {
        let target = text_field(object, key).unwrap_or("");
        index_of(target).ok_or_else(|| {
            problem(format!(
                "Connection {} points at a component that does not exist (“{target}”)",
                index + 1
            ))
        })
    };
    let (from, to) = (end("from")?, end("to")?);
    if from == to {
        return Err(problem(format!(
            "Connection {} joins a component to itself",
            index + 1
        )));
    }
    let number = |key: &str, default: f64, max: f64| match object.get(key) {
        None | Some(Value::Null) => Ok(default),
        Some(value) => value
            .as_f64()
            .filter(|number| (0.0..=max).contains(number))
            .ok_or_else(|| {
                problem(format!(
                    "Connection {}: {key} must be a number from 0 to {max}",
                    index + 1
                ))
            }),
    };
    let latency_ms = number("latencyMs", 1.0, 60_000.0)?;
    let share = number("share", 1.0, 1_000_000.0)?;
    let admits = match text_field(object, "kinds").unwrap_or("all") {
        "all" => Admits::All,
        "read" => Admits::Read,
        "write" => Admits::Write,
        other => {
            return Err(problem(format!(
                "Connection {}: kinds must be all, read or write (not “{other}”)",
                index + 1
            )))
        }
    };
    Ok(Edge {
        id,
        from,
        to,
        latency_ms,
        share,
        admits,
    })
}

fn scenario(raw: Option<&Value>) -> Result<Scenario, DiagramError> {
    let mut scenario = Scenario::default();
    let Some(Value::Object(object)) = raw else {
        return Ok(scenario);
    };
    let number = |key: &str, min: f64, max: f64| -> Result<Option<f64>, DiagramError> {
        match object.get(key) {
            None | Some(Value::Null) => Ok(None),
            Some(value) => value
                .as_f64()
                .filter(|number| (min..=max).contains(number))
                .map(Some)
                .ok_or_else(|| problem(format!("{key} must be a number from {min} to {max}"))),
        }
    };
    if let Some(slo) = number("sloMs", 1.0, 600_000.0)? {
        scenario.slo_ms = slo;
    }
    if let Some(seed) = number("seed", 0.0, 9_007_199_254_740_991.0)? {
        scenario.seed = seed as u64;
    }
    if let Some(duration) = number("durationS", 1.0, 86_400.0)? {
        scenario.duration_s = duration;
    }
    Ok(scenario)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn diagram(json: Value) -> Result<Diagram, DiagramError> {
        Diagram::from_json(&json)
    }

    #[test]
    fn a_loop_is_refused_with_its_path() {
        let problem = diagram(json!({
            "components": [
                { "id": "c", "type": "client", "name": "Users" },
                { "id": "a", "type": "service", "name": "A" },
                { "id": "b", "type": "service", "name": "B" },
            ],
            "edges": [
                { "id": "1", "from": "c", "to": "a" },
                { "id": "2", "from": "a", "to": "b" },
                { "id": "3", "from": "b", "to": "a" },
            ],
        }))
        .unwrap_err();
        assert_eq!(
            problem.0,
            "The diagram has a loop (A → B → A): a request could go round it forever"
        );
    }

    #[test]
    fn unknown_types_missing_ends_and_absurd_values_are_named() {
        let unknown =
            diagram(json!({ "components": [{ "id": "x", "type": "mainframe", "name": "Big iron" }] }));
        assert_eq!(
            unknown.unwrap_err().0,
            "Component “Big iron” has an unknown type “mainframe”"
        );
        let dangling = diagram(json!({
            "components": [{ "id": "c", "type": "client" }],
            "edges": [{ "id": "e", "from": "c", "to": "nowhere" }],
        }));
        assert!(dangling.unwrap_err().0.contains("does not exist (“nowhere”)"));
        let absurd = diagram(json!({
            "components": [
                { "id": "c", "type": "client", "params": { "rate": -10 } },
            ],
        }));
        assert!(absurd
            .unwrap_err()
            .0
            .starts_with("“Clients”: Rate must be between 0 and"));
        let no_source = diagram(json!({ "components": [{ "id": "s", "type": "service" }] }));
        assert!(no_source.unwrap_err().0.starts_with("Add a Clients component"));
        assert!(diagram(json!("not a diagram")).is_err());
    }

    #[test]
    fn an_imported_diagram_reads_back_the_same() {
        use yrs::updates::decoder::Decode;
        let json = json!({
            "components": [
                { "id": "c", "type": "client", "name": "Users", "x": 10, "y": 20, "params": { "rate": 42, "pattern": "spike" } },
                { "id": "s", "type": "service", "name": "API", "params": { "autoscale": true } },
            ],
            "edges": [{ "id": "e", "from": "c", "to": "s", "latencyMs": 7, "kinds": "read" }],
            "scenario": { "sloMs": 250 },
        });
        let doc = Doc::new();
        let update = yrs::Update::decode_v1(&document_update(&json).unwrap()).unwrap();
        doc.transact_mut().apply_update(update).unwrap();
        let read = Diagram::from_doc(&doc).unwrap();
        assert_eq!(read.components[0].params.number("rate"), 42.0);
        assert_eq!(read.components[0].params.text("pattern"), "spike");
        assert!(read.components[1].params.flag("autoscale"));
        assert_eq!(read.edges[0].admits, Admits::Read);
        assert_eq!(read.scenario.slo_ms, 250.0);
        assert!(document_update(&json!({ "components": [{ "id": "x", "type": "nope" }] })).is_err());
    }

    #[test]
    fn a_document_reads_like_its_json() {
        use yrs::{Map, MapPrelim};
        let doc = Doc::new();
        let components = doc.get_or_insert_map("components");
        let edges = doc.get_or_insert_map("edges");
        {
            let mut txn = doc.transact_mut();
            let client = components.insert(&mut txn, "c1", MapPrelim::default());
            client.insert(&mut txn, "type", "client");
            client.insert(&mut txn, "name", "Users");
            let params = client.insert(&mut txn, "params", MapPrelim::default());
            params.insert(&mut txn, "rate", 250.0);
            let service = components.insert(&mut txn, "s1", MapPrelim::default());
            service.insert(&mut txn, "type", "service");
            service.insert(&mut txn, "name", "API");
            let edge = edges.insert(&mut txn, "e1", MapPrelim::default());
            edge.insert(&mut txn, "from", "c1");
            edge.insert(&mut txn, "to", "s1");
            edge.insert(&mut txn, "latencyMs", 3.0);
        }
        let diagram = Diagram::from_doc(&doc).unwrap();
        assert_eq!(diagram.components.len(), 2);
        assert_eq!(diagram.components[0].params.number("rate"), 250.0);
        assert_eq!(diagram.components[1].params.count("instances"), 3);
        assert_eq!(diagram.edges[0].latency_ms, 3.0);
        assert_eq!((diagram.edges[0].from, diagram.edges[0].to), (0, 1));
    }
}
