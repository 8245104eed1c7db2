//! Helpers shared by the integration tests: a server on a loopback port and a raw protocol client.
#![allow(dead_code)] // Each test file uses a different part of this module.

use futures::{SinkExt, StreamExt};
use std::path::{Path, PathBuf};
use std::time::Duration;
use tandem_protocol::{self as protocol, ServerMessage};
use tandem_server::config::ServeArgs;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;
use yrs::updates::decoder::Decode;
use yrs::{Doc, GetString, Text, Transact, Update};

/// A server's settings for tests: clap's defaults except where a line says otherwise.
pub fn args(data_dir: &Path) -> ServeArgs {
    let mut args = ServeArgs::from_flags([
        "--host",
        "127.0.0.1",
        "--port",
        "0",
        "--log",
        "warn",
        "--max-message-bytes",
        "1048576",
        "--idle-unload-secs",
        "1",
        "--public-url",
        "http://localhost",
        // Tests that flood the socket are about the room; the limits have a test of their own.
        "--sync-messages-per-sec",
        "0",
        "--sync-bytes-per-sec",
        "0",
    ])
    .unwrap();
    args.data_dir = data_dir.to_path_buf();
    args
}

/// A server running in this process.
pub struct InProcess {
    pub base: String,
    pub ws: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<anyhow::Result<()>>>,
}

impl InProcess {
    pub async fn start(args: ServeArgs) -> InProcess {
        let state = tandem_server::build_state(&args).await.expect("state");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let port = listener.local_addr().unwrap().port();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(tandem_server::serve(listener, state, async move {
            let _ = stopped.await;
        }));
        InProcess {
            base: format!("http://127.0.0.1:{port}"),
            ws: format!("ws://127.0.0.1:{port}/sync"),
            stop: Some(stop),
            task: Some(task),
        }
    }

    pub async fn shutdown(mut self) {
        let _ = self.stop.take().unwrap().send(());
        self.task.take().unwrap().await.unwrap().unwrap();
    }
}

/// The real binary, for tests that kill it.
pub struct Binary {
    pub base: String,
    pub ws: String,
    pub port: u16,
    child: std::process::Child,
}

impl Binary {
    pub fn start(data_dir: &Path, port: u16) -> Binary {
        Self::start_with(data_dir, port, &[])
    }

    /// With more flags (`--database-url …`).
    pub fn start_with(data_dir: &Path, port: u16, extra: &[&str]) -> Binary {
        use std::io::BufRead;
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
            .args(extra)
            .args([
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--log",
                "warn",
                "--sync-messages-per-sec",
                "0",
                "--data-dir",
            ])
            .arg(data_dir)
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("start tandem");
        let stdout = child.stdout.take().unwrap();
        let mut line = String::new();
        std::io::BufReader::new(stdout).read_line(&mut line).unwrap();
        let port: u16 = line
            .trim()
            .rsplit(':')
            .next()
            .and_then(|p| p.parse().ok())
            .expect("port line");
        Binary {
            base: format!("http://127.0.0.1:{port}"),
            ws: format!("ws://127.0.0.1:{port}/sync"),
            port,
            child,
        }
    }

    pub fn kill9(mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
    }

