//! Sim over REST and the socket: a diagram imported from JSON runs on the server, its metrics
//! reach the room as `sim` frames (only for clients that asked), failures change them, and
//! diagrams that cannot run are refused with the reason.

mod common;

use common::{args, get_as, get_json_as, signup, temp_dir, Account, Client, InProcess};
use serde_json::{json, Value};
use tandem_protocol as protocol;
use tokio_tungstenite::tungstenite::Message;
use yrs::Transact;

fn shop() -> Value {
    json!({
        "version": 1,
        "components": [
            { "id": "users", "type": "client", "name": "Users", "x": 0, "y": 0, "params": { "rate": 500 } },
            { "id": "api", "type": "service", "name": "API", "x": 200, "y": 0 },
            { "id": "db", "type": "database", "name": "Orders DB", "x": 400, "y": 0 },
        ],
        "edges": [
            { "id": "e1", "from": "users", "to": "api", "latencyMs": 5 },
            { "id": "e2", "from": "api", "to": "db" },
        ],
        "scenario": { "durationS": 3600 },
    })
}

async fn post(base: &str, path: &str, account: &Account, body: Value) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{base}{path}"))
        .bearer_auth(&account.token)
        .json(&body)
        .send()
        .await
        .unwrap()
}

async fn import(base: &str, account: &Account, diagram: &Value) -> reqwest::Response {
    post(base, "/api/sim/import?title=Shop", account, diagram.clone()).await
}

async fn imported(base: &str, account: &Account) -> String {
    let response = import(base, account, &shop()).await;
    assert_eq!(response.status(), 201);
    let doc: Value = response.json().await.unwrap();
    assert_eq!(doc["kind"], "sim");
    doc["id"].as_str().unwrap().to_string()
}

async fn message(response: reqwest::Response) -> String {
    let body: Value = response.json().await.unwrap();
    body["error"]["message"].as_str().unwrap_or_default().to_string()
}

/// The next `sim` frame that satisfies `wanted`, skipping everything else.
async fn frame_where(client: &mut Client, wanted: impl Fn(&Value) -> bool) -> Value {
    for _ in 0..400 {
        if let Message::Binary(bytes) = client.next_raw().await {
            if let Some(json) = protocol::decode_sim(&bytes) {
                let frame: Value = serde_json::from_slice(&json).unwrap();
                if wanted(&frame) {
                    return frame;
                }
            }
        }
    }
    panic!("no such frame");
}

