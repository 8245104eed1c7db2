//! The one clock latencies are measured on: the system's real-time clock, because the kernel
//! stamps received packets on it (see `stamped`), and a send and a receipt must be compared
//! on the same clock.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A moment, as time since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stamp(Duration);

impl Stamp {
    pub fn now() -> Stamp {
        Stamp(SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default())
    }

    pub fn from_unix_nanos(nanos: u64) -> Stamp {
        Stamp(Duration::from_nanos(nanos))
    }

    /// Nanoseconds since the Unix epoch: also a name no earlier run has used.
    pub fn unix_nanos(self) -> u128 {
        self.0.as_nanos()
    }

    /// How long after `earlier` this is; zero if it is not after it.
    pub fn since(self, earlier: Stamp) -> Duration {
        self.0.saturating_sub(earlier.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_is_never_negative() {
        let (a, b) = (Stamp::from_unix_nanos(1_000), Stamp::from_unix_nanos(4_000));
        assert_eq!(b.since(a), Duration::from_micros(3));
        assert_eq!(a.since(b), Duration::ZERO);
    }
}
