// Excalidraw's scene in a Y.Map, element by element (docs/SCHEMA.md): a change sends only the
// elements it touched, never the whole scene. Written here rather than taken from y-excalidraw,
// which targets Excalidraw 0.17 and keeps the order in a separate Y.Array; Excalidraw 0.18
// orders elements by their own fractional `index`, so one map is all the document needs.
//
// Two people changing the same element at once: every client keeps the state with the higher
// `version`, and on a tie the lower `versionNonce` (Excalidraw's own rule). That is a total
// order, so whatever the map holds after concurrent writes, the winning state is written again by
// whoever has it, and every client ends with the same element.
import * as Y from 'yjs';

/** What the binding needs of an Excalidraw element; the rest is carried as it is. */
export interface SceneElement {
  id: string;
  version: number;
  versionNonce: number;
  index: string | null;
  isDeleted: boolean;
}

/** Whether state `a` of an element should replace state `b`. */
export function wins(a: SceneElement, b: SceneElement): boolean {
  return a.version > b.version || (a.version === b.version && a.versionNonce < b.versionNonce);
}

const byIndex = (a: SceneElement, b: SceneElement) => {
  const [x, y] = [a.index ?? '', b.index ?? ''];
  return x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** Writes the local elements the map does not have in this state (or a losing one), in one
 *  transaction with `origin`. Returns how many were written. */
export function pushLocal<T extends SceneElement>(map: Y.Map<T>, elements: readonly T[], origin: unknown): number {
  const changed = elements.filter((element) => {
    const stored = map.get(element.id);
    return !stored || wins(element, stored);
  });
  if (changed.length === 0) return 0;
  // A copy: Excalidraw mutates its elements in place, and the map keeps the object it was given,
  // so without one the next change would already look stored.
  const write = () => changed.forEach((element) => map.set(element.id, structuredClone(element)));
  if (map.doc) map.doc.transact(write, origin);
  else write();
  return changed.length;
}

/** The scene after the map changed: the map's elements, except where the local state of one is
 *  ahead (not written yet) or the same (kept as the same object, so the editor redraws only what
 *  changed), plus local elements the map does not know, in z-order. */
export function sceneFrom<T extends SceneElement>(map: Y.Map<T>, local: readonly T[]): T[] {
  const mine = new Map(local.map((element) => [element.id, element]));
  const scene: T[] = [];
  map.forEach((stored, id) => {
    const own = mine.get(id);
    const keepOwn = own && (wins(own, stored) || (own.version === stored.version && own.versionNonce === stored.versionNonce));
    // The editor gets a copy of what it takes from the map, which it may mutate in place.
    scene.push(keepOwn ? own : structuredClone(stored));
  });
  for (const element of local) if (!map.has(element.id)) scene.push(element);
  return scene.sort(byIndex);
}
