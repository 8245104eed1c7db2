// Sorting a range by one or more columns, in Excel's order. The sort moves what the cells hold
// (inputs and formats) between rows that keep their ids, as Excel and Google Sheets move
// contents: a formula elsewhere that points at B3 still points at B3, and a SUM over the sorted
// block keeps covering all of it. Moving the row ids instead would carry a range's end points
// into the middle of the block.
import * as Y from 'yjs';
import { formatIndex, type CellFormat } from './formats';
import { shiftA1, type WorkbookLayout } from './references';
import type { Range } from './selection';
import { cellInput, cellKey, setCellInput, type Sheet } from './workbook';

/** A computed value as sorting sees it; null for an empty cell. */
export type SortValue = number | string | boolean | { error: string } | null;

export interface SortKey {
  /** The column, counted on the sheet (0 is A). */
  col: number;
  ascending: boolean;
}

/** Excel's ascending rank of a value's kind: numbers, text, booleans, errors. */
function kindRank(value: Exclude<SortValue, null>): number {
  if (typeof value === 'number') return 0;
  if (typeof value === 'string') return 1;
  if (typeof value === 'boolean') return 2;
  return 3;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: false });

/** Compares two values in the key's direction; empty cells go last either way, as in Excel. */
export function compareValues(a: SortValue, b: SortValue, ascending: boolean): number {
  const emptyA = a === null || a === '';
  const emptyB = b === null || b === '';
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  const rankA = kindRank(a!);
  const rankB = kindRank(b!);
  let order: number;
  if (rankA !== rankB) order = rankA - rankB;
  else if (typeof a === 'number') order = a - (b as number);
  else if (typeof a === 'string') order = collator.compare(a, b as string);
  else if (typeof a === 'boolean') order = Number(a) - Number(b);
  else order = 0;
  return ascending ? order : -order;
}

/** The new order of a block's rows: position i receives the row that was at `order[i]`.
 *  `values[row][key]` is the row's value under each key. Stable: ties keep their order. */
export function sortedOrder(values: SortValue[][], keys: SortKey[]): number[] {
  const rows = values.map((_, index) => index);
  return rows.sort((a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const order = compareValues(values[a][k], values[b][k], keys[k].ascending);
      if (order !== 0) return order;
    }
    return a - b;
  });
}

/** Sorts the rows of `range` by `keys`; `columnValues(col)` gives a column's computed values
 *  over the range's rows. One transaction: others see the sorted block at once. Relative
 *  references of moved formulas shift with their row, as when copying. */
export function sortRange(
  doc: Y.Doc,
  sheet: Sheet,
  range: Range,
  keys: SortKey[],
  columnValues: (col: number) => SortValue[],
  layout: WorkbookLayout,
): void {
  const byKey = keys.map((key) => columnValues(key.col));
  const values = Array.from({ length: range.bottom - range.top + 1 }, (_, r) => byKey.map((column) => column[r]));
  const order = sortedOrder(values, keys);
  if (order.every((from, to) => from === to)) return;
  const formats = formatIndex(sheet);
  const cols = Array.from({ length: range.right - range.left + 1 }, (_, c) => range.left + c);
  const keyOf = (row: number, col: number) => cellKey(sheet.rows.get(row), sheet.cols.get(col));
  const moved = order.map((from) => ({
    from,
    inputs: cols.map((col) => cellInput(sheet, range.top + from, col, layout)),
    formats: cols.map((col) => formats.get(keyOf(range.top + from, col))),
  }));
  const formatMap = sheet.map.get('formats') as Y.Map<string> | undefined;
  const writeFormat = (row: number, col: number, format: CellFormat | undefined, before: CellFormat | undefined) => {
    if (!formatMap) return;
    const key = keyOf(row, col);
    for (const path of Object.keys(before ?? {})) if (!format || !(path in format)) formatMap.delete(`${key}/${path}`);
    for (const [path, setting] of Object.entries(format ?? {})) formatMap.set(`${key}/${path}`, setting);
  };
  doc.transact(() => {
    moved.forEach((row, to) => {
      if (row.from === to) return;
      const at = range.top + to;
      cols.forEach((col, c) => {
        setCellInput(sheet, at, col, shiftA1(row.inputs[c], to - row.from, 0), layout);
        writeFormat(at, col, row.formats[c], formats.get(keyOf(at, col)));
      });
    });
  });
}
