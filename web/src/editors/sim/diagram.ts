// A simulation's diagram in the document (docs/SIM.md): components and edges as `Y.Map`s, read
// into plain data for the canvas and written field by field, so two people changing two
// parameters of one component both keep their change. Files (export, import, templates) are the
// same data as JSON.
import * as Y from 'yjs';
import type { SimValue } from '../../api/client';
import { simComponents, simEdges, simScenario } from '../../collab/schema';

export type EdgeKinds = 'all' | 'read' | 'write';

export interface SimComponent {
  id: string;
  type: string;
  name: string;
  x: number;
  y: number;
  /** The parameters set on this component; an absent one takes its kind's default. */
  params: Record<string, SimValue>;
}

export interface SimEdge {
  id: string;
  from: string;
  to: string;
  latencyMs: number;
  share: number;
  kinds: EdgeKinds;
}

export interface Scenario {
  sloMs: number;
  seed: number;
  durationS: number;
}

export interface Diagram {
  components: SimComponent[];
  edges: SimEdge[];
  scenario: Scenario;
}

/** The export format: the diagram as JSON. */
export interface DiagramFile extends Diagram {
  version: 1;
}

/** The kinds docs/SIM.md defines, in the palette's order. */
export const KINDS = [
  'client',
  'dns',
  'cdn',
  'loadBalancer',
  'gateway',
  'service',
  'cache',
  'database',
  'queue',
  'workers',
  'storage',
  'externalApi',
] as const;

export const SCENARIO_DEFAULTS: Scenario = { sloMs: 500, seed: 1, durationS: 600 };
export const EDGE_DEFAULTS = { latencyMs: 1, share: 1, kinds: 'all' as EdgeKinds };
const EDGE_KINDS: readonly EdgeKinds[] = ['all', 'read', 'write'];

export const newId = (): string => crypto.randomUUID().replace(/-/g, '').slice(0, 12);

const finite = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isFinite(value) ? value : fallback;

const isValue = (value: unknown): value is SimValue =>
  typeof value === 'boolean' || typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

function readParams(params: unknown): Record<string, SimValue> {
  const result: Record<string, SimValue> = {};
  if (params instanceof Y.Map) {
    params.forEach((value, key) => {
      if (isValue(value)) result[key] = value;
    });
  }
  return result;
}

/** The diagram as it is now. Entries of an unknown shape are skipped, and so are edges whose
 *  end was deleted (someone may have drawn the edge while someone else deleted the end). */
export function readDiagram(doc: Y.Doc): Diagram {
  const components: SimComponent[] = [];
  simComponents(doc).forEach((entry, id) => {
    if (!(entry instanceof Y.Map)) return;
    components.push({
      id,
      type: String(entry.get('type') ?? ''),
      name: String(entry.get('name') ?? ''),
      x: finite(entry.get('x'), 0),
      y: finite(entry.get('y'), 0),
      params: readParams(entry.get('params')),
    });
  });
  const ids = new Set(components.map((c) => c.id));
  const edges: SimEdge[] = [];
  simEdges(doc).forEach((entry, id) => {
    if (!(entry instanceof Y.Map)) return;
    const from = String(entry.get('from') ?? '');
    const to = String(entry.get('to') ?? '');
    if (!ids.has(from) || !ids.has(to)) return;
    const kinds = entry.get('kinds');
    edges.push({
      id,
      from,
      to,
      latencyMs: finite(entry.get('latencyMs'), EDGE_DEFAULTS.latencyMs),
      share: finite(entry.get('share'), EDGE_DEFAULTS.share),
      kinds: EDGE_KINDS.includes(kinds as EdgeKinds) ? (kinds as EdgeKinds) : EDGE_DEFAULTS.kinds,
    });
  });
  const scenario = simScenario(doc);
  return {
    components,
    edges,
    scenario: {
      sloMs: finite(scenario.get('sloMs'), SCENARIO_DEFAULTS.sloMs),
      seed: finite(scenario.get('seed'), SCENARIO_DEFAULTS.seed),
      durationS: finite(scenario.get('durationS'), SCENARIO_DEFAULTS.durationS),
    },
  };
}

function writeComponent(doc: Y.Doc, component: SimComponent): void {
  const entry = new Y.Map<unknown>();
  const params = new Y.Map<SimValue>();
  for (const [key, value] of Object.entries(component.params)) params.set(key, value);
  entry.set('type', component.type);
  entry.set('name', component.name);
  entry.set('x', component.x);
  entry.set('y', component.y);
  entry.set('params', params);
  simComponents(doc).set(component.id, entry);
}

function writeEdge(doc: Y.Doc, edge: SimEdge): void {
  const entry = new Y.Map<unknown>();
  entry.set('from', edge.from);
  entry.set('to', edge.to);
  entry.set('latencyMs', edge.latencyMs);
  entry.set('share', edge.share);
  entry.set('kinds', edge.kinds);
  simEdges(doc).set(edge.id, entry);
}

