//! Authorisation and hardening, against a server on a loopback port: the allow/deny matrix of
//! every route for every kind of caller, a viewer's raw protocol client, permission changes on
//! open sockets, brute-force slowing, CSRF, quotas and rate limits.

mod common;

use common::{
    args, create_owned_doc, create_owned_doc_of_kind, create_token, document_text, get_json_as, signup,
    temp_dir, tiny_png, upload_file, Account, Client, InProcess, CSRF,
};
use reqwest::{Method, StatusCode};
use serde_json::{json, Value};
use std::time::Duration;
use tandem_collab::close_code;
use tandem_protocol::{self as protocol, ServerMessage};
use tandem_store::accounts::{AccountStore, NewUser};
use tandem_store::Store;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    /// Anyone, even with a bad credential (sign-up, login, logout).
    Public,
    SignedIn,
    /// Any access to the document, link included.
    Viewer,
    /// A member of the document (not a mere link holder).
    Member,
    Editor,
    Owner,
    Admin,
}

/// Every API route and the sync socket, with what it needs. Routes come from the OpenAPI
/// description too, and the test fails if the two lists differ.
const ROUTES: &[(&str, &str, Need)] = &[
    ("POST", "/api/auth/signup", Need::Public),
    ("POST", "/api/auth/login", Need::Public),
    ("POST", "/api/auth/logout", Need::Public),
    ("POST", "/api/auth/logout-all", Need::SignedIn),
    ("GET", "/api/auth/me", Need::SignedIn),
    ("POST", "/api/auth/password", Need::SignedIn),
    ("GET", "/api/tokens", Need::SignedIn),
    ("POST", "/api/tokens", Need::SignedIn),
    ("DELETE", "/api/tokens/{id}", Need::SignedIn),
    ("POST", "/api/docs", Need::SignedIn),
    ("GET", "/api/docs", Need::SignedIn),
    ("GET", "/api/docs/{id}", Need::Viewer),
    ("PATCH", "/api/docs/{id}", Need::Editor),
    ("DELETE", "/api/docs/{id}", Need::Owner),
    ("POST", "/api/docs/{id}/restore", Need::Owner),
    ("DELETE", "/api/docs/{id}/forever", Need::Owner),
    ("GET", "/api/docs/{id}/state", Need::Viewer),
    ("GET", "/api/docs/{id}/versions", Need::Viewer),
    ("POST", "/api/docs/{id}/versions", Need::Editor),
    ("GET", "/api/docs/{id}/versions/{version}/state", Need::Viewer),
    ("POST", "/api/docs/{id}/files", Need::Editor),
    ("GET", "/api/docs/{id}/excalidraw", Need::Viewer),
    ("POST", "/api/boards/import", Need::SignedIn),
    ("GET", "/api/docs/{id}/values", Need::Viewer),
    ("PUT", "/api/docs/{id}/values", Need::Editor),
    ("GET", "/api/docs/{id}/xlsx", Need::Viewer),
    ("GET", "/api/docs/{id}/csv", Need::Viewer),
    ("POST", "/api/sheets/import", Need::SignedIn),
    ("GET", "/api/sim/catalog", Need::Public),
    ("POST", "/api/sim/import", Need::SignedIn),
    ("GET", "/api/docs/{id}/sim", Need::Viewer),
    ("POST", "/api/docs/{id}/sim/run", Need::Editor),
    ("POST", "/api/docs/{id}/sim/control", Need::Editor),
    ("POST", "/api/docs/{id}/sim/failures", Need::Editor),
    ("DELETE", "/api/docs/{id}/sim/failures/{failure}", Need::Editor),
    ("POST", "/api/docs/{id}/sim/sweep", Need::Editor),
    ("GET", "/api/docs/{id}/sim/metrics.csv", Need::Viewer),
    ("GET", "/api/docs/{id}/files/{hash}", Need::Viewer),
    ("GET", "/api/docs/{id}/sharing", Need::Member),
    ("PUT", "/api/docs/{id}/members", Need::Owner),
    ("DELETE", "/api/docs/{id}/members/{user_id}", Need::Owner),
    ("DELETE", "/api/docs/{id}/invites/{email}", Need::Owner),
    ("PUT", "/api/docs/{id}/link", Need::Owner),
    ("POST", "/api/docs/{id}/transfer", Need::Owner),
    ("GET", "/api/admin/users", Need::Admin),
    ("PATCH", "/api/admin/users/{id}", Need::Admin),
    ("DELETE", "/api/admin/users/{id}", Need::Admin),
    ("GET", "/api/admin/stats", Need::Admin),
    ("GET", "/sync/{id}", Need::Viewer),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Caller {
    Anonymous,
    Stranger,
    Viewer,
    Editor,
    Owner,
    Admin,
    LinkViewer,
    LinkEditor,
    RevokedToken,
    ExpiredSession,
}

const CALLERS: [Caller; 10] = [
    Caller::Anonymous,
    Caller::Stranger,
    Caller::Viewer,
    Caller::Editor,
    Caller::Owner,
    Caller::Admin,
    Caller::LinkViewer,
    Caller::LinkEditor,
    Caller::RevokedToken,
    Caller::ExpiredSession,
];

fn allowed(need: Need, caller: Caller) -> bool {
    use Caller::*;
    match need {
        Need::Public => true,
        Need::SignedIn => matches!(caller, Stranger | Viewer | Editor | Owner | Admin),
        Need::Viewer => matches!(caller, Viewer | Editor | Owner | LinkViewer | LinkEditor),
        Need::Member => matches!(caller, Viewer | Editor | Owner),
        Need::Editor => matches!(caller, Editor | Owner | LinkEditor),
        Need::Owner => caller == Owner,
        Need::Admin => caller == Admin,
    }
}

struct World {
    server: InProcess,
    store: tandem_store::sqlite::SqliteStore,
    admin: Account,
    owner: Account,
    viewer: Account,
    editor: Account,
    stranger: Account,
    revoked_token: String,
    expired_cookie: String,
}

async fn world(path: &std::path::Path) -> World {
    let mut args = args(path);
    // Every sim route is tried by every caller, each on a document of its own.
    args.sim_runs_per_user = 1000;
    args.sim_runs = 1000;
    let server = InProcess::start(args).await;
    let admin = signup(&server.base, "admin@example.com").await;
    let owner = signup(&server.base, "owner@example.com").await;
    let viewer = signup(&server.base, "viewer@example.com").await;
    let editor = signup(&server.base, "editor@example.com").await;
    let stranger = signup(&server.base, "stranger@example.com").await;
    let spare = create_token(&server.base, &editor).await;
    let revoked = reqwest::Client::new()
        .delete(format!("{}/api/tokens/{}", server.base, spare.id))
        .bearer_auth(&editor.token)
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 204);
    // A session that ran out: written straight into the database, as time would leave it.
    let store = tandem_store::sqlite::SqliteStore::open(path.join("tandem.db"), None).unwrap();
    let expired = tandem_server::auth::secret::new_secret();
    store
        .create_session(
            tandem_server::auth::secret::hash(&expired),
            &editor.id,
            tandem_store::now_millis() - 1,
        )
        .await
        .unwrap();
    World {
        server,
        store,
        admin,
        owner,
        viewer,
        editor,
        stranger,
        revoked_token: spare.token,
        expired_cookie: format!("tandem_session={expired}"),
    }
}

