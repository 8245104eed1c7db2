// Sheets in two browser contexts: values computed by the formula engine in each browser, edits
// and selections seen by the other, a row inserted above a formula's range keeps it right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exportFile, openEditor } from './editor.mjs';
import { contextAs, createDoc, share } from './server.mjs';
import { twoPeople } from './twoPeople.mjs';

const world = twoPeople();

const openSheet = (id, user) => openEditor(world, id, user, '[data-testid=sheet-grid]');

/** A new spreadsheet of Alice's that Bob may edit, open in a page for each. */
async function sharedSheet(title) {
  const id = await createDoc(world.server.url, world.alice, 'sheet', title);
  await share(world.server.url, world.alice, id, world.bob.email, 'editor');
  return { id, a: await openSheet(id, world.alice), b: await openSheet(id, world.bob) };
}

const cell = (page, name) => page.locator(`[data-testid=sheet-grid] [data-cell="${name}"]`);

/** Types into a cell as a user does: select it, type, Enter. */
async function enter(page, name, text) {
  await cell(page, name).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** A paste into the grid, as the browser delivers one: the clipboard's text and HTML. */
async function paste(page, { text, html }) {
  await page.evaluate(
    ([text, html]) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      if (html) data.setData('text/html', html);
      document.querySelector('[data-testid=sheet-grid]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true }));
    },
    [text, html],
  );
}

async function shows(page, name, value) {
  await page.waitForFunction(
    ([selector, expected]) => document.querySelector(selector)?.textContent === expected,
    [`[data-testid=sheet-grid] [data-cell="${name}"]`, value],
    { timeout: 15_000 },
  );
}

test('a formula typed by one shows its value for the other, and stays right when a row is inserted above', async () => {
  const { a, b } = await sharedSheet('Budget');

  await enter(a, 'A1', '5');
  await enter(a, 'A2', '7');
  await enter(a, 'A3', '=SUM(A1:A2)');
  await shows(a, 'A3', '12');
  await shows(b, 'A3', '12');
  await enter(b, 'B1', '=A3/0');
  await shows(a, 'B1', '#DIV/0!');

  // Bob's selection is outlined in his colour, with his name, on Alice's screen.
  await cell(b, 'C5').click();
  await a.locator(`[data-remote="${world.bob.name}"]`).waitFor({ timeout: 15_000 });

  // Bob inserts a row above the numbers: the sum moves down and still adds the same cells.
  await cell(b, 'A1').click();
  await b.getByRole('button', { name: 'Insert row above' }).click();
  await shows(a, 'A4', '12');
  await shows(b, 'A4', '12');
  await cell(a, 'A4').click();
  assert.equal(await a.getByTestId('formula-input').inputValue(), '=SUM(A2:A3)');
  // Changing a number recomputes the sum everywhere.
  await enter(a, 'A2', '10');
  await shows(b, 'A4', '17');
  await a.context().close();
  await b.context().close();
});

test('a range pasted as tab-separated text fills the cells, and the sheet exports as CSV', async () => {
  const { a, b } = await sharedSheet('Pasted');
  await cell(a, 'B2').click();
  // What LibreOffice, Excel and Google Sheets put on the clipboard for a 2 × 3 range.
  await paste(a, { text: 'Item\tPrice\nTea\t3.5\nCake\t4\n' });
  await enter(a, 'C5', '=SUM(C3:C4)');
  await shows(b, 'B3', 'Tea');
  await shows(b, 'C5', '7.5');
  const csv = await exportFile(b, 'csv');
  assert.equal(csv.name, 'Pasted.csv');
  assert.equal(csv.bytes.toString(), ',,\r\n,Item,Price\r\n,Tea,3.5\r\n,Cake,4\r\n,,7.5\r\n');
  await a.context().close();
  await b.context().close();
});

test('the workbook exports as XLSX, and that file imported from the home page opens with its formulas', async () => {
  const id = await createDoc(world.server.url, world.alice, 'sheet', 'Prices');
  const page = await openSheet(id, world.alice);
  await enter(page, 'A1', '3');
  await enter(page, 'A2', '4');
  await enter(page, 'A3', '=A1*A2');
  await shows(page, 'A3', '12');
  // The XLSX is written on the server: wait until it has every edit.
  await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 15_000 });
  const xlsx = await exportFile(page, 'xlsx');
  assert.equal(xlsx.name, 'Prices.xlsx');
  assert.equal(xlsx.bytes.subarray(0, 2).toString(), 'PK');

  await page.goto(`${world.server.url}/`);
  await page.getByTestId('import-sheet').setInputFiles({
    name: 'Copy of prices.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: xlsx.bytes,
  });
  await page.waitForURL((url) => url.pathname.startsWith('/d/') && !url.pathname.endsWith(id), { timeout: 15_000 });
  await page.locator('[data-testid=editor][data-readonly=false] [data-testid=sheet-grid]').waitFor({ timeout: 15_000 });
  await shows(page, 'A3', '12');
  await cell(page, 'A3').click();
  assert.equal(await page.getByTestId('formula-input').inputValue(), '=A1*A2');
  await page.context().close();
});

