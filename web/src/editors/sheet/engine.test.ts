// The browser's evaluation, run on IronCalc's WebAssembly build in Node: after cells are typed,
// the live model updated in place shows what a model built afresh from the document shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, Model } from '../../../engine/tandem_sheets_wasm.js';
import * as Y from 'yjs';
import { sheetMaps } from '../../collab/schema';
import { acceptName, highlightedArgument, hintFor } from './completion';
import { evaluate, evaluateChanges, type CellChange } from './engine';
import { FUNCTION_HELP } from './functionHelp';
import { setBorders, setFormat } from './formats';
import { ensureFirstSheet, insertRows, layoutOf, setBlock, setCellInput, sheets } from './workbook';
import { addConditionalRule, cellValueRule, colorScaleRule } from './conditional';

initSync({ module: readFileSync(new URL('../../../engine/tandem_sheets_wasm_bg.wasm', import.meta.url)) });

/** Runs `edit` and returns the cells it typed or cleared, as the editor collects them. */
function changesOf(doc: Y.Doc, edit: () => void): CellChange[] {
  const changes: CellChange[] = [];
  const observe = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) =>
    events.forEach((event) => event.keys.forEach((_, key) => changes.push({ sheetId: String(event.path[0]), key })));
  sheetMaps(doc).observeDeep(observe);
  doc.transact(edit);
  sheetMaps(doc).unobserveDeep(observe);
  return changes;
}

const shown = (evaluation: ReturnType<typeof evaluate>, rows: number, cols: number) =>
  Array.from({ length: rows }, (_, row) => Array.from({ length: cols }, (__, col) => evaluation.display(0, row, col)));

test('cells typed into the live model give the values of a model built afresh', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  setBlock(doc, sheet, 0, 0, [
    ['1', '=A1*2', '=SUM(A1:A3)'],
    ['2', '=A2*2', '=B1+B2'],
    ['3', '=A3*2', 'text'],
  ]);
  setFormat(sheet, { top: 0, bottom: 0, left: 2, right: 2 }, 'num_fmt', '0.00');
  let live = evaluate(doc);
  assert.deepEqual(shown(live, 3, 3)[0], ['1', '2', '6.00']);
  const changes = changesOf(doc, () => {
    setCellInput(sheet, 0, 0, '10', layoutOf(doc));
    setCellInput(sheet, 2, 2, '', layoutOf(doc));
    setCellInput(sheet, 3, 0, '=C1/0', layoutOf(doc));
  });
  assert.equal(changes.length, 3);
  live = evaluateChanges(live, changes);
  const fresh = evaluate(doc);
  assert.deepEqual(shown(live, 4, 3), shown(fresh, 4, 3));
  assert.deepEqual(shown(live, 4, 3)[0], ['10', '20', '15.00']);
  assert.equal(live.display(0, 3, 0), '#DIV/0!');
  fresh.dispose();
  live.dispose();
});

test('edits recomputed in the live model, round after round, give the values of a model built afresh', () => {
  // A fixed-seed generator, so a failure repeats.
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };
  const cell = () => `${'ABCDEF'[random(6)]}${random(6) + 1}`;
  const inputs = [
    () => String(random(10)),
    () => '',
    () => 'pear',
    () => `=${cell()}+${cell()}`,
    () => `=SUM(${cell()}:${cell()})`,
    () => `=IF(${cell()}>4,${cell()},${cell()})`,
    () => `=VLOOKUP(${random(10)},A1:B6,2,FALSE)`,
    () => `=COUNTIF(A1:F6,">3")`,
    () => `=INDIRECT("${cell()}")*2`,
    () => `=${cell()}/${cell()}`,
  ];
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  const rows = Array.from({ length: 6 }, () => Array.from({ length: 6 }, () => inputs[random(inputs.length)]()));
  setBlock(doc, sheet, 0, 0, rows);
  let live = evaluate(doc);
  for (let round = 0; round < 60; round++) {
    const changes = changesOf(doc, () => {
      for (let edit = random(3); edit >= 0; edit--) setCellInput(sheet, random(6), random(6), inputs[random(inputs.length)](), layoutOf(doc));
    });
    live = evaluateChanges(live, changes);
    const fresh = evaluate(doc);
    assert.deepEqual(shown(live, 6, 6), shown(fresh, 6, 6), `round ${round}`);
    fresh.dispose();
  }
  live.dispose();
});

