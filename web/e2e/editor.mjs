// Reading the editor from a test.
import assert from 'node:assert/strict';

/** The document text, without the remote-cursor name labels drawn inside the lines. */
export const editorText = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('.cm-content .cm-line')]
      .map((line) => {
        const copy = line.cloneNode(true);
        copy.querySelectorAll('.cm-ySelectionCaret').forEach((caret) => caret.remove());
        return copy.textContent.replace(/\u2060/g, '');
      })
      .join('\n'),
  );

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
