// The real npm `yjs` + `y-websocket` WebsocketProvider, unmodified, against tandem, signed in
// the way scripts are: with a personal API token in the socket URL (`params: { token }`).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { apiCall, createDoc, signUp, startServer } from '../../web/e2e/server.mjs';

const providers = [];
// Destroying the Y.Doc also stops its awareness timer, which would keep Node running.
after(() =>
  providers.forEach((provider) => {
    provider.destroy();
    provider.doc.destroy();
  }),
);

/** A new account and a document it owns, with an API token for the sockets. */
async function ownedDoc(url) {
  const owner = await signUp(url);
  const { json } = await apiCall(url, owner, 'POST', '/tokens', { name: 'interop' }, 201);
  return { id: await createDoc(url, owner, 'code'), token: json.token };
}

function connect(url, { id, token }) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${url.replace('http', 'ws')}/sync`, id, doc, {
    WebSocketPolyfill: WebSocket,
    disableBc: true,
    params: { token },
  });
  providers.push(provider);
  return { doc, provider, text: doc.getText('content') };
}

async function until(predicate, what, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (predicate()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail(`timed out waiting for ${what}`);
}

const synced = (client) => until(() => client.provider.synced, 'sync');

test('two y-websocket clients converge, the content persists across a restart', async () => {
  const server = await startServer();
  const id = await ownedDoc(server.url);
  const a = connect(server.url, id);
  const b = connect(server.url, id);
  await Promise.all([synced(a), synced(b)]);

  // Concurrent edits: both insert at the start of the text at the same time.
  for (let i = 0; i < 50; i++) {
    a.text.insert(0, 'a');
    b.text.insert(0, 'b');
    if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
  }
  a.doc.transact(() => a.text.insert(a.text.length, '|A-end'));
  b.text.insert(0, 'B-start|');
  await until(() => a.text.toString() === b.text.toString() && a.text.length === 100 + 14, 'convergence');
  const converged = a.text.toString();
  assert.ok(converged.startsWith('B-start|') || converged.includes('B-start|'));

  // Awareness: a's state reaches b, and disappears when a leaves.
  a.provider.awareness.setLocalStateField('user', { name: 'Ada' });
  await until(() => b.provider.awareness.getStates().get(a.doc.clientID)?.user?.name === 'Ada', 'awareness');
  a.provider.destroy();
  await until(() => !b.provider.awareness.getStates().has(a.doc.clientID), 'awareness removal');
  b.provider.destroy();

  const port = new URL(server.url).port;
  const { dataDir } = server;
  await server.stop('SIGTERM');
  const restarted = await startServer({ dataDir, port });
  try {
    const c = connect(restarted.url, id);
    await synced(c);
    await until(() => c.text.toString() === converged, 'persisted content');
    c.provider.destroy();
  } finally {
    await restarted.stop();
    restarted.cleanup();
  }
});

test('a client that joins late receives the whole document', async () => {
  const server = await startServer();
  try {
    const id = await ownedDoc(server.url);
    const writer = connect(server.url, id);
    await synced(writer);
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i}\n`).join('');
    writer.text.insert(0, lines);
    const late = connect(server.url, id);
    await synced(late);
    await until(() => late.text.toString() === lines, 'late joiner content');
    writer.provider.destroy();
    late.provider.destroy();
  } finally {
    await server.stop();
    server.cleanup();
  }
});
