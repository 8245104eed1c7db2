import { useState } from 'react';
import type * as Y from 'yjs';
import type { WorkbookLayout } from './references';
import { addChart, CHART_TYPES, type ChartType } from './charts';
import { rangeName } from './conditional';
import { rangeOf, single, type Range, type Selection } from './selection';
import { sortRange, type SortKey, type SortValue } from './sort';
import { SortDialog } from './SortDialog';
import { deleteCols, deleteRows, frozen, insertCols, insertRows, setFrozen, usedExtent, type Sheet } from './workbook';

export interface SheetToolbarProps {
  doc: Y.Doc;
  sheet: Sheet;
  selection: Selection;
  /** Runs an edit as this editor's own (undoable) change. */
  change: (edit: () => void) => void;
  onSelect: (selection: Selection) => void;
  layout: WorkbookLayout;
  /** A column's computed values over rows `top`..`bottom`. */
  columnValues: (col: number, top: number, bottom: number) => SortValue[];
}

const MORE_ROWS = 1000;

/** The choices of a freeze menu: none, one, two, or up to the active cell (as Google Sheets). */
function freezeChoices(current: number, upTo: number, noun: string): Array<[number, string]> {
  const choices = new Map<number, string>([
    [0, `No frozen ${noun}s`],
    [1, `Freeze 1 ${noun}`],
    [2, `Freeze 2 ${noun}s`],
  ]);
  if (upTo > 2) choices.set(upTo, `Freeze ${upTo} ${noun}s (up to the selection)`);
  if (!choices.has(current)) choices.set(current, `Freeze ${current} ${noun}s`);
  return Array.from(choices.entries()).sort(([a], [b]) => a - b);
}

/** What a sort covers: the selected range, or with one cell selected, every used row below the
 *  frozen ones (Google Sheets' "sort sheet"). Null when there is nothing to sort. */
function sortTarget(sheet: Sheet, selection: Selection): Range | null {
  const range = rangeOf(selection);
  if (range.bottom > range.top) return range;
  const used = usedExtent(sheet);
  const top = frozen(sheet).rows;
  return used && used.bottom > top ? { top, left: 0, bottom: used.bottom, right: used.right } : null;
}

/** Inserting and deleting rows and columns around the selection, frozen panes, sorting. */
export function SheetToolbar({ doc, sheet, selection, change, onSelect, layout, columnValues }: SheetToolbarProps) {
  const [sorting, setSorting] = useState<Range | null>(null);
  const sort = (target: Range, keys: SortKey[]) =>
    change(() => sortRange(doc, sheet, target, keys, (col) => columnValues(col, target.top, target.bottom), layout));
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
  // The target is found on click: finding the used rows reads every cell, too slow for each
  // render of a large sheet.
  const withTarget = (run: (target: Range) => void) => () => {
    const target = sortTarget(sheet, selection);
    if (target) run(target);
  };
  const sortActions: Array<[string, () => void]> =
    sheet.cells.size > 0
      ? [
          ['Sort A → Z', withTarget((target) => sort(target, [{ col: selection.col, ascending: true }]))],
          ['Sort Z → A', withTarget((target) => sort(target, [{ col: selection.col, ascending: false }]))],
          ['Sort by…', withTarget(setSorting)],
        ]
      : [];
  const current = frozen(sheet);
  return (
    <div className="toolbar sheet-toolbar" role="toolbar" aria-label="Rows and columns">
      {[...actions, ...sortActions].map(([label, run]) => (
        <button key={label} onMouseDown={(event) => event.preventDefault()} onClick={run}>
          {label}
        </button>
      ))}
      <select aria-label="Frozen rows" data-testid="freeze-rows" value={current.rows} onChange={(event) => change(() => setFrozen(sheet, 'rows', Number(event.target.value)))}>
        {freezeChoices(current.rows, selection.row + 1, 'row').map(([count, label]) => (
          <option key={count} value={count}>
            {label}
          </option>
        ))}
      </select>
      <select aria-label="Frozen columns" data-testid="freeze-cols" value={current.cols} onChange={(event) => change(() => setFrozen(sheet, 'cols', Number(event.target.value)))}>
        {freezeChoices(current.cols, selection.col + 1, 'column').map(([count, label]) => (
          <option key={count} value={count}>
            {label}
          </option>
        ))}
      </select>
      <select
        aria-label="Insert chart"
        data-testid="insert-chart"
        value=""
        disabled={range.top === range.bottom && range.left === range.right}
        title="Insert a chart of the selected cells"
        onChange={(event) => {
          const type = event.target.value as ChartType;
          const label = CHART_TYPES.find(([t]) => t === type)?.[1];
          if (label) change(() => addChart(sheet, type, range, `${label} of ${rangeName(range)}`));
        }}
      >
        <option value="">Insert chart…</option>
        {CHART_TYPES.map(([type, label]) => (
          <option key={type} value={type}>
            {label}
          </option>
        ))}
      </select>
      {sorting && (
        <SortDialog
          range={sorting}
          firstColumn={Math.min(Math.max(selection.col, sorting.left), sorting.right)}
          onClose={() => setSorting(null)}
          onSort={(keys, headerRow) => {
            setSorting(null);
            const body = headerRow ? { ...sorting, top: sorting.top + 1 } : sorting;
            if (body.bottom > body.top) sort(body, keys);
          }}
        />
      )}
    </div>
  );
}
