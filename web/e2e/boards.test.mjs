// Boards in two browser contexts: shapes drawn by one appear for the other as they are drawn,
// the server holds them element by element, and images go to the server, not into the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { connected, exportFile, openEditor } from './editor.mjs';
import { contextAs, createDoc, share } from './server.mjs';
import { twoPeople } from './twoPeople.mjs';

const world = twoPeople();

async function openBoard(id, user) {
  const page = await openEditor(world, id, user, '.excalidraw');
  // Excalidraw takes its shortcuts once the canvas has the focus.
  await page.mouse.click(1000, 700);
  return page;
}

/** The board as the server stores it: its `elements` and `files` maps. */
async function storedBoard(id, user) {
  const response = await fetch(`${world.server.url}/api/docs/${id}/state`, { headers: { cookie: user.cookie } });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
  return { elements: doc.getMap('elements').toJSON(), files: doc.getMap('files').toJSON() };
}

async function drag(page, tool, from, to) {
  await page.keyboard.press(tool);
  await page.mouse.move(from[0], from[1]);
  await page.mouse.down();
  await page.mouse.move((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, { steps: 5 });
  await page.mouse.move(to[0], to[1], { steps: 5 });
  await page.mouse.up();
}

const elementCount = (page, n) =>
  page.locator(`[data-testid=editor][data-elements="${n}"]`).waitFor({ timeout: 15_000 });

test('a rectangle and an arrow bound to it appear for the other, concurrent moves are both kept, all persisted', async () => {
  const id = await createDoc(world.server.url, world.alice, 'board', 'Whiteboard');
  await share(world.server.url, world.alice, id, world.bob.email, 'editor');
  const a = await openBoard(id, world.alice);
  const b = await openBoard(id, world.bob);
  await drag(a, 'r', [300, 300], [450, 420]);
  // Ending on the rectangle: the arrow binds to it.
  await drag(a, 'a', [700, 360], [445, 360]);
  await elementCount(a, 2);
  await elementCount(b, 2);
  // Alice is in Bob's list of collaborators (whose pointer and selection his board draws).
  await b.locator('.UserList__collaborator').first().waitFor({ timeout: 10_000 });
  await a.keyboard.press('Escape');
  await drag(b, 'o', [300, 550], [400, 650]);
  await elementCount(a, 3);
  await b.keyboard.press('Escape');

  // Alice moves the rectangle while Bob moves the ellipse.
  const before = await storedBoard(id, world.alice);
  const byType = (board, type) => Object.values(board.elements).find((e) => e.type === type && !e.isDeleted);
  const rectangle = byType(before, 'rectangle');
  const arrow = byType(before, 'arrow');
  assert.equal(arrow.endBinding?.elementId ?? arrow.startBinding?.elementId, rectangle.id, 'the arrow is bound to the rectangle');
  // Grabbed by their outlines (an unfilled shape is not grabbed from inside).
  await Promise.all([drag(a, '1', [301, 360], [301, 260]), drag(b, '1', [301, 600], [501, 600])]);
  await a.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
  await b.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
  const after = await storedBoard(id, world.alice);
  assert.ok(byType(after, 'rectangle').y < rectangle.y - 50, 'Alice’s move kept');
  assert.ok(byType(after, 'ellipse').x > byType(before, 'ellipse').x + 100, 'Bob’s move kept');

  // Reload: the board comes back from the server as it was.
  await a.reload();
  await connected(a);
  await elementCount(a, 3);
  await Promise.all([a.context().close(), b.context().close()]);
});

test('an image added on one side is uploaded and shows on the other; PNG and SVG export', async () => {
  const id = await createDoc(world.server.url, world.alice, 'board', 'Pictures');
  await share(world.server.url, world.alice, id, world.bob.email, 'editor');
  const a = await openBoard(id, world.alice);
  const b = await openBoard(id, world.bob);
  // Dropped onto the board, as from the desktop.
  await a.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const transfer = new DataTransfer();
    transfer.items.add(new File([bytes], 'dot.png', { type: 'image/png' }));
    const target = document.querySelector('.excalidraw canvas.interactive') ?? document.querySelector('.excalidraw');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, clientX: 500, clientY: 400, bubbles: true, cancelable: true }));
    }
  }, 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==');
  await elementCount(b, 1);
  await b.locator('[data-testid=editor][data-images="1"]').waitFor({ timeout: 15_000 });
  const stored = await storedBoard(id, world.alice);
  const [file] = Object.values(stored.files);
  assert.match(file.url, /^\/api\/docs\/[^/]+\/files\/[0-9a-f]{64}$/);
  assert.ok(!JSON.stringify(stored).includes('data:image'), 'no image bytes in the document');

  await drag(a, 'r', [700, 300], [800, 400]);
  await elementCount(a, 2);
  const exported = async (extension) => (await exportFile(a, extension)).bytes;
  const image = await exported('png');
  assert.equal(image.subarray(1, 4).toString(), 'PNG');
  assert.ok(image.length > 1000, 'a real picture');
  const svg = (await exported('svg')).toString();
  assert.match(svg, /<svg/);
  assert.match(svg, /<image|<use/, 'the image is in the SVG');
  assert.match(svg, /<path/, 'the rectangle is in the SVG');
  await Promise.all([a.context().close(), b.context().close()]);
});

