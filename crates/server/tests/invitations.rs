//! Invitation emails over SMTP, against a tiny SMTP sink on a loopback port: an invitation to an
//! email without an account is mailed with its sign-up link, and a broken SMTP server never
//! fails or delays the request that made the invitation.

mod common;

use common::{args, get_json_as, signup, temp_dir, Account, InProcess};
use serde_json::{json, Value};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;

/// One message the sink accepted.
#[derive(Debug)]
struct Received {
    recipients: Vec<String>,
    /// Everything between `DATA` and the closing dot: headers and body.
    data: String,
}

/// An SMTP server on 127.0.0.1 that speaks just enough of the protocol to accept every
/// message, and reports each one. Returns its port.
async fn smtp_sink() -> (u16, mpsc::UnboundedReceiver<Received>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let (sender, inbox) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let sender = sender.clone();
            tokio::spawn(async move {
                let _ = tokio::time::timeout(Duration::from_secs(10), smtp_session(stream, sender)).await;
            });
        }
    });
    (port, inbox)
}

async fn smtp_session(stream: TcpStream, inbox: mpsc::UnboundedSender<Received>) -> std::io::Result<()> {
    let (reader, mut writer) = stream.into_split();
    let mut reader = BufReader::new(reader);
    writer.write_all(b"220 sink ESMTP\r\n").await?;
    let mut recipients = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line).await? == 0 {
            return Ok(());
        }
        let command = line.trim_end().to_ascii_uppercase();
        let reply: &[u8] = if command.starts_with("EHLO") || command.starts_with("HELO") {
            b"250 sink\r\n"
        } else if command.starts_with("MAIL FROM:") {
            recipients.clear();
            b"250 OK\r\n"
        } else if command.starts_with("RCPT TO:") {
            let address = line.split(['<', '>']).nth(1).unwrap_or_default();
            recipients.push(address.to_owned());
            b"250 OK\r\n"
        } else if command == "DATA" {
            writer.write_all(b"354 end with <CRLF>.<CRLF>\r\n").await?;
            let mut data = String::new();
            while !data.ends_with("\r\n.\r\n") {
                if reader.read_line(&mut data).await? == 0 {
                    return Ok(());
                }
            }
            let _ = inbox.send(Received {
                recipients: std::mem::take(&mut recipients),
                data,
            });
            b"250 OK queued\r\n"
        } else if command == "RSET" || command == "NOOP" {
            b"250 OK\r\n"
        } else if command == "QUIT" {
            writer.write_all(b"221 bye\r\n").await?;
            return Ok(());
        } else {
            b"502 not implemented\r\n"
        };
        writer.write_all(reply).await?;
    }
}

async fn create_titled_doc(base: &str, owner: &Account, title: &str) -> String {
    let response = reqwest::Client::new()
        .post(format!("{base}/api/docs"))
        .bearer_auth(&owner.token)
        .json(&json!({"kind": "doc", "title": title}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
    response.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned()
}

/// Shares `doc` with `email` as an editor; returns the outcome (`invited` or `member`).
async fn share(base: &str, owner: &Account, doc: &str, email: &str) -> String {
    let response = reqwest::Client::new()
        .put(format!("{base}/api/docs/{doc}/members"))
        .bearer_auth(&owner.token)
        .json(&json!({"email": email, "role": "editor"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    body["status"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn an_invitation_to_an_email_without_an_account_is_mailed_with_its_signup_link() {
    let (port, mut inbox) = smtp_sink().await;
    let (_dir, path) = temp_dir();
    let mut config = args(&path);
    config.smtp_url = Some(format!("smtp://127.0.0.1:{port}").into());
    config.smtp_from = "Tandem Test <tandem@example.com>".into();
    let server = InProcess::start(config).await;
    let owner = signup(&server.base, "owner@example.com").await;
    let doc = create_titled_doc(&server.base, &owner, "Quarterly plans").await;

    assert_eq!(
        share(&server.base, &owner, &doc, "newcomer@example.com").await,
        "invited"
    );
    let message = tokio::time::timeout(Duration::from_secs(10), inbox.recv())
        .await
        .expect("no email within 10 s")
        .unwrap();
    assert_eq!(message.recipients, ["newcomer@example.com"]);
    let data = &message.data;
    assert!(
        data.contains(&format!("http://localhost/signup?next=/d/{doc}")),
        "{data}"
    );
    assert!(data.contains("Quarterly plans"), "{data}");
    assert!(
        data.lines()
            .any(|line| line.starts_with("From:") && line.contains("<tandem@example.com>")),
        "{data}"
    );
    assert!(
        data.lines().any(|line| line == "To: newcomer@example.com"),
        "{data}"
    );

    // Someone who has an account becomes a member at once: no email.
    let member = signup(&server.base, "member@example.com").await;
    assert_eq!(share(&server.base, &owner, &doc, &member.email).await, "member");
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(inbox.try_recv().is_err(), "a member was mailed an invitation");
    server.shutdown().await;
}

#[tokio::test]
async fn an_unreachable_smtp_server_does_not_fail_or_delay_the_invitation() {
    // One port refuses connections; the other accepts them (in its backlog) and never answers,
    // so a send there waits for its timeout.
    let refused = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let silent = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let silent_port = silent.local_addr().unwrap().port();
    for port in [refused, silent_port] {
        let (_dir, path) = temp_dir();
        let mut config = args(&path);
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}").into());
        let server = InProcess::start(config).await;
        let owner = signup(&server.base, "owner@example.com").await;
        let doc = create_titled_doc(&server.base, &owner, "Plans").await;
        let outcome = tokio::time::timeout(
            Duration::from_secs(5),
            share(&server.base, &owner, &doc, "newcomer@example.com"),
        )
        .await
        .expect("the invitation waited for the SMTP server");
        assert_eq!(outcome, "invited");
        let sharing = get_json_as(&server.base, &format!("/api/docs/{doc}/sharing"), &owner.token).await;
        assert_eq!(
            sharing["invites"][0]["email"], "newcomer@example.com",
            "{sharing}"
        );
        server.shutdown().await;
    }
    drop(silent);
}

#[tokio::test]
async fn a_bad_smtp_url_stops_the_server_at_start_up_without_showing_the_password() {
    let (_dir, path) = temp_dir();
    let mut config = args(&path);
    config.smtp_url = Some("smtp://user:hunter2@mail.example.com:587".to_owned().into());
    let error = format!(
        "{:#}",
        tandem_server::build_state(&config).await.err().expect("accepted")
    );
    assert!(error.contains("--smtp-url"), "{error}");
    assert!(!error.contains("hunter2"), "{error}");
    assert!(!path.join("tandem.db").exists(), "the database was opened first");
}
