//! One protocol connection with its own Yjs document.

use crate::clock::Stamp;
use crate::stamped::StampedStream;
use anyhow::{anyhow, bail, Context};
use futures::stream::SplitSink;
use futures::{SinkExt, StreamExt};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tandem_protocol::{self as protocol, ServerMessage};
use tokio::net::TcpStream;
use tokio::sync::{mpsc, watch};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::protocol::WebSocketConfig;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::WebSocketStream;
use yrs::encoding::write::Write;
use yrs::updates::decoder::Decode;
use yrs::{Doc, GetString, ReadTxn, Text, Transact, Update};

type Sink = SplitSink<WebSocketStream<StampedStream>, Message>;

/// The shared text every scenario edits (docs/SCHEMA.md).
pub const TEXT: &str = "content";

/// An update received from the server, stamped twice.
pub struct Received {
    /// When it reached the socket (the kernel's stamp, if the read carried one): the
    /// server's latency ends here.
    pub arrived: Option<Stamp>,
    /// When the load generator read it: also counts the wait for the generator's core.
    pub read: Stamp,
    pub update: Vec<u8>,
}

#[derive(Default)]
pub struct Options {
    /// Ask for `saved` acknowledgements (`?ext=ack`).
    pub acks: bool,
    /// Apply other clients' updates to this connection's doc. Writers of a load test leave it
    /// off so that the load client does not become the bottleneck.
    pub follow: bool,
    /// Also keep every received update here, stamped (latency bookkeeping).
    pub receipts: Option<Receipts>,
}

/// Updates a connection received, in order of arrival.
pub type Receipts = Arc<Mutex<Vec<Received>>>;

pub struct Connection {
    doc: Arc<Doc>,
    /// Updates received for a following connection and not applied to `doc` yet: they are
    /// applied when the doc is read (see [`Connection::doc`]).
    unapplied: Arc<Mutex<Vec<Vec<u8>>>>,
    sink: Sink,
    saved: watch::Receiver<u64>,
    /// Full-state answers (sync step 2) received, with their size.
    step2: mpsc::UnboundedReceiver<usize>,
    /// Hocuspocus framing: the document name that starts every message.
    prefix: Option<Vec<u8>>,
}

/// Hocuspocus' message types for authentication and for its update acknowledgement (the
/// others match y-websocket's).
const HOCUSPOCUS_AUTH: u8 = 2;
const HOCUSPOCUS_SYNC_STATUS: u8 = 8;

fn hocuspocus_prefix(doc: &str) -> Vec<u8> {
    let mut prefix = Vec::new();
    prefix.write_string(doc);
    prefix
}

/// Which server the load goes to: how documents are created, the socket URL and the framing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ServerKind {
    /// Tandem: `POST /api/docs`, `/sync/<id>`.
    Tandem,
    /// `@y/websocket-server`: any room name, `/<id>`.
    YWebsocket,
    /// y-sweet: `POST /doc/new`, `/d/<id>/ws/<id>`.
    YSweet,
    /// Hocuspocus: every message prefixed with the document name, after a token message.
    Hocuspocus,
}

#[derive(Debug, Clone)]
pub struct Target {
    pub kind: ServerKind,
    /// Base HTTP URL, e.g. `http://127.0.0.1:8080`.
    pub url: String,
    /// Tandem: the API token documents are created and opened with.
    pub token: Option<String>,
}

impl Target {
    pub fn new(kind: ServerKind, url: impl Into<String>) -> Target {
        Target {
            kind,
            url: url.into(),
            token: None,
        }
    }

    pub fn tandem(url: impl Into<String>) -> Target {
        Target::new(ServerKind::Tandem, url)
    }

    /// Tandem: signs up a throwaway account and uses an API token of it from now on.
    pub async fn sign_up(mut self) -> anyhow::Result<Target> {
        let http = reqwest::Client::new();
        let nonce = Stamp::now().unix_nanos();
        let response = http
            .post(format!("{}/api/auth/signup", self.url))
            .header("x-tandem-csrf", "1")
            .json(&serde_json::json!({
                "email": format!("bench-{nonce}@example.com"),
                "name": "Benchmark",
                "password": format!("bench-{nonce}"),
            }))
            .send()
            .await
            .context("sign up")?
            .error_for_status()
            .context("sign up")?;
        let cookie = response
            .headers()
            .get(reqwest::header::SET_COOKIE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(';').next())
            .ok_or_else(|| anyhow!("no session cookie in the sign-up answer"))?
            .to_owned();
        let token: serde_json::Value = http
            .post(format!("{}/api/tokens", self.url))
            .header(reqwest::header::COOKIE, cookie)
            .header("x-tandem-csrf", "1")
            .json(&serde_json::json!({"name": "tandem-bench"}))
            .send()
            .await?
            .error_for_status()
            .context("create an API token")?
            .json()
            .await?;
        self.token = token["token"].as_str().map(str::to_owned);
        Ok(self)
    }

