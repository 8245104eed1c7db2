//! Values computed natively with IronCalc, the engine the browser runs as WebAssembly
//! (`web/src/editors/sheet/engine.ts` builds its model the same way), and the workbook's files:
//! XLSX through IronCalc's writer and reader, CSV through the `csv` crate.

use crate::references::{is_formula, quote_sheet_name, to_a1, unquote_sheet_name};
use crate::workbook::{NewSheet, StoredConditional, StoredFormat, Workbook};
use crate::SheetsError;
use ironcalc::base::cell::CellValue;
use ironcalc::base::cf_types::CfRuleInput;
use ironcalc::base::expressions::types::Area;
use ironcalc::base::types::{HorizontalAlignment, Style, Theme};
use ironcalc::base::{BorderArea, Model, UserModel};
use std::io::Cursor;

/// The engine's settings, as the web app creates its model.
const LOCALE: &str = "en";
const TIMEZONE: &str = "UTC";
const LANGUAGE: &str = "en";

/// A workbook with every formula evaluated.
pub struct Evaluated {
    /// IronCalc's editing layer over the model: it applies style paths exactly as the browser's
    /// engine does.
    user: UserModel<'static>,
    sheet_names: Vec<String>,
    /// Each sheet's tab colour (`#rrggbb`), in tab order.
    tab_colors: Vec<Option<String>>,
}

/// One computed value, as the REST API reports it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Empty,
    Number(f64),
    Text(String),
    Bool(bool),
}

/// Builds the engine's model from the document and evaluates it.
pub fn evaluate(workbook: &Workbook) -> Result<Evaluated, SheetsError> {
    let mut model = Model::new_empty("workbook", LOCALE, TIMEZONE, LANGUAGE).map_err(SheetsError::Engine)?;
    let sheets = workbook.layout.sheets();
    for (index, sheet) in sheets.iter().enumerate() {
        if index > 0 {
            model.new_sheet();
        }
        // A name the engine refuses keeps its default, as in the browser.
        let _ = model.rename_sheet_by_index(index as u32, &sheet.name);
    }
    for ((index, sheet), cells) in sheets.iter().enumerate().zip(&workbook.cells) {
        for cell in cells {
            let input = if is_formula(&cell.input) {
                to_a1(&cell.input, &sheet.id, &workbook.layout)
            } else {
                cell.input.clone()
            };
            let (sheet_index, row, col) = (index as u32, cell.row as i32 + 1, cell.col as i32 + 1);
            if model
                .set_user_input(sheet_index, row, col, input.clone())
                .is_err()
            {
                model
                    .set_user_input(sheet_index, row, col, format!("'{input}"))
                    .map_err(SheetsError::Engine)?;
            }
        }
    }
    // Merged blocks are the worksheet's own list (the editing layer has no call for them); the
    // XLSX writer keeps them.
    for (worksheet, merges) in model.workbook.worksheets.iter_mut().zip(&workbook.merges) {
        worksheet.merge_cells = merges
            .iter()
            .map(|&(top, left, bottom, right)| {
                format!(
                    "{}:{}",
                    crate::references::cell_name(top, left),
                    crate::references::cell_name(bottom, right)
                )
            })
            .collect();
    }
    let sheet_names = model.workbook.get_worksheet_names();
    let mut user = UserModel::from_model(model);
    user.pause_evaluation();
    for (index, formats) in workbook.formats.iter().enumerate() {
        for format in formats {
            let area = Area {
                sheet: index as u32,
                row: format.row as i32 + 1,
                column: format.col as i32 + 1,
                width: 1,
                height: 1,
            };
            // A value the engine refuses (a malformed colour) leaves that attribute out, as in
            // the browser.
            if let Some(side) = border_side(&format.path) {
                let (style, color) = format.value.split_once(' ').unwrap_or((&format.value, "#000000"));
                let border = serde_json::json!({ "item": { "style": style, "color": color }, "type": side });
                if let Ok(border) = serde_json::from_value::<BorderArea>(border) {
                    let _ = user.set_area_with_border(&area, &border);
                }
            } else {
                let _ = user.update_range_style(&area, &format.path, &format.value);
            }
        }
    }
    for (index, widths) in workbook.col_widths.iter().enumerate() {
        for &(col, width) in widths {
            let column = col as i32 + 1;
            let _ = user.set_columns_width(index as u32, column, column, width);
        }
    }
    for (index, rules) in workbook.conditional.iter().enumerate() {
        for rule in rules {
            let (top, left, bottom, right) = rule.range;
            let range = format!(
                "{}:{}",
                crate::references::cell_name(top, left),
                crate::references::cell_name(bottom, right)
            );
            // A rule the engine refuses is left out, as in the browser.
            if let Ok(input) = serde_json::from_str::<CfRuleInput>(&rule.rule) {
                let _ = user.add_conditional_formatting(index as u32, &range, input);
            }
        }
    }
    for (index, heights) in workbook.row_heights.iter().enumerate() {
        for &(row, height) in heights {
            let row = row as i32 + 1;
            let _ = user.set_rows_height(index as u32, row, row, height);
        }
    }
    for (index, &(rows, cols)) in workbook.frozen.iter().enumerate() {
        let _ = user.set_frozen_rows_count(index as u32, rows as i32);
        let _ = user.set_frozen_columns_count(index as u32, cols as i32);
    }
    user.resume_evaluation();
    user.evaluate();
    Ok(Evaluated {
        user,
        sheet_names,
        tab_colors: workbook.tab_colors.clone(),
    })
}

