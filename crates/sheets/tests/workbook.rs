//! A workbook written into a document, read back, evaluated by IronCalc, and through XLSX and
//! CSV files.

use tandem_sheets::{evaluate, read_csv, read_workbook, read_xlsx, workbook_update, NewSheet, Value};

fn sheet(name: &str, rows: &[&[&str]]) -> NewSheet {
    NewSheet {
        name: name.into(),
        inputs: rows
            .iter()
            .map(|r| r.iter().map(|s| s.to_string()).collect())
            .collect(),
        ..NewSheet::default()
    }
}

fn budget() -> Vec<NewSheet> {
    vec![
        sheet(
            "Budget",
            &[
                &["Item", "Cost"],
                &["Tea", "3.5"],
                &["Cake", "4"],
                &["Total", "=SUM(B2:B3)"],
                &[
                    "Rate",
                    "=Rates!A1*B4",
                    "=B4/0",
                    "=VLOOKUP(\"Cake\",A2:B3,2,FALSE)",
                ],
            ],
        ),
        sheet("Rates", &[&["2"]]),
    ]
}

#[test]
fn a_written_workbook_reads_back_and_evaluates() {
    let state = workbook_update(&budget());
    let workbook = read_workbook(&state).unwrap();
    let names: Vec<_> = workbook.layout.sheets().iter().map(|s| s.name.clone()).collect();
    assert_eq!(names, ["Budget", "Rates"]);
    assert_eq!(workbook.layout.sheets()[0].id, "s1");
    // Formulas are stored by id, not as typed.
    let total = workbook.cells[0]
        .iter()
        .find(|c| (c.row, c.col) == (3, 1))
        .unwrap();
    assert!(total.input.starts_with("=SUM(⟦"), "{}", total.input);

    let evaluated = evaluate(&workbook).unwrap();
    assert_eq!(evaluated.value(0, 3, 1), Value::Number(7.5));
    assert_eq!(evaluated.value(0, 4, 1), Value::Number(15.0));
    assert_eq!(evaluated.display(0, 4, 2), "#DIV/0!");
    assert_eq!(evaluated.value(0, 4, 3), Value::Number(4.0));
    assert_eq!(evaluated.value(0, 0, 0), Value::Text("Item".into()));
    assert_eq!(evaluated.value(0, 9, 9), Value::Empty);
    assert_eq!(evaluated.used_extent(0), Some((4, 3)));
}

#[test]
fn xlsx_out_and_back_in_keeps_values_formulas_and_sheets() {
    let evaluated = evaluate(&read_workbook(&workbook_update(&budget())).unwrap()).unwrap();
    let xlsx = evaluated.to_xlsx().unwrap();
    assert!(xlsx.starts_with(b"PK"), "an XLSX file is a zip archive");
    let imported = read_xlsx(&xlsx).unwrap();
    assert_eq!(imported.len(), 2);
    assert_eq!(imported[0].name, "Budget");
    assert_eq!(imported[0].inputs[3][1], "=SUM(B2:B3)");
    assert_eq!(imported[0].inputs[4][1], "=Rates!A1*B4");
    assert_eq!(imported[0].inputs[1][0], "Tea");
    let again = evaluate(&read_workbook(&workbook_update(&imported)).unwrap()).unwrap();
    assert_eq!(again.value(0, 4, 1), Value::Number(15.0));
}

#[test]
fn csv_in_and_out() {
    let evaluated = evaluate(&read_workbook(&workbook_update(&budget())).unwrap()).unwrap();
    let csv = String::from_utf8(evaluated.to_csv(0).unwrap()).unwrap();
    assert_eq!(
        csv,
        "Item,Cost,,\r\nTea,3.5,,\r\nCake,4,,\r\nTotal,7.5,,\r\nRate,15,#DIV/0!,4\r\n"
    );
    let imported = read_csv(b"name,note\r\n\"Smith, J\",\"said \"\"hi\"\"\"\r\n", "People").unwrap();
    assert_eq!(
        imported.inputs,
        vec![vec!["name", "note"], vec!["Smith, J", "said \"hi\""]]
    );
    let gaps = read_csv(b"a\n\n\"two\nlines\"\n\nb\n", "Gaps").unwrap();
    assert_eq!(
        gaps.inputs,
        vec![vec!["a"], vec![], vec!["two\nlines"], vec![], vec!["b"]]
    );
    let tabs = read_csv(b"a\tb\n1\t2\n", "Tabs").unwrap();
    assert_eq!(tabs.inputs[1], vec!["1", "2"]);
}

