import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { formatIndex, setFormat } from './formats';
import { compareValues, sortedOrder, sortRange, type SortValue } from './sort';
import { cellInput, cellKey, ensureFirstSheet, layoutOf, setBlock, sheets } from './workbook';

test("values sort in Excel's order, empty cells last both ways", () => {
  const values: SortValue[] = [true, 'banana', null, 10, { error: '#N/A' }, 'Apple', 2, false, ''];
  const ascending = [...values].sort((a, b) => compareValues(a, b, true));
  assert.deepEqual(ascending, [2, 10, 'Apple', 'banana', false, true, { error: '#N/A' }, null, '']);
  const descending = [...values].sort((a, b) => compareValues(a, b, false));
  assert.deepEqual(descending, [{ error: '#N/A' }, true, false, 'banana', 'Apple', 10, 2, null, '']);
});

test('several keys: the second breaks ties of the first, and equal rows keep their order', () => {
  const rows: SortValue[][] = [
    ['b', 2],
    ['a', 1],
    ['b', 1],
    ['a', 1],
  ];
  assert.deepEqual(
    sortedOrder(rows, [
      { col: 0, ascending: true },
      { col: 1, ascending: false },
    ]),
    [1, 3, 0, 2],
  );
});

function budget() {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  setBlock(doc, sheet, 0, 0, [
    ['Item', 'Cost', 'Double'],
    ['Tea', '3.5', '=B2*2'],
    ['Cake', '4', '=B3*2'],
    ['Milk', '1.25', '=B4*2'],
    ['Total', '=SUM(B2:B4)', '=B3'],
  ]);
  return { doc, sheet };
}

/** Column values as the engine would give them, from the inputs (numbers parsed). */
const valuesFrom = (sheet: ReturnType<typeof budget>['sheet'], doc: Y.Doc, top: number, bottom: number) => (col: number) =>
  Array.from({ length: bottom - top + 1 }, (_, r) => {
    const input = cellInput(sheet, top + r, col, layoutOf(doc));
    return input === '' ? null : Number.isNaN(Number(input)) ? input : Number(input);
  });

test('sorting moves rows of contents and formats; formulas outside keep their cells', () => {
  const { doc, sheet } = budget();
  setFormat(sheet, { top: 3, bottom: 3, left: 0, right: 0 }, 'font.b', 'true');
  const range = { top: 1, bottom: 3, left: 0, right: 2 };
  sortRange(doc, sheet, range, [{ col: 1, ascending: true }], valuesFrom(sheet, doc, 1, 3), layoutOf(doc));
  const layout = layoutOf(doc);
  const column = (col: number) => [1, 2, 3].map((row) => cellInput(sheet, row, col, layout));
  assert.deepEqual(column(0), ['Milk', 'Tea', 'Cake']);
  assert.deepEqual(column(1), ['1.25', '3.5', '4']);
  assert.deepEqual(column(2), ['=B2*2', '=B3*2', '=B4*2'], 'each row doubles its own cost');
  assert.equal(cellInput(sheet, 4, 1, layout), '=SUM(B2:B4)', 'the total still covers the whole block');
  assert.equal(cellInput(sheet, 4, 2, layout), '=B3', 'a reference from outside stays on its cell');
  const formats = formatIndex(sheet);
  assert.deepEqual(formats.get(cellKey(sheet.rows.get(1), sheet.cols.get(0))), { 'font.b': 'true' }, 'bold moved with Milk');
  assert.equal(formats.get(cellKey(sheet.rows.get(3), sheet.cols.get(0))), undefined);
});

test('a sort reaches another client as one change and both agree', () => {
  const { doc, sheet } = budget();
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  let updates = 0;
  other.on('update', () => updates++);
  doc.on('update', (update: Uint8Array) => Y.applyUpdate(other, update));
  sortRange(doc, sheet, { top: 1, bottom: 3, left: 0, right: 2 }, [{ col: 0, ascending: false }], valuesFrom(sheet, doc, 1, 3), layoutOf(doc));
  assert.equal(updates, 1);
  const theirs = sheets(other)[0];
  assert.deepEqual(
    [1, 2, 3].map((row) => cellInput(theirs, row, 0, layoutOf(other))),
    ['Tea', 'Milk', 'Cake'],
  );
});
