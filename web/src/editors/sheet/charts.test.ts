import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { addChart, chartData, chartPlace, chartRange, moveChart, removeChart, resizeChart, sheetCharts } from './charts';
import { deleteRows, ensureFirstSheet, insertRows, layoutOf, sheets } from './workbook';

test('a range with a label column and a header row makes named series', () => {
  const data = chartData(
    [
      ['Month', 'Jan', 'Feb', 'Mar'],
      ['Tea', 3, 4, 5],
      ['Cake', 1, 'n/a', 2],
    ],
    { top: 0, left: 0, bottom: 3, right: 2 },
  );
  assert.deepEqual(data.labels, ['Jan', 'Feb', 'Mar']);
  assert.deepEqual(data.series, [
    { name: 'Tea', values: [3, 4, 5] },
    { name: 'Cake', values: [1, null, 2] },
  ]);
});

test('one column of numbers is one series labelled by row number', () => {
  const data = chartData([[10, 20, null]], { top: 4, left: 1, bottom: 6, right: 1 });
  assert.deepEqual(data, { labels: ['5', '6', '7'], series: [{ name: 'Column B', values: [10, 20, null] }] });
});

test('a chart keeps its cells when a row is inserted above, and can be removed', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  const id = addChart(sheet, 'pie', { top: 1, left: 0, bottom: 3, right: 1 }, 'Costs');
  insertRows(sheet, 0, 2);
  const [chart] = sheetCharts(sheet);
  assert.equal(chart.id, id);
  assert.equal(chart.title, 'Costs');
  assert.deepEqual(chartRange(layoutOf(doc), sheet.id, chart), { top: 3, left: 0, bottom: 5, right: 1 });
  removeChart(sheet, id);
  assert.deepEqual(sheetCharts(sheet), []);
});

test('a chart sits right of its cells until moved, then stays at its cell as rows come and go', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  const id = addChart(sheet, 'bar', { top: 1, left: 0, bottom: 3, right: 1 }, 'Costs');
  const place = () => {
    const [chart] = sheetCharts(sheet);
    const layout = layoutOf(doc);
    return chartPlace(layout, sheet.id, chart, chartRange(layout, sheet.id, chart));
  };
  assert.deepEqual(place(), { row: 1, col: 3 });
  moveChart(sheet, id, 10, 5);
  assert.deepEqual(place(), { row: 10, col: 5 });
  insertRows(sheet, 0, 2);
  assert.deepEqual(place(), { row: 12, col: 5 }, 'it follows its cell down');
  deleteRows(doc, sheet, 12);
  assert.deepEqual(place(), { row: 3, col: 3 }, 'its row gone: back beside its cells');
});

test('a chart keeps the size it is given, no smaller than the least a chart can be drawn in', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  const id = addChart(sheet, 'line', { top: 0, left: 0, bottom: 3, right: 1 }, 'Trend');
  assert.equal(sheetCharts(sheet)[0].size, undefined);
  resizeChart(sheet, id, 500.4, 300);
  assert.deepEqual(sheetCharts(sheet)[0].size, { width: 500, height: 300 });
  resizeChart(sheet, id, 20, 10);
  assert.deepEqual(sheetCharts(sheet)[0].size, { width: 200, height: 150 });
});

test('one person moving a chart while another resizes it keeps both changes', () => {
  const [a, b] = [new Y.Doc(), new Y.Doc()];
  ensureFirstSheet(a);
  const id = addChart(sheets(a)[0], 'bar', { top: 0, left: 0, bottom: 3, right: 1 }, 'Costs');
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  moveChart(sheets(a)[0], id, 6, 4);
  resizeChart(sheets(b)[0], id, 420, 280);
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  for (const doc of [a, b]) {
    const [chart] = sheetCharts(sheets(doc)[0]);
    assert.deepEqual(chart.size, { width: 420, height: 280 });
    assert.equal(layoutOf(doc).rowIndex(sheets(doc)[0].id, chart.at!.row), 6);
  }
  removeChart(sheets(a)[0], id);
  assert.deepEqual([...(sheets(a)[0].map.get('charts') as Y.Map<string>).keys()], [], 'its placement goes with it');
});

test('a chart placed inline by an earlier version keeps its place and size', () => {
  const doc = new Y.Doc();
  ensureFirstSheet(doc);
  const sheet = sheets(doc)[0];
  const id = addChart(sheet, 'pie', { top: 0, left: 0, bottom: 3, right: 1 }, 'Old');
  const charts = sheet.map.get('charts') as Y.Map<string>;
  const stored = JSON.parse(charts.get(id)!);
  charts.set(id, JSON.stringify({ ...stored, at: { row: sheet.rows.get(5), col: sheet.cols.get(2) }, size: { width: 300, height: 200 } }));
  const [chart] = sheetCharts(sheet);
  assert.deepEqual(chart.size, { width: 300, height: 200 });
  assert.deepEqual(chartPlace(layoutOf(doc), sheet.id, chart, null), { row: 5, col: 2 });
  resizeChart(sheet, id, 320, 220);
  assert.deepEqual(sheetCharts(sheet)[0].size, { width: 320, height: 220 }, 'a new size wins over the inline one');
});

test('a placement left by a chart removed meanwhile is cleared by the next placement', () => {
  const [a, b] = [new Y.Doc(), new Y.Doc()];
  ensureFirstSheet(a);
  const gone = addChart(sheets(a)[0], 'bar', { top: 0, left: 0, bottom: 3, right: 1 }, 'Gone');
  const kept = addChart(sheets(a)[0], 'pie', { top: 0, left: 0, bottom: 3, right: 1 }, 'Kept');
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  removeChart(sheets(a)[0], gone);
  resizeChart(sheets(b)[0], gone, 400, 300);
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  const keys = () => [...(sheets(a)[0].map.get('charts') as Y.Map<string>).keys()].sort();
  assert.deepEqual(keys(), [`${gone}/size`, kept].sort());
  moveChart(sheets(a)[0], kept, 2, 2);
  assert.deepEqual(keys(), [kept, `${kept}/at`].sort());
});
