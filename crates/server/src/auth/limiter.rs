//! Slows down password guessing: after a few failed attempts for one key (an IP address or an
//! account), each further attempt has to wait twice as long as the one before, up to a cap.
//! No crate does failure-driven backoff (rate limiters such as `governor` count every request
//! alike), so this is a small map with a periodic sweep.

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Entries idle this long are forgotten.
const FORGET_AFTER: Duration = Duration::from_secs(3600);
/// Sweep when the map grows past this many keys, so an attacker cycling keys cannot grow it
/// without bound.
const SWEEP_AT: usize = 10_000;

#[derive(Debug, Clone, Copy)]
pub struct BackoffPolicy {
    /// Failures allowed before any waiting.
    pub free_failures: u32,
    pub first_wait: Duration,
    pub max_wait: Duration,
}

struct Entry {
    failures: u32,
    blocked_until: Instant,
    last_seen: Instant,
}

pub struct Backoff {
    policy: BackoffPolicy,
    entries: Mutex<HashMap<String, Entry>>,
}

impl Backoff {
    pub fn new(policy: BackoffPolicy) -> Self {
        Backoff {
            policy,
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// `Err(seconds)` while any of the keys must wait.
    pub fn check(&self, keys: &[&str]) -> Result<(), u64> {
        let now = Instant::now();
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        let wait = keys
            .iter()
            .filter_map(|key| entries.get(*key))
            .map(|entry| entry.blocked_until.saturating_duration_since(now))
            .max()
            .unwrap_or_default();
        if wait.is_zero() {
            Ok(())
        } else {
            Err(wait.as_secs_f64().ceil() as u64)
        }
    }

    pub fn failed(&self, keys: &[&str]) {
        let now = Instant::now();
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() >= SWEEP_AT {
            entries.retain(|_, entry| now.duration_since(entry.last_seen) < FORGET_AFTER);
        }
        for key in keys {
            let entry = entries.entry((*key).to_owned()).or_insert(Entry {
                failures: 0,
                blocked_until: now,
                last_seen: now,
            });
            if now.duration_since(entry.last_seen) >= FORGET_AFTER {
                entry.failures = 0;
            }
            entry.failures += 1;
            entry.last_seen = now;
            if let Some(over) = entry.failures.checked_sub(self.policy.free_failures + 1) {
                let wait = self.policy.first_wait.saturating_mul(1 << over.min(20));
                entry.blocked_until = now + wait.min(self.policy.max_wait);
            }
        }
    }

    pub fn succeeded(&self, keys: &[&str]) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        for key in keys {
            entries.remove(*key);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_after_the_free_failures_and_success_resets() {
        let backoff = Backoff::new(BackoffPolicy {
            free_failures: 2,
            first_wait: Duration::from_secs(1),
            max_wait: Duration::from_secs(8),
        });
        for _ in 0..2 {
            backoff.failed(&["ip"]);
            assert!(backoff.check(&["ip"]).is_ok());
        }
        backoff.failed(&["ip"]);
        assert_eq!(backoff.check(&["ip", "other"]), Err(1));
        backoff.failed(&["ip"]);
        assert_eq!(backoff.check(&["ip"]), Err(2));
        for _ in 0..10 {
            backoff.failed(&["ip"]);
        }
        assert_eq!(backoff.check(&["ip"]), Err(8), "capped");
        backoff.succeeded(&["ip"]);
        assert!(backoff.check(&["ip"]).is_ok());
    }
}