    fn authorized(&self, request: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        match &self.token {
            Some(token) => request.bearer_auth(token),
            None => request,
        }
    }

    pub async fn create_doc(&self) -> anyhow::Result<String> {
        let (path, field) = match self.kind {
            ServerKind::Tandem => ("/api/docs", "id"),
            ServerKind::YSweet => ("/doc/new", "docId"),
            ServerKind::YWebsocket | ServerKind::Hocuspocus => {
                use std::sync::atomic::{AtomicU64, Ordering};
                static NEXT: AtomicU64 = AtomicU64::new(0);
                let nonce = Stamp::now().unix_nanos();
                return Ok(format!("bench-{nonce}-{}", NEXT.fetch_add(1, Ordering::Relaxed)));
            }
        };
        let response: serde_json::Value = self
            .authorized(reqwest::Client::new().post(format!("{}{path}", self.url)))
            .json(&serde_json::json!({"kind": "code", "title": "benchmark"}))
            .send()
            .await
            .context("create document")?
            .error_for_status()?
            .json()
            .await?;
        response[field]
            .as_str()
            .map(str::to_owned)
            .ok_or_else(|| anyhow!("no {field} in {response}"))
    }

    fn socket_url(&self, doc: &str, acks: bool) -> anyhow::Result<String> {
        let ws = self.url.replacen("http", "ws", 1);
        Ok(match self.kind {
            ServerKind::Tandem => {
                let mut query: Vec<String> = Vec::new();
                if acks {
                    query.push("ext=ack".into());
                }
                if let Some(token) = &self.token {
                    query.push(format!("token={token}"));
                }
                let query = if query.is_empty() {
                    String::new()
                } else {
                    format!("?{}", query.join("&"))
                };
                format!("{ws}/sync/{doc}{query}")
            }
            // Hocuspocus always sends its acknowledgements.
            ServerKind::Hocuspocus => format!("{ws}/{doc}"),
            _ if acks => bail!("this server sends no acknowledgements"),
            ServerKind::YWebsocket => format!("{ws}/{doc}"),
            ServerKind::YSweet => format!("{ws}/d/{doc}/ws/{doc}"),
        })
    }

    /// The document's text as a Tandem server has it.
    pub async fn stored_text(&self, doc: &str) -> anyhow::Result<String> {
        if self.kind != ServerKind::Tandem {
            bail!("reading the stored state needs Tandem's REST API");
        }
        let bytes = self
            .authorized(reqwest::Client::new().get(format!("{}/api/docs/{doc}/state", self.url)))
            .send()
            .await?
            .error_for_status()?
            .bytes()
            .await?;
        let state = Doc::new();
        let text = state.get_or_insert_text(TEXT);
        state.transact_mut().apply_update(Update::decode_v1(&bytes)?)?;
        let value = text.get_string(&state.transact());
        Ok(value)
    }
}

pub fn text_of(doc: &Doc) -> String {
    doc.get_or_insert_text(TEXT).get_string(&doc.transact())
}

