//! Latency bookkeeping: exact percentiles over recorded samples.

use serde::Serialize;
use std::time::Duration;

#[derive(Debug, Default, Clone)]
pub struct Latencies {
    micros: Vec<u64>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Summary {
    pub count: usize,
    pub p50_ms: f64,
    pub p95_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
}

impl Latencies {
    pub fn record(&mut self, latency: Duration) {
        self.micros.push(latency.as_micros() as u64);
    }

    pub fn merge(&mut self, other: Latencies) {
        self.micros.extend(other.micros);
    }

    pub fn len(&self) -> usize {
        self.micros.len()
    }

    pub fn is_empty(&self) -> bool {
        self.micros.is_empty()
    }

    /// Nearest-rank percentiles (the smallest sample with at least p% of samples at or below it).
    pub fn summary(&self) -> Summary {
        let mut sorted = self.micros.clone();
        sorted.sort_unstable();
        let at = |p: f64| -> f64 {
            if sorted.is_empty() {
                return 0.0;
            }
            let rank = ((p / 100.0) * sorted.len() as f64).ceil().max(1.0) as usize;
            sorted[rank.min(sorted.len()) - 1] as f64 / 1000.0
        };
        Summary {
            count: sorted.len(),
            p50_ms: at(50.0),
            p95_ms: at(95.0),
            p99_ms: at(99.0),
            max_ms: sorted.last().map_or(0.0, |&m| m as f64 / 1000.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_use_the_nearest_rank() {
        let mut latencies = Latencies::default();
        for ms in 1..=100 {
            latencies.record(Duration::from_millis(ms));
        }
        let summary = latencies.summary();
        assert_eq!(
            (summary.p50_ms, summary.p95_ms, summary.p99_ms, summary.max_ms),
            (50.0, 95.0, 99.0, 100.0)
        );
        assert_eq!(summary.count, 100);
    }

    #[test]
    fn merging_and_empty() {
        assert_eq!(Latencies::default().summary().p99_ms, 0.0);
        let mut a = Latencies::default();
        a.record(Duration::from_micros(1500));
        let mut b = Latencies::default();
        b.record(Duration::from_micros(500));
        a.merge(b);
        assert_eq!(a.summary().p50_ms, 0.5);
        assert_eq!(a.summary().max_ms, 1.5);
    }
}
