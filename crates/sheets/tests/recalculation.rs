//! The engine's recalculation shortcuts (vendor/ironcalc_base/TANDEM.md) give the values a plain
//! search gives: lookups answered from an index, SUMIFS answered from an earlier call with the
//! same ranges and criteria, and nothing carried from one recalculation to the next.

use ironcalc::base::Model;

fn model(cells: &[(&str, &str)]) -> Model<'static> {
    let mut model = Model::new_empty("recalculation", "en", "UTC", "en").unwrap();
    for (cell, input) in cells {
        set(&mut model, cell, input);
    }
    model.evaluate();
    model
}

fn set(model: &mut Model, cell: &str, input: &str) {
    let (row, column) = position(cell);
    model.set_user_input(0, row, column, input.to_string()).unwrap();
}

fn shown(model: &Model, cell: &str) -> String {
    let (row, column) = position(cell);
    model.get_formatted_cell_value(0, row, column).unwrap()
}

/// The engine's (row, column), both from 1, of a cell like `B7`.
fn position(cell: &str) -> (i32, i32) {
    let at = tandem_sheets::parse_range(cell, &[]).unwrap();
    (at.top as i32 + 1, at.left as i32 + 1)
}

/// Keys in A, values in B: duplicates, a computed 0.1 + 0.2, text in several cases, a formula
/// key, and a gap.
const TABLE: &[(&str, &str)] = &[
    ("A1", "7"),
    ("B1", "first seven"),
    ("A2", "=0.1+0.2"),
    ("B2", "computed three tenths"),
    ("A3", "0.3"),
    ("B3", "typed three tenths"),
    ("A4", "APPLE"),
    ("B4", "upper apple"),
    ("A5", "apple"),
    ("B5", "lower apple"),
    ("A6", "7"),
    ("B6", "second seven"),
    ("A7", "=A1*6"),
    ("B7", "forty-two"),
    ("A9", "pear"),
    ("B9", "pear"),
];

#[test]
fn exact_lookups_find_the_first_match_as_a_search_does() {
    let mut cells = TABLE.to_vec();
    // Every lookup goes over the same table, so all but the first are answered from its index.
    let lookups = [
        ("D1", "=VLOOKUP(7,A1:B9,2,FALSE)"),
        ("D2", "=VLOOKUP(0.3,A1:B9,2,FALSE)"),
        ("D3", "=VLOOKUP(\"Apple\",A1:B9,2,FALSE)"),
        ("D4", "=VLOOKUP(42,A1:B9,2,FALSE)"),
        ("D5", "=VLOOKUP(\"p*\",A1:B9,2,FALSE)"),
        ("D6", "=VLOOKUP(8,A1:B9,2,FALSE)"),
        ("D7", "=VLOOKUP(\"7\",A1:B9,2,FALSE)"),
        ("D8", "=VLOOKUP(A7/6,A1:B9,2,FALSE)"),
        ("D9", "=VLOOKUP(\"PEAR\",A1:B9,2,FALSE)"),
        ("D10", "=MATCH(\"apple\",A1:A9,0)"),
    ];
    cells.extend(lookups);
    let model = model(&cells);
    let expected = [
        "first seven",
        "computed three tenths",
        "upper apple",
        "forty-two",
        "pear",
        "#N/A",
        "#N/A",
        "first seven",
        "pear",
        "4",
    ];
    for ((cell, formula), expected) in lookups.iter().zip(expected) {
        assert_eq!(shown(&model, cell), expected, "{cell}: {formula}");
    }
}