test('following someone: their view is shown, with their name', async () => {
  const id = await createDoc(world.server.url, world.alice, 'board', 'Follow me');
  await share(world.server.url, world.alice, id, world.bob.email, 'editor');
  const a = await openBoard(id, world.alice);
  const b = await openBoard(id, world.bob);
  await a.mouse.move(600, 500, { steps: 3 });
  const avatar = b.locator('.UserList__collaborator').first();
  await avatar.waitFor({ timeout: 10_000 });
  await avatar.click();
  await b.locator('.follow-mode').filter({ hasText: world.alice.name }).waitFor({ timeout: 10_000 });
  await Promise.all([a.context().close(), b.context().close()]);
});

test('a viewer watches a board live but cannot change it', async () => {
  const id = await createDoc(world.server.url, world.alice, 'board', 'Look, do not touch');
  await share(world.server.url, world.alice, id, world.bob.email, 'viewer');
  const a = await openBoard(id, world.alice);
  const context = await contextAs(world.browser, world.server.url, world.bob);
  const b = await context.newPage();
  await b.setViewportSize({ width: 1200, height: 800 });
  await b.goto(`${world.server.url}/d/${id}`);
  await connected(b);
  await b.locator('[data-testid=editor][data-readonly=true] .excalidraw').waitFor({ timeout: 15_000 });
  await drag(a, 'r', [300, 300], [450, 420]);
  await elementCount(b, 1);
  // Drawing as a viewer does nothing, here or there.
  await b.mouse.click(1000, 700);
  await drag(b, 'o', [600, 300], [700, 400]);
  await b.waitForTimeout(500);
  await elementCount(b, 1);
  const stored = await storedBoard(id, world.alice);
  assert.equal(Object.values(stored.elements).filter((e) => !e.isDeleted).length, 1);
  await Promise.all([a.context().close(), context.close()]);
});

test('a comment pinned on a shape reaches the other person', async () => {
  const id = await createDoc(world.server.url, world.alice, 'board', 'Review');
  await share(world.server.url, world.alice, id, world.bob.email, 'editor');
  const a = await openBoard(id, world.alice);
  const b = await openBoard(id, world.bob);
  await drag(a, 'r', [300, 300], [450, 420]);
  await elementCount(b, 1);
  // The new shape is selected; comment on it.
  await a.getByTestId('toggle-comments').click();
  await a.getByTestId('comment-add').click();
  await a.getByTestId('comment-input').fill('Should this be a queue?');
  await a.getByTestId('comment-submit').click();
  await b.getByTestId('toggle-comments').click();
  const thread = b.getByTestId('comment-thread');
  await thread.getByTestId('comment-text').filter({ hasText: 'Should this be a queue?' }).waitFor({ timeout: 10_000 });
  assert.match(await thread.locator('.comment-quote').innerText(), /rectangle/);
  await Promise.all([a.context().close(), b.context().close()]);
});

test('deleting an element on one side removes it on the other', async () => {
  const id = await createDoc(world.server.url, world.alice, 'board', 'Deletions');
  await share(world.server.url, world.alice, id, world.bob.email, 'editor');
  const a = await openBoard(id, world.alice);
  const b = await openBoard(id, world.bob);
  await drag(a, 'r', [300, 300], [450, 420]);
  await elementCount(b, 1);
  await a.keyboard.press('Delete');
  await elementCount(a, 0);
  await elementCount(b, 0);
  await Promise.all([a.context().close(), b.context().close()]);
});

test('the board exports as .excalidraw JSON from the File menu', async () => {
  const id = await createDoc(world.server.url, world.alice, 'board', 'Export me');
  const a = await openBoard(id, world.alice);
  await drag(a, 'r', [300, 300], [450, 420]);
  await elementCount(a, 1);
  const saved = await exportFile(a, 'excalidraw');
  assert.match(saved.name, /\.excalidraw$/);
  const scene = JSON.parse(saved.bytes.toString());
  assert.equal(scene.type, 'excalidraw');
  assert.equal(scene.elements.filter((e) => !e.isDeleted).length, 1);
  await a.context().close();
});


test('an .excalidraw file imported from the home page opens as a new board', async () => {
  const scene = {
    type: 'excalidraw',
    version: 2,
    elements: [
      { id: 'r1', type: 'rectangle', index: 'a0', x: 100, y: 100, width: 200, height: 100, angle: 0, strokeColor: '#1e1e1e',
        backgroundColor: 'transparent', fillStyle: 'solid', strokeWidth: 2, strokeStyle: 'solid', roughness: 1, opacity: 100,
        groupIds: [], frameId: null, roundness: null, seed: 1, version: 2, versionNonce: 3, isDeleted: false,
        boundElements: null, updated: 1, link: null, locked: false },
    ],
    appState: {},
    files: {},
  };
  const context = await contextAs(world.browser, world.server.url, world.alice);
  const page = await context.newPage();
  await page.goto(world.server.url);
  await page.getByTestId('import-board').setInputFiles({ name: 'Plan.excalidraw', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(scene)) });
  await page.waitForURL(/\/d\/[A-Za-z0-9_-]+$/);
  await connected(page);
  await elementCount(page, 1);
  assert.equal(await page.getByLabel('Document title').inputValue(), 'Plan');
  await context.close();
});
