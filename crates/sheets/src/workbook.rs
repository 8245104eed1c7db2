//! A `sheet` document's Yjs layout (docs/SCHEMA.md) read into plain data, and written from it
//! for imports.

use crate::references::{SheetLayout, WorkbookLayout};
use crate::SheetsError;
use std::collections::{HashMap, HashSet};
use yrs::types::ToJson;
use yrs::updates::decoder::Decode;
use yrs::{Any, Array, ArrayPrelim, Doc, Map, MapPrelim, ReadTxn, StateVector, Transact, Update};

/// One stored cell: its position now and what it holds (a value, or a formula in stored form).
#[derive(Debug, Clone, PartialEq)]
pub struct StoredCell {
    pub row: usize,
    pub col: usize,
    pub input: String,
}

/// One format attribute of a cell (docs/SCHEMA.md): an IronCalc style path and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredFormat {
    pub row: usize,
    pub col: usize,
    pub path: String,
    pub value: String,
}

/// A conditional format (docs/SCHEMA.md) where it applies now: its range in positions from 0
/// (top, left, bottom, right) and its rule as IronCalc's input JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredConditional {
    pub range: (usize, usize, usize, usize),
    pub rule: String,
}

/// A workbook as a document holds it: the layout of every sheet and its cells.
#[derive(Debug, Default)]
pub struct Workbook {
    pub layout: WorkbookLayout,
    /// Per sheet, in tab order: the cells whose row and column still exist.
    pub cells: Vec<Vec<StoredCell>>,
    /// Per sheet: the format attributes of cells that still exist.
    pub formats: Vec<Vec<StoredFormat>>,
    /// Per sheet: columns with a width of their own, as (column, pixels).
    pub col_widths: Vec<Vec<(usize, f64)>>,
    /// Per sheet: rows with a height of their own, as (row, pixels).
    pub row_heights: Vec<Vec<(usize, f64)>>,
    /// Per sheet: the rows and columns kept in view, as (rows, columns).
    pub frozen: Vec<(u32, u32)>,
    /// Per sheet, in priority order: conditional formats whose corners still exist.
    pub conditional: Vec<Vec<StoredConditional>>,
    /// Per sheet: the tab's colour (`#rrggbb`), if it has one.
    pub tab_colors: Vec<Option<String>>,
    /// Per sheet: merged blocks whose corners still exist, as (top, left, bottom, right).
    pub merges: Vec<Vec<(usize, usize, usize, usize)>>,
}

fn text(value: Option<&Any>) -> Option<String> {
    match value {
        Some(Any::String(s)) => Some(s.to_string()),
        _ => None,
    }
}

fn strings(value: Option<&Any>) -> Vec<String> {
    match value {
        Some(Any::Array(items)) => items.iter().filter_map(|item| text(Some(item))).collect(),
        _ => Vec::new(),
    }
}

