// Property test of the board binding: random concurrent adds, moves, style changes and deletes
// from three clients, delivered in random order, converge to one scene that loses nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import { pushLocal, sceneFrom, type SceneElement } from './sceneSync';

interface Shape extends SceneElement {
  x: number;
  color: string;
  author: number;
}

/** A deterministic pseudo-random generator, so a failure can be replayed from its seed. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

class Client {
  readonly doc = new Y.Doc();
  readonly map = this.doc.getMap<Shape>('elements');
  scene: Shape[] = [];
  readonly origin = Symbol('local');

  constructor(readonly n: number) {
    // What the editor does on a remote change: take the map's scene.
    this.map.observe((event) => {
      if (event.transaction.origin !== this.origin) this.scene = sceneFrom(this.map, this.scene);
    });
  }

  /** What the editor does on a local change: the new scene, then push it. */
  change(scene: Shape[]) {
    this.scene = scene;
    pushLocal(this.map, scene, this.origin);
  }
}

function step(client: Client, rnd: () => number, counter: { next: number }, added: Set<string>) {
  const live = client.scene.filter((e) => !e.isDeleted);
  const pick = live[Math.floor(rnd() * live.length)];
  const bump = (e: Shape, patch: Partial<Shape>): Shape => ({
    ...e,
    ...patch,
    version: e.version + 1,
    versionNonce: Math.floor(rnd() * 2 ** 31),
  });
  const roll = rnd();
  if (roll < 0.4 || !pick) {
    const id = `c${client.n}-${counter.next++}`;
    added.add(id);
    const element: Shape = {
      id,
      version: 1,
      versionNonce: Math.floor(rnd() * 2 ** 31),
      index: `a${Math.floor(rnd() * 1000).toString(36)}`,
      isDeleted: false,
      x: 0,
      color: 'black',
      author: client.n,
    };
    client.change([...client.scene, element]);
  } else if (roll < 0.65) {
    client.change(client.scene.map((e) => (e.id === pick.id ? bump(e, { x: Math.floor(rnd() * 100) }) : e)));
  } else if (roll < 0.9) {
    client.change(client.scene.map((e) => (e.id === pick.id ? bump(e, { color: rnd() < 0.5 ? 'red' : 'blue' }) : e)));
  } else {
    client.change(client.scene.map((e) => (e.id === pick.id ? bump(e, { isDeleted: true }) : e)));
  }
}

function syncPair(a: Client, b: Client) {
  Y.applyUpdate(b.doc, Y.encodeStateAsUpdate(a.doc, Y.encodeStateVector(b.doc)));
  Y.applyUpdate(a.doc, Y.encodeStateAsUpdate(b.doc, Y.encodeStateVector(a.doc)));
}

for (const seed of [1, 2, 3, 42, 1234, 99_991]) {
  test(`three clients converge (seed ${seed})`, () => {
    const rnd = random(seed);
    const clients = [new Client(0), new Client(1), new Client(2)];
    const counter = { next: 0 };
    const added = new Set<string>();
    for (let i = 0; i < 400; i++) {
      step(clients[Math.floor(rnd() * 3)], rnd, counter, added);
      if (rnd() < 0.3) {
        const a = clients[Math.floor(rnd() * 3)];
        const b = clients[Math.floor(rnd() * 3)];
        if (a !== b) syncPair(a, b);
      }
    }
    // Everyone meets everyone until nothing changes: a client holding a winning state that the
    // map lost writes it again (what the editor's change handler does after a remote update).
    for (let round = 0; round < 4; round++) {
      for (const a of clients) for (const b of clients) if (a !== b) syncPair(a, b);
      for (const c of clients) c.change(c.scene);
    }
    const [first, ...rest] = clients.map((c) => JSON.stringify(c.scene));
    for (const other of rest) assert.equal(other, first);
    const ids = new Set(clients[0].scene.map((e) => e.id));
    for (const id of added) assert.ok(ids.has(id), `element ${id} was lost`);
  });
}

test('a concurrent change to one element ends as the higher version everywhere', () => {
  const [a, b] = [new Client(0), new Client(1)];
  const base: Shape = { id: 'x', version: 1, versionNonce: 5, index: 'a0', isDeleted: false, x: 0, color: 'black', author: 0 };
  a.change([base]);
  syncPair(a, b);
  a.change([{ ...base, version: 2, versionNonce: 9, x: 10 }]);
  b.change([{ ...base, version: 3, versionNonce: 1, color: 'red' }]);
  syncPair(a, b);
  a.change(a.scene);
  b.change(b.scene);
  syncPair(a, b);
  assert.deepEqual(a.scene, b.scene);
  assert.equal(a.scene[0].version, 3);
  assert.equal(a.scene[0].color, 'red');
});

test('an element changed in place, as Excalidraw does, is written again', () => {
  const [a, b] = [new Client(0), new Client(1)];
  const element: Shape = { id: 'x', version: 1, versionNonce: 5, index: 'a0', isDeleted: false, x: 0, color: 'black', author: 0 };
  a.change([element]);
  syncPair(a, b);
  element.x = 50;
  element.version = 2;
  a.change([element]);
  syncPair(a, b);
  assert.equal(b.scene[0].x, 50);
  assert.equal(b.scene[0].version, 2);
});
