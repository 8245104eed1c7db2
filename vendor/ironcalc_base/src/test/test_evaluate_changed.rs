#![allow(clippy::unwrap_used)]

//! Tandem: `Model::evaluate_changed` gives the values `Model::evaluate` gives.

use crate::expressions::types::{Area, CellReferenceIndex};
use crate::model::Model;
use crate::test::util::new_empty_model;
use crate::types::{Cell, FormulaValue};

/// A fixed-seed xorshift: the same workbooks and edits on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const SHEETS: [&str; 3] = ["Sheet1", "Data", "Lookup"];
const ROWS: usize = 8;
const COLUMNS: usize = 5;
const COLUMN_NAMES: [&str; COLUMNS] = ["A", "B", "C", "D", "E"];
/// Columns A and B hold values, C to E formulas, as a workbook mostly does: formulas read values
/// and formulas before them; a few edits make them read anything, cycles included.
const VALUE_COLUMNS: usize = 2;

/// (sheet, row, column), all from 0.
type Position = (usize, usize, usize);

fn a1(rng: &mut Rng, (sheet, row, column): Position, from_sheet: usize) -> String {
    let dollar = |rng: &mut Rng| if rng.below(3) == 0 { "$" } else { "" };
    let prefix = if sheet == from_sheet {
        String::new()
    } else {
        format!("{}!", SHEETS[sheet])
    };
    format!(
        "{prefix}{}{}{}{}",
        dollar(rng),
        COLUMN_NAMES[column],
        dollar(rng),
        row + 1
    )
}

/// A cell a formula at `at` may read: a value, an earlier formula, or (rarely) anything.
fn target(rng: &mut Rng, at: Position, anything: bool) -> Position {
    let sheet = rng.below(SHEETS.len());
    let position = (sheet, rng.below(ROWS), rng.below(COLUMNS));
    if anything && rng.below(8) == 0 {
        return position;
    }
    if rng.below(3) == 0 && position < at && position.2 >= VALUE_COLUMNS {
        return position;
    }
    (sheet, rng.below(ROWS), rng.below(VALUE_COLUMNS))
}

fn range(rng: &mut Rng, at: Position, anything: bool) -> String {
    let sheet = rng.below(SHEETS.len());
    let row = rng.below(ROWS);
    let height = rng.below(ROWS - row);
    let (column, width) = if anything && rng.below(6) == 0 {
        (0, COLUMNS - 1)
    } else {
        (0, rng.below(VALUE_COLUMNS))
    };
    let prefix = if sheet == at.0 {
        String::new()
    } else {
        format!("{}!", SHEETS[sheet])
    };
    format!(
        "{prefix}${}${}:{}{}",
        COLUMN_NAMES[column],
        row + 1,
        COLUMN_NAMES[column + width],
        row + height + 1
    )
}

fn formula(rng: &mut Rng, at: Position, anything: bool) -> String {
    let reference = |rng: &mut Rng| {
        let target = target(rng, at, anything);
        a1(rng, target, at.0)
    };
    let a = reference(rng);
    let b = reference(rng);
    let c = reference(rng);
    let r = range(rng, at, anything);
    match rng.below(17) {
        0 => format!("={a}+{b}"),
        1 => format!("={a}*2-{b}"),
        2 => format!("=SUM({r})"),
        3 => format!("=SUMIFS(Data!$B$1:$B$8,Data!$A$1:$A$8,{a})"),
        4 => format!("=VLOOKUP({a},Lookup!$A$1:$C$8,2,FALSE)"),
        5 => format!("=IFERROR(VLOOKUP({a},Lookup!$A$1:$C$8,3,FALSE),\"none\")"),
        // INDEX and INDIRECT in SUM: alone the engine takes them for dynamic array formulas,
        // which make every pass a full one.
        6 => format!("=SUM(INDEX({r},1+MOD(ABS(N({b})),3),1))"),
        7 => format!("=IFERROR(MATCH({a},Data!$A$1:$A$8,0),0)"),
        8 => format!("=IF({a}>3,{b},{c})"),
        9 => format!("=IF(ISNUMBER({a}),{b}&\"!\",\"\")"),
        10 => format!("=COUNTIF({r},\">2\")"),
        11 => format!("=SUM(INDIRECT(\"{}\"))", a.replace('$', "")),
        12 => format!("=SUM(OFFSET({a},1,0,2,1))"),
        13 => format!("={a}"),
        14 => format!("=MAX({r})+{b}"),
        15 => format!("=ISBLANK({a})"),
        _ => format!("=AVERAGE({r})"),
    }
}

fn value(rng: &mut Rng) -> String {
    match rng.below(5) {
        0 => rng.pick(&["x", "y", "apple", "TRUE"]).to_string(),
        _ => format!("{}", rng.below(10)),
    }
}

