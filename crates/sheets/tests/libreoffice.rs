//! Tandem's engine against LibreOffice itself (Debian's `libreoffice-calc`, headless): formula
//! results case by case, and workbooks through LibreOffice and back.

#[path = "support/libreoffice.rs"]
mod libreoffice;

use calamine::Data;
use libreoffice::{sheet_values, LibreOffice, Seen};
use std::collections::BTreeMap;
use tandem_sheets::{
    evaluate, read_workbook, read_xlsx, workbook_update, NewSheet, StoredConditional, StoredFormat, Value,
};

/// Puts `input` at an A1 cell of a sheet's rows of inputs.
fn put(inputs: &mut Vec<Vec<String>>, cell: &str, input: &str) {
    let at = tandem_sheets::parse_range(cell, &[]).expect("a cell like B7");
    let (row, col) = (at.top, at.left);
    if inputs.len() <= row {
        inputs.resize(row + 1, Vec::new());
    }
    if inputs[row].len() <= col {
        inputs[row].resize(col + 1, String::new());
    }
    inputs[row][col] = input.to_owned();
}

struct Case {
    family: String,
    formula: String,
}

/// `tests/conformance/cases.txt`: the `Data` sheet's cells and the cases (the file says how).
fn conformance_workbook() -> (NewSheet, Vec<Case>) {
    let text = include_str!("conformance/cases.txt");
    let mut data = NewSheet {
        name: "Data".into(),
        ..NewSheet::default()
    };
    let mut cases = Vec::new();
    for line in text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let fields: Vec<&str> = line.split('\t').collect();
        match fields.as_slice() {
            ["data", cell, input] => put(&mut data.inputs, cell, input),
            ["case", family, formula] => cases.push(Case {
                family: family.to_string(),
                formula: formula.to_string(),
            }),
            _ => panic!("cases.txt: unreadable line {line:?}"),
        }
    }
    (data, cases)
}

/// `tests/conformance/known_differences.txt`: formula → why IronCalc and LibreOffice differ.
fn known_differences() -> BTreeMap<String, String> {
    include_str!("conformance/known_differences.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|line| {
            let (formula, why) = line.split_once('\t').expect("formula<TAB>reason");
            (formula.to_owned(), why.to_owned())
        })
        .collect()
}

#[test]
fn formulas_compute_what_libreoffice_computes() {
    let (data, cases) = conformance_workbook();
    let mut sheet = NewSheet {
        name: "Cases".into(),
        ..NewSheet::default()
    };
    for (row, case) in cases.iter().enumerate() {
        put(&mut sheet.inputs, &format!("A{}", row + 1), &case.formula);
    }
    let workbook = read_workbook(&workbook_update(&[data, sheet])).unwrap();
    let tandem = evaluate(&workbook).unwrap();
    let libreoffice = LibreOffice::new().resave_as_xlsx("cases.xlsx", &tandem.to_xlsx().unwrap());
    let computed = sheet_values(&libreoffice, "Cases");

    let known = known_differences();
    let mut agreeing = BTreeMap::<&str, usize>::new();
    let mut unexpected = Vec::new();
    let mut now_agreeing = Vec::new();
    for (row, case) in cases.iter().enumerate() {
        let ours = Seen::from_tandem(tandem.value(1, row, 0));
        let theirs = Seen::from_libreoffice(computed.get_value((row as u32, 0)));
        let agrees = ours.agrees_with(&theirs);
        match (agrees, known.contains_key(&case.formula)) {
            (true, false) => *agreeing.entry(&case.family).or_default() += 1,
            (true, true) => now_agreeing.push(case.formula.clone()),
            (false, false) => unexpected.push(format!(
                "{} [{}]: Tandem {ours:?}, LibreOffice {theirs:?}",
                case.formula, case.family
            )),
            (false, true) => {}
        }
    }
    let listed: std::collections::HashSet<&str> = cases.iter().map(|c| c.formula.as_str()).collect();
    let stale: Vec<&String> = known.keys().filter(|f| !listed.contains(f.as_str())).collect();
    let total: usize = agreeing.values().sum();
    println!(
        "{} cases: {total} agree with LibreOffice, {} known differences; by family {agreeing:?}",
        cases.len(),
        known.len()
    );
    assert!(
        unexpected.is_empty(),
        "{} formulas differ from LibreOffice:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    assert!(
        now_agreeing.is_empty(),
        "these now agree with LibreOffice; take them out of known_differences.txt:\n{}",
        now_agreeing.join("\n")
    );
    assert!(
        stale.is_empty(),
        "known_differences.txt lists formulas that are no case: {stale:?}"
    );
    assert!(total >= 300, "only {total} cases agree with LibreOffice");
}