impl Evaluated {
    fn model(&self) -> &Model<'_> {
        self.user.get_model()
    }

    /// The value a cell shows, formatted by its number format ("#DIV/0!", "3.5", "TRUE").
    pub fn display(&self, sheet: usize, row: usize, col: usize) -> String {
        self.model()
            .get_formatted_cell_value(sheet as u32, row as i32 + 1, col as i32 + 1)
            .unwrap_or_default()
    }

    /// The value itself: a number, text (error values are text, as "#N/A"), a boolean.
    pub fn value(&self, sheet: usize, row: usize, col: usize) -> Value {
        match self
            .model()
            .get_cell_value_by_index(sheet as u32, row as i32 + 1, col as i32 + 1)
        {
            Ok(CellValue::Number(n)) => Value::Number(n),
            Ok(CellValue::String(s)) => Value::Text(s),
            Ok(CellValue::Boolean(b)) => Value::Bool(b),
            Ok(CellValue::None) | Err(_) => Value::Empty,
        }
    }

    /// The last row and column (from 0) that hold anything, or `None` for an empty sheet.
    pub fn used_extent(&self, sheet: usize) -> Option<(usize, usize)> {
        let worksheet = self.model().workbook.worksheet(sheet as u32).ok()?;
        if worksheet.sheet_data.is_empty() {
            return None;
        }
        let extent = worksheet.dimension();
        Some((
            (extent.max_row - 1).max(0) as usize,
            (extent.max_column - 1).max(0) as usize,
        ))
    }

    /// The whole workbook as an XLSX file: values, formulas and sheet names.
    pub fn to_xlsx(&self) -> Result<Vec<u8>, SheetsError> {
        let written = ironcalc::export::save_xlsx_to_writer(self.model(), Cursor::new(Vec::new()))
            .map_err(|e| SheetsError::Engine(e.to_string()))?;
        crate::xlsx_out::fix_workbook(written.into_inner(), &self.tab_colors)
    }

    /// One sheet's shown values as CSV, from A1 to its last used cell.
    pub fn to_csv(&self, sheet: usize) -> Result<Vec<u8>, SheetsError> {
        let mut writer = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(Vec::new());
        if let Some((last_row, last_col)) = self.used_extent(sheet) {
            for row in 0..=last_row {
                let record: Vec<String> = (0..=last_col).map(|col| self.display(sheet, row, col)).collect();
                writer
                    .write_record(&record)
                    .map_err(|e| SheetsError::Engine(e.to_string()))?;
            }
        }
        writer
            .into_inner()
            .map_err(|e| SheetsError::Engine(e.to_string()))
    }
}