impl World {
    fn account(&self, caller: Caller) -> Option<&Account> {
        match caller {
            Caller::Stranger => Some(&self.stranger),
            Caller::Viewer => Some(&self.viewer),
            Caller::Editor => Some(&self.editor),
            Caller::Owner => Some(&self.owner),
            Caller::Admin => Some(&self.admin),
            _ => None,
        }
    }

    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> StatusCode {
        let mut request = reqwest::Client::new()
            .request(
                method.parse::<Method>().unwrap(),
                format!("{}{path}", self.server.base),
            )
            .bearer_auth(&self.owner.token);
        if let Some(body) = body {
            request = request.json(&body);
        }
        request.send().await.unwrap().status()
    }

    /// A document owned by `owner`, shared with `viewer` and `editor`, with a pending invite
    /// and the link access the caller needs (view for link viewers, edit for link editors).
    async fn document(&self, caller: Caller, trashed: bool, kind: &str) -> String {
        let id = if kind == "sim" {
            // A diagram that can run, so the run's routes have something to act on.
            let diagram = json!({
                "components": [
                    { "id": "users", "type": "client", "params": { "rate": 10 } },
                    { "id": "api", "type": "service" },
                ],
                "edges": [{ "id": "e", "from": "users", "to": "api" }],
            });
            let response = reqwest::Client::new()
                .post(format!("{}/api/sim/import", self.server.base))
                .bearer_auth(&self.owner.token)
                .json(&diagram)
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 201);
            response.json::<Value>().await.unwrap()["id"]
                .as_str()
                .unwrap()
                .to_owned()
        } else {
            create_owned_doc_of_kind(&self.server.base, &self.owner, kind).await
        };
        for (account, role) in [(&self.viewer, "viewer"), (&self.editor, "editor")] {
            let body = json!({"email": account.email, "role": role});
            assert_eq!(
                self.call("PUT", &format!("/api/docs/{id}/members"), Some(body))
                    .await,
                200
            );
        }
        let body = json!({"email": "pending@example.com", "role": "viewer"});
        assert_eq!(
            self.call("PUT", &format!("/api/docs/{id}/members"), Some(body))
                .await,
            200
        );
        let link = match caller {
            Caller::LinkViewer => Some("view"),
            Caller::LinkEditor => Some("edit"),
            _ => None,
        };
        if link.is_some() {
            let body = json!({"access": link});
            assert_eq!(
                self.call("PUT", &format!("/api/docs/{id}/link"), Some(body))
                    .await,
                204
            );
        }
        if trashed {
            assert_eq!(self.call("DELETE", &format!("/api/docs/{id}"), None).await, 204);
        }
        id
    }

    fn authenticate(&self, caller: Caller, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match caller {
            Caller::RevokedToken => request.bearer_auth(&self.revoked_token),
            Caller::ExpiredSession => request.header("cookie", &self.expired_cookie),
            _ => match self.account(caller) {
                Some(account) => request.bearer_auth(&account.token),
                None => request,
            },
        }
    }

    /// Sends the route's request as `caller`, with a body that succeeds when allowed.
    async fn attempt(&self, method: &str, route: &str, caller: Caller) -> u16 {
        let doc = if route.contains("/docs/{id}") || route.starts_with("/sync") {
            let kind = if route.ends_with("/excalidraw") {
                "board"
            } else if route.contains("/sim") {
                "sim"
            } else if ["/values", "/xlsx", "/csv"]
                .iter()
                .any(|end| route.ends_with(end))
            {
                "sheet"
            } else {
                "code"
            };
            self.document(caller, route.ends_with("/forever"), kind).await
        } else {
            String::new()
        };
        let mut path = route
            .replace("{user_id}", &self.viewer.id)
            .replace("{email}", "pending@example.com");
        let mut body = None;
        let mut raw_body = None;
        match (method, route) {
            ("POST", "/api/auth/signup") | ("POST", "/api/auth/login") => body = Some(json!({})),
            ("POST", "/api/auth/password") => {
                body = Some(json!({"current_password": "password123", "new_password": "password123"}))
            }
            ("POST", "/api/tokens") => body = Some(json!({"name": "matrix"})),
            ("DELETE", "/api/tokens/{id}") => {
                let id = match self.account(caller) {
                    Some(account) => create_token(&self.server.base, account).await.id,
                    None => "no-such-token".to_owned(),
                };
                path = path.replace("{id}", &id);
            }
            ("POST", "/api/docs") => body = Some(json!({"kind": "doc"})),
            ("PATCH", "/api/docs/{id}") => body = Some(json!({"title": "Renamed"})),
            ("POST", "/api/docs/{id}/versions") => body = Some(json!({"name": "Matrix"})),
            ("POST", "/api/docs/{id}/files") => raw_body = Some(tiny_png()),
            ("POST", "/api/boards/import") => {
                raw_body = Some(br#"{"type":"excalidraw","elements":[],"files":{}}"#.to_vec())
            }
            ("POST", "/api/sheets/import") => raw_body = Some(b"a,b\n1,2\n".to_vec()),
            ("PUT", "/api/docs/{id}/values") => body = Some(json!({ "values": [["1", "=A1*2"]] })),
            ("POST", "/api/sim/import") => {
                body = Some(json!({ "components": [{ "id": "c", "type": "client" }] }))
            }
            ("POST", "/api/docs/{id}/sim/control") => {
                self.start_run(&doc).await;
                body = Some(json!({ "action": "pause" }));
            }
            ("POST", "/api/docs/{id}/sim/failures") => {
                self.start_run(&doc).await;
                body = Some(json!({ "kind": "kill", "target": "api" }));
            }
            ("DELETE", "/api/docs/{id}/sim/failures/{failure}") => {
                self.start_run(&doc).await;
                let failure = reqwest::Client::new()
                    .post(format!("{}/api/docs/{doc}/sim/failures", self.server.base))
                    .bearer_auth(&self.owner.token)
                    .json(&json!({ "kind": "slow", "target": "api" }))
                    .send()
                    .await
                    .unwrap()
                    .json::<Value>()
                    .await
                    .unwrap();
                path = path.replace("{failure}", failure["id"].as_str().unwrap());
            }
            ("GET", "/api/docs/{id}/sim/metrics.csv") => self.start_run(&doc).await,
            ("GET", "/api/docs/{id}/files/{hash}") => {
                let (status, file) = upload_file(&self.server.base, &self.owner, &doc, tiny_png()).await;
                assert_eq!(status, 201);
                path = path.replace("{hash}", file["hash"].as_str().unwrap());
            }
            ("GET", "/api/docs/{id}/versions/{version}/state") => {
                let saved = self
                    .store
                    .save_version(&doc, Some("v"), &[], vec![0, 0])
                    .await
                    .unwrap();
                path = path.replace("{version}", &saved.id);
            }
            ("PUT", "/api/docs/{id}/members") => {
                body = Some(json!({"email": "new@example.com", "role": "editor"}))
            }
            ("PUT", "/api/docs/{id}/link") => body = Some(json!({"access": "view"})),
            ("POST", "/api/docs/{id}/transfer") => body = Some(json!({"user_id": self.editor.id})),
            ("PATCH", "/api/admin/users/{id}") => {
                path = path.replace("{id}", &self.stranger.id);
                body = Some(json!({"max_docs": 50}));
            }
            ("DELETE", "/api/admin/users/{id}") => {
                let id = tandem_server::auth::secret::new_id();
                let user = NewUser {
                    id: id.clone(),
                    email: format!("{}@example.com", id.to_lowercase()),
                    name: "Doomed".into(),
                    password_hash: "unused".into(),
                    is_admin: false,
                };
                self.store.create_user(user).await.unwrap();
                path = path.replace("{id}", &id);
            }
            _ => {}
        }
        let path = path.replace("{id}", &doc);
        if route.starts_with("/sync") {
            return self.attempt_socket(&doc, caller).await;
        }
        let mut request = reqwest::Client::new()
            .request(
                method.parse::<Method>().unwrap(),
                format!("{}{path}", self.server.base),
            )
            .header(CSRF.0, CSRF.1);
        if let Some(body) = body {
            request = request.json(&body);
        }
        if let Some(raw_body) = raw_body {
            request = request.body(raw_body);
        }
        self.authenticate(caller, request)
            .send()
            .await
            .unwrap()
            .status()
            .as_u16()
    }

    /// Starts a run of a sim document as its owner.
    async fn start_run(&self, doc: &str) {
        let response = reqwest::Client::new()
            .post(format!("{}/api/docs/{doc}/sim/run", self.server.base))
            .bearer_auth(&self.owner.token)
            .json(&json!({}))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 201);
    }

    /// 200 if the socket delivers the document's sync step 1, else the close code.
    async fn attempt_socket(&self, doc: &str, caller: Caller) -> u16 {
        let mut url = format!("{}/{doc}", self.server.ws);
        match caller {
            Caller::RevokedToken => url.push_str(&format!("?token={}", self.revoked_token)),
            _ => {
                if let Some(account) = self.account(caller) {
                    url.push_str(&format!("?token={}", account.token));
                }
            }
        }
        let mut request = url.into_client_request().unwrap();
        if caller == Caller::ExpiredSession {
            request
                .headers_mut()
                .insert("cookie", self.expired_cookie.parse().unwrap());
        }
        let (socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
        let mut client = Client {
            socket,
            doc: yrs::Doc::new(),
        };
        match client.next_raw().await {
            tokio_tungstenite::tungstenite::Message::Binary(frame) => {
                assert!(matches!(
                    protocol::decode_server_message(&frame).unwrap(),
                    ServerMessage::SyncStep1(_)
                ));
                200
            }
            tokio_tungstenite::tungstenite::Message::Close(Some(close)) => close.code.into(),
            other => panic!("unexpected {other:?}"),
        }
    }
}

