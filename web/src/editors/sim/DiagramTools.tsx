import { useState } from 'react';
import { api } from '../../api/client';
import { ImportButton } from '../../app/ImportButton';
import { KINDS, parseDiagram } from './diagram';
import { useSim } from './store';
import { TEMPLATES } from './templates';
import { useReplaceDiagram } from './useReplaceDiagram';

/** Undo and redo of this person's edits, templates, importing a diagram, the run's metrics. */
export function DiagramTools({ docId, readOnly }: { docId: string; readOnly: boolean }) {
  const [{ catalog, canUndo, canRedo, run }, store] = useSim();
  const { replace, applyTemplate } = useReplaceDiagram();
  const [menu, setMenu] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const importFile = async (file: File) => {
    const checked = parseDiagram(await file.text(), catalog?.kinds.map((k) => k.kind) ?? KINDS);
    if ('error' in checked) {
      setProblem(`${file.name} was not imported. ${checked.error}`);
      return;
    }
    setProblem(null);
    replace(checked.diagram, file.name);
  };

  return (
    <div className="sim-tools">
      {!readOnly && (
        <>
          <button type="button" className="tool" disabled={!canUndo} title="Undo (Ctrl+Z)" data-testid="sim-undo" onClick={store.undo}>
            Undo
          </button>
          <button type="button" className="tool" disabled={!canRedo} title="Redo (Ctrl+Shift+Z)" data-testid="sim-redo" onClick={store.redo}>
            Redo
          </button>
          <div className="menu" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setMenu(false)}>
            <button type="button" aria-expanded={menu} data-testid="sim-templates-menu" onClick={() => setMenu(!menu)}>
              Templates ▾
            </button>
            {menu && (
              <div className="menu-items" role="menu">
                {TEMPLATES.map((template) => (
                  <button
                    key={template.key}
                    type="button"
                    role="menuitem"
                    title={template.summary}
                    data-testid={`sim-template-${template.key}`}
                    onClick={() => {
                      setMenu(false);
                      applyTemplate(template);
                    }}
                  >
                    {template.title}
                  </button>
                ))}
              </div>
            )}
          </div>
          <ImportButton
            label="Import JSON…"
            title="Replace the diagram with one exported as JSON"
            accept=".json,application/json"
            testId="sim-import-json"
            disabled={false}
            onFile={importFile}
          />
        </>
      )}
      {run && (
        <a className="button" href={api.simMetricsCsvUrl(docId)} download data-testid="sim-metrics-csv">
          Metrics CSV
        </a>
      )}
      {problem && (
        <span className="error sim-import-error" role="alert" data-testid="sim-import-error">
          {problem}{' '}
          <button type="button" className="quiet" aria-label="Dismiss" onClick={() => setProblem(null)}>
            ×
          </button>
        </span>
      )}
    </div>
  );
}
