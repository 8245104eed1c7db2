//! `.excalidraw` import and export: a file becomes a new board with its images on the server,
//! and comes back out with them inlined.

mod common;

use base64::Engine;
use common::{args, create_owned_doc, get_as, get_json_as, signup, temp_dir, tiny_png, InProcess};
use serde_json::{json, Value};

fn scene_with_image() -> Value {
    let data = base64::engine::general_purpose::STANDARD.encode(tiny_png());
    json!({
        "type": "excalidraw",
        "version": 2,
        "elements": [
            {"id": "r1", "type": "rectangle", "index": "a1", "x": 10, "y": 20, "width": 100, "height": 50, "version": 3, "versionNonce": 7, "isDeleted": false},
            {"id": "i1", "type": "image", "index": "a0", "fileId": "f1", "x": 0, "y": 0, "width": 1, "height": 1, "version": 1, "versionNonce": 1, "isDeleted": false},
            {"id": "gone", "type": "ellipse", "index": "a2", "version": 9, "versionNonce": 1, "isDeleted": true}
        ],
        "appState": {"viewBackgroundColor": "#ffffff"},
        "files": {"f1": {"id": "f1", "mimeType": "image/png", "dataURL": format!("data:image/png;base64,{data}"), "created": 5}}
    })
}

#[tokio::test]
async fn an_imported_file_becomes_a_board_that_exports_the_same_scene() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let http = reqwest::Client::new();
    let imported = http
        .post(format!("{base}/api/boards/import?title=Plans"))
        .bearer_auth(&owner.token)
        .body(scene_with_image().to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(imported.status(), 201);
    let board: Value = imported.json().await.unwrap();
    assert_eq!(board["kind"], "board");
    assert_eq!(board["title"], "Plans");
    let id = board["id"].as_str().unwrap();

    let exported = get_json_as(base, &format!("/api/docs/{id}/excalidraw"), &owner.token).await;
    assert_eq!(exported["type"], "excalidraw");
    let ids: Vec<&str> = exported["elements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["i1", "r1"], "deleted elements left out, z-order kept");
    assert_eq!(exported["elements"][1]["width"], 100);
    let data_url = exported["files"]["f1"]["dataURL"].as_str().unwrap();
    let data = data_url.strip_prefix("data:image/png;base64,").unwrap();
    assert_eq!(
        base64::engine::general_purpose::STANDARD.decode(data).unwrap(),
        tiny_png()
    );

    // In the document itself, the image is a URL on this server, readable by the board's readers.
    let state = get_as(base, &format!("/api/docs/{id}/state"), &owner.token)
        .await
        .bytes()
        .await
        .unwrap();
    let content = tandem_collab::board::board_content(&state).unwrap();
    let file = serde_json::to_value(&content.files["f1"]).unwrap();
    let url = file["url"].as_str().unwrap();
    assert!(url.starts_with(&format!("/api/docs/{id}/files/")));
    let image = get_as(base, url, &owner.token).await;
    assert_eq!(image.bytes().await.unwrap().to_vec(), tiny_png());
    server.shutdown().await;
}

#[tokio::test]
async fn what_is_not_an_excalidraw_file_is_refused_and_only_boards_export() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let http = reqwest::Client::new();
    for body in [
        "not json",
        r#"{"type": "something else", "elements": []}"#,
        r#"{"type": "excalidraw"}"#,
    ] {
        let response = http
            .post(format!("{base}/api/boards/import"))
            .bearer_auth(&owner.token)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 400, "{body}");
    }
    let code = create_owned_doc(base, &owner).await;
    let response = get_as(base, &format!("/api/docs/{code}/excalidraw"), &owner.token).await;
    assert_eq!(response.status(), 400);
    // Nothing half-made: no board was created by the refused imports.
    let listed = get_json_as(base, "/api/docs", &owner.token).await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    server.shutdown().await;
}
