import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseTsv, toHtmlTable, toTsv } from './clipboard';

test('tab-separated text from other spreadsheets becomes rows of fields', () => {
  assert.deepEqual(parseTsv('a\tb\n1\t2\n'), [['a', 'b'], ['1', '2']]);
  assert.deepEqual(parseTsv('a\tb\r\n1\t2'), [['a', 'b'], ['1', '2']]);
  assert.deepEqual(parseTsv('x\t\t\ny'), [['x', '', ''], ['y']]);
  // Excel and LibreOffice quote a field holding a line break, a tab or a quote.
  assert.deepEqual(parseTsv('"two\nlines"\t"say ""hi"""\n'), [['two\nlines', 'say "hi"']]);
  // A quote that does not enclose the whole field is an ordinary character.
  assert.deepEqual(parseTsv('5" screen\t1'), [['5" screen', '1']]);
});

test('a range copied out is the same range pasted back', () => {
  const rows = [['Name', 'Note'], ['Ann', 'tab\there'], ['Bob', 'quote " and\nbreak']];
  assert.deepEqual(parseTsv(toTsv(rows)), rows);
  assert.equal(toHtmlTable([['<b>', 'x & y']]), '<table><tr><td>&lt;b&gt;</td><td>x &amp; y</td></tr></table>');
});