/// Reads the workbook from a document state (one Yjs update).
pub fn read_workbook(state: &[u8]) -> Result<Workbook, SheetsError> {
    let doc = Doc::new();
    let order = doc.get_or_insert_array("sheetOrder");
    let sheets = doc.get_or_insert_map("sheets");
    let update = Update::decode_v1(state).map_err(|e| SheetsError::Document(e.to_string()))?;
    doc.transact_mut()
        .apply_update(update)
        .map_err(|e| SheetsError::Document(e.to_string()))?;
    let txn = doc.transact();
    let Any::Map(all) = sheets.to_json(&txn) else {
        return Ok(Workbook::default());
    };
    let mut seen = HashSet::new();
    let mut layouts = Vec::new();
    let mut cell_maps = Vec::new();
    let mut format_maps = Vec::new();
    let mut width_maps = Vec::new();
    let mut height_maps = Vec::new();
    let mut frozen = Vec::new();
    let mut conditional_lists = Vec::new();
    let mut tab_colors = Vec::new();
    let mut merge_maps = Vec::new();
    for id in order.iter(&txn).filter_map(|value| value.cast::<String>().ok()) {
        let Some(Any::Map(sheet)) = all.get(&id) else {
            continue;
        };
        if !seen.insert(id.clone()) {
            continue;
        }
        layouts.push(SheetLayout {
            name: text(sheet.get("name")).unwrap_or_else(|| id.clone()),
            rows: strings(sheet.get("rows")),
            cols: strings(sheet.get("cols")),
            id,
        });
        let map = |key: &str| match sheet.get(key) {
            Some(Any::Map(entries)) => entries.clone(),
            _ => Default::default(),
        };
        cell_maps.push(map("cells"));
        format_maps.push(map("formats"));
        width_maps.push(map("colWidths"));
        height_maps.push(map("rowHeights"));
        let count = |key: &str| match sheet.get(key) {
            Some(Any::Number(count)) => count
                .as_f64()
                .filter(|count| *count > 0.0)
                .map_or(0, |count| count as u32),
            _ => 0,
        };
        frozen.push((count("frozenRows"), count("frozenCols")));
        conditional_lists.push(strings(sheet.get("conditionalFormats")));
        tab_colors.push(text(sheet.get("color")));
        merge_maps.push(map("merges"));
    }
    let layout = WorkbookLayout::new(layouts);
    let cells = per_sheet(&layout, cell_maps, |sheet, cells| {
        let mut list: Vec<StoredCell> = cells
            .iter()
            .filter_map(|(key, value)| {
                let (row, col) = cell_position(&layout, sheet, key)?;
                Some(StoredCell {
                    row,
                    col,
                    input: text(Some(value))?,
                })
            })
            .collect();
        list.sort_by_key(|cell| (cell.row, cell.col));
        list
    });
    let formats = per_sheet(&layout, format_maps, |sheet, formats| {
        formats
            .iter()
            .filter_map(|(key, value)| {
                let (cell, path) = key.rsplit_once('/')?;
                let (row, col) = cell_position(&layout, sheet, cell)?;
                Some(StoredFormat {
                    row,
                    col,
                    path: path.to_string(),
                    value: text(Some(value))?,
                })
            })
            .collect()
    });
    let col_widths = per_sheet(&layout, width_maps, |sheet, widths| {
        sizes(&widths, |id| layout.col_index(sheet, id))
    });
    let row_heights = per_sheet(&layout, height_maps, |sheet, heights| {
        sizes(&heights, |id| layout.row_index(sheet, id))
    });
    let conditional = per_sheet(&layout, conditional_lists, |sheet, rules| {
        rules
            .iter()
            .filter_map(|json| conditional_rule(&layout, sheet, json))
            .collect()
    });
    let merges = per_sheet(&layout, merge_maps, |sheet, merges| {
        merges
            .iter()
            .filter_map(|(corner, value)| {
                let (row_id, col_id) = corner.split_once(':')?;
                let end: serde_json::Value = serde_json::from_str(&text(Some(value))?).ok()?;
                let end = (end.get("bottom")?.as_str()?, end.get("right")?.as_str()?);
                range_position(&layout, sheet, (row_id, col_id), end)
            })
            .collect()
    });
    Ok(Workbook {
        layout,
        cells,
        formats,
        col_widths,
        row_heights,
        frozen,
        conditional,
        tab_colors,
        merges,
    })
}

/// Reads each sheet's part of the document, in tab order.
fn per_sheet<T, U>(layout: &WorkbookLayout, parts: Vec<T>, read: impl Fn(&str, T) -> U) -> Vec<U> {
    layout
        .sheets()
        .iter()
        .zip(parts)
        .map(|(sheet, part)| read(&sheet.id, part))
        .collect()
}

/// Where a cell keyed `<rowId>:<colId>` is now; `None` when its row or column is gone.
fn cell_position(layout: &WorkbookLayout, sheet: &str, key: &str) -> Option<(usize, usize)> {
    let (row_id, col_id) = key.split_once(':')?;
    Some((layout.row_index(sheet, row_id)?, layout.col_index(sheet, col_id)?))
}

