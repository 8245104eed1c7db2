//! The entries of Tandem's streams and the Redis commands that write and read them.
//!
//! An entry has three fields: `o`, the instance that wrote it; `t`, what it is; `d`, its
//! bytes (a Yjs update, a state vector, an awareness or ephemeral frame, an announcement).

use bytes::Bytes;
use redis::aio::MultiplexedConnection;
use redis::streams::StreamReadReply;
use redis::Value;
use std::time::Duration;
use tandem_collab::relay::EntryId;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Update,
    Need,
    Resync,
    Awareness,
    Ephemeral,
    Announce,
}

impl Kind {
    fn tag(self) -> &'static str {
        match self {
            Kind::Update => "u",
            Kind::Need => "n",
            Kind::Resync => "r",
            Kind::Awareness => "a",
            Kind::Ephemeral => "e",
            Kind::Announce => "x",
        }
    }

    fn from_tag(tag: &[u8]) -> Option<Kind> {
        Some(match tag {
            b"u" => Kind::Update,
            b"n" => Kind::Need,
            b"r" => Kind::Resync,
            b"a" => Kind::Awareness,
            b"e" => Kind::Ephemeral,
            b"x" => Kind::Announce,
            _ => return None,
        })
    }
}

/// An entry read from a stream.
pub(crate) struct Read {
    pub(crate) id: EntryId,
    pub(crate) origin: String,
    pub(crate) kind: Kind,
    pub(crate) data: Bytes,
}

/// An entry to write.
pub(crate) struct Entry {
    kind: Kind,
    data: Bytes,
}

impl Entry {
    pub(crate) fn new(kind: Kind, data: Bytes) -> Self {
        Entry { kind, data }
    }

    /// `XADD`, capped at about `cap` entries if given; answers the new entry's id.
    pub(crate) fn xadd(&self, key: &str, origin: &str, cap: Option<usize>) -> redis::Cmd {
        let mut cmd = redis::cmd("XADD");
        cmd.arg(key);
        if let Some(cap) = cap {
            cmd.arg("MAXLEN").arg("~").arg(cap);
        }
        cmd.arg("*")
            .arg("o")
            .arg(origin)
            .arg("t")
            .arg(self.kind.tag())
            .arg("d")
            .arg(&self.data[..]);
        cmd
    }
}

/// The id of the stream's newest entry, or `0-0` for an empty or missing stream.
pub(crate) async fn last_id(connection: &mut MultiplexedConnection, key: &str) -> redis::RedisResult<String> {
    let newest: redis::streams::StreamRangeReply = redis::cmd("XREVRANGE")
        .arg(key)
        .arg("+")
        .arg("-")
        .arg("COUNT")
        .arg(1)
        .query_async(connection)
        .await?;
    Ok(newest
        .ids
        .first()
        .map_or_else(|| "0-0".to_owned(), |entry| entry.id.clone()))
}

/// One `XREAD` of every `(key, after id)`, waiting up to `block` for something new. Answers
/// the entries per index into `reads`; entries that are not Tandem's are skipped.
pub(crate) async fn read<T>(
    connection: &mut MultiplexedConnection,
    reads: &[(String, String, T)],
    block: Duration,
) -> redis::RedisResult<Vec<(usize, Vec<Read>)>> {
    let mut cmd = redis::cmd("XREAD");
    cmd.arg("COUNT")
        .arg(1000)
        .arg("BLOCK")
        .arg(block.as_millis() as u64)
        .arg("STREAMS");
    for (key, _, _) in reads {
        cmd.arg(key);
    }
    for (_, from, _) in reads {
        cmd.arg(from);
    }
    let reply: Option<StreamReadReply> = cmd.query_async(connection).await?;
    let Some(reply) = reply else { return Ok(Vec::new()) };
    let mut batch = Vec::new();
    for stream in reply.keys {
        let Some(index) = reads.iter().position(|(key, _, _)| *key == stream.key) else {
            continue;
        };
        let entries = stream
            .ids
            .into_iter()
            .filter_map(|entry| {
                let field = |name: &str| match entry.map.get(name) {
                    Some(Value::BulkString(bytes)) => Some(bytes.clone()),
                    Some(Value::SimpleString(text)) => Some(text.clone().into_bytes()),
                    _ => None,
                };
                Some(Read {
                    kind: Kind::from_tag(&field("t")?)?,
                    origin: String::from_utf8(field("o")?).ok()?,
                    data: field("d")?.into(),
                    id: entry.id.into(),
                })
            })
            .collect();
        batch.push((index, entries));
    }
    Ok(batch)
}

/// Whether stream id `a` comes before `b` (`<milliseconds>-<sequence>`).
pub(crate) fn id_before(a: &str, b: &str) -> bool {
    fn parts(id: &str) -> (u64, u64) {
        let (ms, seq) = id.split_once('-').unwrap_or((id, "0"));
        (ms.parse().unwrap_or(0), seq.parse().unwrap_or(0))
    }
    parts(a) < parts(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_compare_by_time_then_sequence() {
        assert!(id_before("1700000000000-5", "1700000000001-0"));
        assert!(id_before("1700000000000-5", "1700000000000-12"));
        assert!(!id_before("1700000000000-12", "1700000000000-12"));
        assert!(!id_before("1700000000002-0", "1700000000001-9"));
    }

    #[test]
    fn tags_read_back_as_their_kind() {
        for kind in [
            Kind::Update,
            Kind::Need,
            Kind::Resync,
            Kind::Awareness,
            Kind::Announce,
        ] {
            assert_eq!(Kind::from_tag(kind.tag().as_bytes()), Some(kind));
        }
        assert_eq!(Kind::from_tag(b"?"), None);
    }
}
