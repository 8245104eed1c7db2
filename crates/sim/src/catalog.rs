//! The component kinds a diagram may use, their parameters, defaults and limits. The browser
//! draws its side panel from this (served as `GET /api/sim/catalog`), so the editor and the
//! engine cannot disagree on a default or a limit.

use serde::Serialize;
use serde_json::{json, Map, Value};

/// What a component does with a request once its own service time is over (docs/SIM.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Kind {
    Client,
    Dns,
    Cdn,
    LoadBalancer,
    Gateway,
    Service,
    Cache,
    Database,
    Queue,
    Workers,
    Storage,
    ExternalApi,
}

impl Kind {
    pub const ALL: [Kind; 12] = [
        Kind::Client,
        Kind::Dns,
        Kind::Cdn,
        Kind::LoadBalancer,
        Kind::Gateway,
        Kind::Service,
        Kind::Cache,
        Kind::Database,
        Kind::Queue,
        Kind::Workers,
        Kind::Storage,
        Kind::ExternalApi,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Client => "client",
            Kind::Dns => "dns",
            Kind::Cdn => "cdn",
            Kind::LoadBalancer => "loadBalancer",
            Kind::Gateway => "gateway",
            Kind::Service => "service",
            Kind::Cache => "cache",
            Kind::Database => "database",
            Kind::Queue => "queue",
            Kind::Workers => "workers",
            Kind::Storage => "storage",
            Kind::ExternalApi => "externalApi",
        }
    }

    pub fn parse(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|kind| kind.name() == name)
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::Client => "Clients",
            Kind::Dns => "DNS",
            Kind::Cdn => "CDN",
            Kind::LoadBalancer => "Load balancer",
            Kind::Gateway => "API gateway",
            Kind::Service => "Service",
            Kind::Cache => "Cache",
            Kind::Database => "Database",
            Kind::Queue => "Message queue",
            Kind::Workers => "Worker pool",
            Kind::Storage => "Object storage",
            Kind::ExternalApi => "External API",
        }
    }

    fn summary(self) -> &'static str {
        match self {
            Kind::Client => "Where traffic comes from: requests per second following a pattern.",
            Kind::Dns => "Resolves names, then passes the request on.",
            Kind::Cdn => "Answers cached content at the edge; misses go to the origin.",
            Kind::LoadBalancer => "Spreads requests over the components behind it.",
            Kind::Gateway => "Checks and rate-limits requests before passing them on.",
            Kind::Service => "An app server pool; each request holds a worker while it calls on.",
            Kind::Cache => "Answers hits from memory; misses go on to the store behind it.",
            Kind::Database => "A primary for writes and read replicas for reads.",
            Kind::Queue => "Accepts messages at once and hands them to workers later.",
            Kind::Workers => "Processes queued messages in the background.",
            Kind::Storage => "Stores and serves files and blobs.",
            Kind::ExternalApi => "A third-party service you call and do not control.",
        }
    }

    /// The parameters of this kind and their defaults, in the side panel's order.
    fn defaults(self) -> Vec<(&'static str, Value)> {
        let pool = |instances: u32, concurrency: u32, dist: &str, ms: f64| {
            vec![
                ("instances", json!(instances)),
                ("concurrency", json!(concurrency)),
                ("serviceDist", json!(dist)),
                ("serviceMs", json!(ms)),
                ("serviceSigma", json!(0.5)),
                ("queueCapacity", json!(1000)),
                ("errorRate", json!(0)),
            ]
        };
        let caller = || {
            vec![
                ("timeoutMs", json!(1000)),
                ("retries", json!(0)),
                ("backoffMs", json!(100)),
                ("breaker", json!(false)),
                ("breakerThreshold", json!(0.5)),
                ("breakerCooldownS", json!(10)),
            ]
        };
        let autoscale = |min: u32, max: u32| {
            vec![
                ("autoscale", json!(false)),
                ("targetUtilization", json!(0.7)),
                ("minInstances", json!(min)),
                ("maxInstances", json!(max)),
                ("cooldownS", json!(60)),
                ("warmupS", json!(30)),
            ]
        };
        let mut params = match self {
            Kind::Client => {
                let mut params = vec![
                    ("pattern", json!("constant")),
                    ("rate", json!(100)),
                    ("peakRate", json!(500)),
                    ("periodS", json!(120)),
                    ("writeRatio", json!(0.1)),
                ];
                params.extend(caller().into_iter().map(|(name, value)| {
                    // A browser waits longer than a service does on its dependencies.
                    (name, if name == "timeoutMs" { json!(10000) } else { value })
                }));
                params
            }
            Kind::Dns => pool(2, 1000, "constant", 2.0),
            Kind::Cdn => {
                let mut params = pool(1, 10000, "lognormal", 8.0);
                params.push(("hitRatio", json!(0.8)));
                params
            }
            Kind::LoadBalancer => pool(1, 10000, "constant", 0.2),
            Kind::Gateway => {
                let mut params = pool(2, 2000, "constant", 1.0);
                params.push(("rateLimit", json!(0)));
                params.extend(caller());
                params
            }
            Kind::Service => {
                let mut params = pool(3, 50, "lognormal", 20.0);
                params.extend(caller());
                params.extend(autoscale(1, 20));
                params
            }
            Kind::Cache => {
                let mut params = pool(1, 1000, "exponential", 1.0);
                params.push(("hitRatio", json!(0.9)));
                params
            }
            Kind::Database => {
                let mut params = pool(1, 100, "lognormal", 5.0);
                params.push(("replicas", json!(0)));
                params.push(("replicaLagMs", json!(50)));
                params
            }
            Kind::Queue => {
                let mut params = pool(1, 1000, "constant", 2.0);
                params.retain(|(name, _)| *name != "queueCapacity");
                params.push(("queueCapacity", json!(10000)));
                params.extend(caller().into_iter().map(|(name, value)| {
                    // Background jobs may take long; the broker redelivers after a while.
                    (name, if name == "timeoutMs" { json!(60000) } else { value })
                }));
                params
            }
            Kind::Workers => {
                let mut params = pool(2, 10, "exponential", 100.0);
                params.extend(caller());
                params.extend(autoscale(1, 50));
                params
            }
            Kind::Storage => pool(1, 10000, "lognormal", 30.0),
            Kind::ExternalApi => {
                let mut params = pool(1, 100, "lognormal", 150.0);
                for (name, value) in &mut params {
                    if *name == "errorRate" {
                        *value = json!(0.01);
                    }
                }
                params
            }
        };
        params.push(("zone", json!("")));
        params
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ParamType {
    Integer,
    Number,
    Boolean,
    Choice(&'static [&'static str]),
    Text,
}