#[tokio::test]
async fn every_route_allows_exactly_the_callers_it_should() {
    let (_dir, path) = temp_dir();
    let world = world(&path).await;
    let spec: Value = reqwest::get(format!("{}/api/openapi.json", world.server.base))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let mut documented: Vec<(String, String)> = Vec::new();
    for (path, operations) in spec["paths"].as_object().unwrap() {
        for method in operations.as_object().unwrap().keys() {
            documented.push((method.to_uppercase(), path.clone()));
        }
    }
    for (method, path) in &documented {
        assert!(
            ROUTES.iter().any(|(m, p, _)| m == method && p == path),
            "{method} {path} has no row in the authorisation matrix"
        );
    }
    for (method, path, _) in ROUTES {
        assert!(
            path.starts_with("/sync") || documented.iter().any(|(m, p)| m == method && p == path),
            "{method} {path} is in the matrix but not in the API"
        );
    }

    let mut failures = Vec::new();
    for &(method, route, need) in ROUTES {
        for caller in CALLERS {
            let status = world.attempt(method, route, caller).await;
            let expected = allowed(need, caller);
            let ok = if expected {
                (200..300).contains(&status) || (need == Need::Public && status == 400)
            } else {
                matches!(status, 401 | 403 | 404) || route.starts_with("/sync") && status >= 4000
            };
            if !ok {
                failures.push(format!(
                    "{method} {route} as {caller:?}: got {status}, expected {}",
                    if expected { "allow" } else { "deny" }
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    world.server.shutdown().await;
}

async fn share(base: &str, owner: &Account, doc: &str, email: &str, role: &str) {
    let status = reqwest::Client::new()
        .put(format!("{base}/api/docs/{doc}/members"))
        .bearer_auth(&owner.token)
        .json(&json!({"email": email, "role": role}))
        .send()
        .await
        .unwrap()
        .status();
    assert_eq!(status, 200);
}

/// Expects no document message to arrive within a short while.
async fn assert_quiet(client: &mut Client) {
    use futures::StreamExt;
    let deadline = tokio::time::Instant::now() + Duration::from_millis(300);
    while let Ok(Some(Ok(message))) = tokio::time::timeout_at(deadline, client.socket.next()).await {
        if let tokio_tungstenite::tungstenite::Message::Binary(frame) = message {
            let decoded = protocol::decode_server_message(&frame).unwrap();
            assert!(
                matches!(decoded, ServerMessage::Awareness(_)),
                "a viewer's write reached a peer: {decoded:?}"
            );
        }
    }
}

#[tokio::test]
async fn a_viewer_with_a_modified_client_cannot_write() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let owner = signup(&server.base, "owner@example.com").await;
    let viewer = signup(&server.base, "viewer@example.com").await;
    let doc = create_owned_doc(&server.base, &owner).await;
    share(&server.base, &owner, &doc, &viewer.email, "viewer").await;
    let mut editor = Client::connect(&format!("{}/{doc}?ext=ack&token={}", server.ws, owner.token)).await;
    editor.next_message().await;
    editor.append("original").await;
    assert_eq!(editor.next_message().await, ServerMessage::Saved(1));

    // Awareness and sync step 1 are a viewer's right; they get the document.
    let mut reader = Client::connect(&format!("{}/{doc}?token={}", server.ws, viewer.token)).await;
    reader.next_message().await;
    reader
        .send(protocol::encode_sync_step1(&Default::default()))
        .await;
    assert!(matches!(reader.next_message().await, ServerMessage::SyncStep2(_)));

    for (name, frame) in [
        ("sync step 2", protocol::encode_sync_step2(&edit_update("sneaky"))),
        ("update", protocol::encode_update(&edit_update("sneaky"))),
    ] {
        let mut intruder = Client::connect(&format!("{}/{doc}?token={}", server.ws, viewer.token)).await;
        intruder.next_message().await;
        intruder.send(frame).await;
        let (code, reason) = intruder.expect_close().await;
        assert_eq!(code, close_code::POLICY_VIOLATION, "{name}");
        assert!(reason.contains("read-only"), "{name}: {reason}");
        assert_quiet(&mut editor).await;
    }
    assert_eq!(
        document_text(&server.base, &doc, Some(&owner.token)).await,
        "original"
    );
    server.shutdown().await;
}

fn edit_update(text: &str) -> Vec<u8> {
    use yrs::{Text, Transact};
    let doc = yrs::Doc::new();
    let content = doc.get_or_insert_text("content");
    let mut txn = doc.transact_mut();
    content.insert(&mut txn, 0, text);
    txn.encode_update_v1()
}

#[tokio::test]
async fn permission_changes_reach_open_sockets_at_once() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let owner = signup(&server.base, "owner@example.com").await;
    let member = signup(&server.base, "member@example.com").await;
    let doc = create_owned_doc(&server.base, &owner).await;
    share(&server.base, &owner, &doc, &member.email, "viewer").await;
    let url = format!("{}/{doc}?ext=ack&token={}", server.ws, member.token);
    let mut socket = Client::connect(&url).await;
    socket.next_message().await;

    // Promoted on the socket already open: the next edit is accepted.
    share(&server.base, &owner, &doc, &member.email, "editor").await;
    socket.append("promoted").await;
    assert_eq!(socket.next_message().await, ServerMessage::Saved(1));

    // Demoted: the next edit is refused and nothing of it is kept.
    share(&server.base, &owner, &doc, &member.email, "viewer").await;
    socket.append(" demoted").await;
    assert_eq!(socket.expect_close().await.0, close_code::POLICY_VIOLATION);
    assert_eq!(
        document_text(&server.base, &doc, Some(&owner.token)).await,
        "promoted"
    );

    // Removed: the socket closes.
    let mut socket = Client::connect(&url).await;
    socket.next_message().await;
    let removed = reqwest::Client::new()
        .delete(format!("{}/api/docs/{doc}/members/{}", server.base, member.id))
        .bearer_auth(&owner.token)
        .send()
        .await
        .unwrap();
    assert_eq!(removed.status(), 204);
    assert_eq!(socket.expect_close().await.0, close_code::FORBIDDEN);

    // A revoked token closes the sockets it opened.
    share(&server.base, &owner, &doc, &member.email, "editor").await;
    let mut socket = Client::connect(&url).await;
    socket.next_message().await;
    let tokens = get_json_as(&server.base, "/api/tokens", &member.token).await;
    let token_id = tokens[0]["id"].as_str().unwrap();
    let revoked = reqwest::Client::new()
        .delete(format!("{}/api/tokens/{token_id}", server.base))
        .header("cookie", &member.cookie)
        .header(CSRF.0, CSRF.1)
        .send()
        .await
        .unwrap();
    assert_eq!(revoked.status(), 204);
    assert_eq!(socket.expect_close().await.0, close_code::FORBIDDEN);
    let mut refused = Client::connect(&url).await;
    assert_eq!(refused.expect_close().await.0, close_code::UNAUTHORIZED);
    server.shutdown().await;
}

async fn login(base: &str, email: &str, password: &str) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{base}/api/auth/login"))
        .header(CSRF.0, CSRF.1)
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn password_guessing_is_slowed_and_answers_do_not_reveal_accounts() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    signup(&server.base, "victim@example.com").await;
    let unknown: Value = login(&server.base, "nobody@example.com", "password123")
        .await
        .json()
        .await
        .unwrap();
    let wrong = login(&server.base, "victim@example.com", "guess-0000").await;
    assert_eq!(wrong.status(), 401);
    let wrong: Value = wrong.json().await.unwrap();
    assert_eq!(unknown, wrong, "unknown email and wrong password answer alike");
    for attempt in 1..5 {
        let status = login(&server.base, "victim@example.com", &format!("guess-{attempt}"))
            .await
            .status();
        assert_eq!(status, 401);
    }
    // Six failures from this address (five free): the next attempt waits, whatever it is.
    let blocked = login(&server.base, "victim@example.com", "password123").await;
    assert_eq!(blocked.status(), 429, "even the right password waits");
    let retry_after: u64 = blocked.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=2).contains(&retry_after), "{retry_after}");
    tokio::time::sleep(Duration::from_secs(retry_after)).await;
    assert_eq!(
        login(&server.base, "victim@example.com", "password123")
            .await
            .status(),
        200
    );
    server.shutdown().await;
}

