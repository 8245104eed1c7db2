//! The formula engine for the browser: the same IronCalc engine, with Tandem's changes
//! (`vendor/ironcalc_base`), that the server evaluates with, built to WebAssembly. The web app
//! (`web/src/editors/sheet/engine.ts`) builds a model from the Yjs document through this API,
//! exactly as `tandem-sheets`' `engine.rs` does natively, so both compute the same values.
//!
//! `crates/server/build.rs` builds this crate for `wasm32-unknown-unknown` and generates the
//! JavaScript glue into `web/engine/`.

use ironcalc_base::cf_types::CfRuleInput;
use ironcalc_base::expressions::types::{Area, CellReferenceIndex};
use ironcalc_base::types::Color;
use ironcalc_base::{BorderArea, UserModel};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The engine's settings; the server's engine (`crates/sheets/src/engine.rs`) uses the same.
const NAME: &str = "workbook";
const LOCALE: &str = "en";
const TIMEZONE: &str = "UTC";
const LANGUAGE: &str = "en";

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = r#"
/** A block of cells; rows and columns count from 1. */
export interface Area { sheet: number; row: number; column: number; width: number; height: number }
export type BorderStyle = 'thin' | 'medium' | 'thick' | 'double' | 'dotted' | 'slantdashdot' | 'mediumdashed' | 'mediumdashdotdot' | 'mediumdashdot';
export type BorderType = 'All' | 'Inner' | 'Outer' | 'Top' | 'Right' | 'Bottom' | 'Left' | 'CenterH' | 'CenterV' | 'None';
export interface BorderArea { item: { style: BorderStyle; color?: string }; type: BorderType }
/** A colour as the engine stores it: `#rrggbb`, or a theme colour and its tint. */
export type Color = string | [number, number] | undefined;
export interface CellStyle { fill: { color?: Color }; font: { color?: Color } }
/** A cell's style with its conditional formatting applied. */
export interface ExtendedCellStyle { style: CellStyle }
export type ValueOperator = 'Equal' | 'GreaterThan' | 'GreaterThanOrEqual' | 'LessThan' | 'LessThanOrEqual' | 'NotEqual' | 'Between' | 'NotBetween';
export interface Dxf { fill?: { color: string }; font?: { color: string } }
/** The conditional-format rules Tandem writes, in the engine's input form. */
export type CfRuleInput =
  | { type: 'CellIs'; operator: ValueOperator; formula: string; formula2: string | null; format: Dxf; stop_if_true: boolean }
  | { type: 'ColorScale'; thresholds: Array<{ cfvo: 'Min' | 'Max'; color: string }> };
/** Where a cursor is in a formula, as the engine's parser reads it. */
export interface CompletionContext {
  expecting: Array<'Range' | 'Other' | { FunctionName: string } | { Argument: [string, number] }>;
  replace_from: number;
}
"#;

/// A workbook in the engine. Rows and columns count from 1, sheets from 0.
#[wasm_bindgen]
pub struct Model {
    user: UserModel<'static>,
}

#[wasm_bindgen]
impl Model {
    /// An empty workbook of one sheet.
    #[wasm_bindgen(constructor)]
    pub fn new() -> Result<Model, JsError> {
        let user = UserModel::new_empty(NAME, LOCALE, TIMEZONE, LANGUAGE).map_err(engine_error)?;
        Ok(Model { user })
    }

    #[wasm_bindgen(js_name = newSheet)]
    pub fn new_sheet(&mut self) -> Result<(), JsError> {
        self.user.new_sheet().map_err(engine_error)
    }

    #[wasm_bindgen(js_name = renameSheet)]
    pub fn rename_sheet(&mut self, sheet: u32, name: &str) -> Result<(), JsError> {
        self.user.rename_sheet(sheet, name).map_err(engine_error)
    }

    /// Cells set while paused are evaluated once, by `evaluate`.
    #[wasm_bindgen(js_name = pauseEvaluation)]
    pub fn pause_evaluation(&mut self) {
        self.user.pause_evaluation();
    }

    #[wasm_bindgen(js_name = resumeEvaluation)]
    pub fn resume_evaluation(&mut self) {
        self.user.resume_evaluation();
    }

    pub fn evaluate(&mut self) {
        self.user.evaluate();
    }

    /// Recomputes only what the listed cells can affect: `cells` holds (sheet, row, column)
    /// triples. Valid only when those cells' contents are the sole changes since the last
    /// evaluation; after anything else (rows, sheets, formats) call `evaluate`.
    #[wasm_bindgen(js_name = evaluateChanged)]
    pub fn evaluate_changed(&mut self, cells: &[i32]) -> Result<(), JsError> {
        if !cells.len().is_multiple_of(3) || cells.chunks_exact(3).any(|cell| cell[0] < 0) {
            return Err(JsError::new("cells must be (sheet, row, column) triples"));
        }
        let changed: Vec<CellReferenceIndex> = cells
            .chunks_exact(3)
            .map(|cell| CellReferenceIndex {
                sheet: cell[0] as u32,
                row: cell[1],
                column: cell[2],
            })
            .collect();
        self.user.evaluate_changed(&changed);
        Ok(())
    }

