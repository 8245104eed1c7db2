// Formula evaluation in the browser with the engine the server runs (IronCalc with Tandem's
// changes, built to WebAssembly from crates/sheets-wasm): every client computes its own edits'
// values at once, and the same values as the server. The engine holds a derived copy of the workbook:
// the Yjs document is the truth, and the engine is rebuilt from it, with references rendered in
// A1 notation against the current order of rows and columns (references.ts).
import init, { Model, type BorderStyle, type BorderType } from '../../../engine/tandem_sheets_wasm.js';
import type * as Y from 'yjs';
import { isFormula, toA1, type WorkbookLayout } from './references';
import { BORDER_SIDES, cellCss, columnWidths, rowHeights, DEFAULT_COL_WIDTH, formatIndex, type CellFormat } from './formats';
import type { CSSProperties } from 'react';
import type { CompletionContext } from './completion';
import { conditionalRules, rangeName, ruleRange } from './conditional';
import { contains, type Range } from './selection';
import type { SortValue } from './sort';
import { cellPosition, layoutOf, sheets, type Sheet } from './workbook';

/** IronCalc's cell types (as Excel's TYPE function numbers them). */
const NUMBER = 1;
const BOOLEAN = 4;
const ERROR = 16;
/** Shows every digit a double holds, so a number can be read back from its text. */
const FULL_PRECISION = '0.00000000000000E+00';

let loading: Promise<unknown> | null = null;

/** Loads the engine's WebAssembly once per page. */
export function loadEngine(): Promise<unknown> {
  loading ??= init({ module_or_path: new URL('../../../engine/tandem_sheets_wasm_bg.wasm', import.meta.url) });
  return loading;
}

/** A workbook's computed values, for as long as the document does not change. */
export interface Evaluation {
  layout: WorkbookLayout;
  sheets: Sheet[];
  /** The value a cell shows, formatted as the engine formats it ("#DIV/0!", "3.5", "TRUE"). */
  display(sheet: number, row: number, col: number): string;
  /** A cell's format attributes; undefined for a plain cell. */
  format(sheet: number, row: number, col: number): CellFormat | undefined;
  /** How a cell looks in the grid. */
  css(sheet: number, row: number, col: number): CSSProperties | undefined;
  /** Each column's width in pixels, left to right. */
  widths(sheet: number): number[];
  /** Rows with a height of their own (pixels), by row. */
  heights(sheet: number): ReadonlyMap<number, number>;
  /** Where the cursor is in a formula being typed, as the engine's parser reads it. */
  completion(formula: string, cursor: number): CompletionContext | null;
  /** The computed values of rows `top`..`bottom` of one column, typed, for sorting. */
  columnValues(sheet: number, col: number, top: number, bottom: number): SortValue[];
  dispose(): void;
}

/** Evaluates every formula of the document. A full rebuild: correct whatever changed (rows
 *  inserted, sheets renamed, formats), and a few milliseconds for thousands of cells. */
export function evaluate(doc: Y.Doc): Evaluation {
  const layout = layoutOf(doc);
  const list = sheets(doc);
  const model = new Model();
  list.forEach((sheet, index) => {
    if (index > 0) model.newSheet();
    try {
      model.renameSheet(index, sheet.name());
    } catch {
      // A name the engine refuses keeps its default; references by that name show #REF!.
    }
  });
  model.pauseEvaluation();
  list.forEach((sheet, index) => {
    sheet.cells.forEach((stored, key) => {
      const at = cellPosition(layout, sheet.id, key);
      if (!at) return;
      const { row, col } = at;
      setInput(model, index, row, col, isFormula(stored) ? toA1(stored, sheet.id, layout) : stored);
    });
  });
  // Formats by position, and in the engine too: a number format changes the value shown.
  const formats = list.map((sheet, index) => {
    const byPosition = new Map<string, CellFormat>();
    formatIndex(sheet).forEach((format, key) => {
      const at = cellPosition(layout, sheet.id, key);
      if (!at) return;
      byPosition.set(`${at.row}:${at.col}`, format);
      const area = { sheet: index, row: at.row + 1, column: at.col + 1, width: 1, height: 1 };
      for (const [path, value] of Object.entries(format)) {
        try {
          const side = BORDER_SIDES.find(([border]) => border === path)?.[1];
          if (side) {
            const [style, color] = value.split(' ');
            model.setAreaWithBorder(area, { item: { style: style as BorderStyle, color }, type: side as BorderType });
          } else {
            model.updateRangeStyle(area, path, value);
          }
        } catch {
          // A value the engine refuses (a malformed colour) leaves that attribute out.
        }
      }
    });
    return byPosition;
  });
  // Conditional formats, and where they apply: only those cells ask the engine for their style.
  const conditional = list.map((sheet, index) =>
    conditionalRules(sheet).flatMap((rule) => {
      const range = ruleRange(layout, sheet.id, rule);
      if (!range) return [];
      try {
        model.addConditionalFormatting(index, rangeName(range), rule.rule);
        return [range];
      } catch {
        // A rule the engine refuses (a malformed value) is left out.
        return [];
      }
    }),
  );
  model.resumeEvaluation();
  model.evaluate();
  return evaluation(model, layout, list, formats, conditional);
}

/** One cell typed or cleared: a key of a sheet's `cells` map. */
export interface CellChange {
  sheetId: string;
  key: string;
}

