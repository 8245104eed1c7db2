// Two browser contexts edit one document through a real tandem server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from './browser.mjs';
import { connected, EDITABLE, waitForText } from './editor.mjs';
import { contextAs, createDoc, setLinkAccess, share, signUp, startServer } from './server.mjs';

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

/** Opens the document in a new browser context, as `user` or (null) as an anonymous visitor. */
async function openDocument(id, user) {
  const context = await contextAs(browser, server.url, user);
  const page = await context.newPage();
  await page.goto(`${server.url}/d/${id}`);
  await connected(page);
  return page;
}

test('two people typing at once in a code file see the same merged text, saved', async () => {
  const alice = await signUp(server.url);
  const bob = await signUp(server.url);
  const id = await createDoc(server.url, alice, 'code');
  assert.equal((await share(server.url, alice, id, bob.email, 'editor')).status, 'member');
  // The fresh visitor at the end reads through the link.
  await setLinkAccess(server.url, alice, id, 'view');

  const alicePage = await openDocument(id, alice);
  const bobPage = await openDocument(id, bob);
  for (const page of [alicePage, bobPage]) {
    await page.locator('[data-testid=editor][data-readonly=false]').waitFor({ timeout: 10_000 });
  }
  const fromAlice = 'Alice writes this line. ';
  const fromBob = 'Bob adds his words. ';
  await alicePage.locator(EDITABLE).click();
  await bobPage.locator(EDITABLE).click();
  await Promise.all([
    alicePage.keyboard.type(fromAlice, { delay: 15 }),
    bobPage.keyboard.type(fromBob, { delay: 15 }),
  ]);
  const sorted = (s) => [...s].sort().join('');
  const expected = sorted(fromAlice + fromBob);
  const a = await waitForText(alicePage, (t) => sorted(t) === expected, 'both edits at Alice');
  const b = await waitForText(bobPage, (t) => t === a, 'the same text at Bob');
  assert.equal(a, b);

  for (const page of [alicePage, bobPage]) {
    const status = page.locator('[data-testid=save-status]');
    await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
    assert.match(await status.innerText(), /Saved/);
  }

  // What was saved is what a fresh visitor gets.
  const carol = await openDocument(id, null);
  await waitForText(carol, (t) => t === a, 'the saved text after a fresh load');
  await carol.getByTestId('view-only').waitFor();
  await Promise.all([alicePage, bobPage, carol].map((p) => p.context().close()));
});

test('edits made while the server is away merge when it is back', async () => {
  const owner = await signUp(server.url);
  const id = await createDoc(server.url, owner);
  await setLinkAccess(server.url, owner, id, 'edit');
  const page = await openDocument(id, owner);
  await page.locator('[data-testid=editor][data-readonly=false]').waitFor({ timeout: 10_000 });
  await page.locator(EDITABLE).click();
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
  await connected(page, 40_000);
  await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });

  // Anyone with the link can edit, so an anonymous visitor reads the merged text too.
  const fresh = await openDocument(id, null);
  await waitForText(fresh, (t) => t === 'before. while offline. ', 'offline edits on the server');
  await Promise.all([page, fresh].map((p) => p.context().close()));
});

test('the home page lists documents and creates new ones', async () => {
  const context = await contextAs(browser, server.url, await signUp(server.url));
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByTestId('new-document').click();
  await page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
  await connected(page);
  await page.goto(server.url);
  await page.locator('[data-testid=doc-row]').first().waitFor();
  assert.equal(await page.locator('[data-testid=doc-row]').count(), 1);
  await context.close();
});

test('an anonymous visitor of the home page is sent to sign in', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForURL(/\/login$/);
  await page.getByRole('button', { name: 'Sign in' }).waitFor();
  await context.close();
});