fn format(row: usize, col: usize, path: &str, value: &str) -> StoredFormat {
    StoredFormat {
        row,
        col,
        path: path.into(),
        value: value.into(),
    }
}

fn rows(cells: &[&[&str]]) -> Vec<Vec<String>> {
    cells
        .iter()
        .map(|r| r.iter().map(|s| s.to_string()).collect())
        .collect()
}

/// Formats as a comparable set; number formats compared without case, as LibreOffice writes
/// its own case for date codes.
fn format_set(formats: &[StoredFormat]) -> std::collections::BTreeSet<(usize, usize, String, String)> {
    formats
        .iter()
        .map(|f| {
            let value = if f.path == "num_fmt" {
                f.value.to_ascii_lowercase()
            } else {
                f.value.clone()
            };
            (f.row, f.col, f.path.clone(), value)
        })
        .collect()
}

/// Each conditional format's range and rule, the rule's colours in one case: files spell them
/// in capitals.
fn conditional_set(rules: &[StoredConditional]) -> Vec<((usize, usize, usize, usize), serde_json::Value)> {
    rules
        .iter()
        .map(|rule| {
            let json = serde_json::from_str(&rule.rule.to_lowercase()).expect("a rule is JSON");
            (rule.range, json)
        })
        .collect()
}

#[test]
fn an_exported_workbook_comes_back_from_libreoffice_the_same() {
    let budget = NewSheet {
        name: "Budget".into(),
        inputs: rows(&[
            &["Item", "Cost", "Share", "Due"],
            &["Tea", "3.5", "=B2/B$5", "2024-01-15"],
            &["Cake", "4", "=B3/B$5", "45337"],
            &["Milk", "1.25", "=B4/B$5", "45366"],
            &["Total", "=SUM(B2:B4)", "=SUM(C2:C4)", "=COUNT(D2:D4)"],
            &[
                "Taxed",
                "=B5*Rates!A1",
                "=ROUND(B6,1)",
                "=IF(B6>10,\"high\",\"low\")",
            ],
            &["Prices include tax"],
        ]),
        merges: vec![(6, 0, 6, 3)],
        formats: vec![
            format(0, 0, "font.b", "true"),
            format(0, 1, "font.i", "true"),
            format(0, 2, "font.u", "true"),
            format(0, 3, "font.strike", "true"),
            format(1, 0, "font.color", "#c00000"),
            format(4, 0, "fill.fg_color", "#ffeb9c"),
            format(1, 1, "num_fmt", "#,##0.00"),
            format(1, 2, "num_fmt", "0.0%"),
            format(1, 3, "num_fmt", "yyyy-mm-dd"),
            format(5, 3, "alignment.horizontal", "center"),
            format(5, 0, "alignment.wrap_text", "true"),
            format(4, 1, "border.top", "thin #000000"),
            format(4, 1, "border.bottom", "medium #1f4e79"),
        ],
        col_widths: vec![(0, 180.0), (3, 120.0)],
        row_heights: vec![(0, 40.0)],
        frozen: (1, 1),
        color: Some("#00aa00".into()),
        conditional: vec![StoredConditional {
            range: (1, 1, 3, 1),
            rule: r##"{"type":"CellIs","operator":"GreaterThan","formula":"3","formula2":null,"format":{"fill":{"color":"#ffc7ce"}},"stop_if_true":false}"##.into(),
        }],
        ..NewSheet::default()
    };
    let rates = NewSheet {
        name: "Rates".into(),
        inputs: rows(&[&["1.2"]]),
        ..NewSheet::default()
    };
    let sheets = [budget, rates];
    let original = evaluate(&read_workbook(&workbook_update(&sheets)).unwrap()).unwrap();
    let resaved = LibreOffice::new().resave_as_xlsx("budget.xlsx", &original.to_xlsx().unwrap());

    let imported = read_xlsx(&resaved).unwrap();
    let names: Vec<&str> = imported.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(names, ["Budget", "Rates"]);
    for (before, after) in sheets.iter().zip(&imported) {
        let trimmed: Vec<Vec<String>> = after
            .inputs
            .iter()
            .map(|line| {
                let end = line.iter().rposition(|s| !s.is_empty()).map_or(0, |i| i + 1);
                line[..end].to_vec()
            })
            .collect();
        assert_eq!(trimmed, before.inputs, "inputs of {}", before.name);
        assert_eq!(
            format_set(&after.formats),
            format_set(&before.formats),
            "formats of {}",
            before.name
        );
        assert_eq!(after.color, before.color, "tab colour of {}", before.name);
        assert_eq!(after.merges, before.merges, "merged cells of {}", before.name);
        assert_eq!(
            conditional_set(&after.conditional),
            conditional_set(&before.conditional),
            "conditional formats of {}",
            before.name
        );
        let sizes = [
            ("row heights", &before.row_heights, &after.row_heights),
            ("column widths", &before.col_widths, &after.col_widths),
        ];
        for (what, sizes_before, sizes_after) in sizes {
            for &(at, size) in sizes_before {
                let (_, back) = sizes_after
                    .iter()
                    .find(|(i, _)| *i == at)
                    .unwrap_or_else(|| panic!("{what} of {}: {at} is gone", before.name));
                assert!(
                    (back - size).abs() <= 2.0,
                    "{what} of {}: {at} was {size} px, is {back} px",
                    before.name
                );
            }
        }
    }
    // LibreOffice converting without a window keeps no view settings, so frozen panes are
    // checked on our own file read back.
    let direct = read_xlsx(&original.to_xlsx().unwrap()).unwrap();
    assert_eq!(direct[0].frozen, (1, 1));
    let reread = evaluate(&read_workbook(&workbook_update(&imported)).unwrap()).unwrap();
    for row in 0..6 {
        for col in 0..4 {
            assert_eq!(
                reread.display(0, row, col),
                original.display(0, row, col),
                "Budget row {row} col {col}"
            );
        }
    }
}