#[test]
fn repeated_sumifs_agree_with_each_criterion_on_its_own() {
    let mut cells: Vec<(String, String)> = Vec::new();
    for row in 1..=60 {
        cells.push((format!("A{row}"), format!("cat{}", row % 4)));
        cells.push((format!("B{row}"), format!("={row}*2")));
        // Each row's total of its category, and one criterion that is a formula's result.
        cells.push((
            format!("C{row}"),
            format!("=SUMIFS($B$1:$B$60,$A$1:$A$60,A{row})"),
        ));
        cells.push((
            format!("D{row}"),
            format!("=COUNTIFS($A$1:$A$60,A{row},$B$1:$B$60,\">\"&B{row})"),
        ));
    }
    let borrowed: Vec<(&str, &str)> = cells.iter().map(|(c, i)| (c.as_str(), i.as_str())).collect();
    let model = model(&borrowed);
    for row in 1..=60 {
        let category = row % 4;
        let total: i32 = (1..=60).filter(|r| r % 4 == category).map(|r| r * 2).sum();
        let larger = (1..=60).filter(|r| r % 4 == category && *r > row).count();
        assert_eq!(shown(&model, &format!("C{row}")), total.to_string(), "row {row}");
        assert_eq!(shown(&model, &format!("D{row}")), larger.to_string(), "row {row}");
    }
}

#[test]
fn a_recalculation_reads_the_cells_as_they_are_now() {
    let mut cells = TABLE.to_vec();
    cells.push(("D1", "=VLOOKUP(7,A1:B9,2,FALSE)"));
    cells.push(("D2", "=VLOOKUP(\"pear\",A1:B9,2,FALSE)"));
    cells.push(("D3", "=SUMIFS(A1:A9,B1:B9,\"*seven\")"));
    let mut model = model(&cells);
    assert_eq!(shown(&model, "D1"), "first seven");
    assert_eq!(shown(&model, "D3"), "14");

    set(&mut model, "A1", "70");
    set(&mut model, "A9", "plum");
    model.evaluate();
    assert_eq!(shown(&model, "D1"), "second seven");
    assert_eq!(shown(&model, "D2"), "#N/A");
    assert_eq!(shown(&model, "D3"), "77");
}

#[test]
fn a_lookup_caught_in_a_circular_reference_is_reported_and_the_others_are_right() {
    let model = model(&[
        ("A1", "1"),
        ("B1", "=D1"),
        ("A2", "2"),
        ("B2", "two"),
        // D1 looks itself up through B1.
        ("D1", "=VLOOKUP(1,A1:B2,2,FALSE)"),
        ("D2", "=VLOOKUP(2,A1:B2,2,FALSE)"),
        ("D3", "=VLOOKUP(2,A1:B2,2,FALSE)"),
    ]);
    assert_eq!(shown(&model, "D1"), "#CIRC!");
    assert_eq!(shown(&model, "D2"), "two");
    assert_eq!(shown(&model, "D3"), "two");
}

/// A formula first evaluated by a lookup's own read gives that read its raw result, and every
/// later read its stored form (an empty result is stored as 0): the published engine, which the
/// browser runs, answers so, and so must the server's. Excel would count A2 as 0 both times.
#[test]
fn a_formula_first_evaluated_by_a_lookup_reads_as_the_published_engine_reads_it() {
    assert_eq!(
        read_three_times(["10", "20"], "=SUMIFS(B2:B3,A2:A3,\"<5\")"),
        ["20", "30", "30"]
    );
    assert_eq!(
        read_three_times(["x", "y"], "=VLOOKUP(FALSE,A2:B3,2,FALSE)"),
        ["x", "#N/A", "#N/A"]
    );
}

/// `formula` in C1, D1 and E1 over A2:B3, where A2 is a formula of an empty cell (first
/// evaluated by C1's read) and A3 is 1; B2:B3 hold `values`.
fn read_three_times(values: [&str; 2], formula: &str) -> [String; 3] {
    let model = model(&[
        ("A2", "=Z1"),
        ("A3", "1"),
        ("B2", values[0]),
        ("B3", values[1]),
        ("C1", formula),
        ("D1", formula),
        ("E1", formula),
    ]);
    ["C1", "D1", "E1"].map(|cell| shown(&model, cell))
}

#[test]
fn numbers_too_large_to_round_compare_as_the_published_engine_compares_them() {
    let model = model(&[
        ("A1", "=1E308*10=1E308*10"),
        ("A2", "=2=2"),
        ("A3", "=1E300<2E300"),
    ]);
    assert_eq!(shown(&model, "A1"), "FALSE");
    assert_eq!(shown(&model, "A2"), "TRUE");
    assert_eq!(shown(&model, "A3"), "TRUE");
}
