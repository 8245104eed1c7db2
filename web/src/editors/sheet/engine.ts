// Formula evaluation in the browser with IronCalc (Rust, built to WebAssembly): every client
// computes its own edits' values at once. The engine holds a derived copy of the workbook:
// the Yjs document is the truth, and the engine is rebuilt from it, with references rendered in
// A1 notation against the current order of rows and columns (references.ts).
import init, { Model } from '@ironcalc/wasm';
import type * as Y from 'yjs';
import { isFormula, toA1, type WorkbookLayout } from './references';
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
  model.resumeEvaluation();
  model.evaluate();
  return {
    layout,
    sheets: list,
    display: (sheet, row, col) => model.getFormattedCellValue(sheet, row + 1, col + 1),
    dispose: () => model.free(),
  };
}
