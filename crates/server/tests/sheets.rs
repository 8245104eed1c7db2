//! Sheets over REST: XLSX and CSV files imported as workbooks, values computed on the server by
//! the engine the browser runs, exports, and files that are refused without leaving anything.

mod common;

use common::{args, create_owned_doc, get_as, get_json_as, signup, temp_dir, Account, Client, InProcess};
use serde_json::{json, Value};

async fn import(base: &str, account: &Account, title: &str, body: Vec<u8>) -> reqwest::Response {
    reqwest::Client::new()
        .post(format!("{base}/api/sheets/import?title={title}"))
        .bearer_auth(&account.token)
        .body(body)
        .send()
        .await
        .unwrap()
}

async fn doc_count(base: &str, account: &Account) -> usize {
    get_json_as(base, "/api/docs", &account.token)
        .await
        .as_array()
        .unwrap()
        .len()
}

const BUDGET_CSV: &[u8] = b"Item,Cost\r\nTea,3.5\r\nCake,4\r\nTotal,=SUM(B2:B3)\r\nHalf,=B4/2\r\n";

#[tokio::test]
async fn an_imported_csv_is_a_workbook_whose_values_the_server_computes() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let response = import(base, &owner, "Budget", BUDGET_CSV.to_vec()).await;
    assert_eq!(response.status(), 201);
    let doc: Value = response.json().await.unwrap();
    assert_eq!(
        (doc["kind"].as_str(), doc["title"].as_str()),
        (Some("sheet"), Some("Budget"))
    );
    let id = doc["id"].as_str().unwrap();

    let values = get_json_as(base, &format!("/api/docs/{id}/values?range=A1:B5"), &owner.token).await;
    assert_eq!(
        values,
        json!({"range": "Sheet1!A1:B5", "values": [["Item", "Cost"], ["Tea", "3.5"], ["Cake", "4"], ["Total", "7.5"], ["Half", "3.75"]]})
    );
    let raw = get_json_as(
        base,
        &format!("/api/docs/{id}/values?range=Sheet1!B4:C5&render=raw"),
        &owner.token,
    )
    .await;
    assert_eq!(raw["values"], json!([[7.5, null], [3.75, null]]));
    let whole = get_json_as(base, &format!("/api/docs/{id}/values"), &owner.token).await;
    assert_eq!(whole["range"], "Sheet1!A1:B5");

    let csv = get_as(base, &format!("/api/docs/{id}/csv"), &owner.token).await;
    assert_eq!(csv.status(), 200);
    assert!(csv.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("Budget.csv"));
    assert_eq!(
        csv.text().await.unwrap(),
        "Item,Cost\r\nTea,3.5\r\nCake,4\r\nTotal,7.5\r\nHalf,3.75\r\n"
    );
}

#[tokio::test]
async fn an_exported_xlsx_imports_back_with_its_formulas() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let first: Value = import(base, &owner, "Budget", BUDGET_CSV.to_vec())
        .await
        .json()
        .await
        .unwrap();
    let xlsx = get_as(
        base,
        &format!("/api/docs/{}/xlsx", first["id"].as_str().unwrap()),
        &owner.token,
    )
    .await;
    assert_eq!(xlsx.status(), 200);
    assert_eq!(
        xlsx.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    );
    let bytes = xlsx.bytes().await.unwrap().to_vec();
    let second = import(base, &owner, "Again", bytes).await;
    assert_eq!(second.status(), 201);
    let id = second.json::<Value>().await.unwrap()["id"]
        .as_str()
        .unwrap()
        .to_owned();
    let values = get_json_as(
        base,
        &format!("/api/docs/{id}/values?range=B4:B5&render=raw"),
        &owner.token,
    )
    .await;
    assert_eq!(values["values"], json!([[7.5], [3.75]]));
}

#[tokio::test]
async fn bad_files_and_ranges_are_refused_with_a_reason_and_leave_nothing() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let before = doc_count(base, &owner).await;
    for (body, status, reason) in [
        (b"PK\x03\x04 truncated zip".to_vec(), 400, "XLSX"),
        (vec![0xff, 0xfe, 0x00, 0x41], 400, "UTF-8"),
        (vec![b'1'; 21 << 20], 413, "limited"),
    ] {
        let response = import(base, &owner, "Bad", body).await;
        assert_eq!(response.status(), status);
        let error: Value = response.json().await.unwrap();
        assert!(
            error["error"]["message"].as_str().unwrap().contains(reason),
            "{error}"
        );
    }
    assert_eq!(
        doc_count(base, &owner).await,
        before,
        "a refused file creates no document"
    );

    let sheet: Value = import(base, &owner, "Ok", BUDGET_CSV.to_vec())
        .await
        .json()
        .await
        .unwrap();
    let id = sheet["id"].as_str().unwrap();
    for range in ["Nope!A1", "A0", "A1:XFD1000000"] {
        let response = get_as(
            base,
            &format!("/api/docs/{id}/values?range={range}"),
            &owner.token,
        )
        .await;
        assert_eq!(response.status(), 400, "{range}");
    }
    let code = create_owned_doc(base, &owner).await;
    assert_eq!(
        get_as(base, &format!("/api/docs/{code}/values"), &owner.token)
            .await
            .status(),
        400
    );
}

