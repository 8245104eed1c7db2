import { useEffect, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import type { EditorProps } from '../editorProps';
import { SimContext, SimStore } from './store';
import { Workspace } from './Workspace';
import './sim.css';

/** The system-design simulator: components and edges on a canvas (docs/SIM.md), run by the
 *  server, with the run's metrics streamed to everyone in the room. Palette on the left, the
 *  selection's settings, failures and metrics on the right, the run's controls on top. */
export function SimEditor(props: EditorProps) {
  const { provider, docId } = props;
  const [store, setStore] = useState<SimStore | null>(null);
  useEffect(() => {
    const next = new SimStore(provider, docId);
    setStore(next);
    return () => next.destroy();
  }, [provider, docId]);
  if (!store) return null;
  return (
    <SimContext.Provider value={store}>
      <ReactFlowProvider>
        <Workspace {...props} />
      </ReactFlowProvider>
    </SimContext.Provider>
  );
}
