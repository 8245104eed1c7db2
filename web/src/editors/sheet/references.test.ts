import { test } from 'node:test';
import assert from 'node:assert/strict';
import { columnIndex, columnName, shiftA1, toA1, toStored, WorkbookLayout, type SheetLayout } from './references';

const grid = (id: string, name: string, rows = 20, cols = 10): SheetLayout => ({
  id,
  name,
  rows: Array.from({ length: rows }, (_, i) => `${id}r${i}`),
  cols: Array.from({ length: cols }, (_, i) => `${id}c${i}`),
});

const roundTrip = (formula: string, layout: WorkbookLayout, sheet = 's1') => toA1(toStored(formula, sheet, layout), sheet, layout);

test('column names and indexes', () => {
  assert.deepEqual([0, 25, 26, 701, 702, 16383].map(columnName), ['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
  for (const index of [0, 25, 26, 701, 702, 16383]) assert.equal(columnIndex(columnName(index)), index);
});

test('references are stored by id and render back as typed', () => {
  const layout = new WorkbookLayout([grid('s1', 'Sheet1'), grid('s2', 'Data Sheet')]);
  for (const formula of [
    '=A1+B2',
    '=SUM(A1:C3)',
    '=$A$1*B$2+$C3',
    "=SUM('Data Sheet'!A1:B5)+Sheet1!C2",
    '=SUM(B:B)+SUM(2:3)',
    '=VLOOKUP(A1,$D$1:$F$10,2,FALSE)',
  ]) {
    assert.equal(roundTrip(formula, layout), formula, formula);
  }
  const stored = toStored('=A1+B2', 's1', layout);
  assert.ok(!stored.includes('A1') && stored.includes('s1r0'), stored);
});

test('text, function names and lookalikes are left alone', () => {
  const layout = new WorkbookLayout([grid('s1', 'Sheet1')]);
  for (const formula of ['="A1 and B2"&A1', '=LOG10(A1)', '=ATAN2(1,2)', '=IF(TRUE,1,0)', '=A1&"say ""B2"""']) {
    assert.equal(roundTrip(formula, layout), formula, formula);
  }
  assert.ok(toStored('="A1"', 's1', layout).includes('"A1"'));
  assert.equal(toStored('=LOG10(2)', 's1', layout), '=LOG10(2)');
  assert.equal(toStored('plain A1 text', 's1', layout), 'plain A1 text');
});

test('lower-case references are understood and shown in capitals', () => {
  const layout = new WorkbookLayout([grid('s1', 'Sheet1')]);
  assert.equal(roundTrip('=sum(a1:b2)', layout), '=sum(A1:B2)');
});

test('a reference beyond the grid stays as typed', () => {
  const layout = new WorkbookLayout([grid('s1', 'Sheet1', 5, 5)]);
  assert.equal(roundTrip('=A100+Z1+A1', layout), '=A100+Z1+A1');
});

test('inserting a row moves references with their cells', () => {
  const before = grid('s1', 'Sheet1');
  const stored = toStored('=SUM(A1:A3)+B5', 's1', new WorkbookLayout([before]));
  const after = { ...before, rows: ['new', ...before.rows] };
  assert.equal(toA1(stored, 's1', new WorkbookLayout([after])), '=SUM(A2:A4)+B6');
});

test('a reference to a deleted row, column or sheet shows #REF!', () => {
  const sheet1 = grid('s1', 'Sheet1');
  const sheet2 = grid('s2', 'Other');
  const stored = toStored('=A2+SUM(B1:B3)+Other!A1', 's1', new WorkbookLayout([sheet1, sheet2]));
  const withoutRow2 = { ...sheet1, rows: sheet1.rows.filter((id) => id !== 's1r1') };
  assert.equal(toA1(stored, 's1', new WorkbookLayout([withoutRow2, sheet2])), '=#REF!+SUM(B1:B2)+Other!A1');
  const withoutRow3 = { ...sheet1, rows: sheet1.rows.filter((id) => id !== 's1r2') };
  assert.equal(toA1(stored, 's1', new WorkbookLayout([withoutRow3, sheet2])), '=A2+SUM(#REF!)+Other!A1');
  assert.equal(toA1(stored, 's1', new WorkbookLayout([sheet1])), '=A2+SUM(B1:B3)+#REF!');
});

test('a renamed sheet renames its references', () => {
  const stored = toStored('=Data!A1*2', 's1', new WorkbookLayout([grid('s1', 'Sheet1'), grid('s2', 'Data')]));
  assert.equal(toA1(stored, 's1', new WorkbookLayout([grid('s1', 'Sheet1'), grid('s2', 'Q3 data')])), "='Q3 data'!A1*2");
});

test('a copied formula moves its relative references and keeps the absolute ones', () => {
  assert.equal(shiftA1('=A1*2', 2, 0), '=A3*2');
  assert.equal(shiftA1('=SUM($A$1:A1)+B$2+$C3', 1, 1), '=SUM($A$1:B2)+C$2+$C4');
  assert.equal(shiftA1("=Data!A1+'My sheet'!B2", 1, 0), "=Data!A2+'My sheet'!B3");
  assert.equal(shiftA1('=SUM(A:B)+SUM(1:2)', 1, 1), '=SUM(B:C)+SUM(2:3)');
  assert.equal(shiftA1('="A1"&A1', 1, 0), '="A1"&A2');
  assert.equal(shiftA1('=A1+B2', -1, 0), '=#REF!+B1');
  assert.equal(shiftA1('plain', 5, 5), 'plain');
});
