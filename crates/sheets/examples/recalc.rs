//! Opening and fully recalculating a workbook of 100,000 formula cells: Tandem's engine beside
//! headless LibreOffice, on the same XLSX file, in one run.
//!
//! `cargo run --release -p tandem-sheets --example recalc [ROWS] [SUMIFS_EVERY]` (10,000 rows by
//! default: ten formula columns, so 100,000 formulas). The formulas are the kind a budget or a
//! ledger holds: running totals, exact VLOOKUPs into a second sheet, SUMIFS over the whole table
//! (on every 10th row by default; `1` puts one on every row), IFs, ROUNDs.

#[path = "../tests/support/libreoffice.rs"]
mod libreoffice;

use std::time::Instant;
use tandem_sheets::{evaluate, read_workbook, read_xlsx, workbook_update, NewSheet, Value};

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

    let started = Instant::now();
    let imported = read_xlsx(&xlsx).unwrap();
    let document = read_workbook(&workbook_update(&imported)).unwrap();
    let opened = started.elapsed();
    let started = Instant::now();
    let ours = evaluate(&document).unwrap();
    let evaluated = started.elapsed();
    let tandem = opened + evaluated;

    let office = libreoffice::LibreOffice::new();
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
    let started = Instant::now();
    office.resave_as_xlsx("tiny.xlsx", &tiny);
    let startup = started.elapsed();
    let started = Instant::now();
    let theirs = office.resave_as_xlsx("ledger.xlsx", &xlsx);
    let libreoffice = started.elapsed();

    // The figures mean nothing if the two disagree: the last row's running total and band.
    let check = read_xlsx(&theirs).unwrap();
    let last_row = rows;
    let running = ours.value(0, last_row, 3);
    println!(
        "last running total: Tandem {running:?}; LibreOffice wrote {} rows",
        check[0].inputs.len()
    );
    assert!(matches!(running, Value::Number(_)));

    println!();
    println!("| | open | recalculate | total |");
    println!("|---|---|---|---|");
    println!(
        "| Tandem (IronCalc, native) | {:.2} s | {:.2} s | {:.2} s |",
        opened.as_secs_f64(),
        evaluated.as_secs_f64(),
        tandem.as_secs_f64()
    );
    println!(
        "| LibreOffice headless (open, recalculate, save) | | | {:.2} s (start-up alone {:.2} s) |",
        libreoffice.as_secs_f64(),
        startup.as_secs_f64()
    );
    println!(
        "Tandem is {:.2}x as fast as LibreOffice ({:.2}x against LibreOffice without its start-up); above 1 means faster",
        libreoffice.as_secs_f64() / tandem.as_secs_f64(),
        (libreoffice.as_secs_f64() - startup.as_secs_f64()).max(0.0) / tandem.as_secs_f64()
    );
}
