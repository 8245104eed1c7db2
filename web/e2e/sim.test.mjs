// Simulations in two browser contexts against the real server: a diagram built in one appears in
// the other, a run started by one streams its metrics to both, failures injected by one show in
// both, comments pin to components, templates run, and a bad import changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { exportFile, openEditor } from './editor.mjs';
import { contextAs, createDoc, share } from './server.mjs';
import { twoPeople } from './twoPeople.mjs';

const world = twoPeople();

async function openSim(id, user) {
  const page = await openEditor(world, id, user, '.react-flow');
  // Replacing a diagram asks first.
  page.on('dialog', (dialog) => dialog.accept());
  return page;
}

/** The diagram as the server stores it. */
async function storedDiagram(id, user) {
  const response = await fetch(`${world.server.url}/api/docs/${id}/state`, { headers: { cookie: user.cookie } });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
  return { components: doc.getMap('components').toJSON(), edges: doc.getMap('edges').toJSON() };
}

const counts = (page, components, edges) =>
  page.locator(`[data-testid=editor][data-components="${components}"][data-edges="${edges}"]`).waitFor({ timeout: 15_000 });

const node = (page, kind) => page.locator(`[data-testid=sim-node][data-kind=${kind}]`).first();

/** Waits until `read(page)` (run in the test) satisfies `ok`; fails with the last value. */
async function waitFor(page, read, ok, what, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  let value;
  while (Date.now() < deadline) {
    value = await read(page);
    if (ok(value)) return value;
    await page.waitForTimeout(200);
  }
  assert.fail(`timed out waiting for ${what}; last saw ${JSON.stringify(value)}`);
}

/** The largest value of a node metric on the page (`data-value` of each badge). */
const largest = (testId) => async (page) =>
  Math.max(0, ...(await page.locator(`[data-testid=${testId}]`).evaluateAll((els) => els.map((e) => Number(e.dataset.value)))));

const bottlenecks = async (page) => (await page.getByTestId('sim-bottleneck').allInnerTexts()).join(' | ');

/** A client calling a service, made in the page with the palette and the "Connect to" list. */
async function clientToService(page) {
  await page.getByTestId('sim-palette-service').click();
  await page.getByTestId('sim-palette-client').click();
  await counts(page, 2, 0);
  // The client was added last and is selected: its panel offers the edge to the service.
  await page.getByTestId('sim-params').locator(`[data-testid=sim-component-name]`).waitFor();
  const service = await node(page, 'service').getAttribute('data-component-id');
  await page.getByTestId('sim-connect').selectOption(service);
  await counts(page, 2, 1);
}

test('a diagram built in one page appears in the other, with its parameters', async () => {
  const id = await createDoc(world.server.url, world.alice, 'sim', 'Design review');
  await share(world.server.url, world.alice, id, world.bob.email, 'editor');
  const a = await openSim(id, world.alice);
  const b = await openSim(id, world.bob);
  await clientToService(a);
  await counts(b, 2, 1);

  // Bob changes the service's instances; Alice sees it in her panel.
  await node(b, 'service').click();
  await b.getByTestId('sim-param-instances').fill('7');
  await node(a, 'service').click();
  await waitFor(a, (p) => p.getByTestId('sim-param-instances').inputValue(), (v) => v === '7', 'the instances Bob set');
  // Each sees the other's selection.
  await a.locator('.sim-node-watchers').filter({ hasText: world.bob.name }).waitFor({ timeout: 10_000 });

  await b.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
  const stored = await storedDiagram(id, world.alice);
  const service = Object.values(stored.components).find((c) => c.type === 'service');
  assert.equal(service.params.instances, 7);
  assert.equal(Object.keys(stored.edges).length, 1);
  await Promise.all([a.context().close(), b.context().close()]);
});

test('a run started in one page streams metrics to both; a killed component shows in both', async () => {
  const id = await createDoc(world.server.url, world.alice, 'sim', 'Break it');
  await share(world.server.url, world.alice, id, world.bob.email, 'editor');
  const a = await openSim(id, world.alice);
  const b = await openSim(id, world.bob);
  await clientToService(a);
  await counts(b, 2, 1);

  await a.getByTestId('sim-run').click();
  for (const page of [a, b]) {
    await page.locator('[data-testid=sim-state][data-state=running]').waitFor({ timeout: 15_000 });
    await waitFor(page, largest('sim-node-throughput'), (v) => v > 0, 'throughput');
  }
  await waitFor(b, (p) => p.getByTestId('sim-clock').innerText(), (t) => t !== '0:00 / 10:00', 'the simulated clock');
  const before = await bottlenecks(b);

  await node(a, 'service').click();
  await a.getByTestId('sim-kill').click();
  for (const page of [a, b]) {
    await page.locator('[data-testid=sim-node][data-kind=service][data-state=down]').waitFor({ timeout: 15_000 });
    await waitFor(page, largest('sim-node-errors'), (v) => v > 0, 'errors after the kill');
    await waitFor(page, bottlenecks, (text) => text !== before && text !== '', 'a new bottleneck message');
  }
  // The failure is listed for everyone; healing it brings the service back.
  await b.getByTestId('sim-failure').first().waitFor({ timeout: 10_000 });
  await node(b, 'service').click();
  await b.getByTestId('sim-heal').first().click();
  await a.locator('[data-testid=sim-node][data-kind=service][data-state=up]').waitFor({ timeout: 15_000 });

  await a.getByTestId('sim-stop').click();
  await b.locator('[data-testid=sim-state][data-state=stopped]').waitFor({ timeout: 15_000 });
  const csv = await fetch(`${world.server.url}/api/docs/${id}/sim/metrics.csv`, { headers: { cookie: world.alice.cookie } });
  assert.equal(csv.status, 200);
  assert.ok((await csv.text()).split('\n').length > 2, 'rows of metrics');
  await Promise.all([a.context().close(), b.context().close()]);
});

