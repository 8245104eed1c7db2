// The `sheet` document's Yjs layout (docs/SCHEMA.md) and the edits people make to it. Rows and
// columns have stable ids; cells are keyed by ids; formulas refer to ids (references.ts). So an
// insert, a delete and a formula typed at the same moment by different people merge into what
// each of them meant.
import * as Y from 'yjs';
import { sheetMaps, sheetOrder } from '../../collab/schema';
import { isFormula, toA1, toStored, WorkbookLayout, type SheetLayout } from './references';
import { mapRange, type Range } from './selection';

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLS = 26;
/** The first sheet's id is fixed, so two people opening a new workbook at once create the same
 *  sheet (the map entry merges) rather than two. */
const FIRST_SHEET = 's1';


export interface Sheet {
  id: string;
  map: Y.Map<unknown>;
  name: () => string;
  rows: Y.Array<string>;
  cols: Y.Array<string>;
  /** `rowId:colId` → the input as stored (a value, or a formula in stored form). */
  cells: Y.Map<string>;
  /** The tab's colour (`#rrggbb`), if it has one. */
  color: () => string | undefined;
}

/** A sheet's map or array under `key`, made when this older sheet has none yet. */
export function sheetChild<T>(sheet: Sheet, key: string, make: () => T): T {
  let child = sheet.map.get(key) as T | undefined;
  if (!child) {
    child = make();
    sheet.map.set(key, child);
  }
  return child;
}

export function newId(): string {
  return Math.random().toString(36).slice(2, 10);
}

const ids = (count: number): string[] => Array.from({ length: count }, newId);

export const cellKey = (rowId: string, colId: string): string => `${rowId}:${colId}`;

/** The row and column ids a cell key joins. */
function splitCellKey(key: string): [rowId: string, colId: string] {
  const split = key.indexOf(':');
  return [key.slice(0, split), key.slice(split + 1)];
}

/** Where a stored cell is now; undefined when its row or column is gone. */
export function cellPosition(layout: WorkbookLayout, sheetId: string, key: string): { row: number; col: number } | undefined {
  const [rowId, colId] = splitCellKey(key);
  const row = layout.rowIndex(sheetId, rowId);
  const col = layout.colIndex(sheetId, colId);
  return row === undefined || col === undefined ? undefined : { row, col };
}

function sheetOf(id: string, map: Y.Map<unknown>): Sheet {
  return {
    id,
    map,
    name: () => String(map.get('name') ?? id),
    rows: map.get('rows') as Y.Array<string>,
    cols: map.get('cols') as Y.Array<string>,
    cells: map.get('cells') as Y.Map<string>,
    color: () => {
      const color = map.get('color');
      return typeof color === 'string' ? color : undefined;
    },
  };
}

function createSheetMap(name: string): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('name', name);
  const rows = new Y.Array<string>();
  rows.push(ids(DEFAULT_ROWS));
  const cols = new Y.Array<string>();
  cols.push(ids(DEFAULT_COLS));
  map.set('rows', rows);
  map.set('cols', cols);
  map.set('cells', new Y.Map<string>());
  // Made with the sheet, so two people formatting a new sheet at once write into one map.
  map.set('formats', new Y.Map<string>());
  map.set('colWidths', new Y.Map<number>());
  return map;
}

/** Gives a new workbook its first sheet; call once the document is synced. */
export function ensureFirstSheet(doc: Y.Doc): void {
  if (sheetOrder(doc).length > 0) return;
  doc.transact(() => {
    sheetMaps(doc).set(FIRST_SHEET, createSheetMap('Sheet1'));
    sheetOrder(doc).push([FIRST_SHEET]);
  });
}

/** The sheets in tab order; an id listed twice (two people adding the first sheet) counts once. */
export function sheets(doc: Y.Doc): Sheet[] {
  const maps = sheetMaps(doc);
  const seen = new Set<string>();
  const result: Sheet[] = [];
  for (const id of sheetOrder(doc).toArray()) {
    const map = maps.get(id);
    if (seen.has(id) || !map) continue;
    seen.add(id);
    result.push(sheetOf(id, map));
  }
  return result;
}

export function addSheet(doc: Y.Doc): string {
  const existing = new Set(sheets(doc).map((sheet) => sheet.name().toUpperCase()));
  let n = sheets(doc).length + 1;
  while (existing.has(`SHEET${n}`)) n++;
  const id = newId();
  doc.transact(() => {
    sheetMaps(doc).set(id, createSheetMap(`Sheet${n}`));
    sheetOrder(doc).push([id]);
  });
  return id;
}

