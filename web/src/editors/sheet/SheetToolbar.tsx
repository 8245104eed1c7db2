import type * as Y from 'yjs';
import { rangeOf, single, type Selection } from './selection';
import { deleteCols, deleteRows, insertCols, insertRows, type Sheet } from './workbook';

export interface SheetToolbarProps {
  doc: Y.Doc;
  sheet: Sheet;
  selection: Selection;
  /** Runs an edit as this editor's own (undoable) change. */
  change: (edit: () => void) => void;
  onSelect: (selection: Selection) => void;
}

const MORE_ROWS = 1000;

/** Inserting and deleting rows and columns around the selection. */
export function SheetToolbar({ doc, sheet, selection, change, onSelect }: SheetToolbarProps) {
  const range = rangeOf(selection);
  const rowCount = range.bottom - range.top + 1;
  const colCount = range.right - range.left + 1;
  const actions: Array<[string, () => void]> = [
    ['Insert row above', () => change(() => insertRows(sheet, range.top, rowCount))],
    [
      'Insert row below',
      () => {
        change(() => insertRows(sheet, range.bottom + 1, rowCount));
        onSelect(single(range.bottom + 1, selection.col));
      },
    ],
    [
      'Delete row',
      () => {
        if (sheet.rows.length <= rowCount) return;
        change(() => deleteRows(doc, sheet, range.top, rowCount));
        onSelect(single(Math.min(range.top, sheet.rows.length - 1), selection.col));
      },
    ],
    ['Insert column left', () => change(() => insertCols(sheet, range.left, colCount))],
    [
      'Insert column right',
      () => {
        change(() => insertCols(sheet, range.right + 1, colCount));
        onSelect(single(selection.row, range.right + 1));
      },
    ],
    [
      'Delete column',
      () => {
        if (sheet.cols.length <= colCount) return;
        change(() => deleteCols(doc, sheet, range.left, colCount));
        onSelect(single(selection.row, Math.min(range.left, sheet.cols.length - 1)));
      },
    ],
    [`Add ${MORE_ROWS.toLocaleString('en')} rows`, () => change(() => insertRows(sheet, sheet.rows.length, MORE_ROWS))],
  ];
  return (
    <div className="toolbar sheet-toolbar" role="toolbar" aria-label="Rows and columns">
      {actions.map(([label, run]) => (
        <button key={label} onMouseDown={(event) => event.preventDefault()} onClick={run}>
          {label}
        </button>
      ))}
    </div>
  );
}
