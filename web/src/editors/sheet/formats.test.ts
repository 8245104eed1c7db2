// Formats merge per attribute: two people styling one cell at once both keep their change, and
// clearing a range removes only that range's attributes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { cellCss, clearFormats, formatIndex, parseFormatKey, setColumnWidth, setFormat } from './formats';
import { ensureFirstSheet, sheets } from './workbook';

const range = (top: number, left: number, bottom = top, right = left) => ({ top, left, bottom, right });

function twoClients() {
  const a = new Y.Doc();
  ensureFirstSheet(a);
  const b = new Y.Doc();
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  return { a, b, sync: () => {
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  } };
}

test('two people formatting one cell at once both keep their attribute', () => {
  const { a, b, sync } = twoClients();
  setFormat(sheets(a)[0], range(0, 0), 'font.b', 'true');
  setFormat(sheets(b)[0], range(0, 0), 'font.color', '#ff0000');
  sync();
  for (const doc of [a, b]) {
    const sheet = sheets(doc)[0];
    const key = `${sheet.rows.get(0)}:${sheet.cols.get(0)}`;
    assert.deepEqual(formatIndex(sheet).get(key), { 'font.b': 'true', 'font.color': '#ff0000' });
  }
  assert.deepEqual(cellCss({ 'font.b': 'true', 'font.u': 'true', 'font.strike': 'true' }), {
    fontWeight: 700,
    fontStyle: undefined,
    textDecoration: 'underline line-through',
    color: undefined,
    background: undefined,
    textAlign: undefined,
    whiteSpace: undefined,
    borderTop: undefined,
    borderRight: undefined,
    borderBottom: undefined,
    borderLeft: undefined,
  });
});

test('clearing a range removes its formats and leaves the rest', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  setFormat(sheet, range(0, 0, 2, 1), 'num_fmt', '0.00%');
  clearFormats(sheet, range(0, 0, 1, 1));
  const index = formatIndex(sheet);
  assert.equal(index.size, 2, 'the third row keeps its two cells');
  assert.deepEqual(index.get(`${sheet.rows.get(2)}:${sheet.cols.get(1)}`), { num_fmt: '0.00%' });
  setFormat(sheet, range(2, 1), 'num_fmt', null);
  assert.equal(formatIndex(sheet).size, 1);
  assert.equal(parseFormatKey('r:c/not.a.path'), null);
  setColumnWidth(sheet, 0, 5);
  setColumnWidth(sheet, 1, 180.4);
  const widths = sheet.map.get('colWidths') as Y.Map<number>;
  assert.deepEqual([widths.get(sheet.cols.get(0)), widths.get(sheet.cols.get(1))], [24, 180]);
});
