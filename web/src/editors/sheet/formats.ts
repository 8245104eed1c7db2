// Cell formatting and column widths (docs/SCHEMA.md). Each format attribute of each cell is its
// own entry of the sheet's `formats` map, keyed `<rowId>:<colId>/<path>`, so two people making
// one cell bold and red at the same moment both keep their change. The paths are IronCalc's
// style paths: the engine applies them as they are, in the browser and on the server (XLSX).
import type { CSSProperties } from 'react';
import * as Y from 'yjs';
import { mapRange, type Range } from './selection';
import { cellKey, type Sheet } from './workbook';

export type StylePath =
  | 'font.b'
  | 'font.i'
  | 'font.u'
  | 'font.strike'
  | 'font.color'
  | 'fill.fg_color'
  | 'alignment.horizontal'
  | 'alignment.wrap_text'
  | 'num_fmt';

export type CellFormat = Partial<Record<StylePath, string>>;

const PATHS: ReadonlySet<string> = new Set<StylePath>([
  'font.b',
  'font.i',
  'font.u',
  'font.strike',
  'font.color',
  'fill.fg_color',
  'alignment.horizontal',
  'alignment.wrap_text',
  'num_fmt',
]);

/** Number formats offered in the toolbar, as Excel format strings. */
export const NUMBER_FORMATS: ReadonlyArray<[label: string, format: string]> = [
  ['Automatic', 'general'],
  ['Number', '#,##0.00'],
  ['Percent', '0.00%'],
  ['Currency', '"$"#,##0.00'],
  ['Euro', '#,##0.00" €"'],
  ['Scientific', '0.00E+00'],
  ['Date', 'yyyy-mm-dd'],
  ['Time', 'hh:mm:ss'],
  ['Date and time', 'yyyy-mm-dd hh:mm'],
  ['Text', '@'],
];

export const DEFAULT_COL_WIDTH = 100;
export const MIN_COL_WIDTH = 24;
export const MAX_COL_WIDTH = 2000;

/** The sheet's formats map, made if this older sheet has none yet. */
function formatsOf(sheet: Sheet): Y.Map<string> {
  let formats = sheet.map.get('formats') as Y.Map<string> | undefined;
  if (!formats) {
    formats = new Y.Map<string>();
    sheet.map.set('formats', formats);
  }
  return formats;
}

/** Splits a formats key into the cell it belongs to and the style path; null for a key this
 *  version does not know. */
export function parseFormatKey(key: string): { cell: string; path: StylePath } | null {
  const slash = key.lastIndexOf('/');
  const path = key.slice(slash + 1);
  return slash > 0 && PATHS.has(path) ? { cell: key.slice(0, slash), path: path as StylePath } : null;
}

/** Every cell's format, by cell key (`rowId:colId`). */
export function formatIndex(sheet: Sheet): Map<string, CellFormat> {
  const index = new Map<string, CellFormat>();
  (sheet.map.get('formats') as Y.Map<string> | undefined)?.forEach((value, key) => {
    const parsed = parseFormatKey(key);
    if (!parsed) return;
    const format = index.get(parsed.cell) ?? {};
    format[parsed.path] = value;
    index.set(parsed.cell, format);
  });
  return index;
}

/** Sets (or with null removes) one attribute on every cell of a range. */
export function setFormat(sheet: Sheet, range: Range, path: StylePath, value: string | null): void {
  const formats = formatsOf(sheet);
  mapRange(range, (row, col) => {
    const key = `${cellKey(sheet.rows.get(row), sheet.cols.get(col))}/${path}`;
    if (value === null) formats.delete(key);
    else formats.set(key, value);
  });
}

/** Removes every attribute from a range's cells. */
export function clearFormats(sheet: Sheet, range: Range): void {
  const formats = sheet.map.get('formats') as Y.Map<string> | undefined;
  if (!formats) return;
  const cells = new Set(mapRange(range, (row, col) => cellKey(sheet.rows.get(row), sheet.cols.get(col))).flat());
  for (const key of Array.from(formats.keys())) {
    const parsed = parseFormatKey(key);
    if (parsed && cells.has(parsed.cell)) formats.delete(key);
  }
}

/** How a format looks in the grid. */
export function cellCss(format: CellFormat | undefined): CSSProperties | undefined {
  if (!format) return undefined;
  const decorations = [format['font.u'] === 'true' && 'underline', format['font.strike'] === 'true' && 'line-through'].filter(Boolean);
  return {
    fontWeight: format['font.b'] === 'true' ? 700 : undefined,
    fontStyle: format['font.i'] === 'true' ? 'italic' : undefined,
    textDecoration: decorations.length > 0 ? decorations.join(' ') : undefined,
    color: format['font.color'],
    background: format['fill.fg_color'],
    textAlign: format['alignment.horizontal'] as CSSProperties['textAlign'],
    whiteSpace: format['alignment.wrap_text'] === 'true' ? 'normal' : undefined,
  };
}

/** A column's width in pixels, by column id; absent when it has the default width. */
export function columnWidths(sheet: Sheet): Y.Map<number> | undefined {
  return sheet.map.get('colWidths') as Y.Map<number> | undefined;
}

export function setColumnWidth(sheet: Sheet, col: number, width: number): void {
  let widths = columnWidths(sheet);
  if (!widths) {
    widths = new Y.Map<number>();
    sheet.map.set('colWidths', widths);
  }
  widths.set(sheet.cols.get(col), Math.round(Math.min(MAX_COL_WIDTH, Math.max(MIN_COL_WIDTH, width))));
}
