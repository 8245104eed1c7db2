//! Formulas are stored with their references pointing at row and column ids (docs/SCHEMA.md);
//! people and the engine read A1 notation. The same conversions as the web app's
//! `web/src/editors/sheet/references.ts`, which the tests here mirror: both sides must agree.
//!
//! Written by hand: IronCalc parses A1 formulas but knows nothing of stable ids, and no formula
//! library converts references to caller-defined ids.

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// What the conversions need to know of one sheet.
#[derive(Debug, Clone, PartialEq)]
pub struct SheetLayout {
    pub id: String,
    pub name: String,
    pub rows: Vec<String>,
    pub cols: Vec<String>,
}

/// Where a sheet is in the workbook, and where each of its rows and columns is.
#[derive(Debug, Default)]
struct Positions {
    sheet: usize,
    rows: HashMap<String, usize>,
    cols: HashMap<String, usize>,
}

/// Every sheet of a workbook, with id → position lookups built once.
#[derive(Debug, Default)]
pub struct WorkbookLayout {
    sheets: Vec<SheetLayout>,
    by_id: HashMap<String, Positions>,
    by_name: HashMap<String, usize>,
}

impl WorkbookLayout {
    pub fn new(sheets: Vec<SheetLayout>) -> Self {
        let mut layout = WorkbookLayout::default();
        for (index, sheet) in sheets.iter().enumerate() {
            let positions = |ids: &[String]| ids.iter().enumerate().map(|(i, id)| (id.clone(), i)).collect();
            layout.by_id.insert(
                sheet.id.clone(),
                Positions {
                    sheet: index,
                    rows: positions(&sheet.rows),
                    cols: positions(&sheet.cols),
                },
            );
            layout.by_name.insert(sheet.name.to_uppercase(), index);
        }
        layout.sheets = sheets;
        layout
    }

    pub fn sheets(&self) -> &[SheetLayout] {
        &self.sheets
    }

    pub fn sheet(&self, id: &str) -> Option<&SheetLayout> {
        self.by_id.get(id).map(|positions| &self.sheets[positions.sheet])
    }

    fn sheet_named(&self, name: &str) -> Option<&SheetLayout> {
        self.by_name
            .get(&name.to_uppercase())
            .map(|index| &self.sheets[*index])
    }

    pub fn row_index(&self, sheet: &str, row: &str) -> Option<usize> {
        self.by_id.get(sheet)?.rows.get(row).copied()
    }

    pub fn col_index(&self, sheet: &str, col: &str) -> Option<usize> {
        self.by_id.get(sheet)?.cols.get(col).copied()
    }
}

/// `0 → A`, `25 → Z`, `26 → AA`.
pub fn column_name(index: usize) -> String {
    let mut name = Vec::new();
    let mut n = index + 1;
    while n > 0 {
        name.push(b'A' + ((n - 1) % 26) as u8);
        n = (n - 1) / 26;
    }
    name.reverse();
    String::from_utf8(name).expect("ASCII letters")
}

/// `A → 0`, `AA → 26`; case-insensitive.
pub fn column_index(name: &str) -> usize {
    name.bytes().fold(0, |n, letter| {
        n * 26 + (letter.to_ascii_uppercase() - b'A') as usize + 1
    }) - 1
}

/// `B3` for row 1, column 2 (both from 0).
pub fn cell_name(row: usize, col: usize) -> String {
    format!("{}{}", column_name(col), row + 1)
}

pub fn is_formula(input: &str) -> bool {
    input.len() > 1 && input.starts_with('=')
}

static STORED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"⟦(?:([^!⟧]+)!)?(\$?)([^,⟧]+),(\$?)([^⟧]+)⟧(:?)").expect("valid pattern"));
// A cell or a range of cells, a range of whole columns, a range of whole rows, at the start of
// the text; what follows is checked by hand (not a letter, digit, `_`, `(`, `!` or `.`).
static REFERENCE: LazyLock<Regex> = LazyLock::new(|| {
    let sheet = r"(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!";
    let cell = r"\$?[A-Za-z]{1,3}\$?[0-9]+";
    Regex::new(&format!(
        r"^({sheet})?(?:({cell})(?::({cell}))?|(\$?[A-Za-z]{{1,3}}):(\$?[A-Za-z]{{1,3}})|(\$?[0-9]+):(\$?[0-9]+))"
    ))
    .expect("valid pattern")
});
static CELL: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\$?)([A-Za-z]{1,3})(\$?)([0-9]+)$").expect("valid pattern"));
static BROKEN_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"#REF!:\$?[A-Za-z0-9$]*|(?:'(?:[^']|'')+'!|[A-Za-z0-9_.]+!)?\$?[A-Za-z0-9$]*:#REF!")
        .expect("valid pattern")
});

