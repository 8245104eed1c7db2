//! Rooms against a real SQLite store in a temporary directory.

use bytes::Bytes;
use std::sync::Arc;
use std::time::Duration;
use tandem_collab::{
    close_code, JoinError, Metrics, Outgoing, PeerAccess, PeerOptions, PeerReceiver, PeerSender, RoomConfig,
    Rooms,
};
use tandem_protocol::{self as protocol, ServerMessage};
use tandem_store::sqlite::SqliteStore;
use tandem_store::{DocKind, Store};
use yrs::updates::decoder::Decode;
use yrs::{Doc, GetString, Text, Transact, Update};

/// A writing peer that asks for `saved` acknowledgements.
const WITH_ACKS: PeerOptions = PeerOptions {
    save_acks: true,
    ephemeral: false,
    read_only: false,
    principal: None,
    author: None,
    max_doc_bytes: None,
};

struct Fixture {
    _dir: tempfile::TempDir,
    store: Arc<SqliteStore>,
    rooms: Rooms,
}

async fn fixture(config: RoomConfig) -> Fixture {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(SqliteStore::open(dir.path().join("t.db"), None).unwrap());
    store
        .create_doc("doc", DocKind::Code, "Test", None)
        .await
        .unwrap();
    let rooms = Rooms::new(store.clone(), config, Arc::new(Metrics::default()));
    Fixture {
        _dir: dir,
        store,
        rooms,
    }
}

async fn join(rooms: &Rooms, options: PeerOptions) -> (PeerSender, PeerReceiver) {
    rooms.join("doc", options).await.expect("join").split()
}

async fn next(rx: &mut PeerReceiver) -> Outgoing {
    tokio::time::timeout(Duration::from_secs(5), rx.next())
        .await
        .expect("no frame within 5 s")
}

async fn next_message(rx: &mut PeerReceiver) -> ServerMessage {
    match next(rx).await {
        Outgoing::Frame(frame) => protocol::decode_server_message(&frame).unwrap(),
        Outgoing::Close(close) => panic!("closed: {close:?}"),
    }
}

async fn expect_close(rx: &mut PeerReceiver) -> u16 {
    loop {
        if let Outgoing::Close(close) = next(rx).await {
            return close.code;
        }
    }
}

fn edit(doc: &Doc, text: &str) -> Vec<u8> {
    let content = doc.get_or_insert_text("content");
    let mut txn = doc.transact_mut();
    let end = content.len(&txn);
    content.insert(&mut txn, end, text);
    txn.encode_update_v1()
}

fn text_of_update(update: &[u8]) -> String {
    let doc = Doc::new();
    let content = doc.get_or_insert_text("content");
    doc.transact_mut()
        .apply_update(Update::decode_v1(update).unwrap())
        .unwrap();
    let text = content.get_string(&doc.transact());
    text
}

#[tokio::test]
async fn updates_fan_out_and_are_acknowledged_once_durable() {
    let f = fixture(RoomConfig::default()).await;
    let (a_tx, mut a_rx) = join(&f.rooms, WITH_ACKS).await;
    let (_b_tx, mut b_rx) = join(&f.rooms, PeerOptions::default()).await;
    assert!(matches!(
        next_message(&mut a_rx).await,
        ServerMessage::SyncStep1(_)
    ));
    assert!(matches!(
        next_message(&mut b_rx).await,
        ServerMessage::SyncStep1(_)
    ));

    let client = Doc::new();
    for word in ["hello", " world"] {
        assert!(
            a_tx.send(Bytes::from(protocol::encode_update(&edit(&client, word))))
                .await
        );
    }
    let mut saved = 0;
    while saved < 2 {
        match next_message(&mut a_rx).await {
            ServerMessage::Saved(n) => saved = n,
            other => panic!("unexpected {other:?}"),
        }
    }
    for expected in ["hello", "hello world"] {
        let ServerMessage::Update(update) = next_message(&mut b_rx).await else {
            panic!("no update")
        };
        assert!(expected.ends_with(&text_of_update(&update)));
    }
    // Saved means stored: a fresh read of the store has both edits.
    let state = f.rooms.document_state("doc").await.unwrap();
    assert_eq!(text_of_update(&state), "hello world");
    assert_eq!(f.store.load_content("doc").await.unwrap().updates.len(), 2);
}