#[test]
fn bad_files_are_refused_with_a_reason() {
    let error = read_xlsx(b"PK\x03\x04 not really a zip").unwrap_err().to_string();
    assert!(error.contains("XLSX"), "{error}");
    assert!(read_csv(&[0xff, 0xfe, 0x00], "x")
        .unwrap_err()
        .to_string()
        .contains("UTF-8"));
    assert!(read_workbook(b"\x01\x02garbage").is_err());
}

#[test]
fn ranges_are_named_as_in_the_google_sheets_api() {
    let evaluated = evaluate(&read_workbook(&workbook_update(&budget())).unwrap()).unwrap();
    let range = evaluated.range(Some("Budget!B4:A2")).unwrap();
    assert_eq!(
        (range.sheet, range.top, range.left, range.bottom, range.right),
        (0, 1, 0, 3, 1)
    );
    assert_eq!(evaluated.range_name(&range), "Budget!A2:B4");
    assert_eq!(evaluated.range(Some("rates!A1")).unwrap().sheet, 1);
    assert_eq!(evaluated.range(None).unwrap().bottom, 4);
    for bad in ["Nope!A1", "A0", "1A", "A1:ZZZZ9", "A1:XFD1000000"] {
        assert!(evaluated.range(Some(bad)).is_err(), "{bad}");
    }
}

#[test]
fn formats_and_column_widths_show_in_values_and_survive_xlsx() {
    use yrs::updates::decoder::Decode;
    use yrs::{Doc, Map, MapPrelim, MapRef, Out, ReadTxn, Transact, Update};
    let doc = Doc::new();
    doc.transact_mut()
        .apply_update(Update::decode_v1(&workbook_update(&budget())).unwrap())
        .unwrap();
    let layout = read_workbook(&doc.transact().encode_state_as_update_v1(&Default::default()))
        .unwrap()
        .layout;
    let budget = &layout.sheets()[0];
    let (total_row, cost_col, item_col) = (&budget.rows[3], &budget.cols[1], &budget.cols[0]);
    {
        let sheets = doc.get_or_insert_map("sheets");
        let mut txn = doc.transact_mut();
        let Some(Out::YMap(sheet)) = sheets.get(&txn, "s1") else {
            panic!("no sheet s1")
        };
        let formats: MapRef = sheet.insert(&mut txn, "formats", MapPrelim::default());
        formats.insert(
            &mut txn,
            format!("{total_row}:{cost_col}/num_fmt"),
            "\"$\"#,##0.00",
        );
        formats.insert(&mut txn, format!("{total_row}:{item_col}/font.b"), "true");
        formats.insert(
            &mut txn,
            format!("{total_row}:{item_col}/unknown.path"),
            "ignored",
        );
        let widths: MapRef = sheet.insert(&mut txn, "colWidths", MapPrelim::default());
        widths.insert(&mut txn, item_col.as_str(), 250.0);
        sheet.insert(&mut txn, "frozenRows", 1.0);
    }
    let state = doc.transact().encode_state_as_update_v1(&Default::default());
    let evaluated = evaluate(&read_workbook(&state).unwrap()).unwrap();
    assert_eq!(evaluated.display(0, 3, 1), "$7.50");
    assert_eq!(
        evaluated.value(0, 3, 1),
        Value::Number(7.5),
        "a format changes how a value shows, not the value"
    );

    let xlsx = evaluated.to_xlsx().unwrap();
    let workbook = ironcalc::import::load_from_xlsx_bytes(&xlsx, "check", "en", "UTC").unwrap();
    let model = ironcalc::base::Model::from_workbook(workbook, "en").unwrap();
    assert!(
        model.get_style_for_cell(0, 4, 1).unwrap().font.b,
        "A4 is bold in the file"
    );
    assert_eq!(model.get_formatted_cell_value(0, 4, 2).unwrap(), "$7.50");
    let width = model.get_column_width(0, 1).unwrap();
    let default = model.get_column_width(0, 3).unwrap();
    assert!(
        width > 2.0 * default,
        "column A is wide in the file: {width} vs {default}"
    );
    assert_eq!(
        model.workbook.worksheet(0).unwrap().frozen_rows,
        1,
        "the header row stays frozen"
    );
}