struct ParamSpec {
    name: &'static str,
    label: &'static str,
    ty: ParamType,
    min: f64,
    max: f64,
    unit: Option<&'static str>,
    help: &'static str,
}

pub const DISTRIBUTIONS: &[&str] = &["constant", "exponential", "lognormal"];
pub const PATTERNS: &[&str] = &["constant", "ramp", "spike", "diurnal"];

/// Limits keep a run bounded in memory and time: a diagram asking for more is refused with
/// the parameter's name, not run until the server gives out.
const PARAMS: &[ParamSpec] = &[
    spec("pattern", "Traffic pattern", ParamType::Choice(PATTERNS), 0.0, 0.0, None, "Constant, a ramp from rate to peak over the period, a spike to peak for a tenth of each period, or a day-like wave."),
    spec("rate", "Rate", ParamType::Number, 0.0, 100_000.0, Some("req/s"), "Requests per second (the low point of a ramp, spike or wave)."),
    spec("peakRate", "Peak rate", ParamType::Number, 0.0, 100_000.0, Some("req/s"), "Requests per second at the top of a ramp, spike or wave."),
    spec("periodS", "Period", ParamType::Number, 1.0, 86_400.0, Some("s"), "Length of the ramp, or the time between spikes or wave crests."),
    spec("writeRatio", "Writes", ParamType::Number, 0.0, 1.0, Some("ratio"), "Share of requests that write; the rest read."),
    spec("instances", "Instances", ParamType::Integer, 0.0, 10_000.0, None, "Machines or processes serving this component."),
    spec("concurrency", "Concurrency per instance", ParamType::Integer, 1.0, 100_000.0, None, "Requests one instance works on at once (threads, connections)."),
    spec("serviceDist", "Service time", ParamType::Choice(DISTRIBUTIONS), 0.0, 0.0, None, "How the time to handle one request varies."),
    spec("serviceMs", "Mean service time", ParamType::Number, 0.0, 600_000.0, Some("ms"), "Time to handle one request, its calls to others not included."),
    spec("serviceSigma", "Spread (log-normal σ)", ParamType::Number, 0.0, 3.0, None, "How long the tail of a log-normal service time is."),
    spec("queueCapacity", "Queue capacity", ParamType::Integer, 0.0, 1_000_000.0, None, "Requests that may wait; more are refused."),
    spec("errorRate", "Error rate", ParamType::Number, 0.0, 1.0, Some("ratio"), "Share of requests that fail here."),
    spec("timeoutMs", "Timeout", ParamType::Number, 0.0, 3_600_000.0, Some("ms"), "How long a call to the next component may take (0: wait forever)."),
    spec("retries", "Retries", ParamType::Integer, 0.0, 10.0, None, "Times a failed or timed-out call is tried again."),
    spec("backoffMs", "Retry backoff", ParamType::Number, 0.0, 600_000.0, Some("ms"), "Wait before the first retry; doubled for each next one."),
    spec("breaker", "Circuit breaker", ParamType::Boolean, 0.0, 1.0, None, "Stop calling a component that keeps failing, for a cool-down."),
    spec("breakerThreshold", "Breaker threshold", ParamType::Number, 0.01, 1.0, Some("ratio"), "Share of failed calls that opens the breaker."),
    spec("breakerCooldownS", "Breaker cool-down", ParamType::Number, 0.1, 3600.0, Some("s"), "How long an open breaker refuses calls."),
    spec("autoscale", "Autoscaling", ParamType::Boolean, 0.0, 1.0, None, "Add or remove instances to hold the target utilisation."),
    spec("targetUtilization", "Target utilisation", ParamType::Number, 0.05, 1.0, Some("ratio"), "How busy autoscaling keeps the instances."),
    spec("minInstances", "Min instances", ParamType::Integer, 0.0, 10_000.0, None, "Autoscaling never goes below this."),
    spec("maxInstances", "Max instances", ParamType::Integer, 1.0, 10_000.0, None, "Autoscaling never goes above this."),
    spec("cooldownS", "Scaling cool-down", ParamType::Number, 1.0, 86_400.0, Some("s"), "Time between two scaling decisions."),
    spec("warmupS", "Warm-up", ParamType::Number, 0.0, 86_400.0, Some("s"), "Time before a new instance serves."),
    spec("hitRatio", "Hit ratio", ParamType::Number, 0.0, 1.0, Some("ratio"), "Share of requests answered here."),
    spec("replicas", "Read replicas", ParamType::Integer, 0.0, 100.0, None, "Copies that serve reads; writes go to the primary."),
    spec("replicaLagMs", "Replica lag", ParamType::Number, 0.0, 3_600_000.0, Some("ms"), "A read this soon after a write may be stale."),
    spec("rateLimit", "Rate limit", ParamType::Number, 0.0, 1_000_000.0, Some("req/s"), "Requests per second let through (0: no limit); more get 429."),
    spec("zone", "Zone", ParamType::Text, 0.0, 0.0, None, "Availability zone, for zone failures."),
];