/// Reads an XLSX file into sheets to import: each cell as a person would type it (formulas in
/// A1 notation).
pub fn read_xlsx(bytes: &[u8]) -> Result<Vec<NewSheet>, SheetsError> {
    let workbook = ironcalc::import::load_from_xlsx_bytes(bytes, "import", LOCALE, TIMEZONE)
        .map_err(|e| SheetsError::BadFile(format!("not a readable XLSX workbook: {e}")))?;
    let model = Model::from_workbook(workbook, LANGUAGE).map_err(SheetsError::BadFile)?;
    let mut sheets: Vec<NewSheet> = model
        .workbook
        .get_worksheet_names()
        .into_iter()
        .map(|name| NewSheet {
            name,
            ..NewSheet::default()
        })
        .collect();
    for cell in model.get_all_cells() {
        let content = model
            .get_localized_cell_content(cell.index, cell.row, cell.column)
            .map_err(SheetsError::BadFile)?;
        let (row, col) = ((cell.row - 1) as usize, (cell.column - 1) as usize);
        let Some(sheet) = sheets.get_mut(cell.index as usize) else {
            continue;
        };
        if let Ok(style) = model.get_style_for_cell(cell.index, cell.row, cell.column) {
            let theme = &model.workbook.theme;
            sheet
                .formats
                .extend(
                    format_attributes(&style, theme)
                        .into_iter()
                        .map(|(path, value)| StoredFormat {
                            row,
                            col,
                            path,
                            value,
                        }),
                );
        }
        if content.is_empty() {
            continue;
        }
        if sheet.inputs.len() <= row {
            sheet.inputs.resize(row + 1, Vec::new());
        }
        let line = &mut sheet.inputs[row];
        if line.len() <= col {
            line.resize(col + 1, String::new());
        }
        line[col] = content;
    }
    for (index, sheet) in sheets.iter_mut().enumerate() {
        let Ok(worksheet) = model.workbook.worksheet(index as u32) else {
            continue;
        };
        sheet.frozen = (
            worksheet.frozen_rows.max(0) as u32,
            worksheet.frozen_columns.max(0) as u32,
        );
        for record in worksheet
            .rows
            .iter()
            .filter(|r| r.custom_height && !r.hidden && r.r >= 1)
        {
            if let Ok(height) = worksheet.row_height(record.r) {
                sheet.row_heights.push(((record.r - 1) as usize, height.round()));
            }
        }
        let names = [worksheet.name.clone()];
        sheet.merges = worksheet
            .merge_cells
            .iter()
            .filter_map(|reference| parse_range(reference, &names).ok())
            .map(|r| (r.top, r.left, r.bottom, r.right))
            .collect();
        sheet.conditional = imported_conditional(&model, index as u32, &names);
        let color = worksheet.color.to_rgb(&model.workbook.theme).to_ascii_lowercase();
        sheet.color = (!color.is_empty()).then_some(color);
        // A record may span every column of the sheet; only the columns a sheet starts with
        // are kept.
        for record in worksheet.cols.iter().filter(|c| c.custom_width && !c.hidden) {
            for column in record.min.max(1)..=record.max.min(MIN_COLS_WITH_WIDTH) {
                if let Ok(width) = worksheet.get_column_width(column) {
                    sheet.col_widths.push(((column - 1) as usize, width.round()));
                }
            }
        }
    }
    Ok(sheets)
}

/// A sheet's conditional formats as stored rules (docs/SCHEMA.md), in priority order, one per
/// range of a rule that covers several. A rule read from a file names its format by an index
/// into the workbook's list; the stored form is the engine's input form, which carries the
/// format itself. The two forms differ only in that field, so the rule goes through JSON
/// instead of a match over its seventeen kinds; the input form then checks the result.
fn imported_conditional(model: &Model, sheet: u32, names: &[String]) -> Vec<StoredConditional> {
    let Ok(worksheet) = model.workbook.worksheet(sheet) else {
        return Vec::new();
    };
    let mut rules: Vec<_> = worksheet.conditional_formatting.iter().enumerate().collect();
    rules.sort_by_key(|(_, cf)| cf.priority);
    let mut stored = Vec::new();
    for (index, cf) in rules {
        let Ok(serde_json::Value::Object(mut rule)) = serde_json::to_value(&cf.cf_rule) else {
            continue;
        };
        if rule.remove("dxf_id").is_some() {
            let Ok(Some(format)) = model.get_dxf_for_conditional_formatting(sheet, index) else {
                continue;
            };
            let Ok(serde_json::Value::Object(mut format)) = serde_json::to_value(format) else {
                continue;
            };
            // Only what the rule sets, as the app stores a rule it makes.
            format.retain(|_, value| !value.is_null());
            rule.insert("format".into(), serde_json::Value::Object(format));
        }
        let rule = serde_json::Value::Object(rule);
        if serde_json::from_value::<CfRuleInput>(rule.clone()).is_err() {
            continue;
        }
        for reference in cf.range.split_whitespace() {
            // Corner by corner: a rule over whole columns (`A1:A1048576`) names more cells than
            // a range may; the document keeps it over the rows the sheet has.
            let corners: Vec<_> = reference
                .split(':')
                .map(|corner| parse_range(corner, names))
                .collect();
            let (Some(Ok(first)), Some(Ok(last))) = (corners.first(), corners.last()) else {
                continue;
            };
            stored.push(StoredConditional {
                range: (
                    first.top.min(last.top),
                    first.left.min(last.left),
                    first.bottom.max(last.bottom),
                    first.right.max(last.right),
                ),
                rule: rule.to_string(),
            });
        }
    }
    stored
}

