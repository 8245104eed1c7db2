//! Opening and fully recalculating a workbook of 100,000 formula cells: Tandem's engine beside
//! headless LibreOffice, on the same XLSX file, in one run (each timing the median of three).
//!
//! LibreOffice's recalculation alone is its time when told to recalculate every formula on load
//! less its time when told to keep the values the file carries; both open and save the file.
//! Tandem's is the engine's full evaluation of the loaded workbook. The server's own path (a
//! stored document read and evaluated) and the import of the file as a new document are timed
//! too.
//!
//! `cargo run --release -p tandem-sheets --example recalc [ROWS] [SUMIFS_EVERY]` (10,000 rows by
//! default: ten formula columns, so 100,000 formulas). The formulas are the kind a budget or a
//! ledger holds: running totals, exact VLOOKUPs into a second sheet, SUMIFS over the whole table
//! (on every 10th row by default; `1` puts one on every row), IFs, ROUNDs.

#[path = "../tests/support/libreoffice.rs"]
mod libreoffice;

use std::time::{Duration, Instant};

use libreoffice::Seen;
use tandem_sheets::{evaluate, read_workbook, read_xlsx, workbook_update, NewSheet};

fn workbook(rows: usize, sumifs_every: usize) -> Vec<NewSheet> {
    let last = rows + 1;
    let mut ledger = vec![[
        "Id",
        "Category",
        "Amount",
        "Running",
        "Rate",
        "Band",
        "Taxed",
        "Category total",
        "Margin",
        "Share",
        "Name length",
        "Flag",
    ]
    .map(String::from)
    .to_vec()];
    for i in 2..=last {
        let id = i - 1;
        ledger.push(vec![
            id.to_string(),
            format!("cat{}", id % 50),
            format!("{}", (id * 37) % 1000),
            if i == 2 {
                "=C2".into()
            } else {
                format!("=D{}+C{i}", i - 1)
            },
            format!("=VLOOKUP(A{i},Rates!$A$1:$B${rows},2,FALSE)"),
            format!("=IF(C{i}>500,\"high\",\"low\")"),
            format!("=ROUND(C{i}*E{i},2)"),
            if id % sumifs_every == 0 {
                format!("=SUMIFS($C$2:$C${last},$B$2:$B${last},B{i})")
            } else {
                format!("=H{}", i - 1)
            },
            format!("=G{i}-C{i}"),
            format!("=IF(H{i}=0,0,ROUND(C{i}/H{i},4))"),
            format!("=LEN(B{i})"),
            format!("=AND(C{i}>100,F{i}=\"low\")"),
            format!("=IF(L{i},MAX(C{i},G{i}),MIN(C{i},G{i}))"),
        ]);
    }
    let rates = (1..=rows)
        .map(|id| vec![id.to_string(), format!("{}", 1.0 + (id % 20) as f64 / 100.0)])
        .collect();
    vec![
        NewSheet {
            name: "Ledger".into(),
            inputs: ledger,
            ..NewSheet::default()
        },
        NewSheet {
            name: "Rates".into(),
            inputs: rates,
            ..NewSheet::default()
        },
    ]
}

