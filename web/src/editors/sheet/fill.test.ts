import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extendRun, fill } from './fill';

test('evenly stepping numbers continue their series; anything else repeats', () => {
  assert.deepEqual(extendRun(['1', '2'], 3), ['3', '4', '5']);
  assert.deepEqual(extendRun(['10', '7.5'], 2), ['5', '2.5']);
  assert.deepEqual(extendRun(['0.1', '0.2'], 2), ['0.3', '0.4']);
  assert.deepEqual(extendRun(['5'], 2), ['5', '5']);
  assert.deepEqual(extendRun(['1', '2', '4'], 2), ['1', '2']);
  assert.deepEqual(extendRun(['a', 'b'], 3), ['a', 'b', 'a']);
});

test('filled formulas move their relative references by how far they were copied', () => {
  assert.deepEqual(fill([['=A1*2']], 'down', 3), [['=A2*2'], ['=A3*2'], ['=A4*2']]);
  assert.deepEqual(fill([['=A1', '=$A$1']], 'down', 1), [['=A2', '=$A$1']]);
  // A two-row pattern repeats, each copy moved by the pattern's height.
  assert.deepEqual(fill([['=A1'], ['x']], 'down', 3), [['=A3'], ['x'], ['=A5']]);
  // Filling right moves columns: the two-cell pattern repeats, moved by its width.
  assert.deepEqual(fill([['=A1+1', '3']], 'right', 2), [['=C1+1', '3']]);
});
