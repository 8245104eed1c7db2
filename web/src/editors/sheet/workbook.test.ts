// Property test of the sheet schema: three clients insert and delete rows and columns, type
// values and formulas, sort blocks, all at once, and exchange updates in random order. They must end with one
// workbook, and every formula must point at the cells its author meant (or #REF! where that row
// or column was deleted).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { cellName, toA1 } from './references';
import {
  addSheet,
  cellInput,
  cellKey,
  deleteCols,
  deleteRows,
  deleteSheet,
  duplicateSheet,
  ensureFirstSheet,
  insertCols,
  insertRows,
  layoutOf,
  moveSheet,
  renameSheet,
  setCellInput,
  setSheetColor,
  sheetNameProblem,
  sheets,
} from './workbook';
import { sortRange } from './sort';

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A formula as its author wrote it: in the cell (rowId, colId), pointing at (targetRow, targetCol) ids. */
interface Intent {
  rowId: string;
  colId: string;
  targetRow: string;
  targetCol: string;
}

/** JSON with object keys sorted: a Y.Map's key order depends on the order updates arrived in. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}

function syncAll(docs: Y.Doc[], next: () => number) {
  // Each pair exchanges what the other lacks, in a random order of pairs.
  const pairs = docs.flatMap((_, i) => docs.map((__, j) => [i, j] as const)).filter(([i, j]) => i !== j);
  pairs.sort(() => next() - 0.5);
  for (const [i, j] of pairs) Y.applyUpdate(docs[j], Y.encodeStateAsUpdate(docs[i], Y.encodeStateVector(docs[j])));
}

for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
  test(`concurrent structure edits and formulas converge and keep their targets (seed ${seed})`, () => {
    const next = random(seed);
    const pick = (n: number) => Math.floor(next() * n);
    const origin = new Y.Doc();
    ensureFirstSheet(origin);
    const docs = [1, 2, 3].map(() => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(origin));
      return doc;
    });
    const intents: Intent[] = [];
    for (let round = 0; round < 12; round++) {
      for (const doc of docs) {
        const sheet = sheets(doc)[0];
        for (let step = 0; step < 4; step++) {
          const rows = sheet.rows.length;
          const cols = sheet.cols.length;
          const op = pick(7);
          if (op === 0) insertRows(sheet, pick(rows), 1 + pick(2));
          else if (op === 1 && rows > 10) deleteRows(doc, sheet, pick(rows), 1);
          else if (op === 2) insertCols(sheet, pick(cols), 1);
          else if (op === 3 && cols > 5) deleteCols(doc, sheet, pick(cols), 1);
          else if (op === 4) setCellInput(sheet, pick(rows), pick(cols), String(pick(100)), layoutOf(doc));
          else if (op === 5) {
            const layout = layoutOf(doc);
            const top = pick(rows - 6);
            const block = { top, bottom: top + 5, left: 0, right: Math.min(cols, 6) - 1 };
            const inputs = (col: number) =>
              Array.from({ length: 6 }, (_, r) => {
                const input = cellInput(sheet, top + r, col, layout);
                return input === '' ? null : Number.isNaN(Number(input)) ? input : Number(input);
              });
            sortRange(doc, sheet, block, [{ col: pick(block.right + 1), ascending: pick(2) === 0 }], inputs, layout);
          }
          else {
            const row = pick(rows);
            const col = pick(cols);
            const targetRow = pick(rows);
            const targetCol = pick(cols);
            setCellInput(sheet, row, col, `=${cellName(targetRow, targetCol)}*2`, layoutOf(doc));
            intents.push({
              rowId: sheet.rows.get(row),
              colId: sheet.cols.get(col),
              targetRow: sheet.rows.get(targetRow),
              targetCol: sheet.cols.get(targetCol),
            });
          }
        }
      }
      // Sometimes the clients meet halfway, sometimes only at the end.
      if (pick(3) === 0) syncAll(docs, next);
    }
    syncAll(docs, next);
    syncAll(docs, next);

    const states = docs.map((doc) => canonical(doc.toJSON()));
    assert.ok(states[1] === states[0], 'client 2 ended with a different workbook');
    assert.ok(states[2] === states[0], 'client 3 ended with a different workbook');

    const doc = docs[0];
    const sheet = sheets(doc)[0];
    const layout = layoutOf(doc);
    const rows = sheet.rows.toArray();
    const cols = sheet.cols.toArray();
    let checked = 0;
    for (const intent of intents) {
      const stored = sheet.cells.get(cellKey(intent.rowId, intent.colId));
      // Overwritten later, or its cell deleted: nothing to check.
      if (!stored?.startsWith('=') || !rows.includes(intent.rowId) || !cols.includes(intent.colId)) continue;
      if (!stored.includes(intent.targetRow) || !stored.includes(intent.targetCol)) continue;
      const row = rows.indexOf(intent.targetRow);
      const col = cols.indexOf(intent.targetCol);
      const expected = row < 0 || col < 0 ? '=#REF!*2' : `=${cellName(row, col)}*2`;
      assert.equal(toA1(stored, sheet.id, layout), expected);
      checked++;
    }
    assert.ok(checked > 0, 'no formula survived to be checked');
  });
}

test('two people opening a new workbook at once get one first sheet', () => {
  const a = new Y.Doc();
  const b = new Y.Doc();
  ensureFirstSheet(a);
  ensureFirstSheet(b);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  assert.equal(sheets(a).length, 1);
  assert.equal(sheets(b)[0].rows.toArray().join(), sheets(a)[0].rows.toArray().join());
});

test('sheet names follow Excel rules, and a deleted sheet leaves #REF! in formulas that used it', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const second = addSheet(doc);
  assert.equal(sheetNameProblem(doc, second, 'sheet1'), 'There is already a sheet named sheet1.');
  assert.match(sheetNameProblem(doc, second, 'a/b') ?? '', /cannot contain/);
  assert.match(sheetNameProblem(doc, second, 'x'.repeat(32)) ?? '', /31/);
  assert.equal(sheetNameProblem(doc, second, 'Rates'), null);
  renameSheet(sheets(doc)[1], 'Rates');
  const first = sheets(doc)[0];
  setCellInput(first, 0, 0, '=Rates!A1*10', layoutOf(doc));
  assert.equal(cellInput(first, 0, 0, layoutOf(doc)), '=Rates!A1*10');
  renameSheet(sheets(doc)[1], 'Q3 rates');
  assert.equal(cellInput(first, 0, 0, layoutOf(doc)), "='Q3 rates'!A1*10");
  deleteSheet(doc, second);
  assert.equal(sheets(doc).length, 1);
  assert.equal(cellInput(sheets(doc)[0], 0, 0, layoutOf(doc)), '=#REF!*10');
  deleteSheet(doc, sheets(doc)[0].id);
  assert.equal(sheets(doc).length, 1, 'the last sheet stays');
});

test('a duplicated sheet computes on its own cells, and tabs move', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const first = sheets(doc)[0];
  setCellInput(first, 0, 0, '5', layoutOf(doc));
  setCellInput(first, 1, 0, '=A1*2', layoutOf(doc));
  setSheetColor(first, '#00aa00');
  const copyId = duplicateSheet(doc, first);
  const copy = sheets(doc)[1];
  assert.equal(copy.id, copyId);
  assert.equal(copy.name(), 'Copy of Sheet1');
  assert.equal(copy.color(), '#00aa00');
  assert.equal(cellInput(copy, 1, 0, layoutOf(doc)), '=A1*2', 'the copy refers to its own A1');
  setCellInput(copy, 0, 0, '7', layoutOf(doc));
  assert.equal(cellInput(first, 0, 0, layoutOf(doc)), '5', 'the original is untouched');
  duplicateSheet(doc, first);
  assert.deepEqual(sheets(doc).map((s) => s.name()), ['Sheet1', 'Copy of Sheet1 2', 'Copy of Sheet1']);
  moveSheet(doc, first.id, 3);
  assert.deepEqual(sheets(doc).map((s) => s.name()), ['Copy of Sheet1 2', 'Copy of Sheet1', 'Sheet1']);
  moveSheet(doc, first.id, 0);
  assert.equal(sheets(doc)[0].name(), 'Sheet1');
});