impl Connection {
    pub async fn open(target: &Target, doc_id: &str, options: Options) -> anyhow::Result<Connection> {
        // tungstenite's default read buffer is 128 KiB, zeroed for every read: a third of the
        // load generator's time in fan-out, which delayed every receipt after the first.
        let config = WebSocketConfig::default()
            .read_buffer_size(4096)
            .max_message_size(None)
            .max_frame_size(None);
        let request = target.socket_url(doc_id, options.acks)?.into_client_request()?;
        let uri = request.uri();
        if uri.scheme_str() != Some("ws") {
            bail!("{uri}: the load generator speaks plain ws:// only");
        }
        let host = uri
            .host()
            .ok_or_else(|| anyhow!("{uri}: no host"))?
            .trim_start_matches('[')
            .trim_end_matches(']')
            .to_owned();
        let port = uri.port_u16().unwrap_or(80);
        let tcp = TcpStream::connect((host, port))
            .await
            .with_context(|| format!("connect to {uri}"))?;
        tcp.set_nodelay(true)?;
        let tcp = StampedStream::new(tcp);
        let last_receipt = tcp.last_receipt();
        let (socket, _) = tokio_tungstenite::client_async_with_config(request, tcp, Some(config))
            .await
            .context("connect")?;
        let (sink, mut stream) = socket.split();
        let prefix = (target.kind == ServerKind::Hocuspocus).then(|| hocuspocus_prefix(doc_id));
        let strip = prefix.as_ref().map_or(0, Vec::len);
        let doc = Arc::new(Doc::with_client_id(random_client_id()));
        let (saved_tx, saved) = watch::channel(0);
        let (step2_tx, step2) = mpsc::unbounded_channel();
        let Options { follow, receipts, .. } = options;
        let unapplied = Arc::new(Mutex::new(Vec::new()));
        let handler = Arrivals {
            strip,
            follow,
            receipts,
            unapplied: unapplied.clone(),
            doc: doc.clone(),
            saved: saved_tx,
            step2: step2_tx,
        };
        tokio::spawn(async move {
            while let Some(Ok(message)) = stream.next().await {
                let read = Stamp::now();
                handler.handle(last_receipt.get(), read, message);
            }
        });
        let mut connection = Connection {
            doc,
            unapplied,
            sink,
            saved,
            step2,
            prefix,
        };
        if connection.prefix.is_some() {
            // Hocuspocus handles nothing before an authentication message (an empty token).
            let mut auth = Vec::new();
            auth.write_var(HOCUSPOCUS_AUTH);
            auth.write_var(0u8);
            auth.write_string("");
            connection.send(auth).await?;
        }
        Ok(connection)
    }

    /// Opens a connection and waits for the whole document (see [`Connection::sync`]).
    pub async fn synced(target: &Target, doc_id: &str, options: Options) -> anyhow::Result<Connection> {
        let mut connection = Connection::open(target, doc_id, options).await?;
        connection.sync().await?;
        Ok(connection)
    }

    /// A synced connection whose doc follows every update the server sends.
    pub async fn following(target: &Target, doc_id: &str) -> anyhow::Result<Connection> {
        let options = Options {
            follow: true,
            ..Options::default()
        };
        Connection::synced(target, doc_id, options).await
    }

    /// Asks for the whole document and waits until it is applied; returns its size in bytes.
    pub async fn sync(&mut self) -> anyhow::Result<usize> {
        let state_vector = self.doc().transact().state_vector();
        self.send(protocol::encode_sync_step1(&state_vector)).await?;
        self.step2
            .recv()
            .await
            .ok_or_else(|| anyhow!("connection closed before the first sync"))
    }

    /// Appends `text` to the shared text and sends the update.
    pub async fn insert_at_end(&mut self, text: &str) -> anyhow::Result<()> {
        let update = self.local_insert(text);
        self.send(protocol::encode_update(&update)).await
    }

    /// Appends locally and returns the update without sending it.
    pub fn local_insert(&self, text: &str) -> Vec<u8> {
        let doc = self.doc();
        let content = doc.get_or_insert_text(TEXT);
        let mut txn = doc.transact_mut();
        let end = content.len(&txn);
        content.insert(&mut txn, end, text);
        txn.encode_update_v1()
    }

    pub async fn send(&mut self, frame: Vec<u8>) -> anyhow::Result<()> {
        let frame = self.framed(frame);
        self.sink
            .send(Message::Binary(frame.into()))
            .await
            .context("send")
    }

    /// Sends several frames with one flush.
    pub async fn send_batch(&mut self, frames: Vec<Vec<u8>>) -> anyhow::Result<()> {
        for frame in frames {
            let frame = self.framed(frame);
            self.sink
                .feed(Message::Binary(frame.into()))
                .await
                .context("send")?;
        }
        self.sink.flush().await.context("flush")
    }

    fn framed(&self, frame: Vec<u8>) -> Vec<u8> {
        match &self.prefix {
            Some(prefix) => [prefix.as_slice(), &frame].concat(),
            None => frame,
        }
    }

