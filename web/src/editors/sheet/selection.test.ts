import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSelection } from './selection';

test('the name box takes a cell or a range, and refuses what is not one or lies outside the sheet', () => {
  assert.deepEqual(parseSelection('b7', 1000, 26), { row: 6, col: 1, anchorRow: 6, anchorCol: 1 });
  assert.deepEqual(parseSelection('A1:$C$3', 1000, 26), { row: 0, col: 0, anchorRow: 2, anchorCol: 2 });
  assert.equal(parseSelection('AA1', 1000, 26), null);
  assert.equal(parseSelection('A0', 1000, 26), null);
  assert.equal(parseSelection('Total', 1000, 26), null);
});