/// The engine's name for the side a `border.*` format path draws (docs/SCHEMA.md).
fn border_side(path: &str) -> Option<&'static str> {
    match path {
        "border.top" => Some("Top"),
        "border.right" => Some("Right"),
        "border.bottom" => Some("Bottom"),
        "border.left" => Some("Left"),
        _ => None,
    }
}

/// Columns past this one keep the default width on import.
const MIN_COLS_WITH_WIDTH: i32 = 1000;

/// A cell style in the schema's format attributes (docs/SCHEMA.md): only what differs from a
/// plain cell, colours resolved against the workbook's theme.
fn format_attributes(style: &Style, theme: &Theme) -> Vec<(String, String)> {
    let mut attributes = Vec::new();
    let mut flag = |on: bool, path: &str| {
        if on {
            attributes.push((path.to_owned(), "true".to_owned()));
        }
    };
    flag(style.font.b, "font.b");
    flag(style.font.i, "font.i");
    flag(style.font.u, "font.u");
    flag(style.font.strike, "font.strike");
    flag(
        style.alignment.as_ref().is_some_and(|a| a.wrap_text),
        "alignment.wrap_text",
    );
    let font_color = style.font.color.to_rgb(theme).to_ascii_lowercase();
    if !font_color.is_empty() && font_color != "#000000" {
        attributes.push(("font.color".into(), font_color));
    }
    let fill_color = style.fill.color.to_rgb(theme).to_ascii_lowercase();
    if !fill_color.is_empty() {
        attributes.push(("fill.fg_color".into(), fill_color));
    }
    let sides = [
        ("border.top", &style.border.top),
        ("border.right", &style.border.right),
        ("border.bottom", &style.border.bottom),
        ("border.left", &style.border.left),
    ];
    for (path, side) in sides {
        if let Some(item) = side {
            let color = item.color.to_rgb(theme).to_ascii_lowercase();
            let color = if color.is_empty() {
                "#000000".to_owned()
            } else {
                color
            };
            attributes.push((path.into(), format!("{} {color}", item.style)));
        }
    }
    if let Some(alignment) = &style.alignment {
        let horizontal = match alignment.horizontal {
            HorizontalAlignment::Left => Some("left"),
            HorizontalAlignment::Center => Some("center"),
            HorizontalAlignment::Right => Some("right"),
            _ => None,
        };
        if let Some(horizontal) = horizontal {
            attributes.push(("alignment.horizontal".into(), horizontal.into()));
        }
    }
    if !style.num_fmt.eq_ignore_ascii_case("general") {
        // LibreOffice escapes the hyphens of a date format (`yyyy\-mm\-dd`); a hyphen is a
        // literal in any number format, so both mean the same and the plain one is kept.
        attributes.push(("num_fmt".into(), style.num_fmt.replace("\\-", "-")));
    }
    attributes
}

/// The `csv` reader skips blank lines, which are empty rows in a spreadsheet: each blank line
/// outside a quoted field becomes `""`, one empty field.
fn with_blank_lines_as_empty_records(text: &str) -> std::borrow::Cow<'_, str> {
    let mut out = String::with_capacity(text.len());
    let mut quoted = false;
    let mut line_start = true;
    let mut changed = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if line_start && !quoted && (c == '\n' || (c == '\r' && chars.peek() == Some(&'\n'))) {
            out.push_str("\"\"");
            changed = true;
        }
        out.push(c);
        if c == '"' {
            quoted = !quoted;
        }
        line_start = c == '\n';
    }
    if changed {
        std::borrow::Cow::Owned(out)
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// Reads CSV text (comma-separated, or tab-separated when the first line has tabs and no
/// commas) into one sheet to import.
pub fn read_csv(bytes: &[u8], name: &str) -> Result<NewSheet, SheetsError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| SheetsError::BadFile("CSV files must be UTF-8 text".into()))?;
    let first_line = text.lines().next().unwrap_or_default();
    let delimiter = if first_line.contains('\t') && !first_line.contains(',') {
        b'\t'
    } else {
        b','
    };
    let text = with_blank_lines_as_empty_records(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut inputs: Vec<Vec<String>> = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| SheetsError::BadFile(format!("not readable as CSV: {e}")))?;
        let empty = record.len() == 1 && record[0].is_empty();
        inputs.push(if empty {
            Vec::new()
        } else {
            record.iter().map(str::to_owned).collect()
        });
    }
    Ok(NewSheet {
        name: name.to_owned(),
        inputs,
        ..NewSheet::default()
    })
}