const fn spec(
    name: &'static str,
    label: &'static str,
    ty: ParamType,
    min: f64,
    max: f64,
    unit: Option<&'static str>,
    help: &'static str,
) -> ParamSpec {
    ParamSpec {
        name,
        label,
        ty,
        min,
        max,
        unit,
        help,
    }
}

fn param_spec(name: &str) -> Option<&'static ParamSpec> {
    PARAMS.iter().find(|spec| spec.name == name)
}

/// The most components one diagram may have.
pub const MAX_COMPONENTS: usize = 200;
/// The most edges one diagram may have.
pub const MAX_EDGES: usize = 1000;
/// The most total client traffic a diagram may ask for, in requests per second.
pub const MAX_TOTAL_RATE: f64 = 100_000.0;

/// The catalog as the browser reads it (docs/SIM.md).
pub fn catalog_json() -> Value {
    let kinds: Vec<Value> = Kind::ALL
        .iter()
        .map(|kind| {
            let defaults = kind.defaults();
            // JSON objects have no order; the list keeps the side panel's.
            let order: Vec<&str> = defaults.iter().map(|(name, _)| *name).collect();
            let defaults: Map<String, Value> = defaults
                .into_iter()
                .map(|(name, value)| (name.to_string(), value))
                .collect();
            json!({ "kind": kind.name(), "label": kind.label(), "summary": kind.summary(), "params": order, "defaults": defaults })
        })
        .collect();
    let params: Map<String, Value> = PARAMS
        .iter()
        .map(|spec| {
            let (ty, choices) = match spec.ty {
                ParamType::Integer => ("integer", None),
                ParamType::Number => ("number", None),
                ParamType::Boolean => ("boolean", None),
                ParamType::Choice(choices) => ("choice", Some(choices)),
                ParamType::Text => ("text", None),
            };
            let numeric = matches!(spec.ty, ParamType::Integer | ParamType::Number);
            let value = json!({
                "label": spec.label,
                "type": ty,
                "min": numeric.then_some(spec.min),
                "max": numeric.then_some(spec.max),
                "unit": spec.unit,
                "choices": choices,
                "help": spec.help,
                "shownWhen": shown_when(spec.name),
            });
            (spec.name.to_string(), value)
        })
        .collect();
    json!({ "kinds": kinds, "params": params })
}