test('a comment on a cell reaches the other person, marks the cell, and stays on it when a row is inserted above', async () => {
  const { a, b } = await sharedSheet('Review');
  await enter(a, 'B2', '42');
  await cell(a, 'B2').click();
  await a.getByTestId('toggle-comments').click();
  await a.getByTestId('comment-add').click();
  await a.getByTestId('comment-input').fill('Where does 42 come from?');
  await a.getByTestId('comment-submit').click();
  await b.getByTestId('toggle-comments').click();
  const thread = b.getByTestId('comment-thread');
  await thread.getByTestId('comment-text').filter({ hasText: 'Where does 42 come from?' }).waitFor({ timeout: 10_000 });
  assert.equal(await thread.locator('.comment-quote').innerText(), 'B2: 42');
  await b.locator('[data-cell="B2"][data-thread] .sheet-comment-mark').waitFor({ timeout: 10_000 });
  // A row inserted above: the comment moves down with its cell.
  await cell(a, 'A1').click();
  await a.getByRole('button', { name: 'Insert row above' }).click();
  await b.locator('[data-cell="B3"][data-thread] .sheet-comment-mark').waitFor({ timeout: 10_000 });
  assert.equal(await b.locator('[data-cell="B2"][data-thread]').count(), 0);
  await Promise.all([a.context().close(), b.context().close()]);
});

/** Drags the fill handle of the current selection to the middle of cell `to`. */
async function dragFill(page, to) {
  const handle = await page.getByTestId('fill-handle').boundingBox();
  const target = await cell(page, to).boundingBox();
  await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 5 });
  await page.mouse.up();
}

/** Copies the selection and pastes it at `to` through the page's clipboard events (the data
 *  that a real copy puts on the clipboard, carried to the paste). */
async function copyPaste(page, to) {
  const copied = await page.evaluate(() => {
    const data = new DataTransfer();
    document.querySelector('[data-testid=sheet-grid]').dispatchEvent(new ClipboardEvent('copy', { clipboardData: data, bubbles: true }));
    return { text: data.getData('text/plain'), html: data.getData('text/html') };
  });
  await cell(page, to).click();
  await paste(page, copied);
}

test('the fill handle continues a series and copies formulas with their references moved, as does copy and paste', async () => {
  const id = await createDoc(world.server.url, world.alice, 'sheet', 'Fill');
  const page = await openSheet(id, world.alice);
  await enter(page, 'A1', '1');
  await enter(page, 'A2', '2');
  await enter(page, 'B1', '=A1*10');
  await cell(page, 'A1').click();
  await cell(page, 'A2').click({ modifiers: ['Shift'] });
  await dragFill(page, 'A5');
  await shows(page, 'A5', '5');
  await cell(page, 'B1').click();
  await dragFill(page, 'B5');
  await shows(page, 'B5', '50');
  await cell(page, 'B5').click();
  assert.equal(await page.getByTestId('formula-input').inputValue(), '=A5*10');

  await cell(page, 'B1').click();
  await copyPaste(page, 'D3');
  await shows(page, 'D3', '0');
  await cell(page, 'D3').click();
  assert.equal(await page.getByTestId('formula-input').inputValue(), '=C3*10');
  await page.context().close();
});

