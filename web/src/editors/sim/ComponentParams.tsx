import type { SimCatalog, SimValue } from '../../api/client';
import { kindInfo, kindLabel, paramValue } from './catalog';
import { addEdge, deleteComponents, renameComponent, setParam, type SimComponent } from './diagram';
import { ParamField } from './ParamField';
import { useSim } from './store';

/** A component's name, zone, parameters and edges out. */
export function ComponentParams({ component, catalog, readOnly }: { component: SimComponent; catalog: SimCatalog | null; readOnly: boolean }) {
  const [{ diagram }, store] = useSim();
  const id = component.id;
  const set = (param: string, value: SimValue) => store.change(() => setParam(store.doc, id, param, value));
  const kind = kindInfo(catalog, component.type);
  const shown = (param: string) =>
    Object.entries(catalog?.params[param]?.shownWhen ?? {}).every(([other, value]) => paramValue(catalog, component, other) === value);
  const params = (kind?.params ?? []).filter((param) => param !== 'zone' && shown(param));
  const linked = new Set(diagram.edges.filter((e) => e.from === id).map((e) => e.to));
  const targets = diagram.components.filter((c) => c.id !== id && !linked.has(c.id));
  const zone = component.params.zone;
  return (
    <section className="sim-section" data-testid="sim-params" data-component-id={id}>
      <h3>{kindLabel(catalog, component.type)}</h3>
      {kind && <p className="muted small">{kind.summary}</p>}
      <div className="sim-fields">
        <label>
          Name
          <input
            value={component.name}
            disabled={readOnly}
            data-testid="sim-component-name"
            onChange={(event) => store.change(() => renameComponent(store.doc, id, event.target.value))}
          />
        </label>
        <label title="Components in one zone fail together in a zone failure">
          Zone
          <input
            value={typeof zone === 'string' ? zone : ''}
            placeholder="none"
            disabled={readOnly}
            data-testid="sim-param-zone"
            onChange={(event) =>
              store.change(() => setParam(store.doc, id, 'zone', event.target.value.trim() === '' ? undefined : event.target.value))
            }
          />
        </label>
        {catalog &&
          params.map((param) => (
            <ParamField key={param} catalog={catalog} component={component} param={param} readOnly={readOnly} onChange={(v) => set(param, v)} />
          ))}
      </div>
      {!readOnly && (
        <div className="sim-actions">
          {targets.length > 0 && (
            <select
              value=""
              aria-label="Connect to"
              data-testid="sim-connect"
              onChange={(event) => event.target.value && store.change(() => addEdge(store.doc, id, event.target.value))}
            >
              <option value="">Connect to…</option>
              {targets.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name || kindLabel(catalog, c.type)}
                </option>
              ))}
            </select>
          )}
          <button type="button" className="danger" data-testid="sim-delete-component" onClick={() => store.change(() => deleteComponents(store.doc, [id]))}>
            Delete
          </button>
        </div>
      )}
    </section>
  );
}

