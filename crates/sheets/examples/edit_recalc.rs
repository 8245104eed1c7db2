//! Recomputing a workbook of 100,000 formulas after a one-cell edit: the engine's full
//! `evaluate()` beside `evaluate_changed()`, which recomputes only the formulas that can depend
//! on the edited cell (the median of five edits each, and the values of both compared).
//!
//! `cargo run --release -p tandem-sheets --example edit_recalc [ROWS]` (10,000 rows by default:
//! ten formula columns, so 100,000 formulas). A ledger like the one of the `recalc` example: a
//! running total of one amount column (so its first amount has ROWS dependents), and lookups,
//! conditional sums, IFs and ROUNDs over another. An id has three dependents; a cell of the
//! lookup table has every lookup (the range each one reads holds it) and what reads them.

use std::time::{Duration, Instant};

use ironcalc::base::expressions::types::CellReferenceIndex;
use ironcalc::base::Model;

fn ledger(rows: usize) -> Model<'static> {
    let mut model = Model::new_empty("ledger", "en", "UTC", "en").unwrap();
    model.add_sheet("Rates").unwrap();
    let mut set = |sheet: u32, row: usize, column: i32, input: String| {
        model.set_user_input(sheet, row as i32, column, input).unwrap();
    };
    let last = rows + 1;
    for (column, title) in [
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
        "Cost",
        "Name length",
        "Flag",
    ]
    .iter()
    .enumerate()
    {
        set(0, 1, column as i32 + 1, title.to_string());
    }
    for i in 2..=last {
        let id = i - 1;
        let inputs = [
            id.to_string(),
            format!("cat{}", id % 50),
            format!("{}", (id * 37) % 1000),
            if i == 2 {
                "=C2".into()
            } else {
                format!("=D{}+C{i}", i - 1)
            },
            format!("=VLOOKUP(A{i},Rates!$A$1:$B${rows},2,FALSE)"),
            format!("=IF(K{i}>500,\"high\",\"low\")"),
            format!("=ROUND(K{i}*E{i},2)"),
            if id % 10 == 0 {
                format!("=SUMIFS($K$2:$K${last},$B$2:$B${last},B{i})")
            } else {
                format!("=H{}", i - 1)
            },
            format!("=G{i}-K{i}"),
            format!("=IF(H{i}=0,0,ROUND(K{i}/H{i},4))"),
            format!("{}", (id * 53) % 1000),
            format!("=LEN(B{i})"),
            format!("=AND(K{i}>100,F{i}=\"low\")"),
        ];
        for (column, input) in inputs.into_iter().enumerate() {
            set(0, i, column as i32 + 1, input);
        }
    }
    for id in 1..=rows {
        set(1, id, 1, id.to_string());
        set(1, id, 2, format!("{}", 1.0 + (id % 20) as f64 / 100.0));
    }
    model
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn millis(time: Duration) -> String {
    format!("{:.1} ms", time.as_secs_f64() * 1000.0)
}

/// Five edits of `at`: the time `evaluate_changed` took for each, and the time a full
/// `evaluate` of the same workbook took, with the values of both compared.
fn edits(model: &mut Model, at: CellReferenceIndex, values: [f64; 5]) -> (Duration, Duration) {
    let mut changed = vec![];
    let mut full = vec![];
    for value in values {
        model
            .set_user_input(at.sheet, at.row, at.column, value.to_string())
            .unwrap();
        let started = Instant::now();
        model.evaluate_changed(&[at]);
        changed.push(started.elapsed());

        let mut reference = Model::from_bytes(&model.to_bytes(), "en").unwrap();
        let started = Instant::now();
        reference.evaluate();
        full.push(started.elapsed());
        for (ours, theirs) in model
            .workbook
            .worksheets
            .iter()
            .zip(&reference.workbook.worksheets)
        {
            assert!(
                ours.sheet_data == theirs.sheet_data,
                "evaluate_changed and evaluate disagree on {}",
                ours.name
            );
        }
    }
    (median(changed), median(full))
}

fn main() {
    let rows: usize = std::env::args()
        .nth(1)
        .map_or(10_000, |n| n.parse().expect("a row count"));
    let mut model = ledger(rows);
    let started = Instant::now();
    model.evaluate();
    println!(
        "workbook: {} formulas; first full evaluation {}",
        rows * 10,
        millis(started.elapsed())
    );

    // The first pass after a full evaluation builds the dependency index.
    let amount = CellReferenceIndex {
        sheet: 0,
        row: 2,
        column: 3,
    };
    let started = Instant::now();
    model.evaluate_changed(&[amount]);
    println!(
        "first evaluate_changed after it (builds the index, no cell changed): {}",
        millis(started.elapsed())
    );

    let (changed, full) = edits(&mut model, amount, [5.0, 6.0, 7.0, 8.0, 9.0]);
    println!();
    println!("| edit | dependents | evaluate() | evaluate_changed() | speed-up |");
    println!("|---|---|---|---|---|");
    println!(
        "| Ledger!C2, the first amount of a running total | {rows} | {} | {} | {:.0}x |",
        millis(full),
        millis(changed),
        full.as_secs_f64() / changed.as_secs_f64()
    );
    let id = CellReferenceIndex {
        sheet: 0,
        row: 5,
        column: 1,
    };
    let (changed, full) = edits(&mut model, id, [7.0, 8.0, 9.0, 10.0, 11.0]);
    println!(
        "| Ledger!A5, the id one VLOOKUP looks up | 3 | {} | {} | {:.0}x |",
        millis(full),
        millis(changed),
        full.as_secs_f64() / changed.as_secs_f64()
    );
    let rate = CellReferenceIndex {
        sheet: 1,
        row: 5,
        column: 2,
    };
    let (changed, full) = edits(&mut model, rate, [1.5, 1.6, 1.7, 1.8, 1.9]);
    println!(
        "| Rates!B5, in the table every VLOOKUP reads | {} | {} | {} | {:.0}x |",
        rows * 4,
        millis(full),
        millis(changed),
        full.as_secs_f64() / changed.as_secs_f64()
    );
    println!();
    println!("every value of evaluate_changed() agrees with evaluate()'s, after each edit");
}