#[test]
fn conditional_formats_reach_the_xlsx_file() {
    let rule = r##"{"type":"CellIs","operator":"GreaterThan","formula":"4","formula2":null,"format":{"fill":{"color":"#ffc7ce"}},"stop_if_true":false}"##;
    let sheets = vec![NewSheet {
        conditional: vec![tandem_sheets::StoredConditional {
            range: (0, 0, 2, 0),
            rule: rule.into(),
        }],
        ..sheet("Scores", &[&["1"], &["10"], &["5"]])
    }];
    let workbook = read_workbook(&workbook_update(&sheets)).unwrap();
    assert_eq!(workbook.conditional[0].len(), 1);
    assert_eq!(workbook.conditional[0][0].range, (0, 0, 2, 0));
    let xlsx = evaluate(&workbook).unwrap().to_xlsx().unwrap();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&xlsx)).unwrap();
    let mut xml = String::new();
    std::io::Read::read_to_string(
        &mut archive.by_name("xl/worksheets/sheet1.xml").unwrap(),
        &mut xml,
    )
    .unwrap();
    assert!(xml.contains(r#"<conditionalFormatting sqref="A1:A3">"#), "{xml}");
    assert!(xml.contains("greaterThan"), "{xml}");

    let imported = read_xlsx(&xlsx).unwrap();
    assert_eq!(imported[0].conditional.len(), 1, "the rule is imported again");
    assert_eq!(imported[0].conditional[0].range, (0, 0, 2, 0));
    let rule: serde_json::Value = serde_json::from_str(&imported[0].conditional[0].rule).unwrap();
    assert_eq!(rule["type"], "CellIs");
    assert_eq!(rule["operator"], "GreaterThan");
    assert_eq!(rule["formula"], "4");
    let fill = rule["format"]["fill"]["color"].as_str().unwrap_or_default();
    assert!(fill.eq_ignore_ascii_case("#ffc7ce"), "{rule}");
}

#[test]
fn a_conditional_format_over_whole_columns_is_imported_over_the_sheet() {
    let rule = r##"{"type":"CellIs","operator":"LessThan","formula":"0","formula2":null,"format":{"fill":{"color":"#ffc7ce"}},"stop_if_true":false}"##;
    let mut model = ironcalc::base::Model::new_empty("whole", "en", "UTC", "en").unwrap();
    model
        .add_conditional_formatting(0, "B1:B1048576", serde_json::from_str(rule).unwrap())
        .unwrap();
    let file = ironcalc::export::save_xlsx_to_writer(&model, std::io::Cursor::new(Vec::new())).unwrap();
    let imported = read_xlsx(&file.into_inner()).unwrap();
    assert_eq!(imported[0].conditional.len(), 1, "the rule is not dropped");
    assert_eq!(imported[0].conditional[0].range, (0, 1, 1_048_575, 1));
    let workbook = read_workbook(&workbook_update(&imported)).unwrap();
    let rows = workbook.layout.sheets()[0].rows.len();
    assert_eq!(
        workbook.conditional[0][0].range,
        (0, 1, rows - 1, 1),
        "over every row the sheet has"
    );
}
