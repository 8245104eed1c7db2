import { ComponentParams } from './ComponentParams';
import { deleteComponents } from './diagram';
import { EdgeParams } from './EdgeParams';
import { useSim } from './store';

/** The selected component's name, zone and parameters (drawn from the catalog), or the selected
 *  edge's; every change is written to the document at once. */
export function ParamsPanel({ readOnly }: { readOnly: boolean }) {
  const [{ catalog, diagram, selection }, store] = useSim();
  const selected = diagram.components.filter((c) => selection.components.includes(c.id));
  const edge = diagram.edges.find((e) => e.id === selection.edge);

  if (selected.length > 1) {
    return (
      <section className="sim-section" data-testid="sim-params">
        <h3>{selected.length} components selected</h3>
        {!readOnly && (
          <button type="button" className="danger" data-testid="sim-delete-component" onClick={() => store.change(() => deleteComponents(store.doc, selected.map((c) => c.id)))}>
            Delete them
          </button>
        )}
      </section>
    );
  }
  if (selected.length === 1) return <ComponentParams component={selected[0]} catalog={catalog} readOnly={readOnly} />;
  if (edge) return <EdgeParams edge={edge} readOnly={readOnly} />;
  return (
    <section className="sim-section" data-testid="sim-params">
      <p className="muted small">Select a component or an edge to see and change its settings.</p>
    </section>
  );
}

