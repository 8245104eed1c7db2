import { TEMPLATES } from './templates';
import { useReplaceDiagram } from './useReplaceDiagram';

/** What an empty diagram shows: a few designs to start from, or a blank canvas. */
export function TemplateChooser({ readOnly }: { readOnly: boolean }) {
  const { applyTemplate } = useReplaceDiagram();
  if (readOnly) {
    return (
      <div className="sim-empty">
        <p className="muted">This simulation has no components yet.</p>
      </div>
    );
  }
  return (
    <div className="sim-empty" data-testid="sim-templates">
      <h2>Start from a design</h2>
      <p className="muted">Or add components from the list on the left and join them by dragging from one handle to another.</p>
      <div className="sim-template-list">
        {TEMPLATES.map((template) => (
          <button key={template.key} type="button" data-testid={`sim-template-${template.key}`} onClick={() => applyTemplate(template)}>
            <strong>{template.title}</strong>
            <span className="muted small">{template.summary}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
