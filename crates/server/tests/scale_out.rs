//! Several instances on one PostgreSQL and one Redis (`--database-url`, `--redis-url`): clients
//! of one document spread over them see each other's edits and cursors, access changes reach
//! every instance, and no edit is lost when Redis restarts, an instance is killed or
//! PostgreSQL restarts. Each fault test ends by checking every edit sent against every client
//! and against what PostgreSQL holds after shutdown.
//!
//! Redis here is a `redis-server` of the test's own on a free loopback port, so it can be
//! killed and restarted; PostgreSQL is the machine's, each test in a schema of its own. The
//! tests run one at a time: one of them restarts PostgreSQL.

mod common;
#[path = "../../store/tests/support/tcp_proxy.rs"]
mod tcp_proxy;

use common::{args, create_doc, signup, temp_dir, Binary, InProcess, PgSchema};
use futures::stream::{SplitSink, SplitStream};
use futures::{SinkExt, StreamExt};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tandem_protocol::{self as protocol, ServerMessage};
use tandem_server::config::ServeArgs;
use tokio::sync::Mutex;
use tokio_tungstenite::tungstenite::Message;
use yrs::updates::decoder::Decode;
use yrs::{Doc, GetString, ReadTxn, Text, Transact, Update};

/// One test at a time in this file.
static SERIAL: Mutex<()> = Mutex::const_new(());

/// A `redis-server` of the test's own, keeping nothing on disk (like the machine's).
struct Redis {
    port: u16,
    child: Option<std::process::Child>,
}