test('a comment pinned on a component reaches the other person', async () => {
  const id = await createDoc(world.server.url, world.alice, 'sim', 'Comments');
  await share(world.server.url, world.alice, id, world.bob.email, 'editor');
  const a = await openSim(id, world.alice);
  const b = await openSim(id, world.bob);
  await a.getByTestId('sim-palette-database').click();
  await counts(b, 1, 0);
  // The new component is selected; comment on it.
  await a.getByTestId('toggle-comments').click();
  await a.getByTestId('comment-add').click();
  await a.getByTestId('comment-input').fill('Does this need a replica?');
  await a.getByTestId('comment-submit').click();
  await b.getByTestId('toggle-comments').click();
  const thread = b.getByTestId('comment-thread');
  await thread.getByTestId('comment-text').filter({ hasText: 'Does this need a replica?' }).waitFor({ timeout: 10_000 });
  const name = await node(b, 'database').getByTestId('sim-node-name').innerText();
  assert.match(await thread.locator('.comment-quote').innerText(), new RegExp(name));
  // The component carries a marker that opens the thread.
  await node(b, 'database').getByTestId('sim-comment-mark').click();
  await b.locator('.comment-thread-active').waitFor({ timeout: 5_000 });
  await Promise.all([a.context().close(), b.context().close()]);
});

test('a template opens and runs', async () => {
  const id = await createDoc(world.server.url, world.alice, 'sim', 'From a template');
  const a = await openSim(id, world.alice);
  await a.getByTestId('sim-template-url-shortener').click();
  await counts(a, 6, 6);
  await a.getByTestId('sim-speed').selectOption('10');
  await a.getByTestId('sim-run').click();
  await a.locator('[data-testid=sim-state][data-state=running]').waitFor({ timeout: 15_000 });
  await waitFor(a, largest('sim-node-throughput'), (v) => v > 0, 'throughput in the template');
  await a.getByTestId('sim-request').first().waitFor({ timeout: 10_000 });
  await a.getByTestId('sim-stop').click();
  await a.locator('[data-testid=sim-state][data-state=stopped]').waitFor({ timeout: 15_000 });

  // Its JSON export, imported from the home page, is a new simulation with the same diagram.
  const exported = await exportFile(a, 'json');
  await a.goto(`${world.server.url}/`);
  await a.getByTestId('import-sim').setInputFiles({ name: 'Shortener copy.json', mimeType: 'application/json', buffer: exported.bytes });
  await a.waitForURL((url) => url.pathname.startsWith('/d/') && !url.pathname.endsWith(id), { timeout: 15_000 });
  await counts(a, 6, 6);
  await a.context().close();
});

test('importing a diagram with an unknown kind says why and changes nothing', async () => {
  const id = await createDoc(world.server.url, world.alice, 'sim', 'Import');
  const a = await openSim(id, world.alice);
  await a.getByTestId('sim-palette-service').click();
  await counts(a, 1, 0);
  await a.locator('[data-testid=save-status][data-state=saved]').waitFor({ timeout: 10_000 });
  const before = await storedDiagram(id, world.alice);

  const file = {
    version: 1,
    components: [
      { id: 'c', type: 'client', name: 'Users', x: 0, y: 0, params: {} },
      { id: 'm', type: 'mainframe', name: 'Big iron', x: 240, y: 0, params: {} },
    ],
    edges: [{ id: 'e', from: 'c', to: 'm' }],
  };
  await a.getByTestId('sim-import-json').setInputFiles({ name: 'legacy.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const error = a.getByTestId('sim-import-error');
  await error.waitFor({ timeout: 5_000 });
  assert.match(await error.innerText(), /legacy\.json was not imported.*unknown kind "mainframe"/s);
  await counts(a, 1, 0);
  await a.waitForTimeout(500);
  assert.deepEqual(await storedDiagram(id, world.alice), before);
  await a.context().close();
});

test('a viewer watches a simulation but cannot change or run it', async () => {
  const id = await createDoc(world.server.url, world.alice, 'sim', 'Look only');
  await share(world.server.url, world.alice, id, world.bob.email, 'viewer');
  const a = await openSim(id, world.alice);
  await clientToService(a);
  const context = await contextAs(world.browser, world.server.url, world.bob);
  const b = await context.newPage();
  await b.setViewportSize({ width: 1200, height: 800 });
  await b.goto(`${world.server.url}/d/${id}`);
  await b.locator('[data-testid=editor][data-readonly=true] .react-flow').waitFor({ timeout: 15_000 });
  await counts(b, 2, 1);
  assert.equal(await b.getByTestId('sim-palette-service').count(), 0, 'no palette');
  assert.ok(await b.getByTestId('sim-run').isDisabled(), 'no run button');
  await node(b, 'service').click();
  assert.ok(await b.getByTestId('sim-param-instances').isDisabled(), 'no parameter edits');
  await Promise.all([a.context().close(), context.close()]);
});
