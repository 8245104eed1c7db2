// A range stored by the ids of its corner rows and columns, as charts, conditional formats and
// filters keep theirs (docs/SCHEMA.md): it follows rows and columns inserted or deleted around
// it, and is gone when a corner's row or column is.
import type { WorkbookLayout } from './references';
import type { Range } from './selection';
import type { Sheet } from './workbook';

export interface IdRange {
  top: string;
  left: string;
  bottom: string;
  right: string;
}

export function toIdRange(sheet: Sheet, range: Range): IdRange {
  return {
    top: sheet.rows.get(range.top),
    left: sheet.cols.get(range.left),
    bottom: sheet.rows.get(range.bottom),
    right: sheet.cols.get(range.right),
  };
}

/** Where a stored range is now; null when a corner's row or column is gone. */
export function fromIdRange(layout: WorkbookLayout, sheetId: string, ids: IdRange): Range | null {
  const top = layout.rowIndex(sheetId, ids.top);
  const bottom = layout.rowIndex(sheetId, ids.bottom);
  const left = layout.colIndex(sheetId, ids.left);
  const right = layout.colIndex(sheetId, ids.right);
  if (top === undefined || bottom === undefined || left === undefined || right === undefined) return null;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}