fn cell(sheet: usize, row: usize, column: usize) -> CellReferenceIndex {
    CellReferenceIndex {
        sheet: sheet as u32,
        row: row as i32,
        column: column as i32,
    }
}

fn edit(model: &mut Model, at: CellReferenceIndex, value: Option<&str>) {
    match value {
        Some(value) => model
            .set_user_input(at.sheet, at.row, at.column, value.to_string())
            .unwrap(),
        None => model
            .range_clear_contents(&Area {
                sheet: at.sheet,
                row: at.row,
                column: at.column,
                width: 1,
                height: 1,
            })
            .unwrap(),
    }
}

/// The model's cells beside those of the same workbook evaluated in full.
fn assert_as_evaluated_in_full(model: &Model, context: &str) {
    let mut full = Model::from_bytes(&model.to_bytes(), "en").unwrap();
    full.evaluate();
    for (sheet, (ours, theirs)) in model
        .workbook
        .worksheets
        .iter()
        .zip(&full.workbook.worksheets)
        .enumerate()
    {
        assert_eq!(
            ours.sheet_data, theirs.sheet_data,
            "sheet {sheet} after {context}"
        );
    }
}

/// Sets a formula's stored value behind the engine's back: it stays as long as the formula is
/// not evaluated again.
fn plant(model: &mut Model, at: CellReferenceIndex, value: f64) {
    match model.workbook.worksheets[at.sheet as usize]
        .sheet_data
        .get_mut(&at.row)
        .and_then(|row| row.get_mut(&at.column))
    {
        Some(Cell::CellFormula { v, .. }) => *v = FormulaValue::Number(value),
        other => panic!("no formula at {at:?}: {other:?}"),
    }
}

fn shown(model: &Model, at: &str) -> String {
    let at = model._parse_reference(at);
    model
        .get_formatted_cell_value(at.sheet, at.row, at.column)
        .unwrap()
}

#[test]
fn random_edits_give_the_values_of_a_full_evaluation() {
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    let mut incremental_passes = 0;
    let mut edits = 0;
    for workbook in 0..40 {
        let mut model = new_empty_model();
        for name in &SHEETS[1..] {
            model.add_sheet(name).unwrap();
        }
        // A formula nothing reads and that reads nothing: recomputed only by a full pass.
        let canary = cell(3, 1, 1);
        model.add_sheet("Canary").unwrap();
        edit(&mut model, canary, Some("=1+1"));
        for sheet in 0..SHEETS.len() {
            for row in 0..ROWS {
                for column in 0..COLUMNS {
                    let input = if column < VALUE_COLUMNS {
                        value(&mut rng)
                    } else {
                        formula(&mut rng, (sheet, row, column), false)
                    };
                    edit(&mut model, cell(sheet, row + 1, column + 1), Some(&input));
                }
            }
        }
        model.evaluate();
        assert_as_evaluated_in_full(&model, &format!("building workbook {workbook}"));
        for step in 0..30 {
            let position = (
                rng.below(SHEETS.len()),
                rng.below(ROWS),
                rng.below(COLUMNS),
            );
            let at = cell(position.0, position.1 + 1, position.2 + 1);
            let value = match rng.below(12) {
                0 => None,
                1..=6 => Some(value(&mut rng)),
                _ => Some(formula(&mut rng, position, true)),
            };
            edit(&mut model, at, value.as_deref());
            plant(&mut model, canary, 7.0);
            model.evaluate_changed(&[at]);
            edits += 1;
            if value_at(&model, canary) == 7.0 {
                incremental_passes += 1;
            }
            plant(&mut model, canary, 2.0);
            assert_as_evaluated_in_full(
                &model,
                &format!("workbook {workbook}, edit {step}: {at:?} set to {value:?}"),
            );
        }
    }
    eprintln!("{incremental_passes} of {edits} edits recomputed incrementally");
    // Most edits are recomputed incrementally, not by the fallback.
    assert!(
        incremental_passes * 2 > edits,
        "{incremental_passes} of {edits} edits recomputed incrementally"
    );
}

fn value_at(model: &Model, at: CellReferenceIndex) -> f64 {
    match model.workbook.worksheets[at.sheet as usize].sheet_data[&at.row][&at.column] {
        Cell::CellFormula {
            v: FormulaValue::Number(value),
            ..
        } => value,
        ref other => panic!("{other:?}"),
    }
}

/// A model evaluated in full, then `input` set at `at` and recomputed with `evaluate_changed`.
fn edited(cells: &[(&str, &str)], at: &str, input: &str) -> Model<'static> {
    let mut model = new_empty_model();
    model.add_sheet("Data").unwrap();
    for (at, value) in cells {
        model._set(at, value);
    }
    model.evaluate();
    let at = model._parse_reference(at);
    edit(&mut model, at, Some(input));
    model.evaluate_changed(&[at]);
    assert_as_evaluated_in_full(&model, "the edit");
    model
}

