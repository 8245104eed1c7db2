//! The queue both stores' writers drain: document writes as operations, each with the reply
//! its caller awaits. One writer per store takes them in order and commits them in batches
//! (group commit); this is the part that does not depend on the database.

use crate::{DocKind, DocMeta, StoreError, StoreResult};
use futures::future::BoxFuture;
use futures::FutureExt;
use std::sync::Mutex;
use tokio::sync::{mpsc, oneshot};

pub(crate) type Reply<T> = oneshot::Sender<StoreResult<T>>;

pub(crate) enum WriteOp {
    Append {
        doc: String,
        data: Vec<u8>,
        reply: Reply<()>,
    },
    Create {
        id: String,
        kind: DocKind,
        title: String,
        owner: Option<String>,
        reply: Reply<DocMeta>,
    },
    Delete {
        id: String,
        reply: Reply<()>,
    },
    Rename {
        id: String,
        title: String,
        reply: Reply<DocMeta>,
    },
    SetTrashed {
        id: String,
        trashed: bool,
        reply: Reply<DocMeta>,
    },
    Compact {
        doc: String,
        snapshot: Vec<u8>,
        upto_seq: i64,
        reply: Reply<()>,
    },
}

/// What the database made of one operation, before it is sent to its caller.
pub(crate) enum OpResult {
    Unit(StoreResult<()>),
    Meta(StoreResult<DocMeta>),
}

/// An operation's reply with its result, ready to send once the batch is committed.
pub(crate) enum Done {
    Unit(Reply<()>, StoreResult<()>),
    Meta(Reply<DocMeta>, StoreResult<DocMeta>),
}

impl Done {
    pub(crate) fn send(self) {
        match self {
            Done::Unit(reply, result) => drop(reply.send(result)),
            Done::Meta(reply, result) => drop(reply.send(result)),
        }
    }
}

impl WriteOp {
    /// Pairs the operation's reply with its result.
    pub(crate) fn done(self, result: OpResult) -> Done {
        match (self, result) {
            (
                WriteOp::Append { reply, .. }
                | WriteOp::Compact { reply, .. }
                | WriteOp::Delete { reply, .. },
                OpResult::Unit(result),
            ) => Done::Unit(reply, result),
            (
                WriteOp::Create { reply, .. }
                | WriteOp::Rename { reply, .. }
                | WriteOp::SetTrashed { reply, .. },
                OpResult::Meta(result),
            ) => Done::Meta(reply, result),
            _ => unreachable!("each operation yields the result of its own kind"),
        }
    }

    /// After a failed batch: content writes (appends, compactions) are kept to be retried, so
    /// nothing acknowledged can be lost; a metadata change is answered with the error, as its
    /// caller is waiting to show it.
    pub(crate) fn keep_for_retry(self, error: &str) -> Option<WriteOp> {
        match self {
            WriteOp::Append { .. } | WriteOp::Compact { .. } => Some(self),
            WriteOp::Create { reply, .. }
            | WriteOp::Rename { reply, .. }
            | WriteOp::SetTrashed { reply, .. } => {
                let _ = reply.send(Err(StoreError::Database(error.to_string())));
                None
            }
            WriteOp::Delete { reply, .. } => {
                let _ = reply.send(Err(StoreError::Database(error.to_string())));
                None
            }
        }
    }
}

/// The sending end of a store's write queue; closed when the store closes.
pub(crate) struct WriteQueue(Mutex<Option<mpsc::UnboundedSender<WriteOp>>>);

impl WriteQueue {
    pub(crate) fn new(writes: mpsc::UnboundedSender<WriteOp>) -> WriteQueue {
        WriteQueue(Mutex::new(Some(writes)))
    }

    /// Queues the operation `make` builds around its reply; resolves with the writer's answer,
    /// or `Closed` once the store is closed.
    pub(crate) fn submit<T: Send + 'static>(
        &self,
        make: impl FnOnce(Reply<T>) -> WriteOp,
    ) -> BoxFuture<'static, StoreResult<T>> {
        let (reply, answer) = oneshot::channel();
        let sent = match &*self.0.lock().unwrap_or_else(|p| p.into_inner()) {
            Some(writes) => writes.send(make(reply)).is_ok(),
            None => false,
        };
        async move {
            if !sent {
                return Err(StoreError::Closed);
            }
            answer.await.unwrap_or(Err(StoreError::Closed))
        }
        .boxed()
    }

    /// Stops taking writes; the writer finishes what is queued.
    pub(crate) fn close(&self) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).take();
    }
}
