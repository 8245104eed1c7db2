// Merged cells (docs/SCHEMA.md): each sheet's `merges` map holds, keyed by a merge's top-left
// cell (`rowId:colId`), its bottom-right corner's ids as JSON. The merged block shows its
// top-left cell across the whole block; as in Excel, the other cells' contents go on merging.
import * as Y from 'yjs';
import type { WorkbookLayout } from './references';
import type { Range } from './selection';
import { parseStored } from './storedJson';
import { fromIdRange } from './idRange';
import { cellKey, setCellInput, sheetChild, type Sheet } from './workbook';

const mergesOf = (sheet: Sheet): Y.Map<string> => sheetChild(sheet, 'merges', () => new Y.Map<string>());

const overlaps = (a: Range, b: Range): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** The sheet's merged blocks where they are now; one whose corner row or column is gone is
 *  left out. */
export function sheetMerges(sheet: Sheet, layout: WorkbookLayout): Range[] {
  const merges = sheet.map.get('merges') as Y.Map<string> | undefined;
  const list: Range[] = [];
  merges?.forEach((json, key) => {
    const ends = parseStored<{ bottom: string; right: string }>(json);
    if (!ends) return;
    const split = key.indexOf(':');
    const block = fromIdRange(layout, sheet.id, { top: key.slice(0, split), left: key.slice(split + 1), ...ends });
    if (block) list.push(block);
  });
  return list;
}

/** Merges a range: blocks it overlaps are unmerged first, and every cell but the top-left one is
 *  emptied. */
export function mergeRange(doc: Y.Doc, sheet: Sheet, range: Range, layout: WorkbookLayout): void {
  if (range.top === range.bottom && range.left === range.right) return;
  doc.transact(() => {
    unmergeRange(sheet, range, layout);
    for (let row = range.top; row <= range.bottom; row++) {
      for (let col = range.left; col <= range.right; col++) {
        if (row !== range.top || col !== range.left) setCellInput(sheet, row, col, '', layout);
      }
    }
    const key = cellKey(sheet.rows.get(range.top), sheet.cols.get(range.left));
    mergesOf(sheet).set(key, JSON.stringify({ bottom: sheet.rows.get(range.bottom), right: sheet.cols.get(range.right) }));
  });
}

/** Unmerges every block the range touches. */
export function unmergeRange(sheet: Sheet, range: Range, layout: WorkbookLayout): void {
  const merges = sheet.map.get('merges') as Y.Map<string> | undefined;
  if (!merges) return;
  for (const block of sheetMerges(sheet, layout)) {
    if (overlaps(block, range)) merges.delete(cellKey(sheet.rows.get(block.top), sheet.cols.get(block.left)));
  }
}

/** The merged block a cell is part of, if any. */
export function mergeAt(merges: Range[], row: number, col: number): Range | undefined {
  return merges.find((block) => row >= block.top && row <= block.bottom && col >= block.left && col <= block.right);
}