/// Applies `visit` to every stretch of `formula` outside string literals.
fn outside_strings(formula: &str, mut visit: impl FnMut(&str) -> String) -> String {
    let mut out = String::new();
    let mut rest = formula;
    while let Some(start) = rest.find('"') {
        out.push_str(&visit(&rest[..start]));
        let literal = &rest[start..];
        let mut end = 1;
        let bytes = literal.as_bytes();
        while end < bytes.len() {
            if bytes[end] == b'"' && bytes.get(end + 1) == Some(&b'"') {
                end += 2;
            } else if bytes[end] == b'"' {
                break;
            } else {
                end += 1;
            }
        }
        let end = (end + 1).min(literal.len());
        out.push_str(&literal[..end]);
        rest = &literal[end..];
    }
    out.push_str(&visit(rest));
    out
}

static PLAIN_NAME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z_][A-Za-z0-9_.]*$").expect("valid pattern"));
static CELL_LIKE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[A-Za-z]{1,3}[0-9]+$").expect("valid pattern"));

/// A sheet's name as a reference writes it: in single quotes unless it is a plain name that
/// cannot be read as a cell.
pub fn quote_sheet_name(name: &str) -> String {
    if PLAIN_NAME.is_match(name) && !CELL_LIKE.is_match(name) {
        name.to_owned()
    } else {
        format!("'{}'", name.replace('\'', "''"))
    }
}

pub(crate) fn unquote_sheet_name(name: &str) -> String {
    match name.strip_prefix('\'').and_then(|n| n.strip_suffix('\'')) {
        Some(quoted) => quoted.replace("''", "'"),
        None => name.to_owned(),
    }
}

/// A typed formula in A1 notation → the stored form, references bound to row and column ids of
/// the sheet they name (or `sheet_id`). A reference outside the grid stays as typed.
pub fn to_stored(input: &str, sheet_id: &str, layout: &WorkbookLayout) -> String {
    if !is_formula(input) {
        return input.to_owned();
    }
    outside_strings(input, |code| {
        let mut out = String::new();
        let mut i = 0;
        while i < code.len() {
            let boundary = i == 0
                || !code[..i]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_ascii_alphanumeric() || "_$.'⟧".contains(c));
            let stored = boundary
                .then(|| REFERENCE.captures(&code[i..]))
                .flatten()
                .filter(|found| {
                    let after = code[i + found[0].len()..].chars().next();
                    !after.is_some_and(|c| c.is_ascii_alphanumeric() || "_(!.".contains(c))
                })
                .and_then(|found| store_reference(&found, sheet_id, layout).map(|s| (s, found[0].len())));
            match stored {
                Some((text, length)) => {
                    out.push_str(&text);
                    i += length;
                }
                None => {
                    let c = code[i..].chars().next().expect("inside the string");
                    out.push(c);
                    i += c.len_utf8();
                }
            }
        }
        out
    })
}

struct Part {
    absolute: bool,
    index: usize,
}

fn part(text: &str, letters: bool) -> Option<Part> {
    let absolute = text.starts_with('$');
    let body = text.trim_start_matches('$');
    let index = if letters {
        column_index(body)
    } else {
        body.parse::<usize>().ok()?.checked_sub(1)?
    };
    Some(Part { absolute, index })
}

fn store_reference(found: &regex::Captures, sheet_id: &str, layout: &WorkbookLayout) -> Option<String> {
    let sheet = match found.get(1) {
        Some(prefix) => layout.sheet_named(&unquote_sheet_name(prefix.as_str().trim_end_matches('!')))?,
        None => layout.sheet(sheet_id)?,
    };
    let qualifier = if found.get(1).is_some() {
        format!("{}!", sheet.id)
    } else {
        String::new()
    };
    let token = |col: Option<Part>, row: Option<Part>, qualified: bool| -> Option<String> {
        let c = match col {
            Some(p) => format!(
                "{}{}",
                if p.absolute { "$" } else { "" },
                sheet.cols.get(p.index)?
            ),
            None => "*".to_owned(),
        };
        let r = match row {
            Some(p) => format!(
                "{}{}",
                if p.absolute { "$" } else { "" },
                sheet.rows.get(p.index)?
            ),
            None => "*".to_owned(),
        };
        let q = if qualified { qualifier.as_str() } else { "" };
        Some(format!("⟦{q}{c},{r}⟧"))
    };
    let cell = |text: &str| -> Option<(Part, Part)> {
        let c = CELL.captures(text)?;
        Some((
            Part {
                absolute: &c[1] == "$",
                index: column_index(&c[2]),
            },
            Part {
                absolute: &c[3] == "$",
                index: c[4].parse::<usize>().ok()?.checked_sub(1)?,
            },
        ))
    };
    let parts = if let Some(first) = found.get(2) {
        let (col, row) = cell(first.as_str())?;
        let mut parts = vec![token(Some(col), Some(row), true)?];
        if let Some(second) = found.get(3) {
            let (col, row) = cell(second.as_str())?;
            parts.push(token(Some(col), Some(row), false)?);
        }
        parts
    } else if let (Some(from), Some(to)) = (found.get(4), found.get(5)) {
        vec![
            token(part(from.as_str(), true), None, true)?,
            token(part(to.as_str(), true), None, false)?,
        ]
    } else {
        vec![
            token(None, part(&found[6], false), true)?,
            token(None, part(&found[7], false), false)?,
        ]
    };
    Some(parts.join(":"))
}

