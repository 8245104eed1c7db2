// The selected cell (the "active" one) and the range it spans with its anchor, and how keys move
// them, as in Google Sheets. Pure functions: the grid holds the state.

import { columnIndex } from './references';

export interface Selection {
  row: number;
  col: number;
  /** The other corner of the selected range; the active cell when one cell is selected. */
  anchorRow: number;
  anchorCol: number;
}

export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const single = (row: number, col: number): Selection => ({ row, col, anchorRow: row, anchorCol: col });

export function rangeOf(selection: Selection): Range {
  return {
    top: Math.min(selection.row, selection.anchorRow),
    bottom: Math.max(selection.row, selection.anchorRow),
    left: Math.min(selection.col, selection.anchorCol),
    right: Math.max(selection.col, selection.anchorCol),
  };
}

/** `cell(row, col)` for every cell of a range, row by row. */
export function mapRange<T>(range: Range, cell: (row: number, col: number) => T): T[][] {
  return Array.from({ length: range.bottom - range.top + 1 }, (_, r) =>
    Array.from({ length: range.right - range.left + 1 }, (_, c) => cell(range.top + r, range.left + c)),
  );
}

export const contains = (range: Range, row: number, col: number): boolean =>
  row >= range.top && row <= range.bottom && col >= range.left && col <= range.right;

const clamp = (value: number, max: number): number => Math.max(0, Math.min(max, value));

/** Where an arrow key (with Shift extending, Ctrl jumping to the edge) leaves the selection. */
export function moved(
  selection: Selection,
  key: string,
  { extend, jump, rows, cols, page }: { extend: boolean; jump: boolean; rows: number; cols: number; page: number },
): Selection | null {
  // Shift extends the range by moving its far corner; the active cell stays.
  const fromRow = extend ? selection.anchorRow : selection.row;
  const fromCol = extend ? selection.anchorCol : selection.col;
  let row = fromRow;
  let col = fromCol;
  switch (key) {
    case 'ArrowUp':
      row = jump ? 0 : fromRow - 1;
      break;
    case 'ArrowDown':
      row = jump ? rows - 1 : fromRow + 1;
      break;
    case 'ArrowLeft':
      col = jump ? 0 : fromCol - 1;
      break;
    case 'ArrowRight':
      col = jump ? cols - 1 : fromCol + 1;
      break;
    case 'PageUp':
      row = fromRow - page;
      break;
    case 'PageDown':
      row = fromRow + page;
      break;
    case 'Home':
      col = 0;
      if (jump) row = 0;
      break;
    case 'End':
      col = cols - 1;
      if (jump) row = rows - 1;
      break;
    default:
      return null;
  }
  row = clamp(row, rows - 1);
  col = clamp(col, cols - 1);
  return extend ? { ...selection, anchorRow: row, anchorCol: col } : single(row, col);
}

/** The selection a name box entry means: a cell (`B7`) or a range (`A1:C3`), within the sheet's
 *  size; null for anything else. */
export function parseSelection(text: string, rows: number, cols: number): Selection | null {
  const cell = (part: string): [number, number] | null => {
    const match = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(part.trim());
    if (!match) return null;
    const col = columnIndex(match[1].toUpperCase());
    const row = Number(match[2]) - 1;
    return row < rows && col < cols ? [row, col] : null;
  };
  const [first, last = first] = text.split(':');
  const from = cell(first);
  const to = cell(last);
  return from && to ? { row: from[0], col: from[1], anchorRow: to[0], anchorCol: to[1] } : null;
}
