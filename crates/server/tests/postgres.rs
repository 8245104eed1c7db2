//! The server with `--database-url`: documents and accounts in PostgreSQL, surviving a restart.

mod common;

use common::{args, create_owned_doc, document_text, signup, temp_dir, Client, InProcess, PgSchema};
use tandem_protocol::ServerMessage;

#[tokio::test]
async fn edits_are_saved_in_postgres_and_read_back_after_a_restart() {
    let schema = PgSchema::create().await;
    let (_dir, path) = temp_dir();
    let mut config = args(&path);
    config.database_url = Some(schema.url.clone().into());

    let server = InProcess::start(config.clone()).await;
    let owner = signup(&server.base, "owner@example.com").await;
    let id = create_owned_doc(&server.base, &owner).await;
    let mut client = Client::connect(&format!("{}/{id}?ext=ack&token={}", server.ws, owner.token)).await;
    assert!(matches!(client.next_message().await, ServerMessage::SyncStep1(_)));
    client.append("kept in PostgreSQL").await;
    assert_eq!(client.next_message().await, ServerMessage::Saved(1));
    let ready = reqwest::get(format!("{}/readyz", server.base)).await.unwrap();
    assert_eq!(ready.status(), 200);
    drop(client);
    server.shutdown().await;
    assert!(!path.join("tandem.db").exists(), "nothing was stored in SQLite");

    let restarted = InProcess::start(config).await;
    assert_eq!(
        document_text(&restarted.base, &id, Some(&owner.token)).await,
        "kept in PostgreSQL"
    );
    restarted.shutdown().await;
}

/// `tandem migrate-store` moves a single-node install to PostgreSQL: the same account signs in
/// with the same token and finds the same document.
#[tokio::test]
async fn migrate_store_moves_a_sqlite_install_to_postgres() {
    let schema = PgSchema::create().await;
    let (_dir, path) = temp_dir();
    let single = InProcess::start(args(&path)).await;
    let owner = signup(&single.base, "owner@example.com").await;
    let id = create_owned_doc(&single.base, &owner).await;
    let mut client = Client::connect(&format!("{}/{id}?ext=ack&token={}", single.ws, owner.token)).await;
    assert!(matches!(client.next_message().await, ServerMessage::SyncStep1(_)));
    client.append("moved to PostgreSQL").await;
    assert_eq!(client.next_message().await, ServerMessage::Saved(1));
    drop(client);
    single.shutdown().await;

    let output = std::process::Command::new(env!("CARGO_BIN_EXE_tandem"))
        .arg("migrate-store")
        .arg("--from")
        .arg(format!("sqlite://{}", path.join("tandem.db").display()))
        .arg("--to")
        .arg(&schema.url)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("verified"), "{stdout}");

    let mut config = args(&path);
    config.database_url = Some(schema.url.clone().into());
    std::fs::remove_file(path.join("tandem.db")).unwrap();
    let moved = InProcess::start(config).await;
    assert_eq!(
        document_text(&moved.base, &id, Some(&owner.token)).await,
        "moved to PostgreSQL"
    );
    moved.shutdown().await;
}
