import { useReactFlow } from '@xyflow/react';
import { FIT } from './Canvas';
import { fitToCatalog } from './catalog';
import { replaceDiagram, type Diagram } from './diagram';
import { useSim } from './store';
import type { Template } from './templates';

/** Replacing the whole diagram (a template, an imported file), after asking when there is one
 *  already; one undoable change. */
export function useReplaceDiagram() {
  const [{ catalog, diagram: current }, store] = useSim();
  const flow = useReactFlow();

  const replace = (diagram: Diagram, what: string): boolean => {
    if (current.components.length > 0 && !window.confirm(`Replace the whole diagram with ${what}? Undo brings it back.`)) {
      return false;
    }
    store.change(() => replaceDiagram(store.doc, diagram));
    store.select({ components: [], edge: null });
    // The new nodes are measured over the next frames; the view fits them after that.
    setTimeout(() => flow.fitView(FIT), 100);
    return true;
  };

  return {
    replace,
    applyTemplate: (template: Template) =>
      replace(catalog ? fitToCatalog(template.diagram, catalog) : template.diagram, `the ${template.title} template`),
  };
}