/** The evaluation after cells were typed or cleared and nothing else changed (no rows, columns,
 *  sheets or formats): those cells are set in the previous evaluation's engine model, which then
 *  recomputes only the formulas they can affect, instead of building a model from the whole
 *  document again and recalculating all of it. The previous evaluation must not be used
 *  afterwards. */
export function evaluateChanges(previous: Evaluation, changes: CellChange[]): Evaluation {
  const { model, layout, sheets: list, formats, conditional } = internals.get(previous)!;
  model.pauseEvaluation();
  /** (sheet, row, column) of each cell set, as the engine counts them. */
  const changed: number[] = [];
  for (const { sheetId, key } of changes) {
    const index = list.findIndex((sheet) => sheet.id === sheetId);
    const at = cellPosition(layout, sheetId, key);
    if (index < 0 || !at) continue;
    const stored = list[index].cells.get(key);
    if (stored === undefined) model.rangeClearContents(index, at.row + 1, at.col + 1, at.row + 1, at.col + 1);
    else setInput(model, index, at.row, at.col, isFormula(stored) ? toA1(stored, sheetId, layout) : stored);
    changed.push(index, at.row + 1, at.col + 1);
  }
  model.resumeEvaluation();
  model.evaluateChanged(Int32Array.from(changed));
  return evaluation(model, layout, list, formats, conditional);
}

/** Sets a cell as typed; what the engine cannot parse is kept as text. */
function setInput(model: Model, sheet: number, row: number, col: number, input: string): void {
  try {
    model.setUserInput(sheet, row + 1, col + 1, input);
  } catch {
    model.setUserInput(sheet, row + 1, col + 1, `'${input}`);
  }
}

/** What an evaluation is built from, kept out of its interface. */
interface Internals {
  model: Model;
  layout: WorkbookLayout;
  sheets: Sheet[];
  formats: Map<string, CellFormat>[];
  /** Per sheet, the ranges conditional formats cover. */
  conditional: Range[][];
}
const internals = new WeakMap<Evaluation, Internals>();

function evaluation(model: Model, layout: WorkbookLayout, list: Sheet[], formats: Map<string, CellFormat>[], conditional: Range[][]): Evaluation {
  const format = (sheet: number, row: number, col: number) => formats[sheet]?.get(`${row}:${col}`);
  /** Row heights by sheet, read once per evaluation (a change of them rebuilds it). */
  const heightsBySheet = new Map<number, Map<number, number>>();
  /** The fill and text colour conditional formatting gives a cell, if any covers it. */
  const conditionalCss = (sheet: number, row: number, col: number): CSSProperties | undefined => {
    if (!conditional[sheet]?.some((range) => contains(range, row, col))) return undefined;
    const { style } = model.getCellStyle(sheet, row + 1, col + 1);
    const fill = style.fill.color === undefined ? '' : model.resolveColor(style.fill.color);
    const color = style.font.color === undefined ? '' : model.resolveColor(style.font.color);
    return { ...(fill ? { background: fill } : {}), ...(color ? { color } : {}) };
  };
  const result: Evaluation = {
    layout,
    sheets: list,
    display: (sheet, row, col) => model.getFormattedCellValue(sheet, row + 1, col + 1),
    format,
    css: (sheet, row, col) => {
      const own = cellCss(format(sheet, row, col));
      const conditionalStyle = conditionalCss(sheet, row, col);
      return conditionalStyle ? { ...own, ...conditionalStyle } : own;
    },
    widths: (sheet) => {
      const target = list[sheet];
      const set = target ? columnWidths(target) : undefined;
      return target ? target.cols.toArray().map((id) => set?.get(id) ?? DEFAULT_COL_WIDTH) : [];
    },
    completion: (formula, cursor) => {
      if (!formula.startsWith('=')) return null;
      try {
        const context = model.getFormulaCompletion(0, 1, 1, formula, cursor) as CompletionContext;
        return { ...context, replace_from: context.replace_from + 1 };
      } catch {
        return null;
      }
    },
    columnValues: (sheet, col, top, bottom) => {
      // The engine gives numbers only as formatted text: shown at full precision for the read,
      // then each cell's own number format is put back.
      const area = { sheet, row: top + 1, column: col + 1, width: 1, height: bottom - top + 1 };
      model.updateRangeStyle(area, 'num_fmt', FULL_PRECISION);
      const values: SortValue[] = [];
      for (let row = top; row <= bottom; row++) {
        const text = model.getFormattedCellValue(sheet, row + 1, col + 1);
        const type = model.getCellType(sheet, row + 1, col + 1);
        if (text === '') values.push(null);
        else if (type === NUMBER) values.push(Number(text));
        else if (type === BOOLEAN) values.push(text === 'TRUE');
        else if (type === ERROR) values.push({ error: text });
        else values.push(text);
      }
      model.updateRangeStyle(area, 'num_fmt', 'general');
      for (let row = top; row <= bottom; row++) {
        const own = format(sheet, row, col)?.num_fmt;
        if (own) model.updateRangeStyle({ ...area, row: row + 1, height: 1 }, 'num_fmt', own);
      }
      return values;
    },
    heights: (sheet) => {
      let known = heightsBySheet.get(sheet);
      if (!known) {
        known = new Map<number, number>();
        const target = list[sheet];
        rowHeights(target)?.forEach((px, rowId) => {
          const row = layout.rowIndex(target.id, rowId);
          if (row !== undefined) known!.set(row, px);
        });
        heightsBySheet.set(sheet, known);
      }
      return known;
    },
    dispose: () => model.free(),
  };
  internals.set(result, { model, layout, sheets: list, formats, conditional });
  return result;
}
