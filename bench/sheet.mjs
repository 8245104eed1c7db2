// A large spreadsheet in real Chromium against the release binary: time to open a sheet of
// 100,000 rows with a value and a formula in each, frames per second while scrolling through
// it, and the time from typing a number in one browser to the other showing the values that
// depend on it. Usage: node bench/sheet.mjs [rows]   (after `cargo build --release`)
import { launchBrowser } from '../web/e2e/browser.mjs';
import { contextAs, signUp, startServer } from '../web/e2e/server.mjs';

const ROWS = Number(process.argv[2] ?? 100_000);
const EDITS = 10;
/** The second edit's dependents, as the benchmark names them. */
const DEPENDENTS = 10_000;

const server = await startServer({ args: ['--sync-messages-per-sec', '0', '--sync-bytes-per-sec', '0'] });
const browser = await launchBrowser();
try {
  const owner = await signUp(server.url);
  // Column A a number, column B a running total over it: every row depends on A1.
  const lines = Array.from({ length: ROWS }, (_, i) => (i === 0 ? '1,=A1' : `${(i % 7) + 1},=B${i}+A${i + 1}`));
  const imported = await fetch(`${server.url}/api/sheets/import?title=Large`, {
    method: 'POST',
    headers: { cookie: owner.cookie, 'x-tandem-csrf': '1' },
    body: lines.join('\n'),
  });
  if (imported.status !== 201) throw new Error(`import: ${imported.status} ${await imported.text()}`);
  const { id } = await imported.json();
  console.error(`imported ${ROWS} rows`);
  const lastTotal = async (page) => page.locator(`[data-cell="B${ROWS}"]`).textContent();

  const open = async () => {
    const page = await (await contextAs(browser, server.url, owner)).newPage();
    await page.setViewportSize({ width: 1400, height: 900 });
    const started = Date.now();
    await page.goto(`${server.url}/d/${id}`);
    await page.locator('[data-testid=editor] [data-cell="B1"]').waitFor({ timeout: 300_000 });
    await page.waitForFunction(() => document.querySelector('[data-cell="B1"]')?.textContent === '1', null, { timeout: 300_000 });
    return { page, ms: Date.now() - started };
  };
  const a = await open();
  console.error(`opened in ${a.ms} ms`);
  const b = await open();

  // Scrolling: the grid scrolled by a screen every frame for 3 s; frames counted by the page.
  const fps = await a.page.evaluate(async () => {
    const grid = document.querySelector('[data-testid=sheet-grid]');
    let frames = 0;
    const started = performance.now();
    await new Promise((resolve) => {
      const step = () => {
        frames++;
        grid.scrollTop += grid.clientHeight;
        if (grid.scrollTop + grid.clientHeight >= grid.scrollHeight) grid.scrollTop = 0;
        if (performance.now() - started < 3000) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    return (frames / (performance.now() - started)) * 1000;
  });

  // One edit, from Enter in Alice's page to Bob's page showing the new last total. Editing A1,
  // every other formula depends on it; editing A<n>, the last ROWS - n + 1 formulas do.
  await b.page.locator('[data-testid=sheet-grid]').evaluate((grid) => (grid.scrollTop = grid.scrollHeight));
  await b.page.locator(`[data-cell="B${ROWS}"]`).waitFor({ timeout: 60_000 });
  const nameBox = a.page.getByTestId('name-box');
  const timeEdits = async (row) => {
    const latencies = [];
    for (let i = 0; i < EDITS; i++) {
      const before = await lastTotal(b.page);
      // The name box selects the cell wherever the grid is scrolled; typing then goes there.
      await nameBox.fill(`A${row}`);
      await nameBox.press('Enter');
      await a.page.keyboard.type(String(10 + i));
      const sent = Date.now();
      await a.page.keyboard.press('Enter');
      await b.page.waitForFunction(
        ([selector, old]) => document.querySelector(selector)?.textContent !== old,
        [`[data-cell="B${ROWS}"]`, before],
        { timeout: 120_000 },
      );
      latencies.push(Date.now() - sent);
    }
    latencies.sort((x, y) => x - y);
    return `median ${latencies[Math.floor(EDITS / 2)]} ms, max ${latencies[EDITS - 1]} ms`;
  };
  const everyRow = await timeEdits(1);
  const lastRows = ROWS > DEPENDENTS ? await timeEdits(ROWS - DEPENDENTS + 1) : null;
  console.log(`rows ${ROWS}: open ${a.ms} ms / ${b.ms} ms (two pages); scrolling ${fps.toFixed(1)} frames/s`);
  console.log(`edit A1 with ${ROWS} dependent formulas, until the other page shows the new total: ${everyRow}`);
  if (lastRows) {
    console.log(`edit A${ROWS - DEPENDENTS + 1} with ${DEPENDENTS} dependent formulas, until the other page shows the new total: ${lastRows}`);
  }
} finally {
  await browser.close();
  await server.stop();
  server.cleanup();
}