test('sheets are added and renamed for everyone, and formulas across sheets follow the new name', async () => {
  const { a, b } = await sharedSheet('Tabs');
  await a.getByRole('button', { name: 'Add sheet' }).click();
  await a.getByRole('tab', { name: 'Sheet2' }).dblclick();
  await a.getByLabel('Sheet name').fill('Rates');
  await a.getByLabel('Sheet name').press('Enter');
  await enter(a, 'A1', '2');
  await a.getByRole('tab', { name: 'Sheet1' }).click();
  await enter(a, 'B2', '=Rates!A1*10');
  await shows(b, 'B2', '20');
  await b.getByRole('tab', { name: 'Rates' }).waitFor({ timeout: 10_000 });
  // A name another sheet has is refused with the reason.
  await b.getByRole('tab', { name: 'Rates' }).dblclick();
  await b.getByLabel('Sheet name').fill('sheet1');
  await b.getByLabel('Sheet name').press('Enter');
  await b.getByRole('alert').filter({ hasText: 'already a sheet named' }).waitFor({ timeout: 10_000 });
  await b.getByLabel('Sheet name').fill('Q3 rates');
  await b.getByLabel('Sheet name').press('Enter');
  await a.getByRole('tab', { name: 'Q3 rates' }).waitFor({ timeout: 10_000 });
  await cell(a, 'B2').click();
  assert.equal(await a.getByTestId('formula-input').inputValue(), "='Q3 rates'!A1*10");
  await shows(a, 'B2', '20');
  await Promise.all([a.context().close(), b.context().close()]);
});

test('formatting, column widths and row heights reach the other person', async () => {
  const { a, b } = await sharedSheet('Styled');
  await enter(a, 'A1', '0.5');
  await cell(a, 'A1').click();
  await a.keyboard.press('Control+b');
  await a.getByTestId('number-format').selectOption({ label: 'Percent' });
  await shows(a, 'A1', '50.00%');
  await shows(b, 'A1', '50.00%');
  await b.waitForFunction(
    () => getComputedStyle(document.querySelector('[data-testid=sheet-grid] [data-cell="A1"]')).fontWeight === '700',
    null,
    { timeout: 15_000 },
  );
  // Bob sees the active cell's state in his toolbar too.
  await cell(b, 'A1').click();
  await b.locator('[data-testid=format-b][aria-pressed=true]').waitFor({ timeout: 5_000 });

  // Alice drags column A's edge 80 px to the right; Bob's column A widens.
  const edge = await a.getByTestId('resize-A').boundingBox();
  await a.mouse.move(edge.x + edge.width / 2, edge.y + edge.height / 2);
  await a.mouse.down();
  await a.mouse.move(edge.x + edge.width / 2 + 80, edge.y + edge.height / 2, { steps: 5 });
  await a.mouse.up();
  await b.waitForFunction(
    () => document.querySelector('[data-testid=sheet-grid] [data-cell="A1"]').getBoundingClientRect().width >= 175,
    null,
    { timeout: 15_000 },
  );
  // Column B starts where the wider A ends, on both screens.
  for (const page of [a, b]) {
    const [first, second] = await Promise.all([cell(page, 'A1').boundingBox(), cell(page, 'B1').boundingBox()]);
    assert.ok(Math.abs(first.x + first.width - second.x) < 2, 'B1 follows A1');
  }

  // Alice drags row 2's lower edge 30 px down; Bob's row 2 grows and row 3 starts below it.
  const rowEdge = await a.getByTestId('resize-row-2').boundingBox();
  await a.mouse.move(rowEdge.x + rowEdge.width / 2, rowEdge.y + rowEdge.height / 2);
  await a.mouse.down();
  await a.mouse.move(rowEdge.x + rowEdge.width / 2, rowEdge.y + rowEdge.height / 2 + 30, { steps: 5 });
  await a.mouse.up();
  await b.waitForFunction(
    () => document.querySelector('[data-testid=sheet-grid] [data-cell="A2"]').getBoundingClientRect().height >= 50,
    null,
    { timeout: 15_000 },
  );
  const [second, third] = await Promise.all([cell(b, 'A2').boundingBox(), cell(b, 'A3').boundingBox()]);
  assert.ok(Math.abs(second.y + second.height - third.y) < 2, 'row 3 follows the taller row 2');

  // Alice freezes the first row; Bob scrolls far down and still sees it at the top.
  await a.getByTestId('freeze-rows').selectOption('1');
  await b.locator('[data-testid=sheet-grid] [data-cell="A1"].frozen').waitFor({ timeout: 15_000 });
  await b.evaluate(() => {
    document.querySelector('[data-testid=sheet-grid]').scrollTop = 5000;
  });
  await b.waitForFunction(
    () => {
      const grid = document.querySelector('[data-testid=sheet-grid]').getBoundingClientRect();
      const first = document.querySelector('[data-testid=sheet-grid] [data-cell="A1"]').getBoundingClientRect();
      return Math.abs(first.top - grid.top - 24) < 2;
    },
    null,
    { timeout: 5_000 },
  );
  await a.context().close();
  await b.context().close();
});