export function addComponent(doc: Y.Doc, component: Omit<SimComponent, 'id' | 'params'> & { params?: Record<string, SimValue> }): string {
  const id = newId();
  writeComponent(doc, { ...component, id, params: component.params ?? {} });
  return id;
}

/** Space kept between a placed component and its neighbours. */
const GAP = 24;

/** The nearest place to (x, y), trying rings of slots around it, where a box of `size` covers
 *  no component: a component added by a click never hides another. */
export function freeSpot(
  components: readonly SimComponent[],
  x: number,
  y: number,
  size: { width: number; height: number },
): { x: number; y: number } {
  const stepX = size.width + GAP;
  const stepY = size.height + GAP;
  const free = (cx: number, cy: number) =>
    components.every((c) => Math.abs(c.x - cx) >= stepX || Math.abs(c.y - cy) >= stepY);
  for (let ring = 0; ring < 50; ring++) {
    const slots: [number, number][] = [];
    for (let dy = -ring; dy <= ring; dy++) {
      for (let dx = -ring; dx <= ring; dx++) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) === ring) slots.push([dx, dy]);
      }
    }
    // Beside before above or below (edges run left to right), right before left.
    const distance = ([dx, dy]: [number, number]) => Math.hypot(dx, dy * 1.5) + (dx < 0 ? 0.1 : 0);
    slots.sort((a, b) => distance(a) - distance(b));
    for (const [dx, dy] of slots) {
      if (free(x + dx * stepX, y + dy * stepY)) return { x: x + dx * stepX, y: y + dy * stepY };
    }
  }
  return { x, y };
}

export function moveComponent(doc: Y.Doc, id: string, x: number, y: number): void {
  const entry = simComponents(doc).get(id);
  if (!entry) return;
  doc.transact(() => {
    if (entry.get('x') !== x) entry.set('x', x);
    if (entry.get('y') !== y) entry.set('y', y);
  });
}

export function renameComponent(doc: Y.Doc, id: string, name: string): void {
  simComponents(doc).get(id)?.set('name', name);
}

/** Sets one parameter; `undefined` removes it, so the kind's default applies again. */
export function setParam(doc: Y.Doc, id: string, param: string, value: SimValue | undefined): void {
  const entry = simComponents(doc).get(id);
  if (!entry) return;
  let params = entry.get('params');
  if (!(params instanceof Y.Map)) {
    if (value === undefined) return;
    params = new Y.Map<SimValue>();
    entry.set('params', params);
  }
  const map = params as Y.Map<SimValue>;
  if (value === undefined) map.delete(param);
  else if (map.get(param) !== value) map.set(param, value);
}

/** Deletes components and every edge that starts or ends at one of them. */
export function deleteComponents(doc: Y.Doc, ids: readonly string[]): void {
  const gone = new Set(ids);
  doc.transact(() => {
    ids.forEach((id) => simComponents(doc).delete(id));
    simEdges(doc).forEach((entry, id) => {
      if (gone.has(String(entry.get('from'))) || gone.has(String(entry.get('to')))) simEdges(doc).delete(id);
    });
  });
}

/** Joins two components; null (and nothing written) for an edge to itself, to a component that
 *  is not there, or one that already exists in that direction. */
export function addEdge(doc: Y.Doc, from: string, to: string): string | null {
  const components = simComponents(doc);
  if (from === to || !components.has(from) || !components.has(to)) return null;
  for (const entry of simEdges(doc).values()) {
    if (entry.get('from') === from && entry.get('to') === to) return null;
  }
  const id = newId();
  writeEdge(doc, { id, from, to, ...EDGE_DEFAULTS });
  return id;
}

export function updateEdge(doc: Y.Doc, id: string, patch: Partial<Pick<SimEdge, 'latencyMs' | 'share' | 'kinds'>>): void {
  const entry = simEdges(doc).get(id);
  if (!entry) return;
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && entry.get(key) !== value) entry.set(key, value);
    }
  });
}

export function deleteEdges(doc: Y.Doc, ids: readonly string[]): void {
  doc.transact(() => ids.forEach((id) => simEdges(doc).delete(id)));
}

export function setScenario(doc: Y.Doc, patch: Partial<Scenario>): void {
  const scenario = simScenario(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(patch)) {
      if (value !== undefined && scenario.get(key) !== value) scenario.set(key, value);
    }
  });
}

/** Replaces the whole diagram with a file's (a template, an import) in one transaction. */
export function replaceDiagram(doc: Y.Doc, file: Diagram): void {
  doc.transact(() => {
    const components = simComponents(doc);
    const edges = simEdges(doc);
    [...edges.keys()].forEach((id) => edges.delete(id));
    [...components.keys()].forEach((id) => components.delete(id));
    file.components.forEach((component) => writeComponent(doc, component));
    file.edges.forEach((edge) => writeEdge(doc, edge));
    setScenario(doc, file.scenario);
  });
}

export function exportDiagram(doc: Y.Doc): DiagramFile {
  return { version: 1, ...readDiagram(doc) };
}

type Checked = { diagram: DiagramFile } | { error: string };