/// A rectangle of cells on one sheet, all positions from 0.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CellRange {
    pub sheet: usize,
    pub top: usize,
    pub left: usize,
    pub bottom: usize,
    pub right: usize,
}

/// Most cells one range may cover: bounds what a request can make the server compute.
pub const MAX_RANGE_CELLS: usize = 1_000_000;

impl Evaluated {
    /// Parses a range as the Google Sheets API names one: `A1:C3`, `B2`, `Sheet2!A1:B9`,
    /// `'My sheet'!A1:B2`; without a sheet, the first. `None` names the whole used range of the
    /// first sheet.
    pub fn range(&self, text: Option<&str>) -> Result<CellRange, SheetsError> {
        let Some(text) = text.filter(|t| !t.is_empty()) else {
            let (bottom, right) = self.used_extent(0).unwrap_or((0, 0));
            return Ok(CellRange {
                sheet: 0,
                top: 0,
                left: 0,
                bottom,
                right,
            });
        };
        parse_range(text, &self.sheet_names)
    }

    /// The position of the sheet with this name (ignoring case).
    pub fn sheet_index(&self, name: &str) -> Result<usize, SheetsError> {
        sheet_position(&self.sheet_names, name)
    }

    /// The range in A1 notation with its sheet, e.g. `Budget!A1:C3`.
    pub fn range_name(&self, range: &CellRange) -> String {
        let quoted = quote_sheet_name(&self.sheet_names[range.sheet]);
        let from = crate::references::cell_name(range.top, range.left);
        let to = crate::references::cell_name(range.bottom, range.right);
        format!("{quoted}!{from}:{to}")
    }
}

fn sheet_position(sheet_names: &[String], name: &str) -> Result<usize, SheetsError> {
    sheet_names
        .iter()
        .position(|s| s.eq_ignore_ascii_case(name))
        .ok_or_else(|| SheetsError::BadRange(format!("no sheet named {name:?}")))
}

/// Parses a range as the Google Sheets API names one (`A1:C3`, `B2`, `Sheet2!A1:B9`,
/// `'My sheet'!A1:B2`) against the workbook's sheet names; without a sheet, the first.
pub fn parse_range(text: &str, sheet_names: &[String]) -> Result<CellRange, SheetsError> {
    let (sheet, cells) = match text.rsplit_once('!') {
        Some((name, cells)) => (sheet_position(sheet_names, &unquote_sheet_name(name))?, cells),
        None => (0, text),
    };
    let cell = |text: &str| -> Result<(usize, usize), SheetsError> {
        let split = text.find(|c: char| c.is_ascii_digit()).unwrap_or(text.len());
        let (letters, digits) = text.split_at(split);
        let valid = (1..=3).contains(&letters.len()) && letters.chars().all(|c| c.is_ascii_alphabetic());
        let row = digits.parse::<usize>().ok().filter(|r| *r >= 1);
        match (valid, row) {
            (true, Some(row)) => Ok((row - 1, crate::references::column_index(letters))),
            _ => Err(SheetsError::BadRange(format!("{text:?} is not a cell like B3"))),
        }
    };
    let (first, last) = cells.split_once(':').unwrap_or((cells, cells));
    let (r1, c1) = cell(first)?;
    let (r2, c2) = cell(last)?;
    let range = CellRange {
        sheet,
        top: r1.min(r2),
        left: c1.min(c2),
        bottom: r1.max(r2),
        right: c1.max(c2),
    };
    if (range.bottom - range.top + 1) * (range.right - range.left + 1) > MAX_RANGE_CELLS {
        return Err(SheetsError::BadRange(format!(
            "a range is limited to {MAX_RANGE_CELLS} cells"
        )));
    }
    Ok(range)
}