/// Where a range stored by two corners' (row id, column id) is now, as (top, left, bottom,
/// right) whichever way round the corners are; `None` when a corner's row or column is gone.
fn range_position(
    layout: &WorkbookLayout,
    sheet: &str,
    (row_a, col_a): (&str, &str),
    (row_b, col_b): (&str, &str),
) -> Option<(usize, usize, usize, usize)> {
    let (top, bottom) = (layout.row_index(sheet, row_a)?, layout.row_index(sheet, row_b)?);
    let (left, right) = (layout.col_index(sheet, col_a)?, layout.col_index(sheet, col_b)?);
    Some((top.min(bottom), left.min(right), top.max(bottom), left.max(right)))
}

/// Sizes in pixels keyed by row or column id (`colWidths`, `rowHeights`), by position.
fn sizes(map: &HashMap<String, Any>, position: impl Fn(&str) -> Option<usize>) -> Vec<(usize, f64)> {
    map.iter()
        .filter_map(|(id, size)| match size {
            Any::Number(px) => Some((position(id)?, px.as_f64()?)),
            _ => None,
        })
        .collect()
}

/// One stored conditional format placed on the sheet; `None` when it is unreadable or a corner's
/// row or column is gone.
fn conditional_rule(layout: &WorkbookLayout, sheet: &str, json: &str) -> Option<StoredConditional> {
    let stored: serde_json::Value = serde_json::from_str(json).ok()?;
    let range = stored.get("range")?;
    let id = |key: &str| range.get(key).and_then(serde_json::Value::as_str);
    Some(StoredConditional {
        range: range_position(
            layout,
            sheet,
            (id("top")?, id("left")?),
            (id("bottom")?, id("right")?),
        )?,
        rule: stored.get("rule")?.to_string(),
    })
}

/// A sheet to write into a new document: its name, size, rows of inputs from A1 (formulas in
/// A1 notation, as a person would type them), and its formats, column widths and frozen panes
/// in the schema's terms.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewSheet {
    pub name: String,
    pub rows: usize,
    pub cols: usize,
    pub inputs: Vec<Vec<String>>,
    pub formats: Vec<StoredFormat>,
    /// Columns with a width of their own, as (column, pixels).
    pub col_widths: Vec<(usize, f64)>,
    /// Rows with a height of their own, as (row, pixels).
    pub row_heights: Vec<(usize, f64)>,
    /// The rows and columns kept in view, as (rows, columns).
    pub frozen: (u32, u32),
    /// Conditional formats in priority order.
    pub conditional: Vec<StoredConditional>,
    /// The tab's colour (`#rrggbb`).
    pub color: Option<String>,
    /// Merged blocks, as (top, left, bottom, right).
    pub merges: Vec<(usize, usize, usize, usize)>,
}

/// Rows and columns a new sheet has at least, as in the web app.
pub const MIN_ROWS: usize = 1000;
pub const MIN_COLS: usize = 26;

fn new_id(taken: &mut HashSet<String>) -> String {
    loop {
        let id: String = (0..8)
            .map(|_| char::from_digit(rand::random::<u32>() % 36, 36).expect("digit below 36"))
            .collect();
        if taken.insert(id.clone()) {
            return id;
        }
    }
}

