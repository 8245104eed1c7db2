// The Docs and Code apps in two browser contexts: rich text typed at once, cursors with names,
// comments that follow their text, undo of one's own edits only, version restore, Markdown
// round trip, the shared code language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connected, EDITABLE, editorText, exportFile, waitForText } from './editor.mjs';
import { contextAs, createDoc, share } from './server.mjs';
import { twoPeople } from './twoPeople.mjs';

const world = twoPeople();

async function openAs(id, user) {
  const context = await contextAs(world.browser, world.server.url, user);
  const page = await context.newPage();
  await page.goto(`${world.server.url}/d/${id}`);
  await connected(page);
  await page.locator('[data-testid=editor][data-readonly=false]').waitFor({ timeout: 10_000 });
  return page;
}

/** Alice and Bob, both editors of a new document of `kind`, each with the page open. */
async function pair(kind = 'doc') {
  const id = await createDoc(world.server.url, world.alice, kind);
  await share(world.server.url, world.alice, id, world.bob.email, 'editor');
  const [a, b] = [await openAs(id, world.alice), await openAs(id, world.bob)];
  return { id, a, b, close: () => Promise.all([a.context().close(), b.context().close()]) };
}

/** Places the caret at the end of the rich text. */
async function caretAtEnd(page) {
  await page.locator(EDITABLE).click();
  await page.keyboard.press('Control+End');
}

test('rich text typed at once in one paragraph converges, with the other’s named cursor', async () => {
  const { a, b, close } = await pair();
  await caretAtEnd(a);
  await a.keyboard.type('Shared paragraph. ', { delay: 10 });
  await waitForText(b, (t) => t === 'Shared paragraph. ', 'Alice’s start at Bob');
  await caretAtEnd(b);
  const fromAlice = 'alice-words ';
  const fromBob = 'bob-words ';
  await Promise.all([a.keyboard.type(fromAlice, { delay: 20 }), b.keyboard.type(fromBob, { delay: 20 })]);
  const sorted = (s) => [...s].sort().join('');
  const expected = sorted(`Shared paragraph. ${fromAlice}${fromBob}`);
  const atAlice = await waitForText(a, (t) => sorted(t) === expected, 'both edits at Alice');
  await waitForText(b, (t) => t === atAlice, 'the same text at Bob');
  assert.ok(!atAlice.includes('\n'), 'one paragraph');

  // Each sees the other's caret labelled with their name, and both in the presence bar.
  await a.locator('.collab-caret-label', { hasText: world.bob.name }).waitFor({ timeout: 10_000 });
  await b.locator('.collab-caret-label', { hasText: world.alice.name }).waitFor({ timeout: 10_000 });
  await a.locator(`[data-testid=presence-person][data-name="${world.bob.name}"]`).waitFor();
  for (const page of [a, b]) await page.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
  await close();
});

test('clicking someone’s avatar scrolls to their cursor', async () => {
  const { a, b, close } = await pair();
  const long = Array.from({ length: 80 }, (_, i) => `Paragraph ${i + 1} of a long document.`).join('\n\n');
  await a.getByTestId('file-menu').click();
  await a.getByTestId('import-file').setInputFiles({ name: 'long.md', mimeType: 'text/markdown', buffer: Buffer.from(long) });
  await waitForText(b, (t) => t.includes('Paragraph 80'), 'the long text at Bob');
  await b.locator('.tiptap p').last().click();
  await b.keyboard.press('End');
  await b.keyboard.type(' Bob is here.', { delay: 5 });
  await a.locator('.tiptap p').first().click();
  await a.locator('.editor-area').evaluate((e) => e.scrollTo(0, 0));
  const caret = a.locator('.collab-caret-label', { hasText: world.bob.name });
  await caret.waitFor({ state: 'attached', timeout: 10_000 });
  assert.equal(await caret.isVisible() && (await caret.boundingBox()).y < 700, false, 'Bob’s cursor starts out of view');
  await a.locator(`[data-testid=presence-person][data-name="${world.bob.name}"]`).click();
  await a.waitForFunction((name) => {
    const label = [...document.querySelectorAll('.collab-caret-label')].find((l) => l.textContent === name);
    const box = label?.getBoundingClientRect();
    return box && box.top > 0 && box.bottom < window.innerHeight;
  }, world.bob.name, { timeout: 5_000 });
  await close();
});

