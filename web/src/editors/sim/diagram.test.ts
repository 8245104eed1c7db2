import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Y from 'yjs';
import type { SimCatalog } from '../../api/client';
import { fitToCatalog, newName, paramValue } from './catalog';
import {
  addComponent,
  addEdge,
  deleteComponents,
  exportDiagram,
  freeSpot,
  KINDS,
  moveComponent,
  parseDiagram,
  readDiagram,
  replaceDiagram,
  setParam,
  updateEdge,
  validateDiagram,
  type Diagram,
} from './diagram';
import { TEMPLATES } from './templates';

/** The catalog's shape as the server serves it, cut down to three kinds. */
const CATALOG: SimCatalog = {
  kinds: [
    { kind: 'client', label: 'Client', summary: 'Makes requests', params: ['pattern', 'rate', 'writeRatio'], defaults: { pattern: 'constant', rate: 100, writeRatio: 0.1 } },
    { kind: 'service', label: 'Service', summary: 'Does work', params: ['instances', 'concurrency', 'serviceMs', 'zone'], defaults: { instances: 3, concurrency: 50, serviceMs: 20, zone: '' } },
    { kind: 'database', label: 'Database', summary: 'Stores data', params: ['instances', 'serviceMs', 'replicas'], defaults: { instances: 1, serviceMs: 5, replicas: 0 } },
  ],
  params: {
    instances: { label: 'Instances', type: 'integer', min: 0, max: 10000, unit: null, choices: null, help: 'Copies running.' },
    rate: { label: 'Rate', type: 'number', min: 0, max: 1e6, unit: 'req/s', choices: null, help: 'Requests per second.' },
    pattern: { label: 'Pattern', type: 'choice', min: null, max: null, unit: null, choices: ['constant', 'ramp', 'spike', 'diurnal'], help: 'Shape.' },
  },
};

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

function twoConnected(doc: Y.Doc) {
  const client = addComponent(doc, { type: 'client', name: 'Users', x: 0, y: 0 });
  const service = addComponent(doc, { type: 'service', name: 'API', x: 240, y: 0 });
  const edge = addEdge(doc, client, service);
  assert.ok(edge);
  return { client, service, edge };
}

test('components are added, moved and deleted; deleting one deletes its edges', () => {
  const doc = new Y.Doc();
  const { client, service } = twoConnected(doc);
  const database = addComponent(doc, { type: 'database', name: 'DB', x: 480, y: 0 });
  addEdge(doc, service, database);
  moveComponent(doc, service, 250, 40);
  let diagram = readDiagram(doc);
  assert.deepEqual(diagram.components.find((c) => c.id === service), { id: service, type: 'service', name: 'API', x: 250, y: 40, params: {} });
  assert.equal(diagram.edges.length, 2);

  deleteComponents(doc, [service]);
  diagram = readDiagram(doc);
  assert.deepEqual(diagram.components.map((c) => c.id).sort(), [client, database].sort());
  assert.equal(diagram.edges.length, 0, 'both edges of the deleted component are gone');
  assert.equal(doc.getMap('edges').size, 0, 'from the document too, not only hidden');
});

test('a component added by a click goes to the nearest free place', () => {
  const size = { width: 190, height: 64 };
  const placed = [{ id: 'a', type: 'service', name: 'A', x: 0, y: 0, params: {} }];
  assert.deepEqual(freeSpot([], 10, 10, size), { x: 10, y: 10 });
  const first = freeSpot(placed, 10, 10, size);
  assert.ok(Math.abs(first.x) >= 214 || Math.abs(first.y) >= 88, `clear of A: ${JSON.stringify(first)}`);
  const second = freeSpot([...placed, { ...placed[0], id: 'b', ...first }], 10, 10, size);
  assert.notDeepEqual(second, first);
});

test('an edge to itself, to a missing component or a second one the same way is refused', () => {
  const doc = new Y.Doc();
  const { client, service } = twoConnected(doc);
  assert.equal(addEdge(doc, client, client), null);
  assert.equal(addEdge(doc, client, 'nobody'), null);
  assert.equal(addEdge(doc, client, service), null);
  assert.ok(addEdge(doc, service, client), 'the other direction is another edge');
  assert.equal(readDiagram(doc).edges.length, 2);
});

test('two people changing two parameters of one component both keep their change', () => {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const { service, edge } = twoConnected(a);
  sync(a, b);
  setParam(a, service, 'instances', 5);
  setParam(b, service, 'serviceMs', 12);
  updateEdge(a, edge, { latencyMs: 30 });
  updateEdge(b, edge, { kinds: 'read' });
  sync(a, b);
  sync(b, a);
  for (const doc of [a, b]) {
    const diagram = readDiagram(doc);
    assert.deepEqual(diagram.components.find((c) => c.id === service)?.params, { instances: 5, serviceMs: 12 });
    assert.deepEqual(diagram.edges[0], { id: edge, from: diagram.edges[0].from, to: service, latencyMs: 30, share: 1, kinds: 'read' });
  }
  setParam(a, service, 'instances', undefined);
  assert.deepEqual(readDiagram(a).components.find((c) => c.id === service)?.params, { serviceMs: 12 }, 'unset: the default applies');
});