/// The median of three runs of `run`, and what the last one returned.
fn median_of_three<T>(mut run: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::new();
    let mut last = None;
    for _ in 0..3 {
        let started = Instant::now();
        last = Some(run());
        times.push(started.elapsed());
    }
    (median(times), last.unwrap())
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn seconds(time: Duration) -> String {
    format!("{:.2} s", time.as_secs_f64())
}

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .map_or(10_000, |n| n.parse().expect("a row count"));
    let sumifs_every: usize = std::env::args()
        .nth(2)
        .map_or(10, |n| n.parse().expect("a number of rows"));
    let sheets = workbook(rows, sumifs_every.max(1));
    let formulas: usize = sheets
        .iter()
        .flat_map(|s| s.inputs.iter().flatten())
        .filter(|input| input.starts_with('='))
        .count();
    let xlsx = evaluate(&read_workbook(&workbook_update(&sheets)).unwrap())
        .unwrap()
        .to_xlsx()
        .unwrap();
    println!("workbook: {formulas} formulas, {} KiB as XLSX", xlsx.len() / 1024);

    // Tandem's engine on the file: load it, then evaluate every formula.
    let (engine_open, _) = median_of_three(|| load(&xlsx));
    let engine_recalculate = median(
        (0..3)
            .map(|_| {
                let mut model = load(&xlsx);
                let started = Instant::now();
                model.evaluate();
                started.elapsed()
            })
            .collect(),
    );
    let engine_total = engine_open + engine_recalculate;

    // The server's path: a stored document, read and evaluated.
    let stored = workbook_update(&read_xlsx(&xlsx).unwrap());
    let (server_read, document) = median_of_three(|| read_workbook(&stored).unwrap());
    let (server_evaluate, ours) = median_of_three(|| evaluate(&document).unwrap());
    // Importing the file as a new document.
    let (import, _) = median_of_three(|| workbook_update(&read_xlsx(&xlsx).unwrap()));

    let recalculating = libreoffice::LibreOffice::new();
    let keeping = libreoffice::LibreOffice::keeping_cached_values();
    // LibreOffice's start-up alone, on a one-cell file, so its share can be told apart.
    let tiny = evaluate(
        &read_workbook(&workbook_update(&[NewSheet {
            name: "Tiny".into(),
            inputs: vec![vec!["=1+1".into()]],
            ..NewSheet::default()
        }]))
        .unwrap(),
    )
    .unwrap()
    .to_xlsx()
    .unwrap();
    let (startup, _) = median_of_three(|| recalculating.resave_as_xlsx("tiny.xlsx", &tiny));
    let (office_recalculating, theirs) =
        median_of_three(|| recalculating.resave_as_xlsx("ledger.xlsx", &xlsx));
    let (office_keeping, _) = median_of_three(|| keeping.resave_as_xlsx("ledger.xlsx", &xlsx));
    let office_recalculate = office_recalculating.saturating_sub(office_keeping);

    // The figures mean nothing if the two disagree: every computed value, from both.
    let theirs = libreoffice::sheet_values(&theirs, "Ledger");
    let mut compared = 0;
    for row in 1..=rows {
        for col in 3..13 {
            let mine = Seen::from_tandem(ours.value(0, row, col));
            let seen = Seen::from_libreoffice(theirs.get((row, col)));
            assert!(
                mine.agrees_with(&seen),
                "row {row} column {col}: Tandem {mine:?}, LibreOffice {seen:?}"
            );
            compared += 1;
        }
    }
    println!("all {compared} computed values agree with LibreOffice's");

    println!();
    println!("| | open | recalculate | open and recalculate |");
    println!("|---|---|---|---|");
    println!(
        "| Tandem's engine on the XLSX | {} | {} | {} |",
        seconds(engine_open),
        seconds(engine_recalculate),
        seconds(engine_total)
    );
    println!(
        "| LibreOffice headless on the XLSX (and its save) | | {} | {} (start-up alone {}) |",
        seconds(office_recalculate),
        seconds(office_recalculating),
        seconds(startup)
    );
    println!(
        "| Tandem's server: a stored document read, then evaluated | {} | {} | {} |",
        seconds(server_read),
        seconds(server_evaluate),
        seconds(server_read + server_evaluate)
    );
    println!("Importing the XLSX as a new Tandem document: {}", seconds(import));
    println!(
        "LibreOffice without recalculating (open and save only): {}",
        seconds(office_keeping)
    );
    let ratio = |theirs: Duration, ours: Duration| theirs.as_secs_f64() / ours.as_secs_f64().max(1e-9);
    println!();
    println!(
        "Recalculation: Tandem's engine is {:.1}x as fast as LibreOffice",
        ratio(office_recalculate, engine_recalculate)
    );
    println!(
        "Open and recalculate: {:.1}x as fast as LibreOffice ({:.1}x against LibreOffice less its start-up)",
        ratio(office_recalculating, engine_total),
        ratio(office_recalculating.saturating_sub(startup), engine_total)
    );
}

/// The file loaded into Tandem's engine, every formula parsed, none evaluated.
fn load(xlsx: &[u8]) -> ironcalc::base::Model<'static> {
    let workbook = ironcalc::import::load_from_xlsx_bytes(xlsx, "ledger", "en", "UTC").unwrap();
    ironcalc::base::Model::from_workbook(workbook, "en").unwrap()
}
