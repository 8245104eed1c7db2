import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { codeText } from '../collab/schema';
import { cellInput, ensureFirstSheet, insertRows, layoutOf, setCellInput, sheets } from '../editors/sheet/workbook';
import { addComponent, addEdge, deleteComponents, readDiagram, setParam } from '../editors/sim/diagram';
import { restoreVersion } from './restore';

test('a code version comes back as a new edit that keeps later history', () => {
  const live = new Y.Doc();
  codeText(live).insert(0, 'first');
  const version = Y.encodeStateAsUpdate(live);
  codeText(live).insert(5, ' and second');
  restoreVersion(live, 'code', version);
  assert.equal(codeText(live).toString(), 'first');
});

test('a spreadsheet version brings back its cells and rows', () => {
  const live = new Y.Doc();
  ensureFirstSheet(live);
  const sheet = sheets(live)[0];
  setCellInput(sheet, 0, 0, '1', layoutOf(live));
  setCellInput(sheet, 1, 0, '=A1*2', layoutOf(live));
  const version = Y.encodeStateAsUpdate(live);
  const rows = sheet.rows.length;
  insertRows(sheet, 0, 3);
  setCellInput(sheet, 3, 0, 'changed', layoutOf(live));
  restoreVersion(live, 'sheet', version);
  const restored = sheets(live)[0];
  assert.equal(restored.rows.length, rows);
  assert.equal(cellInput(restored, 0, 0, layoutOf(live)), '1');
  assert.equal(cellInput(restored, 1, 0, layoutOf(live)), '=A1*2');
});

test('a simulation version brings back its components, edges and parameters', () => {
  const live = new Y.Doc();
  const client = addComponent(live, { type: 'client', name: 'Users', x: 0, y: 0 });
  const service = addComponent(live, { type: 'service', name: 'API', x: 240, y: 0 });
  addEdge(live, client, service);
  setParam(live, service, 'instances', 4);
  const before = readDiagram(live);
  const version = Y.encodeStateAsUpdate(live);
  setParam(live, service, 'instances', 9);
  deleteComponents(live, [client]);
  restoreVersion(live, 'sim', version);
  assert.deepEqual(readDiagram(live), before);
});
