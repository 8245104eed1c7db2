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
