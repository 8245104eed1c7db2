// The server's catalog of kinds and parameters (GET /api/sim/catalog): the side panel is drawn
// from it and absent parameters take its defaults, so the page and the engine agree.
import { api, type SimCatalog, type SimKindInfo, type SimParamInfo, type SimValue } from '../../api/client';
import type { Diagram, SimComponent } from './diagram';

let loading: Promise<SimCatalog> | null = null;

/** One request per page; a failed one is tried again by the next caller. */
export function loadCatalog(): Promise<SimCatalog> {
  loading ??= api.simCatalog().catch((e: unknown) => {
    loading = null;
    throw e;
  });
  return loading;
}

export const kindInfo = (catalog: SimCatalog | null, kind: string): SimKindInfo | undefined =>
  catalog?.kinds.find((k) => k.kind === kind);

export const kindLabel = (catalog: SimCatalog | null, kind: string): string => kindInfo(catalog, kind)?.label ?? kind;

/** A parameter as the component has it: set on it, or its kind's default. */
export function paramValue(catalog: SimCatalog | null, component: SimComponent, param: string): SimValue | undefined {
  return component.params[param] ?? kindInfo(catalog, component.type)?.defaults[param];
}

export function paramInfo(catalog: SimCatalog, param: string): SimParamInfo {
  return catalog.params[param] ?? { label: param, type: 'text' };
}

/** Ratios (fractions from 0 to 1) are stored as they are and shown in per cent. */
export const shownAsPercent = (info: SimParamInfo): boolean => (info.unit === 'ratio' || info.unit === '%') && (info.max ?? 1) <= 1;

/** A diagram with only the parameters its components' kinds have (templates name a few that
 *  some kinds may not take). */
export function fitToCatalog<T extends Diagram>(diagram: T, catalog: SimCatalog): T {
  return {
    ...diagram,
    components: diagram.components.map((component) => {
      const defaults = kindInfo(catalog, component.type)?.defaults ?? {};
      return { ...component, params: Object.fromEntries(Object.entries(component.params).filter(([key]) => key in defaults)) };
    }),
  };
}

/** A name for a new component of a kind: its label, numbered after the first. */
export function newName(catalog: SimCatalog | null, kind: string, components: readonly SimComponent[]): string {
  const label = kindLabel(catalog, kind);
  const taken = new Set(components.map((c) => c.name));
  if (!taken.has(label)) return label;
  let n = 2;
  while (taken.has(`${label} ${n}`)) n += 1;
  return `${label} ${n}`;
}
