import type { Evaluation } from './engine';

/** The computed values of a sheet, from A1 to its last used row and column. */
export function usedValues(evaluation: Evaluation, sheetIndex: number): string[][] {
  const sheet = evaluation.sheets[sheetIndex];
  let lastRow = -1;
  let lastCol = -1;
  sheet.cells.forEach((_, key) => {
    const split = key.indexOf(':');
    const row = evaluation.layout.rowIndex(sheet.id, key.slice(0, split));
    const col = evaluation.layout.colIndex(sheet.id, key.slice(split + 1));
    if (row === undefined || col === undefined) return;
    lastRow = Math.max(lastRow, row);
    lastCol = Math.max(lastCol, col);
  });
  return Array.from({ length: lastRow + 1 }, (_, row) =>
    Array.from({ length: lastCol + 1 }, (_, col) => evaluation.display(sheetIndex, row, col)),
  );
}

/** RFC 4180: fields with a comma, quote or line break in double quotes. */
export function toCsv(rows: string[][]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}
