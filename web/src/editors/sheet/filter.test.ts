import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { distinctValues, filterRange, hiddenRows, newFilter, setSharedFilter, sharedFilter, withHidden } from './filter';
import { ensureFirstSheet, insertRows, layoutOf, sheets } from './workbook';

const table = [
  ['Item', 'Region'],
  ['Tea', 'North'],
  ['Cake', 'South'],
  ['Milk', 'North'],
  ['Jam', ''],
];
const shown = (row: number, col: number) => table[row]?.[col] ?? '';

test('a filter hides the rows whose value is unticked, never the heading row', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  const range = { top: 0, left: 0, bottom: 4, right: 1 };
  let filter = newFilter(sheet, range);
  const colIndex = (id: string) => layoutOf(doc).colIndex(sheet.id, id);
  assert.deepEqual(distinctValues(range, 1, shown), ['North', 'South', '']);
  filter = withHidden(filter, sheet.cols.get(1), ['North', '']);
  assert.deepEqual([...hiddenRows(filter, range, colIndex, shown)], [1, 3, 4]);
  filter = withHidden(filter, sheet.cols.get(1), []);
  assert.deepEqual([...hiddenRows(filter, range, colIndex, shown)], []);
});

test('the shared filter lives in the document and follows its rows', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  setSharedFilter(sheet, withHidden(newFilter(sheet, { top: 0, left: 0, bottom: 4, right: 1 }), sheet.cols.get(1), ['South']));
  const other = new Y.Doc();
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
  const theirs = sharedFilter(sheets(other)[0]);
  assert.deepEqual(theirs?.hidden, { [sheet.cols.get(1)]: ['South'] });
  insertRows(sheet, 0, 1);
  assert.deepEqual(filterRange(layoutOf(doc), sheet.id, sharedFilter(sheet)!), { top: 1, left: 0, bottom: 5, right: 1 });
  setSharedFilter(sheet, null);
  assert.equal(sharedFilter(sheet), null);
});