/** Moves a sheet's tab to `index` (counted among the tabs as they are shown). Two people
 *  moving one sheet at once may list it twice; the first listing counts. */
export function moveSheet(doc: Y.Doc, sheetId: string, index: number): void {
  const order = sheetOrder(doc);
  doc.transact(() => {
    for (let i = order.length - 1; i >= 0; i--) if (order.get(i) === sheetId) order.delete(i, 1);
    const shown = sheets(doc);
    const before = shown[Math.max(0, Math.min(index, shown.length))];
    const at = before ? order.toArray().indexOf(before.id) : order.length;
    order.insert(at, [sheetId]);
  });
}

/** A copy of a sheet beside it, named "Copy of …": its cells, formats, widths, frozen panes and
 *  colour. Rows and columns keep their ids (ids are per sheet), so the copy's formulas point at
 *  the copy's own cells, as in Excel. */
export function duplicateSheet(doc: Y.Doc, sheet: Sheet): string {
  const taken = new Set(sheets(doc).map((s) => s.name().toUpperCase()));
  const base = `Copy of ${sheet.name()}`.slice(0, 28);
  let name = base;
  for (let n = 2; taken.has(name.toUpperCase()); n++) name = `${base} ${n}`;
  const id = newId();
  const copyMap = <T>(from: unknown): Y.Map<T> => {
    const copy = new Y.Map<T>();
    (from as Y.Map<T> | undefined)?.forEach((value, key) => copy.set(key, value));
    return copy;
  };
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('name', name);
    const rows = new Y.Array<string>();
    rows.push(sheet.rows.toArray());
    const cols = new Y.Array<string>();
    cols.push(sheet.cols.toArray());
    map.set('rows', rows);
    map.set('cols', cols);
    map.set('cells', copyMap<string>(sheet.cells));
    map.set('formats', copyMap<string>(sheet.map.get('formats')));
    map.set('colWidths', copyMap<number>(sheet.map.get('colWidths')));
    for (const key of ['frozenRows', 'frozenCols', 'color']) {
      if (sheet.map.has(key)) map.set(key, sheet.map.get(key));
    }
    sheetMaps(doc).set(id, map);
    const order = sheetOrder(doc);
    order.insert(order.toArray().indexOf(sheet.id) + 1, [id]);
  });
  return id;
}

export function setSheetColor(sheet: Sheet, color: string | null): void {
  if (color === null) sheet.map.delete('color');
  else sheet.map.set('color', color);
}

/** Why a sheet name cannot be used, or null if it can: names are unique (ignoring case), at most
 *  31 characters, without `[ ] : * ? / \` (Excel's rules, so an XLSX export keeps them). */
export function sheetNameProblem(doc: Y.Doc, sheetId: string, name: string): string | null {
  const trimmed = name.trim();
  if (!trimmed) return 'A sheet needs a name.';
  if (trimmed.length > 31) return 'Sheet names are at most 31 characters.';
  if (/[[\]:*?/\\]/.test(trimmed)) return 'Sheet names cannot contain [ ] : * ? / or \\.';
  const taken = sheets(doc).some((sheet) => sheet.id !== sheetId && sheet.name().toUpperCase() === trimmed.toUpperCase());
  return taken ? `There is already a sheet named ${trimmed}.` : null;
}

export function renameSheet(sheet: Sheet, name: string): void {
  sheet.map.set('name', name.trim());
}

/** Deletes a sheet (not the last one); formulas that pointed at it show #REF!. */
export function deleteSheet(doc: Y.Doc, sheetId: string): void {
  if (sheets(doc).length <= 1) return;
  doc.transact(() => {
    const order = sheetOrder(doc);
    for (let i = order.length - 1; i >= 0; i--) if (order.get(i) === sheetId) order.delete(i, 1);
    sheetMaps(doc).delete(sheetId);
  });
}

/** The layout the reference conversions work against, read once per change. */
export function layoutOf(doc: Y.Doc): WorkbookLayout {
  const layouts: SheetLayout[] = sheets(doc).map((sheet) => ({
    id: sheet.id,
    name: sheet.name(),
    rows: sheet.rows.toArray(),
    cols: sheet.cols.toArray(),
  }));
  return new WorkbookLayout(layouts);
}