test('a sheet duplicated and dragged to the front shows so for the other person', async () => {
  const { a, b } = await sharedSheet('Tabs');
  await enter(a, 'A1', '5');
  await enter(a, 'A2', '=A1*2');
  await a.getByTestId('duplicate-sheet').click();
  const tabs = (page) => page.getByTestId('sheet-tab').allInnerTexts();
  await b.waitForFunction(() => document.querySelectorAll('[data-testid=sheet-tab]').length === 2, null, { timeout: 15_000 });
  assert.deepEqual(await tabs(b), ['Sheet1', 'Copy of Sheet1']);
  // The copy is open for Alice; a change there leaves the original alone.
  await enter(a, 'A1', '7');
  await shows(a, 'A2', '14');
  await a.getByTestId('sheet-tab').nth(1).dragTo(a.getByTestId('sheet-tab').nth(0));
  await b.waitForFunction(
    () => [...document.querySelectorAll('[data-testid=sheet-tab]')].map((tab) => tab.textContent).join() === 'Copy of Sheet1,Sheet1',
    null,
    { timeout: 15_000 },
  );
  await b.getByTestId('sheet-tab').nth(1).click();
  await shows(b, 'A2', '10');
  await a.context().close();
  await b.context().close();
});

test('sorting a range by one column and then by another reorders it for both, numbers as numbers', async () => {
  const { a, b } = await sharedSheet('Sorted');
  await cell(a, 'A1').click();
  await paste(a, { text: 'Item\tCost\nTea\t3.5\nCake\t10\nMilk\t1.25\n' });
  await enter(a, 'C2', '=B2*2');
  await enter(a, 'C3', '=B3*2');
  await enter(a, 'C4', '=B4*2');
  await enter(a, 'B5', '=SUM(B2:B4)');
  await shows(b, 'C4', '2.5');

  // Rows 2 to 4 selected, column A active: Z → A puts Tea first.
  await cell(a, 'A2').click();
  await cell(a, 'C4').click({ modifiers: ['Shift'] });
  await a.getByRole('button', { name: 'Sort Z → A' }).click();
  for (const [name, value] of [['A2', 'Tea'], ['A3', 'Milk'], ['A4', 'Cake'], ['C3', '2.5'], ['C4', '20']]) await shows(b, name, value);

  // By cost, ascending, through the dialog: 1.25 < 3.5 < 10 (as text, "10" would come second).
  await a.getByRole('button', { name: 'Sort by…' }).click();
  await a.getByLabel('Sort column 1').selectOption({ label: 'Column B' });
  await a.getByRole('button', { name: 'Sort', exact: true }).click();
  for (const [name, value] of [['A2', 'Milk'], ['A3', 'Tea'], ['A4', 'Cake'], ['C2', '2.5'], ['B5', '14.75']]) await shows(b, name, value);
  await cell(b, 'C4').click();
  assert.equal(await b.getByTestId('formula-input').inputValue(), '=B4*2', 'each row keeps doubling its own cost');
  await a.context().close();
  await b.context().close();
});

