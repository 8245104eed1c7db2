// Settings and administration in the browser: API tokens made and revoked in Settings work and
// stop working on the API; an administrator disabling someone ends that person's open session.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from './browser.mjs';
import { connected } from './editor.mjs';
import { contextAs, createDoc, share, signUp, startServer } from './server.mjs';

let server;
let browser;
/** The first account of a server is its administrator. */
let admin;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = await signUp(server.url);
});

after(async () => {
  await browser?.close();
  await server?.stop();
  server?.cleanup();
});

const me = (token) => fetch(`${server.url}/api/auth/me`, { headers: { authorization: `Bearer ${token}` } });

test('a token created in Settings works on the API until it is revoked there', async () => {
  const user = await signUp(server.url);
  const context = await contextAs(browser, server.url, user);
  const page = await context.newPage();
  await page.goto(`${server.url}/settings`);
  await page.getByLabel('Token name').fill('backup script');
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = await page.getByTestId('new-token').innerText();
  assert.match(token, /^tdm_/);
  assert.equal((await me(token)).status, 200);

  const row = page.getByRole('row').filter({ hasText: 'backup script' });
  await row.getByRole('button', { name: 'Revoke' }).click();
  await row.getByRole('group').getByRole('button', { name: 'Revoke' }).click();
  await row.waitFor({ state: 'detached' });
  assert.equal((await me(token)).status, 401);
  await context.close();
});

test('an administrator disables a user: their open document closes, their session ends', async () => {
  const user = await signUp(server.url);
  const id = await createDoc(server.url, admin, 'doc', 'Shared notes');
  await share(server.url, admin, id, user.email, 'editor');
  const userContext = await contextAs(browser, server.url, user);
  const userPage = await userContext.newPage();
  await userPage.goto(`${server.url}/d/${id}`);
  await connected(userPage);

  const adminContext = await contextAs(browser, server.url, admin);
  const adminPage = await adminContext.newPage();
  await adminPage.goto(`${server.url}/admin`);
  const row = adminPage.getByTestId('user-row').filter({ hasText: user.email });
  await row.getByRole('button', { name: 'Disable' }).click();
  await row.getByRole('button', { name: 'Enable' }).waitFor();

  await userPage.getByTestId('document-problem').waitFor({ timeout: 15_000 });
  const session = await fetch(`${server.url}/api/auth/me`, { headers: { cookie: user.cookie } });
  assert.equal(session.status, 401);
  await Promise.all([userContext.close(), adminContext.close()]);
});