/// The update that writes `sheets` into an empty `sheet` document, formulas converted to the
/// stored form. The first sheet gets the id `s1`, as the web app gives a new workbook.
pub fn workbook_update(sheets: &[NewSheet]) -> Vec<u8> {
    let mut taken = HashSet::new();
    let layouts: Vec<SheetLayout> = sheets
        .iter()
        .enumerate()
        .map(|(index, sheet)| {
            let id = if index == 0 {
                "s1".to_owned()
            } else {
                new_id(&mut taken)
            };
            let formatted_rows = sheet.formats.iter().map(|f| f.row + 1).max().unwrap_or(0);
            let formatted_cols = sheet.formats.iter().map(|f| f.col + 1).max().unwrap_or(0);
            let sized_cols = sheet.col_widths.iter().map(|(col, _)| col + 1).max().unwrap_or(0);
            let rows = sheet
                .rows
                .max(sheet.inputs.len())
                .max(formatted_rows)
                .max(MIN_ROWS);
            let width = sheet.inputs.iter().map(Vec::len).max().unwrap_or(0);
            let cols = sheet
                .cols
                .max(width)
                .max(formatted_cols)
                .max(sized_cols)
                .max(MIN_COLS);
            SheetLayout {
                id,
                name: sheet.name.clone(),
                rows: (0..rows).map(|_| new_id(&mut taken)).collect(),
                cols: (0..cols).map(|_| new_id(&mut taken)).collect(),
            }
        })
        .collect();
    let layout = WorkbookLayout::new(layouts);
    let doc = Doc::new();
    let order = doc.get_or_insert_array("sheetOrder");
    let maps = doc.get_or_insert_map("sheets");
    let mut txn = doc.transact_mut();
    for (sheet, source) in layout.sheets().iter().zip(sheets) {
        let cells: Vec<(String, Any)> = source
            .inputs
            .iter()
            .enumerate()
            .flat_map(|(row, line)| line.iter().enumerate().map(move |(col, input)| (row, col, input)))
            .filter(|(_, _, input)| !input.is_empty())
            .map(|(row, col, input)| {
                let key = format!("{}:{}", sheet.rows[row], sheet.cols[col]);
                let stored = crate::references::to_stored(input, &sheet.id, &layout);
                (key, Any::from(stored))
            })
            .collect();
        let map = maps.insert(&mut txn, sheet.id.clone(), MapPrelim::default());
        map.insert(&mut txn, "name", sheet.name.clone());
        // One range each: `ArrayPrelim` pushes item by item, quadratic in the row count.
        let rows = map.insert(&mut txn, "rows", ArrayPrelim::default());
        rows.insert_range(&mut txn, 0, sheet.rows.clone());
        let cols = map.insert(&mut txn, "cols", ArrayPrelim::default());
        cols.insert_range(&mut txn, 0, sheet.cols.clone());
        map.insert(&mut txn, "cells", MapPrelim::from_iter(cells));
        let formats = source.formats.iter().map(|format| {
            let key = format!(
                "{}:{}/{}",
                sheet.rows[format.row], sheet.cols[format.col], format.path
            );
            (key, Any::from(format.value.clone()))
        });
        map.insert(&mut txn, "formats", MapPrelim::from_iter(formats));
        let widths = source
            .col_widths
            .iter()
            .map(|&(col, width)| (sheet.cols[col].clone(), Any::from(width)));
        map.insert(&mut txn, "colWidths", MapPrelim::from_iter(widths));
        let heights = source
            .row_heights
            .iter()
            .filter_map(|&(row, height)| Some((sheet.rows.get(row)?.clone(), Any::from(height))));
        map.insert(&mut txn, "rowHeights", MapPrelim::from_iter(heights));
        let rules: Vec<Any> = source
            .conditional
            .iter()
            .filter_map(|conditional| {
                let (top, left, bottom, right) = conditional.range;
                // A rule reaching past the sheet's last row or column covers what there is.
                let bottom = bottom.min(sheet.rows.len().saturating_sub(1));
                let right = right.min(sheet.cols.len().saturating_sub(1));
                let rule: serde_json::Value = serde_json::from_str(&conditional.rule).ok()?;
                let stored = serde_json::json!({
                    "range": {
                        "top": sheet.rows.get(top)?,
                        "left": sheet.cols.get(left)?,
                        "bottom": sheet.rows.get(bottom)?,
                        "right": sheet.cols.get(right)?,
                    },
                    "rule": rule,
                });
                Some(Any::from(stored.to_string()))
            })
            .collect();
        if !rules.is_empty() {
            map.insert(&mut txn, "conditionalFormats", ArrayPrelim::from(rules));
        }
        let merges = source.merges.iter().filter_map(|&(top, left, bottom, right)| {
            let corner = format!("{}:{}", sheet.rows.get(top)?, sheet.cols.get(left)?);
            let end =
                serde_json::json!({ "bottom": sheet.rows.get(bottom)?, "right": sheet.cols.get(right)? });
            Some((corner, Any::from(end.to_string())))
        });
        map.insert(&mut txn, "merges", MapPrelim::from_iter(merges));
        if let Some(color) = &source.color {
            map.insert(&mut txn, "color", color.clone());
        }
        let (frozen_rows, frozen_cols) = source.frozen;
        if frozen_rows > 0 {
            map.insert(&mut txn, "frozenRows", f64::from(frozen_rows));
        }
        if frozen_cols > 0 {
            map.insert(&mut txn, "frozenCols", f64::from(frozen_cols));
        }
        order.push_back(&mut txn, sheet.id.clone());
    }
    txn.encode_update_v1()
}