test('typing a formula offers function names, Tab takes one, and the signature follows the arguments', async () => {
  const id = await createDoc(world.server.url, world.alice, 'sheet', 'Autocomplete');
  const a = await openSheet(id, world.alice);
  await cell(a, 'A1').click();
  await a.keyboard.type('=VLOO');
  await a.getByTestId('formula-hints').getByRole('option', { name: 'VLOOKUP' }).waitFor();
  await a.keyboard.press('Tab');
  await a.keyboard.type('"b",C1:D2,');
  // The signature shows from the opening parenthesis on; wait for it to reach the third argument.
  await a.getByTestId('formula-signature').locator('strong', { hasText: /^col_index_num$/ }).waitFor({ timeout: 5_000 });
  await a.keyboard.type('2,FALSE)');
  await a.keyboard.press('Enter');
  await enter(a, 'C2', 'b');
  await enter(a, 'D2', '42');
  await shows(a, 'A1', '42');
  await a.context().close();
});

test('a conditional format added by one colours the matching cells for the other', async () => {
  const { a, b } = await sharedSheet('Scores');
  await cell(a, 'A1').click();
  await paste(a, { text: '1\n10\n5\n' });
  await cell(a, 'A3').click({ modifiers: ['Shift'] });
  await a.getByRole('button', { name: 'Conditional formatting' }).click();
  const dialog = a.getByRole('dialog', { name: 'Conditional formatting' });
  await dialog.getByLabel('Condition', { exact: true }).selectOption('GreaterThan');
  await dialog.getByLabel('Value', { exact: true }).fill('4');
  await dialog.getByRole('button', { name: 'Add rule' }).click();
  await dialog.getByText('A1:A3 · Value greater than 4').waitFor();
  await dialog.getByRole('button', { name: 'Done' }).click();
  const background = (page, name) =>
    page.waitForFunction(
      ([selector]) => getComputedStyle(document.querySelector(selector)).backgroundColor,
      [`[data-testid=sheet-grid] [data-cell="${name}"]`],
    );
  await b.waitForFunction(
    (selector) => getComputedStyle(document.querySelector(selector)).backgroundColor === 'rgb(255, 199, 206)',
    '[data-testid=sheet-grid] [data-cell="A2"]',
    { timeout: 15_000 },
  );
  assert.equal(await (await background(b, 'A3')).jsonValue(), 'rgb(255, 199, 206)');
  assert.notEqual(await (await background(b, 'A1')).jsonValue(), 'rgb(255, 199, 206)');
  await a.context().close();
  await b.context().close();
});

test('a large CSV import shows its progress, then opens', async () => {
  const page = await (await contextAs(world.browser, world.server.url, world.alice)).newPage();
  await page.goto(`${world.server.url}/`);
  // Whether the status line ever showed, however briefly (on loopback the upload is quick).
  await page.evaluate(() => {
    window.uploadSeen = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid=upload-status]')) window.uploadSeen = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  const rows = Array.from({ length: 60_000 }, (_, i) => `${i + 1},item ${i + 1},${(i * 7) % 100}`).join('\n');
  await page.getByTestId('import-sheet').setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.from(`id,name,qty\n${rows}\n`) });
  await page.waitForURL((url) => url.pathname.startsWith('/d/'), { timeout: 30_000 });
  assert.equal(await page.evaluate(() => window.uploadSeen), true);
  await shows(page, 'B3', 'item 2');
  await page.context().close();
});