#[tokio::test]
async fn a_run_streams_metrics_to_the_room_and_failures_change_them() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let id = imported(base, &owner).await;

    let mut watcher = Client::connect(&format!("{}/{id}?ext=sim&token={}", server.ws, owner.token)).await;
    let mut plain = Client::connect(&format!("{}/{id}?token={}", server.ws, owner.token)).await;
    let status = get_json_as(base, &format!("/api/docs/{id}/sim"), &owner.token).await;
    assert_eq!(status["run"], Value::Null);

    let started = post(
        base,
        &format!("/api/docs/{id}/sim/run"),
        &owner,
        json!({ "speed": 10 }),
    )
    .await;
    assert_eq!(started.status(), 201);
    let run: Value = started.json().await.unwrap();
    assert_eq!(
        (run["state"].as_str(), run["startedBy"].as_str()),
        (Some("running"), Some("owner"))
    );
    let again = post(base, &format!("/api/docs/{id}/sim/run"), &owner, json!({})).await;
    assert_eq!(again.status(), 409);

    let frame = frame_where(&mut watcher, |frame| {
        frame["components"]["api"]["throughput"].as_f64() > Some(100.0)
    })
    .await;
    assert_eq!(frame["run"]["state"], "running");
    assert_eq!(frame["components"]["db"]["state"], "up");
    assert!(frame["requests"]["read"]["p99"].as_f64().is_some());

    let killed = post(
        base,
        &format!("/api/docs/{id}/sim/failures"),
        &owner,
        json!({ "kind": "kill", "target": "db" }),
    )
    .await;
    assert_eq!(killed.status(), 201);
    let failure: Value = killed.json().await.unwrap();
    let frame = frame_where(&mut watcher, |frame| {
        frame["components"]["api"]["errors"].as_f64() > Some(100.0)
    })
    .await;
    assert_eq!(frame["components"]["db"]["state"], "down");
    assert!(frame["bottlenecks"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("Orders DB is down"));
    let unknown = post(
        base,
        &format!("/api/docs/{id}/sim/failures"),
        &owner,
        json!({ "kind": "kill", "target": "nope" }),
    )
    .await;
    assert_eq!(unknown.status(), 400);
    assert_eq!(message(unknown).await, "There is no component “nope”");

    let healed = reqwest::Client::new()
        .delete(format!(
            "{base}/api/docs/{id}/sim/failures/{}",
            failure["id"].as_str().unwrap()
        ))
        .bearer_auth(&owner.token)
        .send()
        .await
        .unwrap();
    assert_eq!(healed.status(), 204);
    frame_where(&mut watcher, |frame| {
        frame["components"]["db"]["state"] == "up" && frame["components"]["api"]["errors"] == 0.0
    })
    .await;

    // A parameter edited while the run goes on applies to it within a second or so.
    let mut editor = Client::connect(&format!("{}/{id}?token={}", server.ws, owner.token)).await;
    loop {
        match editor.next_message().await {
            protocol::ServerMessage::SyncStep1(_) => {
                let empty = yrs::StateVector::default();
                editor.send(protocol::encode_sync_step1(&empty)).await;
            }
            protocol::ServerMessage::SyncStep2(update) => {
                let update = <yrs::Update as yrs::updates::decoder::Decode>::decode_v1(&update).unwrap();
                editor.doc.transact_mut().apply_update(update).unwrap();
                break;
            }
            _ => {}
        }
    }
    let update = {
        use yrs::{Map, MapPrelim, MapRef, Out};
        let components = editor.doc.get_or_insert_map("components");
        let mut txn = editor.doc.transact_mut();
        let Some(Out::YMap(api)) = components.get(&txn, "api") else {
            panic!("no api component")
        };
        let params: MapRef = api.insert(&mut txn, "params", MapPrelim::default());
        params.insert(&mut txn, "instances", 9.0);
        txn.encode_update_v1()
    };
    editor.send(protocol::encode_update(&update)).await;
    frame_where(&mut watcher, |frame| frame["components"]["api"]["instances"] == 9).await;

    // A client joining during the run gets the latest frame at once.
    let mut late = Client::connect(&format!("{}/{id}?ext=sim&token={}", server.ws, owner.token)).await;
    frame_where(&mut late, |frame| frame["run"]["state"] == "running").await;

    let paused = post(
        base,
        &format!("/api/docs/{id}/sim/control"),
        &owner,
        json!({ "action": "pause" }),
    )
    .await;
    assert_eq!(paused.status(), 204);
    frame_where(&mut watcher, |frame| frame["run"]["state"] == "paused").await;
    let stopped = post(
        base,
        &format!("/api/docs/{id}/sim/control"),
        &owner,
        json!({ "action": "stop" }),
    )
    .await;
    assert_eq!(stopped.status(), 204);
    frame_where(&mut watcher, |frame| frame["run"]["state"] == "stopped").await;

    let csv = get_as(base, &format!("/api/docs/{id}/sim/metrics.csv"), &owner.token).await;
    assert_eq!(csv.status(), 200);
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("sim_time_s,component_id,"));
    assert!(csv.lines().filter(|line| line.contains(",db,")).count() > 2);

    // The plain Yjs client never saw a message type it does not know.
    let mut seen = 0;
    while let Ok(Some(Ok(Message::Binary(bytes)))) = tokio::time::timeout(
        std::time::Duration::from_millis(200),
        futures::StreamExt::next(&mut plain.socket),
    )
    .await
    {
        assert!(
            protocol::decode_server_message(&bytes).is_ok(),
            "unexpected frame type {}",
            bytes[0]
        );
        seen += 1;
    }
    assert!(seen >= 1, "the plain client got its sync step 1");
}

