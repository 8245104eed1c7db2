import { useStoreApi } from '@xyflow/react';
import { newName } from './catalog';
import { addComponent, freeSpot } from './diagram';
import { KindIcon } from './KindIcon';
import { useSim } from './store';
import { viewCentre } from './view';

/** The data type a palette item carries while dragged onto the canvas. */
export const KIND_DRAG_TYPE = 'application/x-tandem-sim-kind';
/** A new component's size on the canvas, to centre it where it is dropped. */
export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 64;

/** The kinds of components: drag one onto the canvas, or click to add it in the middle. */
export function Palette() {
  const [{ catalog, catalogProblem, diagram }, store] = useSim();
  const flow = useStoreApi();

  const addAtCentre = (kind: string) => {
    const centre = viewCentre(flow.getState());
    const at = freeSpot(diagram.components, Math.round(centre.x - NODE_WIDTH / 2), Math.round(centre.y - NODE_HEIGHT / 2), {
      width: NODE_WIDTH,
      height: NODE_HEIGHT,
    });
    let id = '';
    store.change(() => {
      id = addComponent(store.doc, { type: kind, name: newName(catalog, kind, diagram.components), ...at });
    });
    store.select({ components: [id], edge: null });
  };

  return (
    <aside className="sim-palette" aria-label="Components">
      <h3>Components</h3>
      {catalogProblem && (
        <p className="error small" role="alert">
          {catalogProblem}
        </p>
      )}
      {!catalog && !catalogProblem && <p className="muted small">Loading…</p>}
      {catalog?.kinds.map((kind) => (
        <button
          key={kind.kind}
          type="button"
          className="sim-palette-item"
          draggable
          title={kind.summary}
          data-testid={`sim-palette-${kind.kind}`}
          onDragStart={(event) => {
            event.dataTransfer.setData(KIND_DRAG_TYPE, kind.kind);
            event.dataTransfer.effectAllowed = 'copy';
          }}
          onClick={() => addAtCentre(kind.kind)}
        >
          <KindIcon kind={kind.kind} />
          <span>{kind.label}</span>
        </button>
      ))}
    </aside>
  );
}