test('a chart inserted from a range shows for the other person and follows its cells', async () => {
  const { a, b } = await sharedSheet('Charted');
  await cell(a, 'A1').click();
  await paste(a, { text: 'Item\tCost\nTea\t3\nCake\t4\nMilk\t5\n' });
  await cell(a, 'B4').click({ modifiers: ['Shift'] });
  await a.getByTestId('insert-chart').selectOption('bar');
  const chart = b.getByTestId('sheet-chart');
  await chart.waitFor({ timeout: 15_000 });
  assert.equal(await chart.getAttribute('data-chart-type'), 'bar');
  await b.waitForFunction(() => document.querySelector('[data-testid=sheet-chart]')?.dataset.values === '[[3,4,5]]', null, { timeout: 15_000 });
  assert.ok((await chart.locator('canvas').boundingBox()).height > 100, 'the chart is drawn');
  await enter(a, 'B3', '40');
  await b.waitForFunction(() => document.querySelector('[data-testid=sheet-chart]')?.dataset.values === '[[3,40,5]]', null, { timeout: 15_000 });
  // It floats over the grid one column right of its cells; dragged by its title, it moves for both.
  const placed = (page, at) => page.locator(`[data-testid=sheet-grid] .sheet-overlay[data-at="${at}"] [data-testid=sheet-chart]`).waitFor({ timeout: 15_000 });
  await placed(b, 'D1');
  const title = await a.getByTestId('sheet-chart').locator('figcaption strong').boundingBox();
  await a.mouse.move(title.x + 10, title.y + title.height / 2);
  await a.mouse.down();
  await a.mouse.move(title.x + 160, title.y + 50 + title.height / 2, { steps: 5 });
  await a.mouse.move(title.x + 310, title.y + 100 + title.height / 2, { steps: 5 });
  await a.mouse.up();
  await placed(a, 'G5');
  await placed(b, 'G5');
  // Its lower-right corner resizes it, for both.
  const corner = await a.getByTestId('resize-overlay').boundingBox();
  await a.mouse.move(corner.x + corner.width / 2, corner.y + corner.height / 2);
  await a.mouse.down();
  await a.mouse.move(corner.x + corner.width / 2 + 100, corner.y + corner.height / 2 + 50, { steps: 5 });
  await a.mouse.up();
  await b.locator('[data-testid=sheet-grid] .sheet-overlay[data-size="480x320"]').waitFor({ timeout: 15_000 });
  assert.ok((await b.getByTestId('sheet-chart').locator('canvas').boundingBox()).height > 200, 'the chart is drawn larger');
  // Frozen rows stay on top: scrolled, the chart slides under them, and their cells still take clicks.
  await a.getByTestId('freeze-rows').selectOption('1');
  await a.evaluate(() => {
    document.querySelector('[data-testid=sheet-grid]').scrollTop = 100;
  });
  await a.waitForFunction(() => {
    const chart = document.querySelector('[data-testid=sheet-grid] .sheet-overlay').getBoundingClientRect();
    return chart.top < document.querySelector('[data-testid=sheet-grid] [data-cell="H1"]').getBoundingClientRect().top;
  });
  const frozen = await cell(a, 'H1').boundingBox();
  await a.mouse.click(frozen.x + frozen.width / 2, frozen.y + frozen.height / 2);
  await a.locator('[data-testid=sheet-grid] [data-cell="H1"].selected').waitFor({ timeout: 5_000 });
  await b.getByRole('button', { name: 'Remove the chart Bar chart of A1:B4' }).click();
  await a.getByTestId('sheet-chart').waitFor({ state: 'detached', timeout: 15_000 });
  await a.context().close();
  await b.context().close();
});

