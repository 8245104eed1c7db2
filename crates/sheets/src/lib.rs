//! Sheets on the server: the workbook a `sheet` document holds (docs/SCHEMA.md), its formulas'
//! references, values computed with IronCalc (the engine the browser runs), and XLSX and CSV in
//! and out. No HTTP here.

mod engine;
pub mod references;
mod workbook;
mod xlsx_out;

pub use engine::{evaluate, parse_range, read_csv, read_xlsx, CellRange, Evaluated, Value, MAX_RANGE_CELLS};
pub use workbook::{
    read_workbook, values_update, workbook_update, NewSheet, StoredCell, StoredConditional, StoredFormat,
    ValuesWrite, Workbook,
};

#[derive(Debug, thiserror::Error)]
pub enum SheetsError {
    #[error("the document is not a readable workbook: {0}")]
    Document(String),
    #[error("{0}")]
    BadFile(String),
    #[error("formula engine: {0}")]
    Engine(String),
    #[error("{0}")]
    BadRange(String),
}
