//! The `/sync/<id>` socket and the REST API against a server on a loopback port.

mod common;

use common::{
    args, create_doc, create_owned_doc, document_text, get_json_as, signup, temp_dir, Client, InProcess,
};
use futures::SinkExt;
use tandem_collab::close_code;
use tandem_protocol::{self as protocol, ServerMessage};
use tokio_tungstenite::tungstenite::Message;

#[tokio::test]
async fn edits_reach_other_peers_and_are_acknowledged() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let id = create_doc(&server.base).await;
    let mut writer = Client::connect(&format!("{}/{id}?ext=ack", server.ws)).await;
    let mut reader = Client::connect(&format!("{}/{id}", server.ws)).await;
    assert!(matches!(writer.next_message().await, ServerMessage::SyncStep1(_)));
    assert!(matches!(reader.next_message().await, ServerMessage::SyncStep1(_)));
    writer.append("hello").await;
    assert_eq!(writer.next_message().await, ServerMessage::Saved(1));
    assert!(matches!(reader.next_message().await, ServerMessage::Update(_)));
    assert_eq!(document_text(&server.base, &id, None).await, "hello");
    server.shutdown().await;
}

#[tokio::test]
async fn bad_input_closes_only_the_offending_connection_with_a_reason() {
    let (_dir, path) = temp_dir();
    let mut config = args(&path);
    config.max_message_bytes = 64 * 1024;
    let server = InProcess::start(config).await;
    let id = create_doc(&server.base).await;
    let url = format!("{}/{id}?ext=ack", server.ws);
    let mut bystander = Client::connect(&url).await;
    bystander.next_message().await;

    let cases: Vec<(&str, Message, u16)> = vec![
        (
            "truncated varint",
            Message::Binary(vec![0x80, 0x80].into()),
            close_code::INVALID_PAYLOAD,
        ),
        (
            "length past the end",
            Message::Binary(vec![0, 2, 90, 1, 2].into()),
            close_code::INVALID_PAYLOAD,
        ),
        (
            "unknown type",
            Message::Binary(vec![99, 0].into()),
            close_code::INVALID_PAYLOAD,
        ),
        (
            "invalid update",
            Message::Binary(protocol::encode_update(&[1, 200, 3, 4, 5]).into()),
            close_code::INVALID_PAYLOAD,
        ),
        (
            "text frame",
            Message::Text("hello".into()),
            close_code::UNSUPPORTED_DATA,
        ),
        (
            "oversized",
            Message::Binary(vec![0u8; 200 * 1024].into()),
            close_code::MESSAGE_TOO_BIG,
        ),
    ];
    for (name, message, expected) in cases {
        let mut client = Client::connect(&url).await;
        client.socket.send(message).await.unwrap();
        let (code, reason) = client.expect_close().await;
        assert_eq!(code, expected, "{name}: {reason}");
        assert!(!reason.is_empty(), "{name}: no reason given");
    }
    // Without credentials nothing tells whether a document exists: the answer is "sign in".
    let mut unknown = Client::connect(&format!("{}/no-such-doc", server.ws)).await;
    assert_eq!(unknown.expect_close().await.0, close_code::UNAUTHORIZED);
    let account = signup(&server.base, "someone@example.com").await;
    let mut unknown = Client::connect(&format!("{}/no-such-doc?token={}", server.ws, account.token)).await;
    assert_eq!(unknown.expect_close().await.0, close_code::NOT_FOUND);
    let mut bad_id = Client::connect(&format!("{}/..%2F..%2Fetc?token={}", server.ws, account.token)).await;
    assert_eq!(bad_id.expect_close().await.0, close_code::NOT_FOUND);

    // The room and the process are unharmed.
    bystander.append("still here").await;
    assert_eq!(bystander.next_message().await, ServerMessage::Saved(1));
    let metrics = reqwest::get(format!("{}/metrics", server.base))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for reason in ["malformed", "invalid_update", "text_frame", "too_big"] {
        assert!(
            metrics.contains(&format!(
                "tandem_rejected_connections_total{{reason=\"{reason}\"}}"
            )),
            "{reason} not counted:\n{metrics}"
        );
    }
    server.shutdown().await;
}

