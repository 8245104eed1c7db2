// Two browser contexts edit one document through a real tandem server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from './browser.mjs';
import { createDoc, startServer } from './server.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  server?.cleanup();
});

async function openDocument(id) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/d/${id}`);
  await page.locator('[data-testid=connection][data-state=connected]').waitFor({ timeout: 15_000 });
  return page;
}

// The document text, without the remote-cursor name labels drawn inside the lines.
const editorText = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.cm-content .cm-line')]
      .map((line) => {
        const copy = line.cloneNode(true);
        copy.querySelectorAll('.cm-ySelectionCaret').forEach((caret) => caret.remove());
        return copy.textContent.replace(/\u2060/g, '');
      })
      .join('\n'),
  );

async function waitForText(page, predicate, what) {
  for (let i = 0; i < 150; i++) {
    const text = await editorText(page);
    if (predicate(text)) return text;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out waiting for ${what}; editor has ${JSON.stringify(await editorText(page))}`);
}

test('two people typing at once see the same merged text, saved', async () => {
  const id = await createDoc(server.url);
  const alice = await openDocument(id);
  const bob = await openDocument(id);
  const fromAlice = 'Alice writes this line. ';
  const fromBob = 'Bob adds his words. ';
  await alice.locator('.cm-content').click();
  await bob.locator('.cm-content').click();
  await Promise.all([
    alice.keyboard.type(fromAlice, { delay: 15 }),
    bob.keyboard.type(fromBob, { delay: 15 }),
  ]);
  const sorted = (s) => [...s].sort().join('');
  const expected = sorted(fromAlice + fromBob);
  const a = await waitForText(alice, (t) => sorted(t) === expected, 'both edits at Alice');
  const b = await waitForText(bob, (t) => t === a, 'the same text at Bob');
  assert.equal(a, b);

  for (const page of [alice, bob]) {
    const status = page.locator('[data-testid=save-status]');
    await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
    assert.match(await status.innerText(), /Saved/);
  }
  if (process.env.TANDEM_SCREENSHOT) {
    await alice.setViewportSize({ width: 1100, height: 640 });
    await alice.screenshot({ path: process.env.TANDEM_SCREENSHOT });
  }

  // What was saved is what a fresh visitor gets.
  const carol = await openDocument(id);
  await waitForText(carol, (t) => t === a, 'the saved text after a fresh load');
  await Promise.all([alice, bob, carol].map((p) => p.context().close()));
});

test('edits made while the server is away merge when it is back', async () => {
  const id = await createDoc(server.url);
  const page = await openDocument(id);
  await page.locator('.cm-content').click();
  await page.keyboard.type('before. ');
  await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });

  const { url, dataDir } = server;
  await server.stop();
  await page.locator('[data-testid=connection]:not([data-state=connected])').waitFor({ timeout: 10_000 });
  await page.keyboard.type('while offline. ');
  await page.locator('[data-testid=save-status][data-state=unsaved]').waitFor({ timeout: 5_000 });

  const port = new URL(url).port;
  server = await startServer({ dataDir, port });
  await page.locator('[data-testid=connection]:not([data-state=connected])').waitFor({ timeout: 1_000 }).catch(() => {});
  await page.getByRole('button', { name: 'Retry' }).click({ timeout: 2_000 }).catch(() => {});
  await page.locator('[data-testid=connection][data-state=connected]').waitFor({ timeout: 40_000 });
  await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });

  const fresh = await openDocument(id);
  await waitForText(fresh, (t) => t === 'before. while offline. ', 'offline edits on the server');
  await Promise.all([page, fresh].map((p) => p.context().close()));
});

test('the home page lists documents and creates new ones', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('new-document').click();
  await page.waitForURL(/\/d\/[A-Za-z0-9]+$/);
  await page.locator('[data-testid=connection][data-state=connected]').waitFor();
  await page.goto(server.url);
  await page.locator('.doc-list li').first().waitFor();
  assert.ok((await page.locator('.doc-list li').count()) >= 1);
  await context.close();
});
