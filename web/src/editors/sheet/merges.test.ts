import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { mergeAt, mergeRange, sheetMerges, unmergeRange } from './merges';
import { cellInput, ensureFirstSheet, insertRows, layoutOf, setBlock, sheets } from './workbook';

test('merging keeps the top-left value, follows inserted rows, and unmerges', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  setBlock(doc, sheet, 0, 0, [
    ['Title', 'x'],
    ['y', 'z'],
  ]);
  mergeRange(doc, sheet, { top: 0, left: 0, bottom: 1, right: 1 }, layoutOf(doc));
  assert.equal(cellInput(sheet, 0, 0, layoutOf(doc)), 'Title');
  assert.equal(cellInput(sheet, 1, 1, layoutOf(doc)), '', 'the other cells are emptied');
  insertRows(sheet, 0, 1);
  const merges = sheetMerges(sheet, layoutOf(doc));
  assert.deepEqual(merges, [{ top: 1, left: 0, bottom: 2, right: 1 }]);
  assert.deepEqual(mergeAt(merges, 2, 1), merges[0]);
  assert.equal(mergeAt(merges, 0, 0), undefined);
  // A new merge over part of it replaces it.
  mergeRange(doc, sheet, { top: 2, left: 1, bottom: 3, right: 2 }, layoutOf(doc));
  assert.deepEqual(sheetMerges(sheet, layoutOf(doc)), [{ top: 2, left: 1, bottom: 3, right: 2 }]);
  unmergeRange(sheet, { top: 3, left: 2, bottom: 3, right: 2 }, layoutOf(doc));
  assert.deepEqual(sheetMerges(sheet, layoutOf(doc)), []);
});