#[tokio::test]
async fn a_silent_client_is_reaped_but_a_slow_first_sync_is_not() {
    let (_dir, path) = temp_dir();
    let mut config = args(&path);
    config.keepalive_secs = 0.2;
    config.max_message_bytes = 64 << 20;
    let server = InProcess::start(config).await;
    let id = create_doc(&server.base).await;

    // A large document: its first sync takes longer than the keepalive timeout to read.
    let mut author = Client::connect(&format!("{}/{id}?ext=ack", server.ws)).await;
    author.next_message().await;
    // Larger than the loopback socket buffers, so the server's write stays blocked while the
    // client does not read, and the keepalive ping waits behind it.
    let chunk = "x".repeat(1 << 20);
    for _ in 0..24 {
        author.append(&chunk).await;
    }
    while author.next_message().await != ServerMessage::Saved(24) {}

    let mut slow = Client::connect(&format!("{}/{id}?ext=ack", server.ws)).await;
    slow.send(protocol::encode_sync_step1(&Default::default())).await;
    tokio::time::sleep(std::time::Duration::from_millis(1500)).await;
    let mut received = 0;
    while received < 24 << 20 {
        if let ServerMessage::SyncStep2(update) = slow.next_message().await {
            received = update.len();
        }
    }
    // Still connected: its edit is accepted and acknowledged.
    slow.append("!").await;
    while slow.next_message().await != ServerMessage::Saved(1) {}

    // A client that never reads cannot answer pings and is closed.
    let silent = Client::connect(&format!("{}/{id}", server.ws)).await;
    let mut gone = false;
    for _ in 0..50 {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        let metrics = reqwest::get(format!("{}/metrics", server.base))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        if metrics.contains("reason=\"keepalive_timeout\"") {
            gone = true;
            break;
        }
    }
    assert!(gone, "the silent client was not reaped");
    drop(silent);
    server.shutdown().await;
}

async fn get_json(http: &reqwest::Client, url: &str) -> serde_json::Value {
    http.get(url).send().await.unwrap().json().await.unwrap()
}