test("a column's values come typed and at full precision, and its number formats stay", () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  setBlock(doc, sheet, 0, 0, [['0.1234567891234'], ['pear'], ['=1/0'], ['TRUE'], ['']]);
  setFormat(sheet, { top: 0, bottom: 0, left: 0, right: 0 }, 'num_fmt', '0.0');
  const evaluation = evaluate(doc);
  assert.deepEqual(evaluation.columnValues(0, 0, 0, 4), [0.1234567891234, 'pear', { error: '#DIV/0!' }, true, null]);
  assert.equal(evaluation.display(0, 0, 0), '0.1', 'the cell still shows its own format');
  evaluation.dispose();
});

test('the autocomplete offers only functions the engine knows, and reads the cursor as the engine does', () => {
  const model = new Model();
  const unknown = Object.keys(FUNCTION_HELP).filter((name, index) => {
    model.setUserInput(0, index + 1, 1, `=${name}()`);
    return model.getFormattedCellValue(0, index + 1, 1) === '#NAME?';
  });
  model.free();
  assert.deepEqual(unknown, [], 'names in functionHelp.ts that the engine does not have');

  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const evaluation = evaluate(doc);
  const names = hintFor(evaluation.completion('=1+VLOO', 7));
  assert.deepEqual(names, { kind: 'names', names: ['VLOOKUP'], from: 3 });
  assert.deepEqual(acceptName('=1+VLOO', 7, 3, 'VLOOKUP'), { text: '=1+VLOOKUP(', cursor: 11 });
  const signature = hintFor(evaluation.completion('=VLOOKUP(A1,B1:C9,', 18));
  assert.equal(signature?.kind, 'signature');
  assert.equal(signature?.kind === 'signature' && signature.help.args[highlightedArgument(signature.help, signature.argument)], 'col_index_num');
  assert.equal(hintFor(evaluation.completion('=SUM("VLOO', 10)), null, 'nothing inside a string');
  evaluation.dispose();
});

test('conditional formats colour the cells they match, and follow a row inserted above', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  setBlock(doc, sheet, 0, 0, [['1'], ['10'], ['5']]);
  addConditionalRule(sheet, { top: 0, bottom: 2, left: 0, right: 0 }, cellValueRule('GreaterThan', '4', null, '#ffc7ce', '#9c0006'));
  addConditionalRule(sheet, { top: 0, bottom: 2, left: 1, right: 1 }, colorScaleRule('#ffffff', '#63be7b'));
  setBlock(doc, sheet, 0, 1, [['0'], ['50'], ['100']]);
  let evaluation = evaluate(doc);
  const fill = (row: number, col: number) => String(evaluation.css(0, row, col)?.background ?? '').toLowerCase();
  assert.equal(fill(0, 0), '', '1 is not greater than 4');
  assert.equal(fill(1, 0), '#ffc7ce');
  assert.equal(String(evaluation.css(0, 1, 0)?.color).toLowerCase(), '#9c0006');
  assert.equal(fill(0, 1), '#ffffff', 'the scale starts at the lowest value');
  assert.equal(fill(2, 1), '#63be7b', 'and ends at the highest');
  assert.notEqual(fill(1, 1), '', 'the middle gets a colour between');
  evaluation.dispose();
  insertRows(sheet, 0, 1);
  evaluation = evaluate(doc);
  assert.equal(fill(2, 0), '#ffc7ce', 'the rule moved down with its cells');
  assert.equal(fill(1, 0), '');
  evaluation.dispose();
});

test('borders are drawn on the sides a choice puts them', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  setBorders(sheet, { top: 0, bottom: 1, left: 0, right: 1 }, 'outer');
  const evaluation = evaluate(doc);
  const css = evaluation.css(0, 0, 0);
  assert.equal(css?.borderTop, '1px solid #000000');
  assert.equal(css?.borderLeft, '1px solid #000000');
  assert.equal(css?.borderBottom, undefined, 'inside the range: no line');
  assert.equal(evaluation.css(0, 1, 1)?.borderBottom, '1px solid #000000');
  evaluation.dispose();
  setBorders(sheet, { top: 0, bottom: 1, left: 0, right: 1 }, 'none');
  const cleared = evaluate(doc);
  assert.equal(cleared.css(0, 0, 0), undefined);
  cleared.dispose();
});