/// A parameter that only matters when another has a value, so the panel can hide it otherwise.
fn shown_when(name: &str) -> Option<Value> {
    match name {
        "breakerThreshold" | "breakerCooldownS" => Some(json!({ "breaker": true })),
        "targetUtilization" | "minInstances" | "maxInstances" | "cooldownS" | "warmupS" => {
            Some(json!({ "autoscale": true }))
        }
        "serviceSigma" => Some(json!({ "serviceDist": "lognormal" })),
        _ => None,
    }
}

/// A component's parameters after defaults and checks: every parameter of its kind, valid.
#[derive(Debug, Clone)]
pub struct Params(Map<String, Value>);

impl Params {
    /// Fills in defaults and checks every given value against the kind's parameters and their
    /// limits. Unknown parameters are ignored (a newer editor may know more); a wrong type or
    /// a value out of range is refused with a sentence naming it.
    pub fn resolve(kind: Kind, given: &Map<String, Value>) -> Result<Params, String> {
        let mut params = Map::new();
        for (name, default) in kind.defaults() {
            let spec = param_spec(name).expect("every default has a spec");
            let value = match given.get(name) {
                None | Some(Value::Null) => default,
                Some(value) => check(spec, value)?,
            };
            params.insert(name.to_string(), value);
        }
        Ok(Params(params))
    }

    pub fn number(&self, name: &str) -> f64 {
        self.0.get(name).and_then(Value::as_f64).unwrap_or(0.0)
    }

    pub fn count(&self, name: &str) -> u32 {
        self.number(name).max(0.0) as u32
    }

    pub fn flag(&self, name: &str) -> bool {
        self.0.get(name).and_then(Value::as_bool).unwrap_or(false)
    }

    pub fn text(&self, name: &str) -> &str {
        self.0.get(name).and_then(Value::as_str).unwrap_or("")
    }

    pub fn set(&mut self, name: &str, value: Value) {
        self.0.insert(name.to_string(), value);
    }
}

fn check(spec: &ParamSpec, value: &Value) -> Result<Value, String> {
    let label = spec.label;
    match spec.ty {
        ParamType::Integer | ParamType::Number => {
            // The browser's number inputs may hand over a numeric string.
            let number = match value {
                Value::Number(number) => number.as_f64(),
                Value::String(text) => text.trim().parse::<f64>().ok(),
                _ => None,
            }
            .filter(|number| number.is_finite())
            .ok_or_else(|| format!("{label} must be a number"))?;
            if number < spec.min || number > spec.max {
                return Err(format!(
                    "{label} must be between {} and {} (it is {number})",
                    spec.min, spec.max
                ));
            }
            let number = if spec.ty == ParamType::Integer {
                number.round()
            } else {
                number
            };
            Ok(json!(number))
        }
        ParamType::Boolean => value
            .as_bool()
            .map(Value::Bool)
            .ok_or_else(|| format!("{label} must be true or false")),
        ParamType::Choice(choices) => match value.as_str() {
            Some(choice) if choices.contains(&choice) => Ok(value.clone()),
            _ => Err(format!("{label} must be one of {}", choices.join(", "))),
        },
        ParamType::Text => match value {
            Value::String(text) if text.len() <= 100 => Ok(value.clone()),
            _ => Err(format!("{label} must be a short text")),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_is_within_its_own_limits() {
        for kind in Kind::ALL {
            for (name, value) in kind.defaults() {
                let spec = param_spec(name).unwrap_or_else(|| panic!("{name} has no spec"));
                let checked =
                    check(spec, &value).unwrap_or_else(|problem| panic!("{kind:?}.{name}: {problem}"));
                assert!(
                    checked == value || checked.as_f64() == value.as_f64(),
                    "{kind:?}.{name}"
                );
            }
        }
    }

    #[test]
    fn out_of_range_values_are_refused_by_name() {
        let given: Map<String, Value> = serde_json::from_str(r#"{"instances": 1e9}"#).unwrap();
        let problem = Params::resolve(Kind::Service, &given).unwrap_err();
        assert!(
            problem.starts_with("Instances must be between 0 and 10000"),
            "{problem}"
        );
        let given: Map<String, Value> = serde_json::from_str(r#"{"rate": -5}"#).unwrap();
        assert!(Params::resolve(Kind::Client, &given).is_err());
        let given: Map<String, Value> = serde_json::from_str(r#"{"serviceDist": "gamma"}"#).unwrap();
        assert!(Params::resolve(Kind::Service, &given).is_err());
    }

    #[test]
    fn numeric_strings_and_missing_values_are_accepted() {
        let given: Map<String, Value> = serde_json::from_str(r#"{"instances": "4"}"#).unwrap();
        let params = Params::resolve(Kind::Service, &given).unwrap();
        assert_eq!(params.count("instances"), 4);
        assert_eq!(params.number("serviceMs"), 20.0);
    }
}
