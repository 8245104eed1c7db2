// The same values everywhere: a workbook's formulas computed by the server (the engine, native)
// and by the engine's WebAssembly build that the browser runs, compared formula by formula.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { initSync, Model } from '../engine/tandem_sheets_wasm.js';
import { apiCall, signUp, startServer } from './server.mjs';

// Data in A1:C6, one formula per row from row 8, across the function families.
const DATA = [
  ['Item', 'Price', 'Date'],
  ['Tea', '3.5', '2024-01-15'],
  ['Cake', '4', '2024-02-29'],
  ['Coffee', '2.25', '2023-12-31'],
  ['Juice', '-1.5', '2024-03-01'],
  ['Water', '0', '2024-06-30'],
];
const FORMULAS = [
  '=SUM(B2:B6)',
  '=AVERAGE(B2:B6)',
  '=MEDIAN(B2:B6)',
  '=MIN(B2:B6)*MAX(B2:B6)',
  '=ROUND(B2/3,4)',
  '=ROUNDUP(-2.345,1)',
  '=ROUNDDOWN(2.999,2)',
  '=MOD(-7,3)',
  '=POWER(2,10)+SQRT(144)',
  '=ABS(B5)*PI()',
  '=INT(-3.7)+TRUNC(-3.7)',
  '=PRODUCT(B2:B4)',
  '=SUMPRODUCT(B2:B4,B2:B4)',
  '=STDEV(B2:B6)',
  '=VAR(B2:B6)',
  '=COUNT(A1:C6)',
  '=COUNTA(A1:C6)',
  '=COUNTBLANK(A1:D6)',
  '=COUNTIF(B2:B6,">2")',
  '=SUMIF(B2:B6,">0")',
  '=SUMIFS(B2:B6,A2:A6,"C*",B2:B6,">3")',
  '=AVERAGEIF(B2:B6,"<>0")',
  '=IF(B2>3,"dear","cheap")',
  '=AND(B2>1,B3<5)',
  '=OR(B5>0,B6=0)',
  '=NOT(ISBLANK(A2))',
  '=IFERROR(1/0,"none")',
  '=IF(ISNUMBER(B2),B2*2,0)',
  '=VLOOKUP("Cake",A2:B6,2,FALSE)',
  '=HLOOKUP("Price",A1:C3,3,FALSE)',
  '=INDEX(A2:B6,3,1)',
  '=MATCH("Juice",A2:A6,0)',
  '=XLOOKUP("Water",A2:A6,B2:B6)',
  '=CHOOSE(2,"a","b","c")',
  '=LEN(A3)&"|"&UPPER(A2)&"|"&LOWER("MiXed")',
  '=LEFT(A4,3)&RIGHT(A4,2)&MID(A4,2,3)',
  '=CONCATENATE(A2," & ",A3)',
  '=SUBSTITUTE("a-b-c","-","+")',
  '=TRIM("  spaced   out ")',
  '=FIND("f",A4)',
  '=TEXT(1234.567,"#,##0.00")',
  '=VALUE("42")+1',
  '=REPT("ab",3)',
  '=DATE(2024,2,29)',
  '=YEAR(DATE(2024,2,29))*100+MONTH(DATE(2024,2,29))',
  '=DAY(DATE(2023,12,31))',
  '=WEEKDAY(DATE(2024,1,15))',
  '=EDATE(DATE(2024,1,31),1)',
  '=EOMONTH(DATE(2024,2,10),0)',
  '=DATEDIF(DATE(2020,1,1),DATE(2024,6,30),"m")',
  '=PMT(0.05/12,360,200000)',
  '=FV(0.04,10,-1000)',
  '=PV(0.06,5,-500)',
  '=NPV(0.1,-1000,300,400,500)',
  '=1/0',
  '=NA()',
  '=SQRT(-1)',
  '=UNKNOWNFUNCTION(1)',
  '="text"+1',
  '=A2:A3+Z99999999',
];

let server;
let user;
before(async () => {
  server = await startServer();
  user = await signUp(server.url);
  initSync({ module: await readFile(new URL('../engine/tandem_sheets_wasm_bg.wasm', import.meta.url)) });
});
after(async () => {
  await server?.stop();
  server?.cleanup();
});

const csvField = (value) => (/[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

test('every formula computes the same value on the server and in the browser engine', async () => {
  const rows = [...DATA, [], ...FORMULAS.map((formula) => [formula])];
  const csv = rows.map((row) => row.map(csvField).join(',')).join('\n');
  const response = await fetch(`${server.url}/api/sheets/import?title=Engines`, {
    method: 'POST',
    headers: { cookie: user.cookie, 'x-tandem-csrf': '1' },
    body: csv,
  });
  assert.equal(response.status, 201, await response.clone().text());
  const { id } = await response.json();
  const first = DATA.length + 2;
  const range = `A${first}:A${first + FORMULAS.length - 1}`;
  const { json } = await apiCall(server.url, user, 'GET', `/docs/${id}/values?range=${range}`);
  const onServer = json.values.map((row) => row[0]);

  const model = new Model();
  rows.forEach((row, r) => row.forEach((value, c) => model.setUserInput(0, r + 1, c + 1, value)));
  model.evaluate();
  const inBrowser = FORMULAS.map((_, i) => model.getFormattedCellValue(0, first + i, 1));
  const differences = FORMULAS.map((formula, i) => [formula, onServer[i], inBrowser[i]]).filter(([, a, b]) => a !== b);
  assert.deepEqual(differences, [], 'formula, server, browser');
  // And the values are the expected ones, not the same mistake twice.
  const expect = (formula, value) => assert.equal(onServer[FORMULAS.indexOf(formula)], value, formula);
  expect('=SUM(B2:B6)', '8.25');
  expect('=VLOOKUP("Cake",A2:B6,2,FALSE)', '4');
  expect('=1/0', '#DIV/0!');
  expect('=NA()', '#N/A');
  expect('=UNKNOWNFUNCTION(1)', '#NAME?');
  expect('=MOD(-7,3)', '2');
});