test("a shared filter hides rows for both; a filter view hides them only for its owner", async () => {
  const { a, b } = await sharedSheet('Filtered');
  await cell(a, 'A1').click();
  await paste(a, { text: 'Item\tRegion\nTea\tNorth\nCake\tSouth\nMilk\tNorth\n' });
  await shows(b, 'A4', 'Milk');
  const gone = (page, name) => page.locator(`[data-testid=sheet-grid] [data-cell="${name}"]`).waitFor({ state: 'detached', timeout: 15_000 });

  // Alice's own view: South hidden for her, Bob still sees Cake.
  await cell(a, 'B1').click();
  await a.getByRole('button', { name: 'Filter view (just me)' }).click();
  await a.getByRole('button', { name: 'Filter column B…' }).click();
  await a.getByRole('dialog').getByLabel('South').uncheck();
  await a.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await gone(a, 'A3');
  await shows(a, 'A4', 'Milk');
  await shows(b, 'A3', 'Cake');
  await a.getByRole('button', { name: 'Close filter view' }).click();
  await shows(a, 'A3', 'Cake');

  // A shared filter: North hidden for both.
  await a.getByRole('button', { name: 'Create a filter' }).click();
  await a.getByRole('button', { name: 'Filter column B…' }).click();
  await a.getByRole('dialog').getByLabel('North').uncheck();
  await a.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
  await gone(b, 'A2');
  await gone(b, 'A4');
  await shows(b, 'A3', 'Cake');
  assert.equal(await b.getByTestId('filter-badge').textContent(), 'Filter for everyone');
  // Frozen rows that take in a hidden one: it stays hidden, and the next shown row follows.
  await b.getByTestId('freeze-rows').selectOption('2');
  await b.locator('[data-testid=sheet-grid] [data-cell="A1"].frozen').waitFor({ timeout: 10_000 });
  await gone(b, 'A2');
  await shows(b, 'A3', 'Cake');
  const [header, cake] = [await cell(b, 'A1').boundingBox(), await cell(b, 'A3').boundingBox()];
  assert.ok(Math.abs(cake.y - (header.y + header.height)) <= 1, 'Cake sits right below the heading');
  await b.getByRole('button', { name: 'Remove filter' }).click();
  await shows(a, 'A2', 'Tea');
  await a.context().close();
  await b.context().close();
});

test('merged cells and borders reach the other person', async () => {
  const { a, b } = await sharedSheet('Merged');
  await enter(a, 'A1', 'Quarterly report');
  await cell(a, 'A1').click();
  await cell(a, 'C1').click({ modifiers: ['Shift'] });
  await a.getByRole('button', { name: 'Merge cells' }).click();
  await cell(b, 'B1').waitFor({ state: 'detached', timeout: 15_000 });
  const merged = await cell(b, 'A1').boundingBox();
  const single = await cell(b, 'A2').boundingBox();
  assert.ok(merged.width > 2.5 * single.width, `A1 spans three columns (${merged.width} px)`);

  await cell(a, 'B3').click();
  await a.getByTestId('borders').selectOption('all');
  await b.waitForFunction(
    (selector) => getComputedStyle(document.querySelector(selector)).borderTopStyle === 'solid',
    '[data-testid=sheet-grid] [data-cell="B3"]',
    { timeout: 15_000 },
  );
  await cell(a, 'A1').click();
  await a.getByRole('button', { name: 'Unmerge' }).click();
  await cell(b, 'B1').waitFor({ timeout: 15_000 });
  await a.context().close();
  await b.context().close();
});

test('a cell typed into the name box is selected, and typing goes there', async () => {
  const id = await createDoc(world.server.url, world.alice, 'sheet', 'Jump');
  const page = await openSheet(id, world.alice);
  const nameBox = page.getByTestId('name-box');
  await nameBox.fill('C5');
  await nameBox.press('Enter');
  assert.equal(await nameBox.inputValue(), 'C5');
  await page.keyboard.type('here');
  await page.keyboard.press('Enter');
  await shows(page, 'C5', 'here');
  await nameBox.fill('nowhere');
  await nameBox.press('Enter');
  await nameBox.press('Escape');
  assert.equal(await nameBox.inputValue(), 'C6', 'a name that is no cell changes nothing');
  // Enter on the name box as it is goes back to the selected cell: typing goes there.
  await nameBox.click();
  await nameBox.press('Enter');
  await page.keyboard.type('again');
  await page.keyboard.press('Enter');
  await shows(page, 'C6', 'again');
  await page.context().close();
});
