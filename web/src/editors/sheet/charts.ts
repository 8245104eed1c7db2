// Charts on a sheet (docs/SCHEMA.md): each sheet's `charts` map holds, by chart id, a JSON
// string with the chart's type, title and source range by row and column ids — so a chart keeps
// its cells when rows are inserted above them — and, under `<id>/at` and `<id>/size`, where it
// floats and how big it is: separate keys, so one person moving a chart while another resizes
// it keeps both changes. The data is read from the computed values on every change, so a chart
// follows its cells live.
import * as Y from 'yjs';
import { columnName, type WorkbookLayout } from './references';
import type { Range } from './selection';
import { parseStored } from './storedJson';
import type { SortValue } from './sort';
import { fromIdRange, toIdRange, type IdRange } from './idRange';
import { newId, sheetChild, type Sheet } from './workbook';

export type ChartType = 'bar' | 'line' | 'pie';

export const CHART_TYPES: ReadonlyArray<[ChartType, string]> = [
  ['bar', 'Bar chart'],
  ['line', 'Line chart'],
  ['pie', 'Pie chart'],
];

export interface StoredChart {
  type: ChartType;
  title: string;
  range: IdRange;
  /** The cell under the chart's top-left corner, by row and column id; absent: beside its cells. */
  at?: { row: string; col: string };
  /** Its size in pixels; absent: `CHART_SIZE`. */
  size?: { width: number; height: number };
}

export const CHART_SIZE = { width: 380, height: 270 };
export const MIN_CHART_SIZE = { width: 200, height: 150 };

export interface SheetChart extends StoredChart {
  id: string;
}

/** What a chart draws: a label per point and one series per value column. */
export interface ChartData {
  labels: string[];
  series: Array<{ name: string; values: Array<number | null> }>;
}

const chartsOf = (sheet: Sheet): Y.Map<string> => sheetChild(sheet, 'charts', () => new Y.Map<string>());

type Placement = 'at' | 'size';
const placementKey = (id: string, what: Placement) => `${id}/${what}`;

/** The sheet's charts, oldest first; one this version cannot read is skipped. */
export function sheetCharts(sheet: Sheet): SheetChart[] {
  const charts = sheet.map.get('charts') as Y.Map<string> | undefined;
  const list: SheetChart[] = [];
  charts?.forEach((json, id) => {
    if (id.includes('/')) return;
    const chart = parseStored<StoredChart>(json);
    if (!chart?.range || !CHART_TYPES.some(([type]) => type === chart.type)) return;
    // A chart moved or resized before placements had keys of their own keeps `at`/`size` inline.
    const at = parseStored<StoredChart['at']>(charts.get(placementKey(id, 'at'))) ?? chart.at;
    const size = parseStored<StoredChart['size']>(charts.get(placementKey(id, 'size'))) ?? chart.size;
    list.push({ ...chart, at, size, id });
  });
  return list.sort((a, b) => a.id.localeCompare(b.id));
}

export function addChart(sheet: Sheet, type: ChartType, range: Range, title: string): string {
  // Ids sort by creation time, so charts keep the order they were added in.
  const id = `${Date.now().toString(36).padStart(9, '0')}${newId()}`;
  const chart: StoredChart = { type, title, range: toIdRange(sheet, range) };
  chartsOf(sheet).set(id, JSON.stringify(chart));
  return id;
}

export function removeChart(sheet: Sheet, id: string): void {
  const charts = chartsOf(sheet);
  charts.delete(id);
  charts.delete(placementKey(id, 'at'));
  charts.delete(placementKey(id, 'size'));
}

/** Sets where a chart floats or how big it is, if the chart is still there. A placement
 *  written while someone else removed its chart outlives it; such leftovers go here. */
function place(sheet: Sheet, id: string, what: Placement, value: StoredChart[Placement]): void {
  const charts = chartsOf(sheet);
  if (!charts.has(id)) return;
  charts.set(placementKey(id, what), JSON.stringify(value));
  for (const key of [...charts.keys()]) {
    const owner = key.split('/')[0];
    if (key.includes('/') && !charts.has(owner)) charts.delete(key);
  }
}

/** Moves a chart so that its top-left corner is over the cell at (row, col). */
export function moveChart(sheet: Sheet, id: string, row: number, col: number): void {
  const [rowId, colId] = [sheet.rows.get(row), sheet.cols.get(col)];
  if (rowId !== undefined && colId !== undefined) place(sheet, id, 'at', { row: rowId, col: colId });
}

/** Gives a chart a new size in pixels (no smaller than `MIN_CHART_SIZE`). */
export function resizeChart(sheet: Sheet, id: string, width: number, height: number): void {
  const size = { width: Math.round(Math.max(MIN_CHART_SIZE.width, width)), height: Math.round(Math.max(MIN_CHART_SIZE.height, height)) };
  place(sheet, id, 'size', size);
}

/** The cell under a chart's top-left corner now: where it was put, or, if it never was (or
 *  that row or column is gone), one column right of its cells. */
export function chartPlace(layout: WorkbookLayout, sheetId: string, chart: StoredChart, range: Range | null): { row: number; col: number } {
  const row = chart.at && layout.rowIndex(sheetId, chart.at.row);
  const col = chart.at && layout.colIndex(sheetId, chart.at.col);
  if (row !== undefined && col !== undefined) return { row, col };
  return range ? { row: range.top, col: range.right + 2 } : { row: 0, col: 0 };
}

/** Where a chart's cells are now; null when a corner's row or column is gone. */
export const chartRange = (layout: WorkbookLayout, sheetId: string, chart: StoredChart): Range | null => fromIdRange(layout, sheetId, chart.range);

const shown = (value: SortValue): string =>
  value === null ? '' : typeof value === 'object' ? value.error : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value);

/** A range read as spreadsheets read it for a chart: with two or more columns, the first holds
 *  the labels; a first row without numbers names the series. `columns[c][r]` is the value at
 *  column c, row r of the range. */
export function chartData(columns: SortValue[][], range: Range): ChartData {
  const width = columns.length;
  const height = columns[0]?.length ?? 0;
  const hasLabels = width >= 2;
  const valueColumns = hasLabels ? columns.slice(1) : columns;
  const header = height >= 2 && valueColumns.every((column) => typeof column[0] !== 'number');
  const first = header ? 1 : 0;
  const rows = Array.from({ length: Math.max(0, height - first) }, (_, r) => r + first);
  const labels = rows.map((r) => (hasLabels ? shown(columns[0][r]) : String(range.top + r + 1)));
  const series = valueColumns.map((column, c) => ({
    name: header ? shown(column[0]) : `Column ${columnName(range.left + c + (hasLabels ? 1 : 0))}`,
    values: rows.map((r) => (typeof column[r] === 'number' ? (column[r] as number) : null)),
  }));
  return { labels, series };
}