test('a comment appears for the other person and follows its text after an insertion before it', async () => {
  const { a, b, close } = await pair();
  await caretAtEnd(a);
  await a.keyboard.type('Please review this sentence.', { delay: 5 });
  await waitForText(b, (t) => t === 'Please review this sentence.', 'the text at Bob');
  // Select "sentence" (8 characters before the final full stop).
  await a.keyboard.press('ArrowLeft');
  for (let i = 0; i < 8; i++) await a.keyboard.press('Shift+ArrowLeft');
  await a.getByTestId('toggle-comments').click();
  await a.getByTestId('comment-add').click();
  await a.getByTestId('comment-input').fill('Is this the right word?');
  await a.getByTestId('comment-submit').click();

  await b.getByTestId('toggle-comments').click();
  const thread = b.getByTestId('comment-thread');
  await thread.getByTestId('comment-text').filter({ hasText: 'Is this the right word?' }).waitFor({ timeout: 10_000 });
  assert.equal(await b.locator('.comment-highlight').innerText(), 'sentence');

  // Bob writes at the start of the paragraph: the highlight still covers the same word.
  await b.locator('.tiptap p').first().click({ position: { x: 1, y: 4 } });
  await b.keyboard.type('Intro: ', { delay: 10 });
  await waitForText(a, (t) => t === 'Intro: Please review this sentence.', 'Bob’s insertion at Alice');
  for (const page of [a, b]) assert.equal(await page.locator('.comment-highlight').innerText(), 'sentence');

  // A reply, then resolving it, reach the other side.
  await thread.click();
  await thread.getByTestId('comment-input').fill('Yes, it is.');
  await thread.getByTestId('comment-submit').click();
  await a.getByTestId('comment-text').filter({ hasText: 'Yes, it is.' }).waitFor({ timeout: 10_000 });
  if (process.env.TANDEM_DOCS_SCREENSHOT) {
    await a.setViewportSize({ width: 1200, height: 560 });
    await a.screenshot({ path: process.env.TANDEM_DOCS_SCREENSHOT });
  }
  await a.getByTestId('comment-resolve').click();
  await b.getByTestId('comment-thread').waitFor({ state: 'detached', timeout: 10_000 });
  await close();
});

test('undo takes back only one’s own typing', async () => {
  const { a, b, close } = await pair();
  await caretAtEnd(a);
  await a.keyboard.type('From Alice.', { delay: 5 });
  await waitForText(b, (t) => t === 'From Alice.', 'Alice’s text at Bob');
  await caretAtEnd(b);
  await b.keyboard.type(' From Bob.', { delay: 5 });
  await waitForText(a, (t) => t === 'From Alice. From Bob.', 'Bob’s text at Alice');
  await a.locator(EDITABLE).click();
  await a.keyboard.press('Control+z');
  await waitForText(a, (t) => t === ' From Bob.', 'Alice’s undo at Alice');
  await waitForText(b, (t) => t === ' From Bob.', 'Alice’s undo at Bob');
  await close();
});