test('an edge drawn to a component someone else deleted meanwhile is not shown', () => {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const { client } = twoConnected(a);
  const database = addComponent(a, { type: 'database', name: 'DB', x: 0, y: 200 });
  sync(a, b);
  addEdge(a, client, database);
  deleteComponents(b, [database]);
  sync(a, b);
  sync(b, a);
  assert.deepEqual(readDiagram(a), readDiagram(b));
  assert.equal(readDiagram(a).edges.length, 1);
});

test('an exported diagram imports back as it was, in one transaction', () => {
  const doc = new Y.Doc();
  const { service } = twoConnected(doc);
  setParam(doc, service, 'breaker', true);
  setParam(doc, service, 'zone', 'eu-1');
  doc.getMap('scenario').set('sloMs', 250);
  const text = JSON.stringify(exportDiagram(doc));
  const parsed = parseDiagram(text, KINDS);
  assert.ok('diagram' in parsed, JSON.stringify(parsed));
  assert.equal(parsed.diagram.version, 1);

  const other = new Y.Doc();
  addComponent(other, { type: 'queue', name: 'Left over', x: 0, y: 0 });
  let transactions = 0;
  other.on('afterTransaction', () => (transactions += 1));
  replaceDiagram(other, parsed.diagram);
  assert.equal(transactions, 1);
  assert.deepEqual(readDiagram(other), readDiagram(doc));
});

test('an imported file that is not a diagram is refused with the reason', () => {
  const check = (value: unknown) => {
    const result = validateDiagram(value, KINDS);
    assert.ok('error' in result, `expected an error for ${JSON.stringify(value)}`);
    return result.error;
  };
  assert.match(check([1, 2]), /JSON object/);
  assert.match(check('diagram'), /JSON object/);
  assert.match(check({ components: 'many' }), /no list of components/);
  assert.match(check({ version: 2, components: [] }), /version 2/);
  assert.match(
    check({ components: [{ id: 'a', type: 'mainframe', name: 'Big iron' }] }),
    /“Big iron” has an unknown kind "mainframe"; the kinds are client, dns/,
  );
  assert.match(
    check({ components: [{ id: 'a', type: 'client', name: 'Users' }], edges: [{ id: 'e', from: 'a', to: 'b' }] }),
    /Edge 1 goes to "b", which is not a component in the file/,
  );
  assert.match(check({ components: [{ id: 'a', type: 'client' }, { id: 'a', type: 'service' }] }), /Two components have the id "a"/);
  assert.match(
    check({ components: [{ id: 'a', type: 'client' }, { id: 'b', type: 'service' }], edges: [{ from: 'a', to: 'b', kinds: 'some' }] }),
    /kinds must be "all", "read" or "write"/,
  );
  assert.match(check({ components: [{ id: 'a', type: 'service', params: { instances: [3] } }] }), /instances must be a number, text, true or false/);
  const notJson = parseDiagram('{ "components": [', KINDS);
  assert.ok('error' in notJson && /not JSON/.test(notJson.error));
});

test('every template is a valid diagram in which every component is reached from a client', () => {
  assert.equal(TEMPLATES.length, 5);
  for (const template of TEMPLATES) {
    const checked = validateDiagram(JSON.parse(JSON.stringify(template.diagram)), KINDS);
    assert.ok('diagram' in checked, `${template.key}: ${'error' in checked ? checked.error : ''}`);
    const { components, edges } = template.diagram;
    const reached = new Set(components.filter((c) => c.type === 'client').map((c) => c.id));
    assert.ok(reached.size > 0, `${template.key} has a client`);
    for (let grew = true; grew; ) {
      grew = false;
      for (const edge of edges) {
        if (reached.has(edge.from) && !reached.has(edge.to)) {
          reached.add(edge.to);
          grew = true;
        }
      }
    }
    const stranded = components.filter((c) => !reached.has(c.id)).map((c) => c.name);
    assert.deepEqual(stranded, [], `${template.key}: not reached from a client`);
    assert.ok(!edges.some((e) => components.find((c) => c.id === e.to)?.type === 'client'), `${template.key}: nothing calls a client`);
  }
  const checkout = TEMPLATES.find((t) => t.key === 'checkout')!;
  assert.ok(checkout.diagram.components.some((c) => c.type === 'externalApi'), 'checkout pays through an external API');
});

test('the catalog gives defaults, names and which parameters a template keeps', () => {
  const doc = new Y.Doc();
  const { service } = twoConnected(doc);
  setParam(doc, service, 'instances', 8);
  const component = readDiagram(doc).components.find((c) => c.id === service)!;
  assert.equal(paramValue(CATALOG, component, 'instances'), 8);
  assert.equal(paramValue(CATALOG, component, 'serviceMs'), 20);
  assert.equal(newName(CATALOG, 'service', readDiagram(doc).components), 'Service');
  assert.equal(newName(CATALOG, 'service', [...readDiagram(doc).components, { ...component, name: 'Service' }]), 'Service 2');

  const fitted: Diagram = fitToCatalog(TEMPLATES[0].diagram, CATALOG);
  const api = fitted.components.find((c) => c.type === 'service')!;
  assert.deepEqual(Object.keys(api.params).sort(), ['concurrency', 'instances', 'serviceMs']);
  const users = fitted.components.find((c) => c.type === 'client')!;
  assert.deepEqual(users.params, { pattern: 'constant', rate: 2000, writeRatio: 0.02 });
});
