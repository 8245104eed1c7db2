import { useEffect } from 'react';
import type { EditorProps } from '../editorProps';
import { Canvas } from './Canvas';
import { DiagramTools } from './DiagramTools';
import { FailurePanel } from './FailurePanel';
import { MetricsPanel } from './MetricsPanel';
import { Palette } from './Palette';
import { ParamsPanel } from './ParamsPanel';
import { RunBar } from './RunBar';
import { useSim } from './store';
import { useSimHandle } from './useSimHandle';

/** Where typing goes somewhere else than the diagram: undo there is the field's own. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** The editor's layout: the run bar on top; palette, canvas and side panels below. */
export function Workspace({ docId, readOnly, threads, activeThread, onThreadClick, onReady }: EditorProps) {
  const [{ diagram }, store] = useSim();
  useSimHandle(onReady);

  useEffect(() => {
    if (readOnly) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || isTyping(event.target)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) store.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') store.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, readOnly]);

  return (
    <div
      className="sim-editor"
      data-testid="editor"
      data-readonly={readOnly}
      data-components={diagram.components.length}
      data-edges={diagram.edges.length}
    >
      <div className="sim-bar">
        <RunBar readOnly={readOnly} />
        <DiagramTools docId={docId} readOnly={readOnly} />
      </div>
      <div className="sim-body">
        {!readOnly && <Palette />}
        <Canvas readOnly={readOnly} threads={threads} activeThread={activeThread} onThreadClick={onThreadClick} />
        <aside className="sim-side">
          <div className="sim-side-settings">
            <ParamsPanel readOnly={readOnly} />
          </div>
          <div className="sim-side-run">
            <FailurePanel readOnly={readOnly} />
            <MetricsPanel />
          </div>
        </aside>
      </div>
    </div>
  );
}
