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