#[tokio::test]
async fn values_follow_live_edits_made_over_the_sync_socket() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let sheet: Value = import(base, &owner, "Live", BUDGET_CSV.to_vec())
        .await
        .json()
        .await
        .unwrap();
    let id = sheet["id"].as_str().unwrap();
    // A client changes B2 from 3.5 to 10 while the document is open.
    let state = get_as(base, &format!("/api/docs/{id}/state"), &owner.token)
        .await
        .bytes()
        .await
        .unwrap();
    let workbook = tandem_sheets::read_workbook(&state).unwrap();
    let layout = &workbook.layout.sheets()[0];
    let key = format!("{}:{}", layout.rows[1], layout.cols[1]);
    let doc = yrs::Doc::new();
    {
        use yrs::updates::decoder::Decode;
        use yrs::{Map, Transact};
        let sheets = doc.get_or_insert_map("sheets");
        doc.transact_mut()
            .apply_update(yrs::Update::decode_v1(&state).unwrap())
            .unwrap();
        let mut txn = doc.transact_mut();
        let Some(yrs::Out::YMap(first)) = sheets.get(&txn, "s1") else {
            panic!("no first sheet")
        };
        let Some(yrs::Out::YMap(cells)) = first.get(&txn, "cells") else {
            panic!("no cells")
        };
        cells.insert(&mut txn, key, "10");
        let update = txn.encode_update_v1();
        drop(txn);
        let url = format!("{}/sync/{id}?token={}", base.replace("http", "ws"), owner.token);
        let mut client = Client::connect(&url).await;
        client.send(tandem_protocol::encode_update(&update)).await;
    }
    for _ in 0..100 {
        let values = get_json_as(
            base,
            &format!("/api/docs/{id}/values?range=B4&render=raw"),
            &owner.token,
        )
        .await;
        if values["values"] == json!([[14.0]]) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the server's values never reflected the edit");
}

#[tokio::test]
async fn a_script_writes_values_and_formulas_that_open_clients_see_at_once() {
    let (_dir, path) = temp_dir();
    let server = InProcess::start(args(&path)).await;
    let base = &server.base;
    let owner = signup(base, "owner@example.com").await;
    let sheet: Value = import(base, &owner, "Scripted", BUDGET_CSV.to_vec())
        .await
        .json()
        .await
        .unwrap();
    let id = sheet["id"].as_str().unwrap();
    // Someone has the sheet open.
    let url = format!("{}/sync/{id}?token={}", base.replace("http", "ws"), owner.token);
    let mut watcher = Client::connect(&url).await;
    watcher.next_message().await;

    let put = |range: &str, body: Value| {
        reqwest::Client::new()
            .put(format!("{base}/api/docs/{id}/values?range={range}"))
            .bearer_auth(&owner.token)
            .json(&body)
            .send()
    };
    let written = put(
        "Sheet1!C2",
        json!({ "values": [["2", "=B2*C2"], ["3", "=B3*C3"]] }),
    )
    .await
    .unwrap();
    assert_eq!(written.status(), 200);
    let written: Value = written.json().await.unwrap();
    assert_eq!(
        written,
        json!({ "updatedRange": "Sheet1!C2:D3", "updatedCells": 4 })
    );
    // Answered means stored, and computed with the rest of the workbook.
    let values = get_json_as(
        base,
        &format!("/api/docs/{id}/values?range=C2:D3&render=raw"),
        &owner.token,
    )
    .await;
    assert_eq!(values["values"], json!([[2.0, 7.0], [3.0, 12.0]]));
    // The open client got the edit live, as from any other client.
    loop {
        if let tandem_protocol::ServerMessage::Update(_) = watcher.next_message().await {
            break;
        }
    }
    // A formula written by a script is stored by id, so it follows rows inserted later.
    let state = get_as(base, &format!("/api/docs/{id}/state"), &owner.token)
        .await
        .bytes()
        .await
        .unwrap();
    let workbook = tandem_sheets::read_workbook(&state).unwrap();
    let stored = workbook.cells[0]
        .iter()
        .find(|c| (c.row, c.col) == (1, 3))
        .unwrap();
    assert!(stored.input.starts_with("=⟦"), "{}", stored.input);
    // Clearing, and writes that do not fit.
    assert_eq!(
        put("C2", json!({ "values": [[""]] })).await.unwrap().status(),
        200
    );
    let values = get_json_as(
        base,
        &format!("/api/docs/{id}/values?range=D2&render=raw"),
        &owner.token,
    )
    .await;
    assert_eq!(values["values"], json!([[0.0]]));
    let too_wide = put("A1:B1", json!({ "values": [["1", "2", "3"]] }))
        .await
        .unwrap();
    assert_eq!(too_wide.status(), 400);
    let past_the_end = put("A999999", json!({ "values": [["1"]] })).await.unwrap();
    assert_eq!(past_the_end.status(), 400);
    let no_sheet = put("Nope!A1", json!({ "values": [["1"]] })).await.unwrap();
    assert_eq!(no_sheet.status(), 400);
}
