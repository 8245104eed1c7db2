// The fill handle: extending a selection down or right as spreadsheets do. Numbers that step
// evenly continue their series; anything else repeats, formulas with their relative references
// moved as if copied (references.ts).
import { shiftA1 } from './references';

const isNumber = (text: string): boolean => text.trim() !== '' && Number.isFinite(Number(text));

/** What `count` new cells after a run of `source` cells hold (one row or column of the block). */
export function extendRun(source: string[], count: number): string[] {
  const numbers = source.length >= 2 && source.every(isNumber) ? source.map(Number) : null;
  const step = numbers ? numbers[1] - numbers[0] : 0;
  if (numbers && numbers.every((n, i) => i === 0 || Math.abs(n - numbers[i - 1] - step) < 1e-9)) {
    const last = numbers[numbers.length - 1];
    // Rounded to the inputs' precision, so 0.1 steps do not show 0.30000000000000004.
    const decimals = Math.max(...source.map((s) => (s.split('.')[1] ?? '').length));
    return Array.from({ length: count }, (_, i) => String(Number((last + step * (i + 1)).toFixed(decimals))));
  }
  return Array.from({ length: count }, (_, i) => source[i % source.length]);
}

/** The inputs of the cells a fill adds: `block` is the selected cells' inputs (rows of A1
 *  inputs), extended by `count` rows (`down`) or columns (right). */
export function fill(block: string[][], direction: 'down' | 'right', count: number): string[][] {
  if (direction === 'down') {
    const height = block.length;
    const width = block[0]?.length ?? 0;
    const columns = Array.from({ length: width }, (_, c) => {
      const run = block.map((row) => row[c]);
      return extendRun(run, count).map((input, i) => shiftA1(input, height + i - (i % height), 0));
    });
    return Array.from({ length: count }, (_, r) => columns.map((column) => column[r]));
  }
  const width = block[0]?.length ?? 0;
  return block.map((row) => extendRun(row, count).map((input, i) => shiftA1(input, 0, width + i - (i % width))));
}
