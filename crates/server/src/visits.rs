//! Visits behind the "recent" listing: written when a signed-in user's socket connects, but a
//! client that reconnects to the same document again and again writes one row a minute.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

/// How long a written visit stands for further connections of the same user to the same document.
const REFRESH_AFTER: Duration = Duration::from_secs(60);

/// Users remembered at most. Past that, entries older than [`REFRESH_AFTER`] are dropped, or
/// all of them: forgetting costs a write, never a wrong listing.
const MAX_USERS: usize = 10_000;

#[derive(Default)]
pub struct VisitThrottle {
    /// Per user: the document whose visit was written last, and when.
    last: Mutex<HashMap<String, (String, Instant)>>,
}

impl VisitThrottle {
    /// Whether the visit of `user` to `doc` at `now` is to be written. It is skipped only when
    /// the user's last written visit was to this document less than a minute ago; a visit to
    /// another document in between is always written, so the order of the "recent" listing is
    /// the order in which documents were opened.
    pub fn should_record(&self, user: &str, doc: &str, now: Instant) -> bool {
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some((last_doc, at)) = last.get(user) {
            if last_doc == doc && now.saturating_duration_since(*at) < REFRESH_AFTER {
                return false;
            }
        }
        if last.len() >= MAX_USERS && !last.contains_key(user) {
            last.retain(|_, (_, at)| now.saturating_duration_since(*at) < REFRESH_AFTER);
            if last.len() >= MAX_USERS {
                last.clear();
            }
        }
        last.insert(user.to_owned(), (doc.to_owned(), now));
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reconnects_to_the_same_document_write_once_a_minute() {
        let visits = VisitThrottle::default();
        let start = Instant::now();
        assert!(visits.should_record("u", "a", start));
        assert!(!visits.should_record("u", "a", start + Duration::from_secs(59)));
        assert!(visits.should_record("v", "a", start), "another user");
        assert!(visits.should_record("u", "a", start + Duration::from_secs(60)));
    }

    #[test]
    fn opening_another_document_in_between_is_always_written() {
        let visits = VisitThrottle::default();
        let start = Instant::now();
        for (seconds, doc) in [(0, "a"), (1, "b"), (2, "a"), (3, "b")] {
            assert!(visits.should_record("u", doc, start + Duration::from_secs(seconds)));
        }
    }

    #[test]
    fn memory_is_bounded() {
        let visits = VisitThrottle::default();
        let start = Instant::now();
        for user in 0..MAX_USERS {
            assert!(visits.should_record(&user.to_string(), "a", start));
        }
        // Full of fresh entries: a new user makes room by forgetting them all.
        assert!(visits.should_record("new", "a", start));
        assert_eq!(visits.last.lock().unwrap().len(), 1);
        for user in 0..MAX_USERS - 1 {
            visits.should_record(&user.to_string(), "a", start);
        }
        // Full again, these old: they are dropped, the fresh one stays.
        let later = start + REFRESH_AFTER;
        assert!(visits.should_record("newer", "a", later));
        assert!(!visits.should_record("newer", "a", later));
        assert_eq!(visits.last.lock().unwrap().len(), 1);
    }
}