impl Redis {
    fn start() -> Redis {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut redis = Redis { port, child: None };
        redis.spawn();
        redis
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    fn spawn(&mut self) {
        let child = std::process::Command::new("redis-server")
            .args([
                "--port",
                &self.port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("redis-server (Debian's redis-server package)");
        self.child = Some(child);
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "redis-server did not start"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Drop for Redis {
    fn drop(&mut self) {
        self.kill();
    }
}

fn instance_args(path: &std::path::Path, database: &str, redis: &str) -> ServeArgs {
    let mut config = args(path);
    config.database_url = Some(database.to_owned().into());
    config.redis_url = Some(redis.to_owned().into());
    config
}

/// In-process instances sharing one PostgreSQL schema and one Redis of the test's own.
struct Cluster {
    schema: PgSchema,
    redis: Redis,
    _dir: tempfile::TempDir,
    path: std::path::PathBuf,
    instances: Vec<InProcess>,
}

impl Cluster {
    async fn start(count: usize) -> Cluster {
        let schema = PgSchema::create().await;
        let redis = Redis::start();
        let (_dir, path) = temp_dir();
        let mut instances = Vec::new();
        for _ in 0..count {
            instances.push(InProcess::start(instance_args(&path, &schema.url, &redis.url())).await);
        }
        Cluster {
            schema,
            redis,
            _dir,
            path,
            instances,
        }
    }

    async fn shutdown(&mut self) {
        for instance in self.instances.drain(..) {
            instance.shutdown().await;
        }
    }

    /// Shuts every instance down (each stores what it holds), then reads the document as
    /// PostgreSQL holds it.
    async fn shutdown_and_read(mut self, id: &str) -> String {
        self.shutdown().await;
        stored_text(&self.path, &self.schema.url, id).await
    }
}

type Sink = SplitSink<
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
    Message,
>;
type Stream =
    SplitStream<tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>>;

/// A client that keeps its own Yjs document in sync like y-websocket does: it sends its state
/// vector on connecting, answers the server's with what the server lacks, and applies every
/// update it receives. Edits made while disconnected reach the server at the next connection.
struct Editor {
    name: String,
    doc: Arc<Doc>,
    sink: Arc<Mutex<Option<Sink>>>,
    reader: Option<tokio::task::JoinHandle<()>>,
    /// Every token this editor typed, in order.
    typed: Vec<String>,
}

impl Editor {
    async fn connect(name: &str, url: &str) -> Editor {
        let mut editor = Editor {
            name: name.to_owned(),
            doc: Arc::new(Doc::new()),
            sink: Arc::new(Mutex::new(None)),
            reader: None,
            typed: Vec::new(),
        };
        editor.reconnect(url).await;
        editor
    }

    async fn reconnect(&mut self, url: &str) {
        if let Some(reader) = self.reader.take() {
            reader.abort();
        }
        let (socket, _) = tokio_tungstenite::connect_async(url).await.expect("connect");
        let (mut sink, stream) = socket.split();
        let state_vector = self.doc.transact().state_vector();
        sink.send(Message::Binary(protocol::encode_sync_step1(&state_vector).into()))
            .await
            .unwrap();
        *self.sink.lock().await = Some(sink);
        self.reader = Some(tokio::spawn(read_into(
            stream,
            self.doc.clone(),
            self.sink.clone(),
        )));
    }

    /// Types a token of its own at the end of the text; if the socket is gone the edit stays
    /// local until the next connection.
    async fn type_token(&mut self) {
        let token = format!("[{}.{}]", self.name, self.typed.len());
        let update = {
            let text = self.doc.get_or_insert_text("content");
            let mut txn = self.doc.transact_mut();
            let end = text.len(&txn);
            text.insert(&mut txn, end, &token);
            txn.encode_update_v1()
        };
        self.typed.push(token);
        let mut sink = self.sink.lock().await;
        if let Some(socket) = sink.as_mut() {
            if socket
                .send(Message::Binary(protocol::encode_update(&update).into()))
                .await
                .is_err()
            {
                *sink = None;
            }
        }
    }

    fn text(&self) -> String {
        let text = self.doc.get_or_insert_text("content");
        let value = text.get_string(&self.doc.transact());
        value
    }
}

impl Drop for Editor {
    fn drop(&mut self) {
        if let Some(reader) = self.reader.take() {
            reader.abort();
        }
    }
}

async fn read_into(mut stream: Stream, doc: Arc<Doc>, sink: Arc<Mutex<Option<Sink>>>) {
    while let Some(Ok(message)) = stream.next().await {
        let Message::Binary(frame) = message else { continue };
        match protocol::decode_server_message(&frame) {
            Ok(ServerMessage::SyncStep1(state_vector)) => {
                let missing = doc.transact().encode_state_as_update_v1(&state_vector);
                if let Some(socket) = sink.lock().await.as_mut() {
                    let _ = socket
                        .send(Message::Binary(protocol::encode_sync_step2(&missing).into()))
                        .await;
                }
            }
            Ok(ServerMessage::SyncStep2(update) | ServerMessage::Update(update)) => {
                doc.transact_mut()
                    .apply_update(Update::decode_v1(&update).unwrap())
                    .unwrap();
            }
            _ => {}
        }
    }
    sink.lock().await.take();
}

/// Waits until every editor holds the same text with every token typed; that text.
async fn converged(editors: &[Editor], within: Duration) -> String {
    let started = Instant::now();
    let typed: Vec<&String> = editors.iter().flat_map(|e| &e.typed).collect();
    loop {
        let texts: Vec<String> = editors.iter().map(Editor::text).collect();
        let same = texts.windows(2).all(|pair| pair[0] == pair[1]);
        let missing: Vec<&&String> = typed
            .iter()
            .filter(|token| !texts[0].contains(token.as_str()))
            .collect();
        if same && missing.is_empty() {
            return texts[0].clone();
        }
        if started.elapsed() > within {
            let lengths: Vec<usize> = texts.iter().map(String::len).collect();
            panic!(
                "no convergence within {within:?}: lengths {lengths:?}, {} of {} tokens missing from the first editor (e.g. {:?})",
                missing.len(),
                typed.len(),
                missing.first()
            );
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The document as PostgreSQL holds it, read by a fresh instance without Redis.
async fn stored_text(path: &std::path::Path, database: &str, id: &str) -> String {
    let mut config = args(path);
    config.database_url = Some(database.to_owned().into());
    let reader = InProcess::start(config).await;
    let text = common::document_text(&reader.base, id, None).await;
    reader.shutdown().await;
    text
}

/// Every editor types `rounds` tokens, `pause` apart, all at once.
async fn type_together(editors: &mut [Editor], rounds: usize, pause: Duration) {
    for _ in 0..rounds {
        for editor in editors.iter_mut() {
            editor.type_token().await;
        }
        tokio::time::sleep(pause).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_instances_converge_to_what_postgres_holds() {
    let _serial = SERIAL.lock().await;
    let cluster = Cluster::start(3).await;
    let instances = &cluster.instances;
    let id = create_doc(&instances[0].base).await;
    let mut editors = Vec::new();
    for n in 0..6 {
        let url = format!("{}/{id}", instances[n % 3].ws);
        editors.push(Editor::connect(&format!("e{n}"), &url).await);
    }
    type_together(&mut editors, 40, Duration::from_millis(5)).await;
    let text = converged(&editors, Duration::from_secs(20)).await;
    assert_eq!(text.matches('[').count(), 240);
    drop(editors);
    assert_eq!(cluster.shutdown_and_read(&id).await, text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cursors_cross_instances_and_leave_with_their_client() {
    use yrs::sync::awareness::{AwarenessUpdate, AwarenessUpdateEntry};
    let _serial = SERIAL.lock().await;
    let mut cluster = Cluster::start(2).await;
    let (first, second) = (&cluster.instances[0], &cluster.instances[1]);
    let id = create_doc(&first.base).await;
    let mut watcher = common::Client::connect(&format!("{}/{id}", second.ws)).await;
    let mut moving = common::Client::connect(&format!("{}/{id}", first.ws)).await;
    // Both rooms are open and subscribed once each has answered its own client.
    assert!(matches!(
        watcher.next_message().await,
        ServerMessage::SyncStep1(_)
    ));
    assert!(matches!(moving.next_message().await, ServerMessage::SyncStep1(_)));
    tokio::time::sleep(Duration::from_millis(300)).await;

    let cursor = |clock: u32, json: &str| AwarenessUpdate {
        clients: [(
            yrs::ClientID::new(4242),
            AwarenessUpdateEntry {
                clock,
                json: json.into(),
            },
        )]
        .into(),
    };
    moving
        .send(protocol::encode_awareness(&cursor(
            1,
            r#"{"user":{"name":"Ada"},"cursor":3}"#,
        )))
        .await;
    let state = loop {
        if let ServerMessage::Awareness(update) = watcher.next_message().await {
            if let Some(entry) = update.clients.get(&yrs::ClientID::new(4242)) {
                break entry.json.to_string();
            }
        }
    };
    assert!(state.contains("Ada"), "{state}");

    drop(moving);
    let removed = loop {
        if let ServerMessage::Awareness(update) = watcher.next_message().await {
            if let Some(entry) = update.clients.get(&yrs::ClientID::new(4242)) {
                break entry.json.to_string();
            }
        }
    };
    assert_eq!(removed, "null", "the cursor is removed when its client leaves");
    drop(watcher);
    cluster.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_access_change_reaches_sockets_on_every_instance() {
    let _serial = SERIAL.lock().await;
    let mut cluster = Cluster::start(2).await;
    let (first, second) = (&cluster.instances[0], &cluster.instances[1]);
    let owner = signup(&first.base, "owner@example.com").await;
    let id = common::create_owned_doc(&first.base, &owner).await;
    let link = |access: serde_json::Value| {
        reqwest::Client::new()
            .put(format!("{}/api/docs/{id}/link", first.base))
            .bearer_auth(&owner.token)
            .json(&serde_json::json!({ "access": access }))
            .send()
    };
    assert_eq!(link("edit".into()).await.unwrap().status(), 204);
    let mut guest = common::Client::connect(&format!("{}/{id}", second.ws)).await;
    assert!(matches!(guest.next_message().await, ServerMessage::SyncStep1(_)));
    tokio::time::sleep(Duration::from_millis(300)).await;

    assert_eq!(link(serde_json::Value::Null).await.unwrap().status(), 204);
    let (code, reason) = guest.expect_close().await;
    assert_eq!(code, 4403, "{reason}");
    drop(guest);
    cluster.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_edit_is_lost_when_redis_restarts_mid_stream() {
    let _serial = SERIAL.lock().await;
    let mut cluster = Cluster::start(2).await;
    let (first, second) = (cluster.instances[0].ws.clone(), cluster.instances[1].ws.clone());
    let id = create_doc(&cluster.instances[0].base).await;
    let mut editors = vec![
        Editor::connect("a", &format!("{first}/{id}")).await,
        Editor::connect("b", &format!("{second}/{id}")).await,
        Editor::connect("c", &format!("{second}/{id}")).await,
    ];
    type_together(&mut editors, 30, Duration::from_millis(10)).await;
    cluster.redis.kill();
    type_together(&mut editors, 30, Duration::from_millis(10)).await;
    cluster.redis.spawn();
    type_together(&mut editors, 30, Duration::from_millis(10)).await;
    let text = converged(&editors, Duration::from_secs(30)).await;
    assert_eq!(text.matches('[').count(), 270);
    drop(editors);
    assert_eq!(cluster.shutdown_and_read(&id).await, text);
}

/// The worst moment to die: the killed instance is the document's keeper, and its database
/// writes are stalled (its connection to PostgreSQL goes through a proxy that is cut), so the
/// edits its clients made just before are only in the memories of the other instances and of
/// the clients — which, reconnecting, find the server already has them and do not send them
/// again. The new keeper must store them once the dead one's lease expires, and an instance
/// that unloads the document must not take them with it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_edit_is_lost_when_an_instance_is_killed_mid_stream() {
    let _serial = SERIAL.lock().await;
    let schema = PgSchema::create().await;
    let redis = Redis::start();
    let (_dir, path) = temp_dir();
    let stalling = tcp_proxy::TcpProxy::start(&schema.url).await;
    let mut instances: Vec<Option<Binary>> = [&stalling.url, &schema.url, &schema.url]
        .into_iter()
        .map(|database| {
            Some(Binary::start_with(
                &path,
                0,
                &["--database-url", database, "--redis-url", &redis.url()],
            ))
        })
        .collect();
    let id = create_doc(&instances[0].as_ref().unwrap().base).await;
    let ws: Vec<String> = instances.iter().map(|i| i.as_ref().unwrap().ws.clone()).collect();
    let mut editors = Vec::new();
    for n in 0..6 {
        // The first editor opens the document first, on the first instance: its keeper.
        editors.push(Editor::connect(&format!("e{n}"), &format!("{}/{id}", ws[n % 3])).await);
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    type_together(&mut editors, 30, Duration::from_millis(5)).await;
    stalling.cut();
    type_together(&mut editors, 20, Duration::from_millis(5)).await;
    // Let the relay carry the last edits, then kill the instance with them unstored.
    tokio::time::sleep(Duration::from_millis(300)).await;
    instances[0].take().unwrap().kill9();
    // Its clients keep typing into their own documents, then reconnect to another instance,
    // as y-websocket clients behind a load balancer do.
    type_together(&mut editors, 10, Duration::from_millis(5)).await;
    for (n, editor) in editors.iter_mut().enumerate() {
        if n % 3 == 0 {
            editor.reconnect(&format!("{}/{id}", ws[1 + n % 2])).await;
        }
    }
    type_together(&mut editors, 30, Duration::from_millis(5)).await;
    let text = converged(&editors, Duration::from_secs(30)).await;
    assert_eq!(text.matches('[').count(), 540);

    // While the survivors still hold the document, the new keeper stores what the store lacks.
    let typed: Vec<String> = editors.iter().flat_map(|e| e.typed.clone()).collect();
    let started = Instant::now();
    loop {
        let stored = stored_text(&path, &schema.url, &id).await;
        let missing: Vec<&String> = typed
            .iter()
            .filter(|token| !stored.contains(token.as_str()))
            .collect();
        if missing.is_empty() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(45),
            "{} edits still not stored 45 s after the keeper died: {missing:?}",
            missing.len()
        );
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
    drop(editors);
    for instance in instances.into_iter().flatten() {
        instance.terminate();
    }
    assert_eq!(stored_text(&path, &schema.url, &id).await, text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_edit_is_lost_when_postgres_restarts_mid_stream() {
    let _serial = SERIAL.lock().await;
    let cluster = Cluster::start(2).await;
    let (first, second) = (&cluster.instances[0], &cluster.instances[1]);
    let id = create_doc(&first.base).await;
    let mut editors = vec![
        Editor::connect("a", &format!("{}/{id}", first.ws)).await,
        Editor::connect("b", &format!("{}/{id}", second.ws)).await,
    ];
    type_together(&mut editors, 30, Duration::from_millis(10)).await;
    let restart = tokio::task::spawn_blocking(restart_postgres);
    type_together(&mut editors, 100, Duration::from_millis(20)).await;
    restart.await.unwrap();
    type_together(&mut editors, 30, Duration::from_millis(10)).await;
    let text = converged(&editors, Duration::from_secs(30)).await;
    assert_eq!(text.matches('[').count(), 320);
    drop(editors);
    assert_eq!(cluster.shutdown_and_read(&id).await, text);
}

/// Restarts the machine's PostgreSQL cluster (Debian's `pg_ctlcluster`).
fn restart_postgres() {
    let version = std::fs::read_dir("/etc/postgresql")
        .expect("Debian's PostgreSQL in /etc/postgresql")
        .filter_map(Result::ok)
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .max()
        .unwrap();
    let status = std::process::Command::new("pg_ctlcluster")
        .args(["--skip-systemctl-redirect", &version, "main", "restart"])
        .status()
        .expect("pg_ctlcluster");
    assert!(status.success(), "PostgreSQL did not restart");
}