#[tokio::test]
async fn sync_step_1_is_answered_with_the_missing_state() {
    let f = fixture(RoomConfig::default()).await;
    let (a_tx, mut a_rx) = join(&f.rooms, WITH_ACKS).await;
    next_message(&mut a_rx).await;
    a_tx.send(Bytes::from(protocol::encode_sync_step2(&edit(
        &Doc::new(),
        "abc",
    ))))
    .await;
    assert_eq!(next_message(&mut a_rx).await, ServerMessage::Saved(1));
    let (b_tx, mut b_rx) = join(&f.rooms, PeerOptions::default()).await;
    next_message(&mut b_rx).await;
    b_tx.send(Bytes::from(protocol::encode_sync_step1(&Default::default())))
        .await;
    let ServerMessage::SyncStep2(update) = next_message(&mut b_rx).await else {
        panic!("no step 2")
    };
    assert_eq!(text_of_update(&update), "abc");
}

#[tokio::test]
async fn concurrent_first_joins_share_one_load() {
    let f = fixture(RoomConfig::default()).await;
    let joins: Vec<_> = (0..20)
        .map(|_| f.rooms.join("doc", PeerOptions::default()))
        .collect();
    let peers = futures::future::join_all(joins).await;
    assert!(peers.iter().all(Result::is_ok));
    assert_eq!(f.rooms.loaded(), 1);
}

#[tokio::test]
async fn a_document_that_fails_to_load_refuses_peers_and_is_not_overwritten() {
    let f = fixture(RoomConfig::default()).await;
    f.store
        .append_update("doc", edit(&Doc::new(), "kept"))
        .await
        .unwrap();
    f.store
        .append_update("doc", vec![0xff, 0xff, 0xff, 0xff, 0x0f])
        .await
        .unwrap();
    for _ in 0..3 {
        match f.rooms.join("doc", PeerOptions::default()).await {
            Err(JoinError::LoadFailed(reason)) => assert!(reason.contains("update 1"), "{reason}"),
            other => panic!("joined a corrupt document: {:?}", other.err()),
        }
    }
    assert_eq!(f.rooms.loaded(), 0);
    assert_eq!(f.store.load_content("doc").await.unwrap().updates.len(), 2);
}

#[tokio::test]
async fn unknown_documents_are_refused() {
    let f = fixture(RoomConfig::default()).await;
    assert!(matches!(
        f.rooms.join("missing", PeerOptions::default()).await,
        Err(JoinError::NotFound)
    ));
}

#[tokio::test]
async fn a_peer_that_falls_behind_is_caught_up_not_skipped() {
    let f = fixture(RoomConfig {
        peer_queue_frames: 8,
        ..RoomConfig::default()
    })
    .await;
    let (a_tx, mut a_rx) = join(&f.rooms, PeerOptions::default()).await;
    let (_slow_tx, mut slow_rx) = join(&f.rooms, PeerOptions::default()).await;
    next_message(&mut a_rx).await;
    let client = Doc::new();
    let mut expected = String::new();
    // The slow peer reads nothing while 50 updates go by: its 8-frame queue overflows.
    for i in 0..50 {
        let word = format!("{i},");
        a_tx.send(Bytes::from(protocol::encode_update(&edit(&client, &word))))
            .await;
        expected.push_str(&word);
    }
    let follower = Doc::new();
    let text = follower.get_or_insert_text("content");
    while text.get_string(&follower.transact()) != expected {
        match next_message(&mut slow_rx).await {
            ServerMessage::Update(update) | ServerMessage::SyncStep2(update) => {
                follower
                    .transact_mut()
                    .apply_update(Update::decode_v1(&update).unwrap())
                    .unwrap();
            }
            _ => {}
        }
    }
    assert!(f.rooms.metrics().peers_fell_behind.get() >= 1);
}

#[tokio::test]
async fn bad_input_closes_only_the_offending_peer() {
    let f = fixture(RoomConfig::default()).await;
    let (good_tx, mut good_rx) = join(&f.rooms, WITH_ACKS).await;
    next_message(&mut good_rx).await;
    let cases: Vec<(Vec<u8>, u16)> = vec![
        (vec![0xff, 0xff], close_code::INVALID_PAYLOAD), // truncated varint
        (vec![0, 2, 40, 1], close_code::INVALID_PAYLOAD), // payload shorter than its length
        (vec![77], close_code::INVALID_PAYLOAD),         // unknown message type
        (
            protocol::encode_update(&[9, 9, 9, 9]),
            close_code::INVALID_PAYLOAD,
        ), // not a Yjs update
    ];
    for (frame, code) in cases {
        let (tx, mut rx) = join(&f.rooms, PeerOptions::default()).await;
        tx.send(Bytes::from(frame)).await;
        assert_eq!(expect_close(&mut rx).await, code);
    }
    good_tx
        .send(Bytes::from(protocol::encode_update(&edit(
            &Doc::new(),
            "still fine",
        ))))
        .await;
    assert_eq!(next_message(&mut good_rx).await, ServerMessage::Saved(1));
}