#[tokio::test]
async fn cookies_are_checked_and_cookie_requests_need_the_csrf_header() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let user = signup(&server.base, "user@example.com").await;
    let http = reqwest::Client::new();
    let me = |cookie: String| {
        http.get(format!("{}/api/auth/me", server.base))
            .header("cookie", cookie)
            .send()
    };
    assert_eq!(me(user.cookie.clone()).await.unwrap().status(), 200);
    let mut tampered = user.cookie.clone();
    tampered.pop();
    tampered.push('x');
    assert_eq!(me(tampered).await.unwrap().status(), 401);

    let create = |csrf: bool, origin: Option<&str>| {
        let mut request = http
            .post(format!("{}/api/docs", server.base))
            .header("cookie", &user.cookie)
            .json(&json!({"kind": "doc"}));
        if csrf {
            request = request.header(CSRF.0, CSRF.1);
        }
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        request.send()
    };
    let refused = create(false, None).await.unwrap();
    assert_eq!(refused.status(), 403);
    assert_eq!(refused.json::<Value>().await.unwrap()["error"]["code"], "csrf");
    assert_eq!(
        create(true, Some("https://evil.example")).await.unwrap().status(),
        403
    );
    let same_origin = server.base.clone();
    let created = create(true, Some(&same_origin)).await.unwrap();
    assert_eq!(created.status(), 201);
    let headers = created.headers();
    assert!(headers["content-security-policy"]
        .to_str()
        .unwrap()
        .contains("frame-ancestors 'none'"));
    assert_eq!(headers["x-content-type-options"], "nosniff");

    // A cross-site page cannot use the cookie on the sync socket either.
    let doc = created.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let mut request = format!("{}/{doc}", server.ws).into_client_request().unwrap();
    request
        .headers_mut()
        .insert("cookie", user.cookie.parse().unwrap());
    request
        .headers_mut()
        .insert("origin", "https://evil.example".parse().unwrap());
    let (socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
    let mut client = Client {
        socket,
        doc: yrs::Doc::new(),
    };
    assert_eq!(client.expect_close().await.0, close_code::FORBIDDEN);

    // CORS is closed: a preflight from another origin is not granted.
    let preflight = http
        .request(Method::OPTIONS, format!("{}/api/docs", server.base))
        .header("origin", "https://evil.example")
        .header("access-control-request-method", "POST")
        .send()
        .await
        .unwrap();
    assert!(preflight.headers().get("access-control-allow-origin").is_none());
    server.shutdown().await;
}

