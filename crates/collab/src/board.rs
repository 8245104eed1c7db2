//! A board's content as Excalidraw's JSON, in and out of its Yjs layout (docs/SCHEMA.md): the
//! `elements` map (element id → element) and the `files` map (file id → `{url, mimeType,
//! created}`). Used to import and export `.excalidraw` files on the server.

use std::collections::HashMap;
use yrs::types::ToJson;
use yrs::updates::decoder::Decode;
use yrs::{Any, Doc, Map, Transact, Update};

/// What a board holds, as JSON-like values.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BoardContent {
    /// Elements that are not deleted, in z-order (by fractional `index`, then id).
    pub elements: Vec<Any>,
    /// File id → `{url, mimeType, created}`.
    pub files: HashMap<String, Any>,
}

fn field<'a>(value: &'a Any, key: &str) -> Option<&'a Any> {
    match value {
        Any::Map(map) => map.get(key),
        _ => None,
    }
}

fn text(value: Option<&Any>) -> String {
    match value {
        Some(Any::String(s)) => s.to_string(),
        _ => String::new(),
    }
}

/// Reads a board from a document state (one Yjs update).
pub fn board_content(state: &[u8]) -> Result<BoardContent, String> {
    let doc = Doc::new();
    let elements = doc.get_or_insert_map("elements");
    let files = doc.get_or_insert_map("files");
    let update = Update::decode_v1(state).map_err(|e| e.to_string())?;
    doc.transact_mut()
        .apply_update(update)
        .map_err(|e| e.to_string())?;
    let txn = doc.transact();
    let mut content = BoardContent::default();
    for (_, value) in elements.iter(&txn) {
        let value = value.to_json(&txn);
        if !matches!(field(&value, "isDeleted"), Some(Any::Bool(true))) {
            content.elements.push(value);
        }
    }
    content
        .elements
        .sort_by_cached_key(|e| (text(field(e, "index")), text(field(e, "id"))));
    for (id, value) in files.iter(&txn) {
        content.files.insert(id.to_owned(), value.to_json(&txn));
    }
    Ok(content)
}

/// The update that writes `content` into an empty board. Elements without a string `id` are
/// skipped.
pub fn board_update(content: &BoardContent) -> Vec<u8> {
    let doc = Doc::new();
    let elements = doc.get_or_insert_map("elements");
    let files = doc.get_or_insert_map("files");
    let mut txn = doc.transact_mut();
    for element in &content.elements {
        if let Some(Any::String(id)) = field(element, "id") {
            elements.insert(&mut txn, id.to_string(), element.clone());
        }
    }
    for (id, file) in &content.files {
        files.insert(&mut txn, id.clone(), file.clone());
    }
    txn.encode_update_v1()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn element(id: &str, index: &str, deleted: bool) -> Any {
        Any::from_json(&format!(
            r#"{{"id":"{id}","type":"rectangle","index":"{index}","isDeleted":{deleted},"points":[[0,0],[1,2]],"boundElements":null}}"#
        ))
        .unwrap()
    }

    #[test]
    fn a_board_round_trips_without_its_deleted_elements_and_in_z_order() {
        let file =
            Any::from_json(r#"{"url":"/api/docs/d/files/ab","mimeType":"image/png","created":1}"#).unwrap();
        let content = BoardContent {
            elements: vec![
                element("b", "a1", false),
                element("a", "a0", false),
                element("gone", "a2", true),
            ],
            files: HashMap::from([("f1".to_owned(), file.clone())]),
        };
        let read = board_content(&board_update(&content)).unwrap();
        assert_eq!(
            read.elements,
            vec![element("a", "a0", false), element("b", "a1", false)]
        );
        assert_eq!(read.files.get("f1"), Some(&file));
    }

    #[test]
    fn a_damaged_state_is_an_error() {
        assert!(board_content(&[1, 2, 3]).is_err());
    }
}