    /// This connection's document, with every update received so far applied.
    pub fn doc(&self) -> &Doc {
        let unapplied = std::mem::take(&mut *self.unapplied.lock().unwrap());
        for update in unapplied {
            apply(&self.doc, &update);
        }
        &self.doc
    }

    /// The shared text as this connection has it now.
    pub fn text(&self) -> String {
        text_of(self.doc())
    }

    pub fn client_id(&self) -> u64 {
        self.doc.client_id().get()
    }

    pub fn saved(&self) -> u64 {
        *self.saved.borrow()
    }

    pub async fn wait_saved(&mut self, at_least: u64) -> anyhow::Result<()> {
        let wait = self.saved.wait_for(|&n| n >= at_least);
        match tokio::time::timeout(Duration::from_secs(60), wait).await {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(_)) => bail!("connection closed while waiting for saved({at_least})"),
            Err(_) => bail!("saved({at_least}) did not arrive within 60 s"),
        }
    }

    /// Waits until this connection's doc holds `expected`; an error names the divergence.
    pub async fn wait_for_text(&self, expected: &str, limit: Duration) -> anyhow::Result<()> {
        let deadline = tokio::time::Instant::now() + limit;
        loop {
            let text = self.text();
            if text == expected {
                return Ok(());
            }
            if tokio::time::Instant::now() > deadline {
                bail!(
                    "a reader diverged: it has {} characters, the writer {}",
                    text.len(),
                    expected.len()
                );
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
}

/// The highest clock of `client` in an encoded update (0 when absent or undecodable).
pub fn clock_of(update: &[u8], client: u64) -> u32 {
    Update::decode_v1(update)
        .map(|u| u.state_vector().get(&yrs::ClientID::new(client)))
        .unwrap_or(0)
}

/// A 32-bit client id, as the JavaScript Yjs uses: servers built on older yrs (y-sweet 0.9)
/// truncate larger ids when they re-encode updates.
fn random_client_id() -> u64 {
    use std::hash::BuildHasher;
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    std::collections::hash_map::RandomState::new().hash_one(n) as u32 as u64
}

/// What a connection's reader task does with each frame from the server. It only stamps and
/// keeps what arrives: the load generator has one core, and decoding or applying one
/// reader's update before the next reader's frame is read would add the generator's own work
/// to that reader's latency. Updates are applied when the doc is read, latencies computed
/// when they are asked for.
struct Arrivals {
    /// Hocuspocus: the length of the document-name prefix to cut off.
    strip: usize,
    follow: bool,
    receipts: Option<Receipts>,
    unapplied: Arc<Mutex<Vec<Vec<u8>>>>,
    doc: Arc<Doc>,
    saved: watch::Sender<u64>,
    step2: mpsc::UnboundedSender<usize>,
}

impl Arrivals {
    fn handle(&self, arrived: Option<Stamp>, read: Stamp, message: Message) {
        if let Message::Close(Some(close)) = &message {
            eprintln!(
                "server closed the connection: {} {}",
                u16::from(close.code),
                close.reason
            );
        }
        let Message::Binary(frame) = message else { return };
        let Some(frame) = frame.get(self.strip..) else {
            return;
        };
        if self.strip > 0 && frame.first() == Some(&HOCUSPOCUS_SYNC_STATUS) {
            // Hocuspocus acknowledges each update once applied (in memory, not on disk).
            if frame.get(1) == Some(&1) {
                self.saved.send_modify(|n| *n += 1);
            }
            return;
        }
        match protocol::decode_server_message(frame) {
            Ok(ServerMessage::Saved(n)) => {
                self.saved.send_replace(n);
            }
            Ok(ServerMessage::Update(update)) => {
                if self.follow {
                    self.unapplied.lock().unwrap().push(update.clone());
                }
                if let Some(receipts) = &self.receipts {
                    receipts.lock().unwrap().push(Received {
                        arrived,
                        read,
                        update,
                    });
                }
            }
            Ok(ServerMessage::SyncStep2(update)) => {
                apply(&self.doc, &update);
                let _ = self.step2.send(update.len());
            }
            _ => {}
        }
    }
}

fn apply(doc: &Doc, update: &[u8]) {
    if let Ok(update) = Update::decode_v1(update) {
        let _ = doc.transact_mut().apply_update(update);
    }
}