/// A stored formula → A1 notation against the current order of rows and columns. A reference to
/// a row, column or sheet that no longer exists becomes `#REF!`, as in Excel.
pub fn to_a1(stored: &str, sheet_id: &str, layout: &WorkbookLayout) -> String {
    if !stored.contains('⟦') {
        return stored.to_owned();
    }
    outside_strings(stored, |code| {
        // A range whose first end names a sheet: its second end is on that sheet too.
        let mut range_sheet: Option<String> = None;
        let rendered = STORED.replace_all(code, |c: &regex::Captures| {
            let own_sheet = c.get(1).map(|m| m.as_str().to_owned());
            let colon = &c[6];
            let target = own_sheet
                .clone()
                .or_else(|| range_sheet.clone())
                .unwrap_or_else(|| sheet_id.to_owned());
            range_sheet = (!colon.is_empty()).then(|| target.clone());
            let Some(sheet) = layout.sheet(&target) else {
                return format!("#REF!{colon}");
            };
            let col = if &c[3] == "*" {
                Some(None)
            } else {
                layout.col_index(&target, &c[3]).map(Some)
            };
            let row = if &c[5] == "*" {
                Some(None)
            } else {
                layout.row_index(&target, &c[5]).map(Some)
            };
            let (Some(col), Some(row)) = (col, row) else {
                return format!("#REF!{colon}");
            };
            let prefix = if own_sheet.is_some() {
                format!("{}!", quote_sheet_name(&sheet.name))
            } else {
                String::new()
            };
            let col_text = col
                .map(|i| format!("{}{}", &c[2], column_name(i)))
                .unwrap_or_default();
            let row_text = row.map(|i| format!("{}{}", &c[4], i + 1)).unwrap_or_default();
            format!("{prefix}{col_text}{row_text}{colon}")
        });
        BROKEN_RANGE.replace_all(&rendered, "#REF!").into_owned()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(id: &str, name: &str, rows: usize, cols: usize) -> SheetLayout {
        SheetLayout {
            id: id.to_owned(),
            name: name.to_owned(),
            rows: (0..rows).map(|i| format!("{id}r{i}")).collect(),
            cols: (0..cols).map(|i| format!("{id}c{i}")).collect(),
        }
    }

    fn round_trip(formula: &str, layout: &WorkbookLayout) -> String {
        to_a1(&to_stored(formula, "s1", layout), "s1", layout)
    }

    #[test]
    fn column_names_and_indexes() {
        let names: Vec<_> = [0, 25, 26, 701, 702, 16383].map(column_name).into();
        assert_eq!(names, ["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
        for index in [0, 25, 26, 701, 702, 16383] {
            assert_eq!(column_index(&column_name(index)), index);
        }
    }

    #[test]
    fn references_are_stored_by_id_and_render_back_as_typed() {
        let layout = WorkbookLayout::new(vec![
            grid("s1", "Sheet1", 20, 10),
            grid("s2", "Data Sheet", 20, 10),
        ]);
        for formula in [
            "=A1+B2",
            "=SUM(A1:C3)",
            "=$A$1*B$2+$C3",
            "=SUM('Data Sheet'!A1:B5)+Sheet1!C2",
            "=SUM(B:B)+SUM(2:3)",
            "=VLOOKUP(A1,$D$1:$F$10,2,FALSE)",
            "=\"A1 and B2\"&A1",
            "=LOG10(A1)",
            "=A1&\"say \"\"B2\"\"\"",
        ] {
            assert_eq!(round_trip(formula, &layout), formula);
        }
        let stored = to_stored("=A1+B2", "s1", &layout);
        assert!(!stored.contains("A1") && stored.contains("s1r0"), "{stored}");
        assert_eq!(to_stored("=LOG10(2)", "s1", &layout), "=LOG10(2)");
        assert_eq!(round_trip("=sum(a1:b2)", &layout), "=sum(A1:B2)");
        assert_eq!(round_trip("=A100+Z1+A1", &layout), "=A100+Z1+A1");
    }

    #[test]
    fn structure_changes_move_references_or_break_them() {
        let sheet1 = grid("s1", "Sheet1", 20, 10);
        let sheet2 = grid("s2", "Other", 20, 10);
        let layout = WorkbookLayout::new(vec![sheet1.clone(), sheet2.clone()]);
        let stored = to_stored("=SUM(A1:A3)+B5+Other!A1", "s1", &layout);
        let mut inserted = sheet1.clone();
        inserted.rows.insert(0, "new".into());
        let after = WorkbookLayout::new(vec![inserted, sheet2.clone()]);
        assert_eq!(to_a1(&stored, "s1", &after), "=SUM(A2:A4)+B6+Other!A1");
        let mut deleted = sheet1.clone();
        deleted.rows.retain(|id| id != "s1r2");
        let after = WorkbookLayout::new(vec![deleted, sheet2]);
        assert_eq!(to_a1(&stored, "s1", &after), "=SUM(#REF!)+B4+Other!A1");
        let without_other = WorkbookLayout::new(vec![sheet1]);
        assert_eq!(to_a1(&stored, "s1", &without_other), "=SUM(A1:A3)+B5+#REF!");
    }
}
