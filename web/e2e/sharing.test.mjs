// Accounts and sharing in the browser: sign-up and sign-in forms, the Share dialog, and a
// viewer who follows along read-only until promoted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser } from './browser.mjs';
import { connected, EDITABLE, editorText, waitForText } from './editor.mjs';
import { createDoc, newPerson, signUp, startServer } from './server.mjs';

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

/** Signs a new person up through the form, in a context of their own. */
async function signUpInBrowser(name) {
  const person = newPerson(name);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/signup`);
  await page.getByLabel('Name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByLabel('Password').fill(person.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.waitForURL(`${server.url}/`);
  await page.getByTestId('user-name').filter({ hasText: person.name }).waitFor();
  return { person, page };
}

test('a viewer follows edits live, cannot type, and edits once promoted', async () => {
  const owner = await signUpInBrowser('Olivia');
  const viewer = await signUpInBrowser('Victor');

  await owner.page.getByTestId('new-document').click();
  await owner.page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
  const docUrl = owner.page.url();
  await connected(owner.page);
  await owner.page.locator('[data-testid=editor][data-readonly=false]').waitFor({ timeout: 10_000 });

  // Share with the second account as a viewer.
  await owner.page.getByTestId('share').click();
  const dialog = owner.page.getByRole('dialog');
  await dialog.getByLabel('Email to share with').fill(viewer.person.email);
  await dialog.getByLabel('Role for the invite').selectOption('viewer');
  await dialog.getByRole('button', { name: 'Share', exact: true }).click();
  await dialog.getByTestId('invite-result').filter({ hasText: 'Added' }).waitFor();
  const member = dialog.getByTestId('share-member').filter({ hasText: viewer.person.email });
  await member.waitFor();
  assert.equal(await member.getByLabel(`Role of ${viewer.person.email}`).inputValue(), 'viewer');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await viewer.page.goto(docUrl);
  await connected(viewer.page);
  await viewer.page.getByTestId('view-only').waitFor();
  await viewer.page.locator('[data-testid=editor][data-readonly=true]').waitFor();

  // Live edits reach the viewer.
  await owner.page.locator(EDITABLE).click();
  await owner.page.keyboard.type('Written by the owner. ', { delay: 10 });
  const written = await waitForText(owner.page, (t) => t === 'Written by the owner. ', 'the owner’s text');
  await waitForText(viewer.page, (t) => t === written, 'the owner’s edit at the viewer');

  // Typing as a viewer changes nothing, here or there.
  await viewer.page.locator(EDITABLE).click();
  await viewer.page.keyboard.type('viewer was here');
  await viewer.page.keyboard.press('Enter');
  await viewer.page.waitForTimeout(500);
  assert.equal(await editorText(viewer.page), written);
  assert.equal(await editorText(owner.page), written);
  assert.equal(await viewer.page.locator(EDITABLE).getAttribute('contenteditable'), 'false');

  // The owner promotes the viewer to editor; the viewer's page notices without a reload.
  await owner.page.getByTestId('share').click();
  await dialog.getByLabel(`Role of ${viewer.person.email}`).selectOption('editor');
  await owner.page.waitForFunction(
    (email) => document.querySelector(`select[aria-label="Role of ${email}"]`)?.value === 'editor',
    viewer.person.email,
  );
  await dialog.getByRole('button', { name: 'Done' }).click();
  await viewer.page.locator('[data-testid=editor][data-readonly=false]').waitFor({ timeout: 15_000 });
  assert.equal(await viewer.page.getByTestId('view-only').count(), 0);

  await viewer.page.locator(EDITABLE).click();
  await viewer.page.keyboard.press('End');
  await viewer.page.keyboard.type('Now an editor.', { delay: 10 });
  await waitForText(owner.page, (t) => t === `${written}Now an editor.`, 'the promoted editor’s text at the owner');
  await viewer.page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });

  await Promise.all([owner.page.context().close(), viewer.page.context().close()]);
});

test('a wrong password shows an error on /login', async () => {
  const user = await signUp(server.url);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(`${user.password}-wrong`);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const error = page.getByTestId('auth-error');
  await error.waitFor();
  assert.match(await error.innerText(), /wrong email or password/i);
  assert.match(page.url(), /\/login$/);
  await context.close();
});

test('a private document asks an anonymous visitor to sign in, then opens after sign-in', async () => {
  const owner = await signUp(server.url);
  const id = await createDoc(server.url, owner);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/d/${id}`);
  await page.getByRole('heading', { name: 'Sign in to open this document' }).waitFor();
  await page.getByTestId('document-problem').getByRole('link', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}/login?next=${encodeURIComponent(`/d/${id}`)}`);
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${server.url}/d/${id}`);
  await connected(page);
  await context.close();
});