/** Reads a file's text as a diagram of the given kinds, or says what is wrong with it. */
export function parseDiagram(text: string, kinds: readonly string[]): Checked {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'The file is not JSON, so it cannot hold a diagram.' };
  }
  return validateDiagram(value, kinds);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks a parsed file against the export format; the first problem found is the error. */
export function validateDiagram(value: unknown, kinds: readonly string[]): Checked {
  try {
    return { diagram: checkedDiagram(value, kinds) };
  } catch (e) {
    if (e instanceof Invalid) return { error: e.message };
    throw e;
  }
}

class Invalid extends Error {}

function fail(message: string): never {
  throw new Invalid(message);
}

function optionalNumber(value: unknown, fallback: number, what: string, min = -Infinity): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(`${what} must be a number.`);
  if (value < min) fail(`${what} must be at least ${min}.`);
  return value;
}

function checkedDiagram(value: unknown, kinds: readonly string[]): DiagramFile {
  if (!isObject(value)) fail('The file does not hold a diagram: it should be a JSON object with components and edges.');
  if (value.version !== undefined && value.version !== 1) {
    fail(`The file is in format version ${JSON.stringify(value.version)}; this version of Tandem reads version 1.`);
  }
  if (!Array.isArray(value.components)) fail('The file has no list of components.');
  const components: SimComponent[] = value.components.map((raw, index) => {
    const what = `Component ${index + 1}`;
    if (!isObject(raw)) fail(`${what} is not an object.`);
    const name = raw.name === undefined ? String(raw.type ?? '') : raw.name;
    if (typeof name !== 'string') fail(`${what}: its name must be text.`);
    const label = name ? `Component “${name}”` : what;
    if (typeof raw.id !== 'string' || raw.id === '') fail(`${label} has no id.`);
    if (typeof raw.type !== 'string' || !kinds.includes(raw.type)) {
      fail(`${label} has an unknown kind ${JSON.stringify(raw.type)}; the kinds are ${kinds.join(', ')}.`);
    }
    const params: Record<string, SimValue> = {};
    if (raw.params !== undefined) {
      if (!isObject(raw.params)) fail(`${label}: its params must be an object.`);
      for (const [key, param] of Object.entries(raw.params)) {
        if (!isValue(param)) fail(`${label}: the parameter ${key} must be a number, text, true or false.`);
        params[key] = param;
      }
    }
    return {
      id: raw.id,
      type: raw.type,
      name,
      x: optionalNumber(raw.x, 0, `${label}: x`),
      y: optionalNumber(raw.y, 0, `${label}: y`),
      params,
    };
  });
  const ids = new Set<string>();
  for (const component of components) {
    if (ids.has(component.id)) fail(`Two components have the id ${JSON.stringify(component.id)}.`);
    ids.add(component.id);
  }
  const names = new Map(components.map((c) => [c.id, c.name || c.id]));
  if (value.edges !== undefined && !Array.isArray(value.edges)) fail('The edges must be a list.');
  const edgeIds = new Set<string>();
  const edges: SimEdge[] = ((value.edges as unknown[] | undefined) ?? []).map((raw, index) => {
    const what = `Edge ${index + 1}`;
    if (!isObject(raw)) fail(`${what} is not an object.`);
    const id = raw.id === undefined ? newId() : raw.id;
    if (typeof id !== 'string' || id === '' || edgeIds.has(id)) fail(`${what} has a missing or repeated id.`);
    edgeIds.add(id);
    for (const end of ['from', 'to'] as const) {
      if (typeof raw[end] !== 'string' || !ids.has(raw[end])) {
        fail(`${what} goes ${end} ${JSON.stringify(raw[end])}, which is not a component in the file.`);
      }
    }
    const from = raw.from as string;
    const to = raw.to as string;
    const label = `The edge from ${names.get(from)} to ${names.get(to)}`;
    if (from === to) fail(`${label} joins a component to itself.`);
    const kinds = raw.kinds ?? EDGE_DEFAULTS.kinds;
    if (!EDGE_KINDS.includes(kinds as EdgeKinds)) fail(`${label}: kinds must be "all", "read" or "write".`);
    return {
      id,
      from,
      to,
      latencyMs: optionalNumber(raw.latencyMs, EDGE_DEFAULTS.latencyMs, `${label}: latencyMs`, 0),
      share: optionalNumber(raw.share, EDGE_DEFAULTS.share, `${label}: share`, 0),
      kinds: kinds as EdgeKinds,
    };
  });
  if (value.scenario !== undefined && !isObject(value.scenario)) fail('The scenario must be an object.');
  const scenario = (value.scenario ?? {}) as Record<string, unknown>;
  return {
    version: 1,
    components,
    edges,
    scenario: {
      sloMs: optionalNumber(scenario.sloMs, SCENARIO_DEFAULTS.sloMs, 'The scenario’s sloMs', 1),
      seed: optionalNumber(scenario.seed, SCENARIO_DEFAULTS.seed, 'The scenario’s seed'),
      durationS: optionalNumber(scenario.durationS, SCENARIO_DEFAULTS.durationS, 'The scenario’s durationS', 1),
    },
  };
}