/// A spreadsheet LibreOffice made (flat ODS, so nothing of Tandem wrote it), saved by
/// LibreOffice as XLSX: values, formulas and formats import.
const LIBREOFFICE_SHEET: &str = r##"<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
 <office:automatic-styles>
  <number:percentage-style style:name="N1"><number:number number:decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
  <style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="pct" style:family="table-cell" style:data-style-name="N1"/>
  <style:style style:name="fill" style:family="table-cell"><style:table-cell-properties fo:background-color="#ffcc00"/></style:style>
 </office:automatic-styles>
 <office:body><office:spreadsheet>
  <table:table table:name="Prices">
   <table:table-row>
    <table:table-cell table:style-name="bold" office:value-type="string"><text:p>Item</text:p></table:table-cell>
    <table:table-cell office:value-type="string"><text:p>Price</text:p></table:table-cell>
   </table:table-row>
   <table:table-row>
    <table:table-cell office:value-type="string"><text:p>Tea</text:p></table:table-cell>
    <table:table-cell office:value-type="float" office:value="3.5"/>
   </table:table-row>
   <table:table-row>
    <table:table-cell office:value-type="string"><text:p>Cake</text:p></table:table-cell>
    <table:table-cell office:value-type="float" office:value="4"/>
   </table:table-row>
   <table:table-row>
    <table:table-cell table:style-name="fill" office:value-type="string"><text:p>Total</text:p></table:table-cell>
    <table:table-cell table:formula="of:=SUM([.B2:.B3])"/>
   </table:table-row>
   <table:table-row>
    <table:table-cell office:value-type="string"><text:p>Share</text:p></table:table-cell>
    <table:table-cell table:style-name="pct" table:formula="of:=[.B2]/[.B4]"/>
   </table:table-row>
  </table:table>
 </office:spreadsheet></office:body>
</office:document>
"##;

#[test]
fn an_xlsx_libreoffice_wrote_imports_with_formulas_and_formats() {
    let xlsx = LibreOffice::new().resave_as_xlsx("prices.fods", LIBREOFFICE_SHEET.as_bytes());
    let imported = read_xlsx(&xlsx).unwrap();
    assert_eq!(imported.len(), 1);
    let sheet = &imported[0];
    assert_eq!(sheet.name, "Prices");
    assert_eq!(sheet.inputs[3][1], "=SUM(B2:B3)");
    assert_eq!(sheet.inputs[4][1], "=B2/B4");
    let formats = format_set(&sheet.formats);
    for expected in [
        format(0, 0, "font.b", "true"),
        format(3, 0, "fill.fg_color", "#ffcc00"),
        format(4, 1, "num_fmt", "0.0%"),
    ] {
        assert!(
            formats.contains(&(
                expected.row,
                expected.col,
                expected.path.clone(),
                expected.value.clone()
            )),
            "{expected:?} missing from {formats:?}"
        );
    }
    let evaluated = evaluate(&read_workbook(&workbook_update(&imported)).unwrap()).unwrap();
    assert_eq!(evaluated.value(0, 3, 1), Value::Number(7.5));
    assert_eq!(evaluated.display(0, 4, 1), "46.7%");
    // LibreOffice's cached values agree with ours.
    let cached = sheet_values(&xlsx, "Prices");
    assert_eq!(cached.get_value((3, 1)), Some(&Data::Float(7.5)));
}
