import { useStore, ViewportPortal } from '@xyflow/react';
import { useSim } from './store';

/** Others' pointers on the canvas with their names, the same size at any zoom. */
export function Cursors() {
  const [{ collaborators }] = useSim();
  const zoom = useStore((state) => state.transform[2]);
  return (
    <ViewportPortal>
      {collaborators
        .filter((c) => c.pointer)
        .map((c) => (
          <div
            key={c.clientId}
            className="sim-cursor"
            data-testid="sim-cursor"
            style={{ transform: `translate(${c.pointer!.x}px, ${c.pointer!.y}px) scale(${1 / zoom})`, color: c.color }}
          >
            <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
              <path d="M1 1l5 14l2-6l6-2z" fill="currentColor" stroke="white" strokeWidth="1" />
            </svg>
            <span style={{ background: c.color }}>{c.name}</span>
          </div>
        ))}
    </ViewportPortal>
  );
}