#[tokio::test]
async fn quotas_and_socket_rate_limits_refuse_with_a_clear_reason() {
    let (_dir, path) = temp_dir();
    let mut config = args(&path);
    config.sync_messages_per_sec = 20.0;
    let server = InProcess::start(config).await;
    let admin = signup(&server.base, "admin@example.com").await;
    let user = signup(&server.base, "user@example.com").await;
    let http = reqwest::Client::new();
    let quota = http
        .patch(format!("{}/api/admin/users/{}", server.base, user.id))
        .bearer_auth(&admin.token)
        .json(&json!({"max_docs": 1, "max_doc_bytes": 300}))
        .send()
        .await
        .unwrap();
    assert_eq!(quota.status(), 200);
    let view: Value = quota.json().await.unwrap();
    assert_eq!(view["id"], user.id.as_str(), "{view}");
    assert_eq!(
        (&view["max_docs"], &view["doc_count"]),
        (&json!(1), &json!(0)),
        "{view}"
    );
    let doc = create_owned_doc(&server.base, &user).await;
    let second = http
        .post(format!("{}/api/docs", server.base))
        .bearer_auth(&user.token)
        .json(&json!({"kind": "doc"}))
        .send()
        .await
        .unwrap();
    assert_eq!(second.status(), 403);
    let body: Value = second.json().await.unwrap();
    assert_eq!(body["error"]["code"], "quota_exceeded");

    let url = format!("{}/{doc}?ext=ack&token={}", server.ws, user.token);
    let mut client = Client::connect(&url).await;
    client.next_message().await;
    client.append(&"x".repeat(400)).await;
    assert_eq!(client.expect_close().await.0, close_code::QUOTA_EXCEEDED);
    assert_eq!(document_text(&server.base, &doc, Some(&user.token)).await, "");

    let mut flood = Client::connect(&url).await;
    flood.next_message().await;
    for _ in 0..100 {
        flood.send(protocol::encode_query_awareness()).await;
    }
    let (code, reason) = flood.expect_close().await;
    assert_eq!(code, close_code::RATE_LIMITED, "{reason}");
    server.shutdown().await;
}
