// Reading the editor from a test, whichever kind it is: CodeMirror (code) or TipTap (docs).
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { contextAs } from './server.mjs';

/** Where to click to type into the editor. */
export const EDITABLE = '.cm-content, .tiptap';

/** The document text, without the remote-cursor name labels drawn inside the lines; one line
 *  per CodeMirror line or per rich-text block. */
export const editorText = (page) =>
  page.evaluate(() => {
    const strip = (node, carets) => {
      const copy = node.cloneNode(true);
      copy.querySelectorAll(carets).forEach((caret) => caret.remove());
      return copy.textContent.replace(/\u2060/g, '');
    };
    const lines = document.querySelectorAll('.cm-content .cm-line');
    if (lines.length > 0) return [...lines].map((line) => strip(line, '.cm-ySelectionCaret')).join('\n');
    const rich = document.querySelector('.tiptap');
    return rich ? [...rich.children].map((block) => strip(block, '.collab-caret')).join('\n') : '';
  });

export async function waitForText(page, predicate, what, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = await editorText(page);
    if (predicate(text)) return text;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out waiting for ${what}; editor has ${JSON.stringify(await editorText(page))}`);
}

export const connected = (page, timeout = 15_000) =>
  page.locator('[data-testid=connection][data-state=connected]').waitFor({ timeout });

/** A page of `user` on a document, once connected and its editor (`ready`, inside the
 *  editable editor) is there. */
export async function openEditor(world, id, user, ready) {
  const context = await contextAs(world.browser, world.server.url, user);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1200, height: 800 });
  await page.goto(`${world.server.url}/d/${id}`);
  await connected(page);
  await page.locator(`[data-testid=editor][data-readonly=false] ${ready}`).waitFor({ timeout: 15_000 });
  return page;
}

/** Downloads the document in one of the File menu's formats: the file's name and bytes. */
export async function exportFile(page, extension) {
  await page.getByTestId('file-menu').click();
  const [saved] = await Promise.all([page.waitForEvent('download'), page.getByTestId(`export-${extension}`).click()]);
  return { name: saved.suggestedFilename(), bytes: await readFile(await saved.path()) };
}