test('restoring a named version is a new edit both people see', async () => {
  const { a, b, close } = await pair();
  await caretAtEnd(a);
  await a.keyboard.type('The first draft.', { delay: 5 });
  await a.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
  await a.getByTestId('toggle-history').click();
  await a.getByTestId('version-name').fill('First draft');
  await a.getByTestId('version-save').click();
  await a.getByTestId('version').filter({ hasText: 'First draft' }).waitFor();

  await caretAtEnd(b);
  await b.keyboard.type(' Later changes.', { delay: 5 });
  await waitForText(a, (t) => t === 'The first draft. Later changes.', 'Bob’s changes at Alice');

  await a.getByTestId('version').filter({ hasText: 'First draft' }).locator('button').click();
  await a.getByTestId('version-preview').filter({ hasText: 'The first draft.' }).waitFor();
  await a.getByTestId('version-restore').click();
  for (const page of [a, b]) await waitForText(page, (t) => t === 'The first draft.', 'the restored text');
  // What was there before the restore is kept as a version of its own.
  await a.getByTestId('version').filter({ hasText: 'Before restoring' }).waitFor();
  await close();
});

test('Markdown exported from one document imports into another as the same document', async () => {
  const { a, close } = await pair();
  await caretAtEnd(a);
  await a.keyboard.type('# Plan\nSome **bold** words.\n- one\ntwo\n', { delay: 5 });
  await a.locator('.tiptap h1').filter({ hasText: 'Plan' }).waitFor();
  await a.locator('.tiptap strong').filter({ hasText: 'bold' }).waitFor();
  const exported = await download(a, 'md');
  assert.match(exported, /^# Plan/m);
  assert.match(exported, /\*\*bold\*\*/);
  assert.match(exported, /^- one$/m);

  const second = await createDoc(world.server.url, world.alice, 'doc', 'Imported');
  const page = await openAs(second, world.alice);
  await page.getByTestId('file-menu').click();
  await page.getByTestId('import-file').setInputFiles({ name: 'plan.md', mimeType: 'text/markdown', buffer: Buffer.from(exported) });
  await page.locator('.tiptap h1').filter({ hasText: 'Plan' }).waitFor();
  assert.equal((await download(page, 'md')).trim(), exported.trim());
  const html = await download(page, 'html');
  assert.match(html, /<h1>Plan<\/h1>/);
  await page.context().close();
  await close();
});

test('an image uploaded into a document is stored on the server and shown to the other person', async () => {
  const { a, b, close } = await pair();
  await caretAtEnd(a);
  await a.keyboard.type('Look:', { delay: 5 });
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
  await a.getByTestId('image-file').setInputFiles({ name: 'dot.png', mimeType: 'image/png', buffer: png });
  const image = b.locator('.tiptap img[src^="/api/"]');
  await image.waitFor({ timeout: 10_000 });
  assert.match(await image.getAttribute('src'), /^\/api\/docs\/[^/]+\/files\/[0-9a-f]{64}$/);
  // Loaded through Bob's own session: the file is served to the document's readers.
  await b.waitForFunction(() => document.querySelector('.tiptap img[src^="/api/"]')?.naturalWidth === 1);
  await close();
});

test('the code language is shared and names the downloaded file', async () => {
  const { a, b, close } = await pair('code');
  await a.getByTestId('language').selectOption('Python');
  await b.waitForFunction(() => document.querySelector('[data-testid=language]')?.value === 'Python');
  await a.locator(EDITABLE).click();
  await a.keyboard.type('def greet():\n    return 1\n', { delay: 5 });
  await waitForText(b, (t) => t.startsWith('def greet():'), 'the code at Bob');
  // Alice's caret, with her name, at Bob.
  await b.locator('.cm-ySelectionInfo', { hasText: world.alice.name }).waitFor({ timeout: 10_000 });
  if (process.env.TANDEM_CODE_SCREENSHOT) {
    await b.setViewportSize({ width: 1100, height: 420 });
    await b.screenshot({ path: process.env.TANDEM_CODE_SCREENSHOT });
  }
  // The grammar is loaded: keywords are highlighted.
  await b.locator('.cm-content span', { hasText: 'def' }).first().waitFor();
  const file = await exportFile(b, 'py');
  assert.match(file.name, /\.py$/);
  assert.equal(file.bytes.toString(), await editorText(b));
  await close();
});

const download = async (page, extension) => (await exportFile(page, extension)).bytes.toString();
