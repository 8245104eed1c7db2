//! Kill -9 under write load: every edit the server acknowledged as saved must be there after a
//! restart.

mod common;

use common::{create_doc, document_text, temp_dir, Binary};
use futures::{SinkExt, StreamExt};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tandem_protocol::{self as protocol, ServerMessage};
use tokio_tungstenite::tungstenite::Message;
use yrs::{Doc, Text, Transact};

const CYCLES: usize = 4;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn acknowledged_edits_survive_sigkill() {
    let (_dir, path) = temp_dir();
    let mut server = Binary::start(&path, 0);
    let id = create_doc(&server.base).await;
    let mut acknowledged: Vec<String> = Vec::new();

    for cycle in 0..CYCLES {
        let (socket, _) = tokio_tungstenite::connect_async(format!("{}/{id}?ext=ack", server.ws))
            .await
            .unwrap();
        let (mut sink, mut stream) = socket.split();
        let saved = Arc::new(AtomicU64::new(0));
        let reader_saved = saved.clone();
        let reader = tokio::spawn(async move {
            while let Some(Ok(message)) = stream.next().await {
                if let Message::Binary(frame) = message {
                    if let Ok(ServerMessage::Saved(n)) = protocol::decode_server_message(&frame) {
                        reader_saved.fetch_max(n, Ordering::SeqCst);
                    }
                }
            }
        });

        let doc = Doc::new();
        let text = doc.get_or_insert_text("content");
        let mut tokens = Vec::new();
        // Kill at a different point of the stream each cycle.
        let kill_after = Duration::from_millis(300 + 170 * cycle as u64);
        let started = std::time::Instant::now();
        let mut ticker = tokio::time::interval(Duration::from_millis(2));
        while started.elapsed() < kill_after {
            ticker.tick().await;
            let token = format!("[{cycle}.{}]", tokens.len());
            let update = {
                let mut txn = doc.transact_mut();
                let end = text.len(&txn);
                text.insert(&mut txn, end, &token);
                txn.encode_update_v1()
            };
            if sink
                .send(Message::Binary(protocol::encode_update(&update).into()))
                .await
                .is_err()
            {
                break;
            }
            tokens.push(token);
        }
        server.kill9();
        let _ = tokio::time::timeout(Duration::from_secs(5), reader).await;
        let acked = saved.load(Ordering::SeqCst) as usize;
        assert!(
            acked > 0,
            "cycle {cycle}: nothing was acknowledged before the kill"
        );
        acknowledged.extend(tokens.into_iter().take(acked));

        server = Binary::start(&path, 0);
        let content = document_text(&server.base, &id, None).await;
        let missing: Vec<_> = acknowledged
            .iter()
            .filter(|token| !content.contains(token.as_str()))
            .collect();
        assert!(
            missing.is_empty(),
            "cycle {cycle}: {} acknowledged edits lost, e.g. {:?}",
            missing.len(),
            &missing[..missing.len().min(5)]
        );
        eprintln!("cycle {cycle}: {acked} edits acknowledged before SIGKILL, all present after restart");
    }
}