#[test]
fn an_edit_recomputes_a_long_chain_and_a_running_total() {
    let mut model = new_empty_model();
    model._set("A1", "1");
    model._set("B1", "=A1");
    model._set("C1", "=SUM($A$1:A1)");
    for row in 2..=2000 {
        model._set(&format!("A{row}"), "1");
        model._set(&format!("B{row}"), &format!("=B{}+A{row}", row - 1));
        model._set(&format!("C{row}"), &format!("=SUM($A$1:A{row})"));
    }
    // Read by nothing the edit reaches: keeps what is planted in it.
    model._set("D1", "=A2000*0");
    model.evaluate();
    let d1 = model._parse_reference("D1");
    plant(&mut model, d1, 5.0);

    let a1 = model._parse_reference("A1");
    model.set_user_input(0, 1, 1, "10".to_string()).unwrap();
    model.evaluate_changed(&[a1]);
    assert_eq!(shown(&model, "B2000"), "2009");
    assert_eq!(shown(&model, "C2000"), "2009");
    assert_eq!(shown(&model, "C1"), "10");
    assert_eq!(shown(&model, "D1"), "5");
    plant(&mut model, d1, 0.0);
    assert_as_evaluated_in_full(&model, "editing A1");
}

#[test]
fn an_untaken_branch_that_becomes_taken_is_followed() {
    let cells = [("A1", "0"), ("B1", "5"), ("C1", "=IF(A1>0,B1,0)")];
    let model = edited(&cells, "A1", "1");
    assert_eq!(shown(&model, "C1"), "5");
    // B1 was not read when A1 was 0: it is read now, and an edit of it follows.
    let mut model = model;
    let b1 = model._parse_reference("B1");
    model.set_user_input(0, 1, 2, "7".to_string()).unwrap();
    model.evaluate_changed(&[b1]);
    assert_eq!(shown(&model, "C1"), "7");
    assert_as_evaluated_in_full(&model, "editing B1");
}

#[test]
fn a_lookup_follows_its_table() {
    let cells = [
        ("Data!A1", "apple"),
        ("Data!B1", "3"),
        ("Data!A2", "pear"),
        ("Data!B2", "4"),
        ("A1", "pear"),
        ("B1", "=VLOOKUP(A1,Data!A1:B2,2,FALSE)"),
        ("B2", "=VLOOKUP(\"apple\",Data!A1:B2,2,FALSE)"),
    ];
    assert_eq!(shown(&edited(&cells, "Data!B2", "40"), "B1"), "40");
    let model = edited(&cells, "Data!A1", "pear");
    assert_eq!(shown(&model, "B1"), "3");
    assert_eq!(shown(&model, "B2"), "#N/A");
}

#[test]
fn a_conditional_sum_follows_its_criteria_range() {
    let cells = [
        ("A1", "x"),
        ("A2", "y"),
        ("A3", "x"),
        ("B1", "1"),
        ("B2", "10"),
        ("B3", "100"),
        ("C1", "=SUMIFS(B1:B3,A1:A3,\"x\")"),
        ("C2", "=C1*2"),
    ];
    let model = edited(&cells, "A2", "x");
    assert_eq!(shown(&model, "C1"), "111");
    assert_eq!(shown(&model, "C2"), "222");
}

#[test]
fn a_cleared_cell_and_a_new_formula_are_recomputed() {
    let mut model = new_empty_model();
    model._set("A1", "4");
    model._set("B1", "=A1*2");
    model.evaluate();
    let a1 = model._parse_reference("A1");
    edit(&mut model, a1, None);
    model.evaluate_changed(&[a1]);
    assert_eq!(shown(&model, "B1"), "0");
    edit(&mut model, a1, Some("=3+4"));
    model.evaluate_changed(&[a1]);
    assert_eq!(shown(&model, "B1"), "14");
    assert_as_evaluated_in_full(&model, "the edits");
}

#[test]
fn names_and_indirect_references_are_followed() {
    let mut model = new_empty_model();
    model._set("A1", "2");
    model._set("A2", "3");
    model
        .new_defined_name("Rate", None, "Sheet1!$A$1")
        .unwrap();
    model._set("B1", "=Rate*10");
    model._set("B2", "=INDIRECT(\"A\"&A1)");
    model._set("B3", "=A1:A2*1");
    model.evaluate();
    let a1 = model._parse_reference("A1");
    edit(&mut model, a1, Some("1"));
    model.evaluate_changed(&[a1]);
    assert_eq!(shown(&model, "B1"), "10");
    assert_eq!(shown(&model, "B2"), "1");
    assert_as_evaluated_in_full(&model, "editing A1");
}