#[tokio::test]
async fn diagrams_that_cannot_run_are_refused_with_the_reason() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;

    let mut looping = shop();
    looping["edges"]
        .as_array_mut()
        .unwrap()
        .push(json!({ "id": "e3", "from": "db", "to": "api" }));
    let refused = import(base, &owner, &looping).await;
    assert_eq!(refused.status(), 400);
    assert_eq!(
        message(refused).await,
        "The diagram has a loop (API → Orders DB → API): a request could go round it forever"
    );
    let mut absurd = shop();
    absurd["components"][1]["params"] = json!({ "instances": 1e9 });
    let refused = import(base, &owner, &absurd).await;
    assert!(message(refused)
        .await
        .starts_with("“API”: Instances must be between 0 and 10000"));
    let mut unknown = shop();
    unknown["components"][2]["type"] = json!("mainframe");
    assert_eq!(import(base, &owner, &unknown).await.status(), 400);
    assert_eq!(import(base, &owner, &json!([1, 2])).await.status(), 400);
    let docs = get_json_as(base, "/api/docs", &owner.token).await;
    assert_eq!(docs.as_array().unwrap().len(), 0, "nothing was created");

    // An empty simulation document cannot run yet, and says what it needs.
    let empty = common::create_owned_doc_of_kind(base, &owner, "sim").await;
    let refused = post(base, &format!("/api/docs/{empty}/sim/run"), &owner, json!({})).await;
    assert_eq!(refused.status(), 400);
    assert!(message(refused).await.starts_with("Add a Clients component"));
    let bad_speed = post(
        base,
        &format!("/api/docs/{empty}/sim/run"),
        &owner,
        json!({ "speed": 3 }),
    )
    .await;
    assert_eq!(bad_speed.status(), 400);
    // Another kind of document is not a diagram.
    let code = common::create_owned_doc(base, &owner).await;
    let refused = post(base, &format!("/api/docs/{code}/sim/run"), &owner, json!({})).await;
    assert_eq!(refused.status(), 400);
}

#[tokio::test]
async fn runs_are_limited_per_account_and_a_sweep_names_what_breaks() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let mut ids = Vec::new();
    for _ in 0..3 {
        ids.push(imported(base, &owner).await);
    }
    for id in &ids[..2] {
        assert_eq!(
            post(base, &format!("/api/docs/{id}/sim/run"), &owner, json!({}))
                .await
                .status(),
            201
        );
    }
    let third = post(base, &format!("/api/docs/{}/sim/run", ids[2]), &owner, json!({})).await;
    assert_eq!(third.status(), 429);
    assert!(message(third)
        .await
        .starts_with("you already have 2 simulations running"));
    post(
        base,
        &format!("/api/docs/{}/sim/control", ids[0]),
        &owner,
        json!({ "action": "stop" }),
    )
    .await;
    let mut started = false;
    for _ in 0..50 {
        let response = post(base, &format!("/api/docs/{}/sim/run", ids[2]), &owner, json!({})).await;
        if response.status() == 201 {
            started = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(started, "a stopped run frees its place");

    let sweep: Value = post(
        base,
        &format!("/api/docs/{}/sim/sweep", ids[0]),
        &owner,
        json!({}),
    )
    .await
    .json()
    .await
    .unwrap();
    // The API has 3 × 50 slots held ~25 ms per request: about 6,000 req/s at most.
    let sustained = sweep["sustainedRate"].as_f64().unwrap();
    assert!((1000.0..6000.0).contains(&sustained), "{sweep}");
    assert!(
        sweep["breaksFirst"].as_str().unwrap().starts_with("API"),
        "{sweep}"
    );
}