    /// Sets a cell as typed: a number, a formula (`=…`), text.
    #[wasm_bindgen(js_name = setUserInput)]
    pub fn set_user_input(&mut self, sheet: u32, row: i32, column: i32, input: &str) -> Result<(), JsError> {
        self.user
            .set_user_input(sheet, row, column, input)
            .map_err(engine_error)
    }

    #[wasm_bindgen(js_name = rangeClearContents)]
    pub fn range_clear_contents(
        &mut self,
        sheet: u32,
        row1: i32,
        column1: i32,
        row2: i32,
        column2: i32,
    ) -> Result<(), JsError> {
        let area = Area {
            sheet,
            row: row1,
            column: column1,
            width: column2 - column1 + 1,
            height: row2 - row1 + 1,
        };
        self.user.range_clear_contents(&area).map_err(engine_error)
    }

    /// Sets one style attribute (`num_fmt`, `font.b`, `fill.fg_color`, …) on a block of cells.
    #[wasm_bindgen(js_name = updateRangeStyle)]
    pub fn update_range_style(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Area")] area: JsValue,
        path: &str,
        value: &str,
    ) -> Result<(), JsError> {
        let area: Area = from_js(area)?;
        self.user
            .update_range_style(&area, path, value)
            .map_err(engine_error)
    }

    #[wasm_bindgen(js_name = setAreaWithBorder)]
    pub fn set_area_with_border(
        &mut self,
        #[wasm_bindgen(unchecked_param_type = "Area")] area: JsValue,
        #[wasm_bindgen(unchecked_param_type = "BorderArea")] border: JsValue,
    ) -> Result<(), JsError> {
        let area: Area = from_js(area)?;
        let border: BorderArea = from_js(border)?;
        self.user
            .set_area_with_border(&area, &border)
            .map_err(engine_error)
    }

    /// Adds a conditional format over `range` (`A1:B9`) of a sheet, after its others.
    #[wasm_bindgen(js_name = addConditionalFormatting)]
    pub fn add_conditional_formatting(
        &mut self,
        sheet: u32,
        range: &str,
        #[wasm_bindgen(unchecked_param_type = "CfRuleInput")] rule: JsValue,
    ) -> Result<(), JsError> {
        let rule: CfRuleInput = from_js(rule)?;
        self.user
            .add_conditional_formatting(sheet, range, rule)
            .map_err(engine_error)
    }

    /// The value a cell shows, formatted by its number format ("#DIV/0!", "3.5", "TRUE").
    #[wasm_bindgen(js_name = getFormattedCellValue)]
    pub fn get_formatted_cell_value(&self, sheet: u32, row: i32, column: i32) -> Result<String, JsError> {
        self.user
            .get_formatted_cell_value(sheet, row, column)
            .map_err(engine_error)
    }

    /// A cell's type, numbered as Excel's TYPE function numbers them (1 number, 2 text, 4
    /// boolean, 16 error, 64 array).
    #[wasm_bindgen(js_name = getCellType)]
    pub fn get_cell_type(&self, sheet: u32, row: i32, column: i32) -> Result<u32, JsError> {
        let cell_type = self
            .user
            .get_cell_type(sheet, row, column)
            .map_err(engine_error)?;
        Ok(cell_type as u32)
    }

    /// A cell's style with its conditional formatting applied.
    #[wasm_bindgen(js_name = getCellStyle, unchecked_return_type = "ExtendedCellStyle")]
    pub fn get_cell_style(&self, sheet: u32, row: i32, column: i32) -> Result<JsValue, JsError> {
        let style = self
            .user
            .get_model()
            .get_extended_style_for_cell(sheet, row, column)
            .map_err(engine_error)?;
        to_js(&style)
    }

    /// A colour as CSS `#rrggbb`, theme colours resolved; "" for none.
    #[wasm_bindgen(js_name = resolveColor)]
    pub fn resolve_color(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Color")] color: JsValue,
    ) -> Result<String, JsError> {
        let color: Color = if color.is_undefined() {
            Color::None
        } else {
            from_js(color)?
        };
        Ok(self.user.resolve_color(&color))
    }

    /// What the grammar expects at `cursor` (a character offset) in a formula being typed.
    #[wasm_bindgen(js_name = getFormulaCompletion, unchecked_return_type = "CompletionContext")]
    pub fn get_formula_completion(
        &mut self,
        sheet: u32,
        row: i32,
        column: i32,
        formula: &str,
        cursor: usize,
    ) -> Result<JsValue, JsError> {
        let context = self
            .user
            .formula_completion(sheet, row, column, formula, cursor)
            .map_err(engine_error)?;
        to_js(&context)
    }
}

fn engine_error(message: String) -> JsError {
    JsError::new(&message)
}

fn from_js<T: DeserializeOwned>(value: JsValue) -> Result<T, JsError> {
    serde_wasm_bindgen::from_value(value).map_err(|error| JsError::new(&error.to_string()))
}

/// Plain objects and arrays, as JSON would give them (not JavaScript `Map`s).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| JsError::new(&error.to_string()))
}
