// Formula evaluation in the browser with IronCalc (Rust, built to WebAssembly): every client
// computes its own edits' values at once. The engine holds a derived copy of the workbook:
// the Yjs document is the truth, and the engine is rebuilt from it, with references rendered in
// A1 notation against the current order of rows and columns (references.ts).
import init, { Model } from '@ironcalc/wasm';
import type * as Y from 'yjs';
import { isFormula, toA1, type WorkbookLayout } from './references';
import { cellCss, columnWidths, DEFAULT_COL_WIDTH, formatIndex, type CellFormat } from './formats';
import { cellPosition, layoutOf, sheets, type Sheet } from './workbook';

let loading: Promise<unknown> | null = null;

/** Loads the engine's WebAssembly once per page. */
export function loadEngine(): Promise<unknown> {
  loading ??= init();
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
  css(sheet: number, row: number, col: number): ReturnType<typeof cellCss>;
  /** Each column's width in pixels, left to right. */
  widths(sheet: number): number[];
  dispose(): void;
}

/** Evaluates every formula of the document. A full rebuild: correct whatever changed (rows
 *  inserted, sheets renamed), and a few milliseconds for thousands of cells. */
export function evaluate(doc: Y.Doc): Evaluation {
  const layout = layoutOf(doc);
  const list = sheets(doc);
  const model = new Model('workbook', 'en', 'UTC', 'en');
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
      const input = isFormula(stored) ? toA1(stored, sheet.id, layout) : stored;
      try {
        model.setUserInput(index, row + 1, col + 1, input);
      } catch {
        model.setUserInput(index, row + 1, col + 1, `'${input}`);
      }
    });
  });
  // Formats by position, and in the engine too: a number format changes the value shown.
  const formats = list.map((sheet, index) => {
    const byPosition = new Map<string, CellFormat>();
    formatIndex(sheet).forEach((format, key) => {
      const at = cellPosition(layout, sheet.id, key);
      if (!at) return;
      byPosition.set(`${at.row}:${at.col}`, format);
      for (const [path, value] of Object.entries(format)) {
        try {
          model.updateRangeStyle({ sheet: index, row: at.row + 1, column: at.col + 1, width: 1, height: 1 }, path, value);
        } catch {
          // A value the engine refuses (a malformed colour) leaves that attribute out.
        }
      }
    });
    return byPosition;
  });
  model.resumeEvaluation();
  model.evaluate();
  const format = (sheet: number, row: number, col: number) => formats[sheet]?.get(`${row}:${col}`);
  return {
    layout,
    sheets: list,
    display: (sheet, row, col) => model.getFormattedCellValue(sheet, row + 1, col + 1),
    format,
    css: (sheet, row, col) => cellCss(format(sheet, row, col)),
    widths: (sheet) => {
      const target = list[sheet];
      const set = target ? columnWidths(target) : undefined;
      return target ? target.cols.toArray().map((id) => set?.get(id) ?? DEFAULT_COL_WIDTH) : [];
    },
    dispose: () => model.free(),
  };
}
