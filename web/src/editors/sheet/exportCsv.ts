import type { Evaluation } from './engine';
import { mapRange } from './selection';
import { cellPosition } from './workbook';

/** The computed values of a sheet, from A1 to its last used row and column. */
export function usedValues(evaluation: Evaluation, sheetIndex: number): string[][] {
  const sheet = evaluation.sheets[sheetIndex];
  let lastRow = -1;
  let lastCol = -1;
  sheet.cells.forEach((_, key) => {
    const at = cellPosition(evaluation.layout, sheet.id, key);
    if (!at) return;
    lastRow = Math.max(lastRow, at.row);
    lastCol = Math.max(lastCol, at.col);
  });
  if (lastRow < 0) return [];
  return mapRange({ top: 0, left: 0, bottom: lastRow, right: lastCol }, (row, col) => evaluation.display(sheetIndex, row, col));
}

/** RFC 4180: fields with a comma, quote or line break in double quotes. */
export function toCsv(rows: string[][]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}