#[tokio::test]
async fn read_only_peers_cannot_write() {
    let f = fixture(RoomConfig::default()).await;
    let (tx, mut rx) = join(
        &f.rooms,
        PeerOptions {
            read_only: true,
            ..PeerOptions::default()
        },
    )
    .await;
    next_message(&mut rx).await;
    tx.send(Bytes::from(protocol::encode_update(&edit(&Doc::new(), "nope"))))
        .await;
    assert_eq!(expect_close(&mut rx).await, close_code::POLICY_VIOLATION);
    assert_eq!(text_of_update(&f.rooms.document_state("doc").await.unwrap()), "");
    assert!(f.store.load_content("doc").await.unwrap().updates.is_empty());
}

#[tokio::test]
async fn awareness_is_relayed_and_removed_when_a_peer_leaves() {
    let f = fixture(RoomConfig::default()).await;
    let (a_tx, mut a_rx) = join(&f.rooms, PeerOptions::default()).await;
    let (_b_tx, mut b_rx) = join(&f.rooms, PeerOptions::default()).await;
    next_message(&mut a_rx).await;
    next_message(&mut b_rx).await;
    let mut awareness = yrs::sync::Awareness::new(Doc::with_client_id(77));
    awareness.set_local_state(serde_json_like()).unwrap();
    a_tx.send(Bytes::from(protocol::encode_awareness(
        &awareness.update().unwrap(),
    )))
    .await;
    let ServerMessage::Awareness(seen) = next_message(&mut b_rx).await else {
        panic!("no awareness")
    };
    assert!(seen.clients.values().any(|entry| entry.json.contains("Ada")));
    drop(a_tx);
    let ServerMessage::Awareness(removal) = next_message(&mut b_rx).await else {
        panic!("no removal")
    };
    assert!(removal.clients.values().all(|entry| &*entry.json == "null"));
}

#[tokio::test]
async fn ephemeral_frames_reach_only_peers_that_asked_and_late_joiners_get_the_latest() {
    let f = fixture(RoomConfig::default()).await;
    let watching = PeerOptions {
        ephemeral: true,
        ..PeerOptions::default()
    };
    let (_a_tx, mut watcher) = join(&f.rooms, watching.clone()).await;
    let (_b_tx, mut plain) = join(&f.rooms, PeerOptions::default()).await;
    next_message(&mut watcher).await;
    next_message(&mut plain).await;
    for n in 1..=2u8 {
        f.rooms
            .publish_ephemeral("doc", Bytes::from(protocol::encode_sim(&[b'0' + n])));
    }
    for n in 1..=2u8 {
        let Outgoing::Frame(frame) = next(&mut watcher).await else {
            panic!("closed")
        };
        assert_eq!(protocol::decode_sim(&frame), Some(vec![b'0' + n]));
    }
    let (_c_tx, mut late) = join(&f.rooms, watching).await;
    next_message(&mut late).await;
    let Outgoing::Frame(frame) = next(&mut late).await else {
        panic!("closed")
    };
    assert_eq!(
        protocol::decode_sim(&frame),
        Some(b"2".to_vec()),
        "the latest frame, at once"
    );
    // The room handled both frames (the watcher has them): the plain peer was queued none.
    assert!(plain.try_next_frame().is_none());
}

fn serde_json_like() -> std::collections::HashMap<String, String> {
    [("name".to_string(), "Ada".to_string())].into()
}

