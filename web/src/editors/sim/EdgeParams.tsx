import { kindLabel } from './catalog';
import { deleteEdges, updateEdge, type EdgeKinds, type SimEdge } from './diagram';
import { NumberField } from './NumberField';
import { useSim } from './store';

const EDGE_KINDS: { value: EdgeKinds; label: string }[] = [
  { value: 'all', label: 'All requests' },
  { value: 'read', label: 'Reads only' },
  { value: 'write', label: 'Writes only' },
];

/** An edge's latency, share and the requests it carries. */
export function EdgeParams({ edge, readOnly }: { edge: SimEdge; readOnly: boolean }) {
  const [{ catalog, diagram }, store] = useSim();
  const name = (id: string) => {
    const component = diagram.components.find((c) => c.id === id);
    return component ? component.name || kindLabel(catalog, component.type) : id;
  };
  const update = (patch: Partial<Pick<SimEdge, 'latencyMs' | 'share' | 'kinds'>>) => store.change(() => updateEdge(store.doc, edge.id, patch));
  return (
    <section className="sim-section" data-testid="sim-params" data-edge-id={edge.id}>
      <h3>
        {name(edge.from)} → {name(edge.to)}
      </h3>
      <div className="sim-fields">
        <label title="One-way network latency of a call along this edge">
          <span>
            Latency <span className="muted">(ms)</span>
          </span>
          <NumberField value={edge.latencyMs} min={0} testId="sim-edge-latencyMs" label="Latency" disabled={readOnly} onChange={(latencyMs) => update({ latencyMs })} />
        </label>
        <label title="Routing weight among the caller's edges that admit a request">
          Share
          <NumberField value={edge.share} min={0} testId="sim-edge-share" label="Share" disabled={readOnly} onChange={(share) => update({ share })} />
        </label>
        <label title="Which requests may take this edge">
          Carries
          <select value={edge.kinds} disabled={readOnly} data-testid="sim-edge-kinds" onChange={(e) => update({ kinds: e.target.value as EdgeKinds })}>
            {EDGE_KINDS.map((k) => (
              <option key={k.value} value={k.value}>
                {k.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {!readOnly && (
        <div className="sim-actions">
          <button type="button" className="danger" data-testid="sim-delete-edge" onClick={() => store.change(() => deleteEdges(store.doc, [edge.id]))}>
            Delete edge
          </button>
        </div>
      )}
    </section>
  );
}
