// Filters: a shared one, stored in the sheet (docs/SCHEMA.md) so everyone sees the same rows,
// and a personal filter view kept in this browser only, which changes nothing for anyone else.
// Both are the same shape: the range by row and column ids (the first row holds the headings)
// and, per column id, the shown values that hide a row.
import { fromIdRange, toIdRange, type IdRange } from './idRange';
import type { WorkbookLayout } from './references';
import type { Range } from './selection';
import { parseStored } from './storedJson';
import type { Sheet } from './workbook';

export interface StoredFilter {
  range: IdRange;
  /** Column id → the values (as shown) whose rows are hidden. */
  hidden: Record<string, string[]>;
}

export function sharedFilter(sheet: Sheet): StoredFilter | null {
  const json = sheet.map.get('filter');
  return readable(typeof json === 'string' ? parseStored<StoredFilter>(json) : undefined);
}

const readable = (filter: StoredFilter | undefined): StoredFilter | null =>
  filter?.range && filter.hidden ? filter : null;

export function setSharedFilter(sheet: Sheet, filter: StoredFilter | null): void {
  if (filter) sheet.map.set('filter', JSON.stringify(filter));
  else sheet.map.delete('filter');
}

export function newFilter(sheet: Sheet, range: Range): StoredFilter {
  return { range: toIdRange(sheet, range), hidden: {} };
}

/** Where a filter's range is now; null when a corner's row or column is gone. */
export const filterRange = (layout: WorkbookLayout, sheetId: string, filter: StoredFilter): Range | null => fromIdRange(layout, sheetId, filter.range);

/** The rows a filter hides: those below the heading row whose value in a filtered column is one
 *  of that column's hidden values. `shown(row, col)` is a cell's value as displayed. */
export function hiddenRows(filter: StoredFilter, range: Range, colIndex: (colId: string) => number | undefined, shown: (row: number, col: number) => string): Set<number> {
  const hidden = new Set<number>();
  const tests = Object.entries(filter.hidden).flatMap(([colId, values]) => {
    const col = colIndex(colId);
    return col === undefined || col < range.left || col > range.right || values.length === 0 ? [] : [{ col, values: new Set(values) }];
  });
  if (tests.length === 0) return hidden;
  for (let row = range.top + 1; row <= range.bottom; row++) {
    if (tests.some(({ col, values }) => values.has(shown(row, col)))) hidden.add(row);
  }
  return hidden;
}

/** The distinct values (as shown) of a column below the heading row, in order. */
export function distinctValues(range: Range, col: number, shown: (row: number, col: number) => string): string[] {
  const values = new Set<string>();
  for (let row = range.top + 1; row <= range.bottom; row++) values.add(shown(row, col));
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  return [...values].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : collator.compare(a, b)));
}

/** The filter with a column's hidden values replaced. */
export function withHidden(filter: StoredFilter, colId: string, values: string[]): StoredFilter {
  const hidden = { ...filter.hidden };
  if (values.length > 0) hidden[colId] = values;
  else delete hidden[colId];
  return { ...filter, hidden };
}

const viewKey = (docId: string, sheetId: string) => `tandem.filterView.${docId}.${sheetId}`;

/** This browser's own filter view of a sheet, if one is on. */
export function loadFilterView(docId: string, sheetId: string): StoredFilter | null {
  try {
    return readable(parseStored<StoredFilter>(localStorage.getItem(viewKey(docId, sheetId))));
  } catch {
    // Storage this page may not use.
    return null;
  }
}

export function saveFilterView(docId: string, sheetId: string, filter: StoredFilter | null): void {
  try {
    if (filter) localStorage.setItem(viewKey(docId, sheetId), JSON.stringify(filter));
    else localStorage.removeItem(viewKey(docId, sheetId));
  } catch {
    // Storage full or refused: the view lasts for this page only.
  }
}