#[tokio::test]
async fn rest_api_creates_lists_renames_trashes_and_reports_errors_as_json() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let owner = signup(&server.base, "owner@example.com").await;
    let http = authorized_client(&owner.token);
    let id = create_owned_doc(&server.base, &owner).await;
    let renamed: serde_json::Value = http
        .patch(format!("{}/api/docs/{id}", server.base))
        .json(&serde_json::json!({"title": "Plans"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(renamed["title"], "Plans");
    let list: serde_json::Value = get_json(&http, &format!("{}/api/docs", server.base)).await;
    assert_eq!(list[0]["id"], id.as_str());
    assert_eq!(list[0]["role"], "owner");
    assert_eq!(list[0]["owner"]["email"], "owner@example.com");
    let found: serde_json::Value = get_json(&http, &format!("{}/api/docs?q=PLA", server.base)).await;
    assert_eq!(found.as_array().unwrap().len(), 1);
    let none: serde_json::Value = get_json(&http, &format!("{}/api/docs?q=zzz", server.base)).await;
    assert_eq!(none.as_array().unwrap().len(), 0);
    assert_eq!(
        http.delete(format!("{}/api/docs/{id}", server.base))
            .send()
            .await
            .unwrap()
            .status(),
        204
    );
    let trash: serde_json::Value = get_json(&http, &format!("{}/api/docs?filter=trash", server.base)).await;
    assert_eq!(trash[0]["id"], id.as_str());
    let restored = http
        .post(format!("{}/api/docs/{id}/restore", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(restored.status(), 200);
    let not_trashed = http
        .delete(format!("{}/api/docs/{id}/forever", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(
        not_trashed.status(),
        409,
        "only documents in the trash are deleted for good"
    );

    for (method, path, body, status) in [
        ("GET", "/api/docs/missing".to_owned(), None, 404),
        ("GET", "/api/docs/missing/state".to_owned(), None, 404),
        (
            "POST",
            "/api/docs".to_owned(),
            Some(r#"{"kind":"spreadsheet"}"#),
            400,
        ),
        ("POST", "/api/docs".to_owned(), Some("not json"), 400),
        ("PATCH", format!("/api/docs/{id}"), Some(r#"{"title": 5}"#), 400),
        ("GET", "/api/docs?filter=bogus".to_owned(), None, 400),
        ("GET", "/api/nothing-here".to_owned(), None, 404),
    ] {
        let mut request = http.request(method.parse().unwrap(), format!("{}{path}", server.base));
        if let Some(body) = body {
            request = request.header("content-type", "application/json").body(body);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status().as_u16(), status, "{method} {path}");
        let error: serde_json::Value = response.json().await.expect("JSON error body");
        assert!(
            error["error"]["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{method} {path}: {error}"
        );
    }
    let spec: serde_json::Value = get_json(&http, &format!("{}/api/openapi.json", server.base)).await;
    assert!(spec["paths"]["/api/docs"].is_object());
    for path in ["/healthz", "/readyz"] {
        assert_eq!(
            http.get(format!("{}{path}", server.base))
                .send()
                .await
                .unwrap()
                .status(),
            200
        );
    }
    server.shutdown().await;
}

#[tokio::test]
async fn shutdown_closes_sockets_with_going_away_after_saving() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let id = create_doc(&server.base).await;
    let mut client = Client::connect(&format!("{}/{id}", server.ws)).await;
    client.next_message().await;
    client.append("last words").await;
    // Let the server read the update before it is told to stop.
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    let base = server.base.clone();
    let stopping = tokio::spawn(server.shutdown());
    assert_eq!(client.expect_close().await.0, close_code::GOING_AWAY);
    stopping.await.unwrap();
    let restarted = InProcess::start(args(&path)).await;
    assert_ne!(restarted.base, base);
    assert_eq!(document_text(&restarted.base, &id, None).await, "last words");
    restarted.shutdown().await;
}

/// A client that sends `token` as a bearer token with every request.
fn authorized_client(token: &str) -> reqwest::Client {
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert(
        reqwest::header::AUTHORIZATION,
        format!("Bearer {token}").parse().unwrap(),
    );
    reqwest::Client::builder()
        .default_headers(headers)
        .build()
        .unwrap()
}

/// The signed-in user's "recent" listing: ids, most recently opened first, with their times.
async fn recent(base: &str, token: &str) -> Vec<(String, i64)> {
    let docs = get_json_as(base, "/api/docs?filter=recent", token).await;
    docs.as_array()
        .unwrap()
        .iter()
        .map(|doc| {
            let id = doc["id"].as_str().unwrap().to_owned();
            (id, doc["last_opened_at"].as_i64().unwrap())
        })
        .collect()
}

/// Waits until the listing's ids are `expected` (visits are written in the background).
async fn wait_for_recent(base: &str, token: &str, expected: &[&str]) -> Vec<(String, i64)> {
    for _ in 0..100 {
        let listing = recent(base, token).await;
        if listing
            .iter()
            .map(|(id, _)| id.as_str())
            .eq(expected.iter().copied())
        {
            return listing;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!(
        "recent listing is {:?}, expected {expected:?}",
        recent(base, token).await
    );
}

#[tokio::test]
async fn recent_documents_follow_the_order_they_were_opened_in_and_reconnects_write_once() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let user = signup(&server.base, "reader@example.com").await;
    let a = create_owned_doc(&server.base, &user).await;
    let b = create_owned_doc(&server.base, &user).await;
    let open = |doc: &str| format!("{}/{doc}?token={}", server.ws, user.token);

    Client::connect(&open(&a)).await.next_message().await;
    let first = wait_for_recent(&server.base, &user.token, &[&a]).await;
    // Reconnecting at once (a flaky network) does not write the visit again.
    for _ in 0..3 {
        Client::connect(&open(&a)).await.next_message().await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(recent(&server.base, &user.token).await, first);

    // Opening another document and coming back is written each time, in order.
    Client::connect(&open(&b)).await.next_message().await;
    wait_for_recent(&server.base, &user.token, &[&b, &a]).await;
    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    Client::connect(&open(&a)).await.next_message().await;
    let last = wait_for_recent(&server.base, &user.token, &[&a, &b]).await;
    assert!(last[0].1 > first[0].1);
    server.shutdown().await;
}