#[tokio::test]
async fn an_idle_room_unloads_after_its_updates_are_durable() {
    let f = fixture(RoomConfig {
        idle_unload_after: Duration::from_millis(50),
        ..RoomConfig::default()
    })
    .await;
    let (tx, mut rx) = join(&f.rooms, PeerOptions::default()).await;
    next_message(&mut rx).await;
    tx.send(Bytes::from(protocol::encode_update(&edit(
        &Doc::new(),
        "persisted",
    ))))
    .await;
    drop((tx, rx));
    for _ in 0..100 {
        if f.rooms.loaded() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(f.rooms.loaded(), 0);
    let content = f.store.load_content("doc").await.unwrap();
    assert_eq!(text_of_update(&content.updates[0]), "persisted");
}

#[tokio::test]
async fn the_log_is_compacted_past_the_threshold() {
    let f = fixture(RoomConfig {
        compact_after_updates: 10,
        ..RoomConfig::default()
    })
    .await;
    let (tx, mut rx) = join(&f.rooms, WITH_ACKS).await;
    next_message(&mut rx).await;
    let client = Doc::new();
    for i in 0..25 {
        tx.send(Bytes::from(protocol::encode_update(&edit(
            &client,
            &format!("{i},"),
        ))))
        .await;
    }
    for _ in 0..200 {
        if f.rooms.metrics().compactions.get() >= 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    assert!(f.rooms.metrics().compactions.get() >= 1);
    let content = f.store.load_content("doc").await.unwrap();
    assert!(content.snapshot.is_some());
    assert!(content.updates.len() < 25);
    let rebuilt = tandem_collab::build_doc(&content).unwrap();
    let expected: String = (0..25).map(|i| format!("{i},")).collect();
    assert_eq!(
        rebuilt
            .get_or_insert_text("content")
            .get_string(&rebuilt.transact()),
        expected
    );
}

#[tokio::test]
async fn shutdown_closes_peers_with_going_away() {
    let f = fixture(RoomConfig::default()).await;
    let (_tx, mut rx) = join(&f.rooms, PeerOptions::default()).await;
    f.rooms.shutdown().await;
    assert_eq!(expect_close(&mut rx).await, close_code::GOING_AWAY);
    assert!(matches!(
        f.rooms.join("doc", PeerOptions::default()).await,
        Err(JoinError::ShuttingDown)
    ));
}

/// Thousands of damaged updates (bytes flipped, cut short, spliced) never take down the room or
/// the process, and never leave the store holding something that cannot be loaded.
#[tokio::test]
async fn damaged_updates_never_break_the_room_or_the_stored_document() {
    let f = fixture(RoomConfig::default()).await;
    let author = Doc::new();
    let valid: Vec<Vec<u8>> = (0..20).map(|i| edit(&author, &format!("line {i}\n"))).collect();
    // A small deterministic generator keeps failures reproducible.
    let mut seed = 0x9e37_79b9_7f4a_7c15_u64;
    let mut random = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for round in 0..2000 {
        let mut update = valid[round % valid.len()].clone();
        match random() % 3 {
            0 => {
                for _ in 0..=(random() % 4) {
                    let at = (random() as usize) % update.len();
                    update[at] = random() as u8;
                }
            }
            1 => update.truncate((random() as usize) % update.len()),
            _ => {
                let other = &valid[(random() as usize) % valid.len()];
                let cut = (random() as usize) % other.len();
                update.extend_from_slice(&other[cut..]);
            }
        }
        let (tx, mut rx) = match f.rooms.join("doc", WITH_ACKS).await {
            Ok(peer) => peer.split(),
            // The room is restarting after a caught panic; the next join reloads it.
            Err(JoinError::Restarting) => continue,
            Err(other) => panic!("round {round}: {other}"),
        };
        tx.send(Bytes::from(protocol::encode_update(&update))).await;
        loop {
            match next(&mut rx).await {
                Outgoing::Frame(frame) => {
                    if let Ok(ServerMessage::Saved(_)) = protocol::decode_server_message(&frame) {
                        break;
                    }
                }
                Outgoing::Close(close) => {
                    assert!(
                        [close_code::INVALID_PAYLOAD, close_code::INTERNAL_ERROR].contains(&close.code),
                        "round {round}: {close:?}"
                    );
                    break;
                }
            }
        }
    }
    // Whatever was accepted can be loaded again, and the room still serves edits.
    let content = f.store.load_content("doc").await.unwrap();
    tandem_collab::build_doc(&content).expect("the stored document no longer loads");
    let (tx, mut rx) = join(&f.rooms, WITH_ACKS).await;
    tx.send(Bytes::from(protocol::encode_update(&edit(&Doc::new(), "after"))))
        .await;
    while !matches!(next_message(&mut rx).await, ServerMessage::Saved(1)) {}
}

fn as_user(user: &str) -> PeerOptions {
    PeerOptions {
        principal: Some(user.into()),
        ..WITH_ACKS
    }
}

#[tokio::test]
async fn a_permission_change_applies_to_open_connections_at_once() {
    let f = fixture(RoomConfig::default()).await;
    let (editor_tx, mut editor_rx) = join(&f.rooms, as_user("ed")).await;
    let (_gone_tx, mut gone_rx) = join(&f.rooms, as_user("gone")).await;
    next_message(&mut editor_rx).await;
    next_message(&mut gone_rx).await;
    f.rooms.reauthorize(
        Some("doc"),
        Arc::new(|principal: Option<&str>| match principal {
            Some("ed") => PeerAccess::View,
            _ => PeerAccess::Revoked,
        }),
    );
    assert_eq!(expect_close(&mut gone_rx).await, close_code::FORBIDDEN);
    // The demoted editor keeps reading but can no longer write on the socket it has open.
    editor_tx
        .send(Bytes::from(protocol::encode_update(&edit(&Doc::new(), "sneaky"))))
        .await;
    assert_eq!(expect_close(&mut editor_rx).await, close_code::POLICY_VIOLATION);
    assert!(f.store.load_content("doc").await.unwrap().updates.is_empty());
}

#[tokio::test]
async fn an_update_past_the_size_quota_is_refused_and_not_stored() {
    let f = fixture(RoomConfig::default()).await;
    let options = PeerOptions {
        max_doc_bytes: Some(200),
        ..WITH_ACKS
    };
    let (tx, mut rx) = join(&f.rooms, options).await;
    next_message(&mut rx).await;
    let client = Doc::new();
    tx.send(Bytes::from(protocol::encode_update(&edit(&client, "small"))))
        .await;
    assert_eq!(next_message(&mut rx).await, ServerMessage::Saved(1));
    tx.send(Bytes::from(protocol::encode_update(&edit(
        &client,
        &"x".repeat(500),
    ))))
    .await;
    assert_eq!(expect_close(&mut rx).await, close_code::QUOTA_EXCEEDED);
    let state = f.rooms.document_state("doc").await.unwrap();
    assert_eq!(text_of_update(&state), "small");
}

#[tokio::test]
async fn edits_are_saved_as_automatic_versions_with_their_authors() {
    let f = fixture(RoomConfig {
        version_every: Duration::from_millis(200),
        idle_unload_after: Duration::from_millis(100),
        ..RoomConfig::default()
    })
    .await;
    let ada = PeerOptions {
        author: Some("ada".into()),
        ..WITH_ACKS
    };
    let (tx, mut rx) = join(&f.rooms, ada).await;
    next_message(&mut rx).await;
    let client = Doc::new();
    tx.send(Bytes::from(protocol::encode_update(&edit(&client, "one"))))
        .await;
    while !matches!(next_message(&mut rx).await, ServerMessage::Saved(1)) {}
    assert!(
        f.store.list_versions("doc").await.unwrap().is_empty(),
        "too early for a version"
    );
    tokio::time::sleep(Duration::from_millis(250)).await;
    // The first edit after the interval saves the state it leads to.
    tx.send(Bytes::from(protocol::encode_update(&edit(&client, " two"))))
        .await;
    while !matches!(next_message(&mut rx).await, ServerMessage::Saved(2)) {}
    tx.send(Bytes::from(protocol::encode_update(&edit(&client, " three"))))
        .await;
    while !matches!(next_message(&mut rx).await, ServerMessage::Saved(3)) {}
    drop((tx, rx));
    // Leaving with edits since that version: the unloading room saves one more.
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while f.rooms.loaded() > 0 {
        assert!(tokio::time::Instant::now() < deadline, "room did not unload");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let versions = f.store.list_versions("doc").await.unwrap();
    assert_eq!(versions.len(), 2);
    assert!(versions.iter().all(|v| v.name.is_none() && v.authors == ["ada"]));
    let newest = f
        .store
        .load_version("doc", &versions[0].id)
        .await
        .unwrap()
        .unwrap();
    let older = f
        .store
        .load_version("doc", &versions[1].id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(text_of_update(&newest), "one two three");
    assert_eq!(text_of_update(&older), "one two");
}

#[tokio::test]
async fn a_room_nobody_edited_saves_no_version() {
    let f = fixture(RoomConfig {
        idle_unload_after: Duration::from_millis(50),
        ..RoomConfig::default()
    })
    .await;
    let (tx, mut rx) = join(&f.rooms, WITH_ACKS).await;
    next_message(&mut rx).await;
    drop((tx, rx));
    while f.rooms.loaded() > 0 {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(f.store.list_versions("doc").await.unwrap().is_empty());
}