    /// SIGTERM, then waits for the graceful shutdown (every accepted update stored).
    pub fn terminate(mut self) {
        let status = std::process::Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        let exited = self.child.wait().unwrap();
        assert!(exited.success(), "tandem exited with {exited}");
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn temp_dir() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().to_path_buf();
    (dir, path)
}

/// A signed-up account: its id, session cookie and an API token.
#[derive(Debug, Clone)]
pub struct Account {
    pub id: String,
    pub email: String,
    /// `tandem_session=…`, ready for a `Cookie` header.
    pub cookie: String,
    pub token: String,
}

pub const CSRF: (&str, &str) = ("x-tandem-csrf", "1");

/// Signs up `email` (password `password123`) and creates an API token for it.
pub async fn signup(base: &str, email: &str) -> Account {
    let response = reqwest::Client::new()
        .post(format!("{base}/api/auth/signup"))
        .header(CSRF.0, CSRF.1)
        .json(&serde_json::json!({"email": email, "name": email.split('@').next().unwrap(), "password": "password123"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "sign-up of {email}");
    let cookie = response
        .headers()
        .get("set-cookie")
        .expect("session cookie")
        .to_str()
        .unwrap()
        .split(';')
        .next()
        .unwrap()
        .to_owned();
    let user: serde_json::Value = response.json().await.unwrap();
    let mut account = Account {
        id: user["id"].as_str().unwrap().to_owned(),
        email: email.to_owned(),
        cookie,
        token: String::new(),
    };
    account.token = create_token(base, &account).await.token;
    account
}

/// A newly created API token.
pub struct NewToken {
    pub id: String,
    /// The secret, `tdm_…`.
    pub token: String,
}

/// Creates an API token for `account`, authenticated by its first token, or by its session
/// cookie while it has none (just after sign-up; tests may end the session later).
pub async fn create_token(base: &str, account: &Account) -> NewToken {
    let request = reqwest::Client::new().post(format!("{base}/api/tokens"));
    let request = if account.token.is_empty() {
        request.header("cookie", &account.cookie).header(CSRF.0, CSRF.1)
    } else {
        request.bearer_auth(&account.token)
    };
    let response = request
        .json(&serde_json::json!({"name": "tests"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201, "token for {}", account.email);
    let token: serde_json::Value = response.json().await.unwrap();
    NewToken {
        id: token["id"].as_str().unwrap().to_owned(),
        token: token["token"].as_str().unwrap().to_owned(),
    }
}

/// Creates a document owned by `account`.
pub async fn create_owned_doc(base: &str, account: &Account) -> String {
    create_owned_doc_of_kind(base, account, "code").await
}

pub async fn create_owned_doc_of_kind(base: &str, account: &Account, kind: &str) -> String {
    let response = reqwest::Client::new()
        .post(format!("{base}/api/docs"))
        .bearer_auth(&account.token)
        .json(&serde_json::json!({"kind": kind, "title": "t"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    response.json::<serde_json::Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Creates a document anyone with the link may edit, so that tests about syncing can connect
/// without credentials.
pub async fn create_doc(base: &str) -> String {
    // One owner per server: sign-ups from one address are rate-limited.
    static OWNERS: std::sync::Mutex<Vec<(String, Account)>> = std::sync::Mutex::new(Vec::new());
    let known = OWNERS
        .lock()
        .unwrap()
        .iter()
        .find(|(b, _)| b == base)
        .map(|(_, a)| a.clone());
    let owner = match known {
        Some(owner) => owner,
        None => {
            let owner = signup(base, "owner@example.com").await;
            OWNERS.lock().unwrap().push((base.to_owned(), owner.clone()));
            owner
        }
    };
    let id = create_owned_doc(base, &owner).await;
    let response = reqwest::Client::new()
        .put(format!("{base}/api/docs/{id}/link"))
        .bearer_auth(&owner.token)
        .json(&serde_json::json!({"access": "edit"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 204);
    id
}

/// The document's text, read through the REST API (as `token`'s owner, or anonymously).
pub async fn document_text(base: &str, id: &str, token: Option<&str>) -> String {
    let mut request = reqwest::Client::new().get(format!("{base}/api/docs/{id}/state"));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 200, "state of {id}");
    let bytes = response.bytes().await.unwrap();
    let doc = Doc::new();
    let text = doc.get_or_insert_text("content");
    doc.transact_mut()
        .apply_update(Update::decode_v1(&bytes).unwrap())
        .unwrap();
    let value = text.get_string(&doc.transact());
    value
}

type Socket = tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// A raw protocol client holding its own Yjs doc.
pub struct Client {
    pub socket: Socket,
    pub doc: Doc,
}

impl Client {
    pub async fn connect(url: &str) -> Client {
        let config = tokio_tungstenite::tungstenite::protocol::WebSocketConfig::default()
            .max_message_size(None)
            .max_frame_size(None);
        let (socket, _) = tokio_tungstenite::connect_async_with_config(url, Some(config), true)
            .await
            .expect("connect");
        Client {
            socket,
            doc: Doc::new(),
        }
    }

    pub async fn send(&mut self, frame: Vec<u8>) {
        self.socket.send(Message::Binary(frame.into())).await.unwrap();
    }

    /// Appends `text` locally and sends the update; returns the update.
    pub async fn append(&mut self, text: &str) -> Vec<u8> {
        let content = self.doc.get_or_insert_text("content");
        let update = {
            let mut txn = self.doc.transact_mut();
            let end = content.len(&txn);
            content.insert(&mut txn, end, text);
            txn.encode_update_v1()
        };
        self.send(protocol::encode_update(&update)).await;
        update
    }

    pub async fn next_message(&mut self) -> ServerMessage {
        loop {
            match self.next_raw().await {
                Message::Binary(frame) => return protocol::decode_server_message(&frame).unwrap(),
                Message::Close(close) => panic!("closed: {close:?}"),
                _ => continue,
            }
        }
    }

    pub async fn next_raw(&mut self) -> Message {
        tokio::time::timeout(Duration::from_secs(10), self.socket.next())
            .await
            .expect("no message within 10 s")
            .expect("stream ended")
            .expect("websocket error")
    }

    /// Reads until the server closes; returns the close code and reason.
    pub async fn expect_close(&mut self) -> (u16, String) {
        loop {
            match tokio::time::timeout(Duration::from_secs(10), self.socket.next())
                .await
                .expect("no close within 10 s")
            {
                Some(Ok(Message::Close(Some(CloseFrame { code, reason })))) => {
                    return (code.into(), reason.to_string())
                }
                Some(Ok(Message::Close(None))) | None => panic!("closed without a code"),
                Some(Ok(_)) => continue,
                Some(Err(error)) => panic!("websocket error before close: {error}"),
            }
        }
    }
}

/// A real 1×1 PNG image.
pub fn tiny_png() -> Vec<u8> {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD
        .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==")
        .unwrap()
}

/// Uploads `bytes` into the document as `account`; the status and the JSON answer.
pub async fn upload_file(
    base: &str,
    account: &Account,
    doc: &str,
    bytes: Vec<u8>,
) -> (u16, serde_json::Value) {
    let response = reqwest::Client::new()
        .post(format!("{base}/api/docs/{doc}/files"))
        .bearer_auth(&account.token)
        .body(bytes)
        .send()
        .await
        .unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or_default())
}

/// `GET base + path` with a bearer token.
pub async fn get_as(base: &str, path: &str, token: &str) -> reqwest::Response {
    reqwest::Client::new()
        .get(format!("{base}{path}"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

/// `GET base + path` with a bearer token, the answer as JSON.
pub async fn get_json_as(base: &str, path: &str, token: &str) -> serde_json::Value {
    get_as(base, path, token).await.json().await.unwrap()
}

/// A PostgreSQL schema of one test's own, on the database at `TANDEM_TEST_POSTGRES_URL` (by
/// default the one on 127.0.0.1:5432); `url` connects with it as the search path. Dropped with
/// everything in it when the test ends, passed or not.
pub struct PgSchema {
    name: String,
    pub url: String,
}

fn postgres_url() -> String {
    std::env::var("TANDEM_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into())
}

impl PgSchema {
    pub async fn create() -> PgSchema {
        use sqlx::{Connection, Executor};
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let base = postgres_url();
        let name = format!(
            "tandem_server_test_{}_{}_{}",
            std::process::id(),
            tandem_store::now_millis(),
            NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        );
        let mut conn = sqlx::PgConnection::connect(&base)
            .await
            .expect("PostgreSQL at TANDEM_TEST_POSTGRES_URL");
        conn.execute(format!("CREATE SCHEMA {name}").as_str())
            .await
            .unwrap();
        let separator = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{separator}options[search_path]={name}");
        PgSchema { name, url }
    }
}

impl Drop for PgSchema {
    /// On a thread and runtime of its own: the test's runtime may be the one unwinding.
    fn drop(&mut self) {
        use sqlx::{Connection, Executor};
        let (base, name) = (postgres_url(), self.name.clone());
        let _ = std::thread::spawn(move || {
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            runtime.block_on(async {
                if let Ok(mut conn) = sqlx::PgConnection::connect(&base).await {
                    let _ = conn.execute(format!("DROP SCHEMA {name} CASCADE").as_str()).await;
                }
            })
        })
        .join();
    }
}