/** What a cell holds, as its owner would type it now (formulas in A1 notation). */
export function cellInput(sheet: Sheet, row: number, col: number, layout: WorkbookLayout): string {
  const rowId = sheet.rows.get(row);
  const colId = sheet.cols.get(col);
  if (rowId === undefined || colId === undefined) return '';
  const stored = sheet.cells.get(cellKey(rowId, colId)) ?? '';
  return isFormula(stored) ? toA1(stored, sheet.id, layout) : stored;
}

/** Sets what a cell holds from what was typed; an empty input clears it. */
export function setCellInput(sheet: Sheet, row: number, col: number, input: string, layout: WorkbookLayout): void {
  const rowId = sheet.rows.get(row);
  const colId = sheet.cols.get(col);
  if (rowId === undefined || colId === undefined) return;
  const key = cellKey(rowId, colId);
  if (input === '') sheet.cells.delete(key);
  else sheet.cells.set(key, toStored(input, sheet.id, layout));
}

/** Fills a block of cells from rows of values (a paste), in one transaction. */
export function setBlock(doc: Y.Doc, sheet: Sheet, row: number, col: number, values: string[][]): void {
  doc.transact(() => {
    const missingRows = row + values.length - sheet.rows.length;
    if (missingRows > 0) sheet.rows.push(ids(missingRows));
    const width = Math.max(0, ...values.map((line) => line.length));
    const missingCols = col + width - sheet.cols.length;
    if (missingCols > 0) sheet.cols.push(ids(missingCols));
    const layout = layoutOf(doc);
    values.forEach((line, r) => line.forEach((value, c) => setCellInput(sheet, row + r, col + c, value, layout)));
  });
}

export function insertRows(sheet: Sheet, at: number, count = 1): void {
  sheet.rows.insert(at, ids(count));
}

export function insertCols(sheet: Sheet, at: number, count = 1): void {
  sheet.cols.insert(at, ids(count));
}

/** Deletes rows and the cells in them; formulas that pointed there show #REF!. */
export function deleteRows(doc: Y.Doc, sheet: Sheet, at: number, count = 1): void {
  deleteLines(doc, sheet, sheet.rows, 0, at, count);
}

export function deleteCols(doc: Y.Doc, sheet: Sheet, at: number, count = 1): void {
  deleteLines(doc, sheet, sheet.cols, 1, at, count);
}

/** Deletes ids from `lines` (the rows or the columns) and the cells whose key names them at
 *  `part` (0: the row id, 1: the column id). */
function deleteLines(doc: Y.Doc, sheet: Sheet, lines: Y.Array<string>, part: 0 | 1, at: number, count: number): void {
  doc.transact(() => {
    const gone = new Set(lines.slice(at, at + count));
    lines.delete(at, Math.min(count, lines.length - at));
    for (const key of [...sheet.cells.keys()]) {
      if (gone.has(splitCellKey(key)[part])) sheet.cells.delete(key);
    }
  });
}

/** What the cells of a range hold, as typed (formulas in A1 notation), row by row. */
export function rangeInputs(sheet: Sheet, range: Range, layout: WorkbookLayout): string[][] {
  return mapRange(range, (row, col) => cellInput(sheet, row, col, layout));
}

/** The last row and column that hold anything, or null for an empty sheet. */
export function usedExtent(sheet: Sheet): { bottom: number; right: number } | null {
  const rowIndex = new Map(sheet.rows.toArray().map((id, index) => [id, index]));
  const colIndex = new Map(sheet.cols.toArray().map((id, index) => [id, index]));
  let bottom = -1;
  let right = -1;
  for (const key of sheet.cells.keys()) {
    const [rowId, colId] = splitCellKey(key);
    const row = rowIndex.get(rowId);
    const col = colIndex.get(colId);
    if (row === undefined || col === undefined) continue;
    bottom = Math.max(bottom, row);
    right = Math.max(right, col);
  }
  return bottom < 0 ? null : { bottom, right };
}

/** Rows and columns kept in view while the rest scrolls (0 when none). */
export function frozen(sheet: Sheet): { rows: number; cols: number } {
  const count = (key: string) => {
    const value = sheet.map.get(key);
    return typeof value === 'number' && value > 0 ? Math.floor(value) : 0;
  };
  return { rows: count('frozenRows'), cols: count('frozenCols') };
}

export function setFrozen(sheet: Sheet, what: 'rows' | 'cols', count: number): void {
  sheet.map.set(what === 'rows' ? 'frozenRows' : 'frozenCols', Math.max(0, Math.floor(count)));
}
