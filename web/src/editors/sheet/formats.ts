// Cell formatting and column widths (docs/SCHEMA.md). Each format attribute of each cell is its
// own entry of the sheet's `formats` map, keyed `<rowId>:<colId>/<path>`, so two people making
// one cell bold and red at the same moment both keep their change. The paths are IronCalc's
// style paths: the engine applies them as they are, in the browser and on the server (XLSX).
import type { CSSProperties } from 'react';
import * as Y from 'yjs';
import { mapRange, type Range } from './selection';
import { cellKey, sheetChild, type Sheet } from './workbook';

export type StylePath =
  | 'font.b'
  | 'font.i'
  | 'font.u'
  | 'font.strike'
  | 'font.color'
  | 'fill.fg_color'
  | 'alignment.horizontal'
  | 'alignment.wrap_text'
  | 'num_fmt'
  | BorderPath;

/** A cell's border on one side, stored as `<style> <#rrggbb>` ("thin #000000"): applied to the
 *  engine with its border call (not a style path), drawn by the grid. */
export type BorderPath = 'border.top' | 'border.right' | 'border.bottom' | 'border.left';

export const BORDER_SIDES: ReadonlyArray<[BorderPath, 'Top' | 'Right' | 'Bottom' | 'Left']> = [
  ['border.top', 'Top'],
  ['border.right', 'Right'],
  ['border.bottom', 'Bottom'],
  ['border.left', 'Left'],
];

/** Which sides of each cell of a range a border choice draws. */
export type BorderChoice = 'all' | 'outer' | 'top' | 'bottom' | 'left' | 'right' | 'none';

export const BORDER_CHOICES: ReadonlyArray<[BorderChoice, string]> = [
  ['all', 'All borders'],
  ['outer', 'Outer border'],
  ['top', 'Top border'],
  ['bottom', 'Bottom border'],
  ['left', 'Left border'],
  ['right', 'Right border'],
  ['none', 'No borders'],
];

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
  'border.top',
  'border.right',
  'border.bottom',
  'border.left',
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
export const MIN_ROW_HEIGHT = 12;
export const MAX_ROW_HEIGHT = 800;
export const MAX_COL_WIDTH = 2000;

/** The sheet's formats map, made if this older sheet has none yet. */
const formatsOf = (sheet: Sheet): Y.Map<string> => sheetChild(sheet, 'formats', () => new Y.Map<string>());

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

/** Draws (or with 'none' removes) borders on a range: each cell gets the sides the choice puts
 *  on it, as thin lines of `color`. */
export function setBorders(sheet: Sheet, range: Range, choice: BorderChoice, color = '#000000'): void {
  const formats = formatsOf(sheet);
  const line = `thin ${color}`;
  mapRange(range, (row, col) => {
    const key = cellKey(sheet.rows.get(row), sheet.cols.get(col));
    const sides: Record<BorderPath, boolean> = {
      'border.top': choice === 'all' || ((choice === 'outer' || choice === 'top') && row === range.top),
      'border.bottom': choice === 'all' || ((choice === 'outer' || choice === 'bottom') && row === range.bottom),
      'border.left': choice === 'all' || ((choice === 'outer' || choice === 'left') && col === range.left),
      'border.right': choice === 'all' || ((choice === 'outer' || choice === 'right') && col === range.right),
    };
    for (const [path, on] of Object.entries(sides) as Array<[BorderPath, boolean]>) {
      if (on) formats.set(`${key}/${path}`, line);
      else if (choice === 'none') formats.delete(`${key}/${path}`);
    }
  });
}

/** A stored border as CSS: `thin #000000` → `1px solid #000000`. */
function borderCss(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const [style, color = '#000000'] = value.split(' ');
  const width = style === 'thick' ? 3 : style === 'medium' ? 2 : 1;
  const line = style === 'dotted' ? 'dotted' : style === 'double' ? 'double' : style?.includes('dash') ? 'dashed' : 'solid';
  return `${width}px ${line} ${color}`;
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
    borderTop: borderCss(format['border.top']),
    borderRight: borderCss(format['border.right']),
    borderBottom: borderCss(format['border.bottom']),
    borderLeft: borderCss(format['border.left']),
  };
}

/** A column's width in pixels, by column id; absent when it has the default width. */
export function columnWidths(sheet: Sheet): Y.Map<number> | undefined {
  return sheet.map.get('colWidths') as Y.Map<number> | undefined;
}

export function setColumnWidth(sheet: Sheet, col: number, width: number): void {
  sheetChild(sheet, 'colWidths', () => new Y.Map<number>()).set(sheet.cols.get(col), Math.round(Math.min(MAX_COL_WIDTH, Math.max(MIN_COL_WIDTH, width))));
}

/** Rows with a height of their own (pixels), by row id; absent rows are the grid's default. */
export function rowHeights(sheet: Sheet): Y.Map<number> | undefined {
  return sheet.map.get('rowHeights') as Y.Map<number> | undefined;
}

export function setRowHeight(sheet: Sheet, row: number, height: number): void {
  sheetChild(sheet, 'rowHeights', () => new Y.Map<number>()).set(
    sheet.rows.get(row),
    Math.round(Math.min(MAX_ROW_HEIGHT, Math.max(MIN_ROW_HEIGHT, height))),
  );
}