#[test]
fn it_is_a_full_evaluation_when_it_cannot_be_exact() {
    // No evaluation yet: everything is computed.
    let mut model = new_empty_model();
    model._set("A1", "1");
    model._set("B1", "=A1+1");
    model._set("C1", "=5");
    let a1 = model._parse_reference("A1");
    let c1 = model._parse_reference("C1");
    model.evaluate_changed(&[a1]);
    assert_eq!(shown(&model, "C1"), "5");

    // A circular reference made by an edit, and broken by the next.
    edit(&mut model, a1, Some("=B1"));
    model.evaluate_changed(&[a1]);
    assert_eq!(shown(&model, "B1"), "#CIRC!");
    assert_as_evaluated_in_full(&model, "making a cycle");
    plant(&mut model, c1, 9.0);
    edit(&mut model, a1, Some("2"));
    model.evaluate_changed(&[a1]);
    assert_eq!(shown(&model, "B1"), "3");
    assert_eq!(shown(&model, "C1"), "5", "the pass after a cycle is full");
    plant(&mut model, c1, 9.0);
    edit(&mut model, a1, Some("3"));
    model.evaluate_changed(&[a1]);
    assert_eq!(shown(&model, "B1"), "4");
    assert_eq!(shown(&model, "C1"), "9", "then passes are incremental again");

    // An empty result read later as 0 makes a full evaluation order-dependent.
    model._set("D1", "=Z99");
    edit(&mut model, a1, Some("4"));
    model.evaluate_changed(&[a1, model._parse_reference("D1")]);
    plant(&mut model, c1, 9.0);
    edit(&mut model, a1, Some("5"));
    model.evaluate_changed(&[a1]);
    assert_eq!(shown(&model, "C1"), "5", "a clean formula's result is unstable");
    model._set("D1", "7");
    model.evaluate_changed(&[model._parse_reference("D1")]);

    // Array formulas write cells as they are evaluated.
    model._set("E1", "=SEQUENCE(3)");
    model.evaluate_changed(&[model._parse_reference("E1")]);
    assert_eq!(shown(&model, "E3"), "3");
    plant(&mut model, c1, 9.0);
    edit(&mut model, a1, Some("6"));
    model.evaluate_changed(&[a1]);
    assert_eq!(shown(&model, "C1"), "5", "the workbook has a spill");
    assert_as_evaluated_in_full(&model, "the edits");
}

#[test]
fn conditional_sums_over_ranges_of_unequal_sizes_are_recomputed() {
    // SUMIF reads its criteria range at the size of its sum range, past the range's own end.
    let mut model = new_empty_model();
    model._set("A1", "x");
    for row in 1..=10 {
        model._set(&format!("B{row}"), "1");
    }
    model._set("C1", "=SUMIFS(B1:B10,A1:A2,\"x\")");
    model._set("C2", "=COUNTIFS(B1:B10,1,A1:A2,\"x\")");
    model.evaluate();
    assert_eq!(shown(&model, "C1"), "1");
    let a5 = model._parse_reference("A5");
    edit(&mut model, a5, Some("x"));
    model.evaluate_changed(&[a5]);
    assert_eq!(shown(&model, "C1"), "2");
    assert_eq!(shown(&model, "C2"), "2");
    assert_as_evaluated_in_full(&model, "a cell past the criteria range");
}

#[test]
fn a_read_of_whole_columns_follows_the_sheet_growing() {
    // A whole column is read as far as the sheet's last row that holds a cell.
    let mut model = new_empty_model();
    model._set("A1", "1");
    model._set("A2", "2");
    model._set("B1", "=TEXTJOIN(\"-\",FALSE,A:A)");
    model._set("B2", "=COUNTBLANK(A:A)");
    model.evaluate();
    assert_eq!(shown(&model, "B1"), "1-2");
    let c5 = model._parse_reference("C5");
    edit(&mut model, c5, Some("7"));
    model.evaluate_changed(&[c5]);
    assert_eq!(shown(&model, "B1"), "1-2---");
    assert_as_evaluated_in_full(&model, "the sheet grown");
    edit(&mut model, c5, None);
    model.evaluate_changed(&[c5]);
    assert_as_evaluated_in_full(&model, "the sheet shrunk back");
}

#[test]
fn a_cell_of_a_sheet_that_does_not_exist_is_a_full_evaluation() {
    let mut model = new_empty_model();
    model._set("A1", "1");
    model._set("B1", "=A1+1");
    model.evaluate();
    let nowhere = CellReferenceIndex {
        sheet: 7,
        row: 1,
        column: 1,
    };
    model.evaluate_changed(&[nowhere]);
    assert_eq!(shown(&model, "B1"), "2");
}