/// A write into a range, ready to apply: the Yjs update that makes it, and the cells it covers
/// in A1 notation with their sheet (`Sheet1!B2:C3`).
pub struct ValuesWrite {
    pub update: Vec<u8>,
    pub range: String,
}

/// What a script writes into a range (`Sheet1!B2`, `B2:C3`; the first sheet without a name):
/// rows of inputs as a person would type them (formulas in A1 notation), from the range's
/// top-left cell; an empty string clears a cell. The update applies like any client's edit.
pub fn values_update(state: &[u8], range: &str, values: &[Vec<String>]) -> Result<ValuesWrite, SheetsError> {
    let doc = Doc::new();
    let sheets = doc.get_or_insert_map("sheets");
    let update = Update::decode_v1(state).map_err(|e| SheetsError::Document(e.to_string()))?;
    doc.transact_mut()
        .apply_update(update)
        .map_err(|e| SheetsError::Document(e.to_string()))?;
    let before = doc.transact().state_vector();
    if read_workbook(state)?.layout.sheets().is_empty() {
        // A workbook nobody has opened yet gets the first sheet a browser would give it.
        let first = NewSheet {
            name: "Sheet1".into(),
            ..NewSheet::default()
        };
        let created = Update::decode_v1(&workbook_update(&[first]))
            .map_err(|e| SheetsError::Document(e.to_string()))?;
        doc.transact_mut()
            .apply_update(created)
            .map_err(|e| SheetsError::Document(e.to_string()))?;
    }
    let workbook = read_workbook(&doc.transact().encode_state_as_update_v1(&StateVector::default()))?;
    let layout = &workbook.layout;
    let names: Vec<String> = layout.sheets().iter().map(|sheet| sheet.name.clone()).collect();
    let range = crate::parse_range(range, &names)?;
    let sheet = &layout.sheets()[range.sheet];
    let height = values.len();
    let width = values.iter().map(Vec::len).max().unwrap_or(0);
    let bounded = range.bottom > range.top || range.right > range.left;
    if bounded && (height > range.bottom - range.top + 1 || width > range.right - range.left + 1) {
        return Err(SheetsError::BadRange(format!(
            "{height} × {width} values do not fit the range"
        )));
    }
    if range.top + height > sheet.rows.len() || range.left + width > sheet.cols.len() {
        return Err(SheetsError::BadRange(format!(
            "the values reach past the sheet's {} rows and {} columns",
            sheet.rows.len(),
            sheet.cols.len()
        )));
    }
    let mut txn = doc.transact_mut();
    let cells = match sheets.get(&txn, &sheet.id) {
        Some(yrs::Out::YMap(map)) => match map.get(&txn, "cells") {
            Some(yrs::Out::YMap(cells)) => cells,
            _ => return Err(SheetsError::Document("the sheet has no cells map".into())),
        },
        _ => return Err(SheetsError::Document("the sheet is missing".into())),
    };
    for (r, line) in values.iter().enumerate() {
        for (c, input) in line.iter().enumerate() {
            let key = format!("{}:{}", sheet.rows[range.top + r], sheet.cols[range.left + c]);
            if input.is_empty() {
                cells.remove(&mut txn, &key);
            } else if crate::references::is_formula(input) {
                let stored = crate::references::to_stored(input, &sheet.id, layout);
                cells.insert(&mut txn, key, stored);
            } else {
                cells.insert(&mut txn, key, input.as_str());
            }
        }
    }
    drop(txn);
    let update = doc.transact().encode_state_as_update_v1(&before);
    let (bottom, right) = (range.top + height.max(1) - 1, range.left + width.max(1) - 1);
    Ok(ValuesWrite {
        update,
        range: format!(
            "{}!{}:{}",
            crate::references::quote_sheet_name(&sheet.name),
            crate::references::cell_name(range.top, range.left),
            crate::references::cell_name(bottom, right)
        ),
    })
}
