import { useEffect } from 'react';
import { getNodesBounds, getViewportForBounds, useReactFlow, type ReactFlowInstance } from '@xyflow/react';
import { toPng } from 'html-to-image';
import type { EditorProps } from '../editorProps';
import { isComponentAnchor } from './Canvas';
import type { ComponentNodeType } from './ComponentNode';
import { exportDiagram } from './diagram';
import type { FlowEdgeType } from './EdgeView';
import { NODE_HEIGHT, NODE_WIDTH } from './Palette';
import { useSim } from './store';

type Flow = ReactFlowInstance<ComponentNodeType, FlowEdgeType>;

/** Margin around the diagram in the picture, and its largest side. */
const PNG_MARGIN = 40;
const PNG_MAX_SIDE = 4096;

/** The whole diagram as a picture, whatever part of it is on screen (React Flow's documented
 *  way: render its viewport with a transform that fits every node). */
async function diagramPng(flow: Flow): Promise<Blob> {
  const viewport = document.querySelector<HTMLElement>('.sim-canvas .react-flow__viewport');
  if (!viewport) throw new Error('the diagram is not on the page');
  const bounds = getNodesBounds(flow.getNodes());
  const width = Math.min(PNG_MAX_SIDE, Math.max(320, Math.ceil(bounds.width + 2 * PNG_MARGIN)));
  const height = Math.min(PNG_MAX_SIDE, Math.max(240, Math.ceil(bounds.height + 2 * PNG_MARGIN)));
  const fit = getViewportForBounds(bounds, width, height, 0.1, 2, `${PNG_MARGIN}px`);
  const url = await toPng(viewport, {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})` },
  });
  return (await fetch(url)).blob();
}

/** What the document page may ask of the simulation editor: comments on components, jumping to
 *  a collaborator's view, JSON and PNG downloads. */
export function useSimHandle(onReady: EditorProps['onReady']): void {
  const [, store] = useSim();
  const flow = useReactFlow<ComponentNodeType, FlowEdgeType>();
  useEffect(() => {
    const centreOn = (id: string) => {
      const node = flow.getNode(id);
      if (!node) return;
      const width = node.measured?.width ?? NODE_WIDTH;
      const height = node.measured?.height ?? NODE_HEIGHT;
      flow.setCenter(node.position.x + width / 2, node.position.y + height / 2, { zoom: Math.max(flow.getZoom(), 0.8), duration: 300 });
    };
    onReady({
      commentTarget() {
        const { selection, diagram } = store.getSnapshot();
        const component = diagram.components.find((c) => c.id === selection.components[0]);
        return component ? { anchor: { component: component.id }, quote: component.name || component.type } : null;
      },
      revealAnchor(anchor) {
        if (!isComponentAnchor(anchor) || !store.getSnapshot().diagram.components.some((c) => c.id === anchor.component)) {
          return false;
        }
        store.select({ components: [anchor.component], edge: null });
        centreOn(anchor.component);
        return true;
      },
      revealCollaborator(clientId) {
        const person = store.getSnapshot().collaborators.find((c) => c.clientId === clientId);
        const view = person?.viewport ?? (person?.pointer ? { ...person.pointer, zoom: flow.getZoom() } : null);
        if (!view) return false;
        flow.setCenter(view.x, view.y, { zoom: view.zoom, duration: 300 });
        return true;
      },
      exports: [
        {
          label: 'Diagram (.json)',
          extension: 'json',
          mimeType: 'application/json',
          contents: () => JSON.stringify(exportDiagram(store.doc), null, 2),
        },
        {
          label: 'PNG image (.png)',
          extension: 'png',
          mimeType: 'image/png',
          contents: () => diagramPng(flow),
        },
      ],
    });
    return () => onReady(null);
  }, [onReady, store, flow]);
}
