import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  applyNodeChanges,
  Background,
  Controls,
  MarkerType,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStoreApi,
  type EdgeChange,
  type NodeChange,
  type XYPosition,
} from '@xyflow/react';
import type { CommentThread } from '../../comments/model';
import { newName } from './catalog';
import { ComponentNode, type ComponentNodeType } from './ComponentNode';
import { Cursors } from './Cursors';
import { addComponent, addEdge, deleteComponents, deleteEdges, moveComponent } from './diagram';
import { EdgeView, type FlowEdgeType } from './EdgeView';
import { KIND_DRAG_TYPE, NODE_HEIGHT, NODE_WIDTH } from './Palette';
import { useSim } from './store';
import { TemplateChooser } from './TemplateChooser';
import { viewCentre } from './view';

const nodeTypes = { component: ComponentNode };
const edgeTypes = { flow: EdgeView };
const MARKER = { type: MarkerType.ArrowClosed, width: 18, height: 18 };
export const FIT = { padding: 0.15, maxZoom: 1.2, duration: 300 };
/** While a component is dragged, its position reaches the document (and the others) this often;
 *  where it is dropped is written at once. */
const DRAG_WRITE_MS = 100;

/** A comment thread's anchor on a simulation: one component. */
export const isComponentAnchor = (anchor: unknown): anchor is { component: string } =>
  typeof anchor === 'object' && anchor !== null && typeof (anchor as { component?: unknown }).component === 'string';

interface CanvasProps {
  readOnly: boolean;
  threads: CommentThread[];
  activeThread: string | null;
  onThreadClick: (threadId: string) => void;
}

/** The diagram drawn by React Flow. The document is the truth: nodes and edges are derived from
 *  it, and only positions being dragged are this page's own until they are written. */
export function Canvas({ readOnly, threads, activeThread, onThreadClick }: CanvasProps) {
  const [{ catalog, diagram, selection }, store] = useSim();
  const flow = useReactFlow();
  const flowStore = useStoreApi();
  const [nodes, setNodes] = useState<ComponentNodeType[]>([]);
  const held = useRef(new Map<string, XYPosition>());
  const writeTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const commented = useMemo(() => {
    const map = new Map<string, string>();
    for (const thread of threads) {
      if (!thread.resolved && isComponentAnchor(thread.anchor) && !map.has(thread.anchor.component)) {
        map.set(thread.anchor.component, thread.id);
      }
    }
    return map;
  }, [threads]);

  // Measured sizes and drags in progress are React Flow's; the rest comes from the document.
  useEffect(() => {
    setNodes((current) => {
      const previous = new Map(current.map((node) => [node.id, node]));
      return diagram.components.map((component) => {
        const thread = commented.get(component.id) ?? null;
        return {
          ...previous.get(component.id),
          id: component.id,
          type: 'component' as const,
          position: held.current.get(component.id) ?? { x: component.x, y: component.y },
          selected: selection.components.includes(component.id),
          draggable: !readOnly,
          data: { component, readOnly, thread, threadActive: thread !== null && thread === activeThread, onThreadClick },
        };
      });
    });
  }, [diagram.components, selection.components, readOnly, commented, activeThread, onThreadClick]);

  // A diagram that arrives after the canvas opened (the first sync, a template someone else
  // picked) is brought into view.
  const shown = diagram.components.length > 0;
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => flow.fitView(FIT), 50);
    return () => clearTimeout(timer);
  }, [shown, flow]);

  const edges = useMemo<FlowEdgeType[]>(
    () =>
      diagram.edges.map((edge) => ({
        id: edge.id,
        source: edge.from,
        target: edge.to,
        type: 'flow' as const,
        selected: selection.edge === edge.id,
        deletable: !readOnly,
        markerEnd: MARKER,
        data: { edge },
      })),
    [diagram.edges, selection.edge, readOnly],
  );

  const writeHeld = useCallback(() => {
    clearTimeout(writeTimer.current ?? undefined);
    writeTimer.current = null;
    if (held.current.size === 0) return;
    store.change(() => held.current.forEach((p, id) => moveComponent(store.doc, id, Math.round(p.x), Math.round(p.y))));
  }, [store]);
  useEffect(() => () => clearTimeout(writeTimer.current ?? undefined), []);

  const onNodesChange = (changes: NodeChange<ComponentNodeType>[]) => {
    setNodes((current) => applyNodeChanges(changes, current));
    const chosen = new Set(store.getSnapshot().selection.components);
    let selecting = false;
    for (const change of changes) {
      if (change.type === 'position' && change.position && !readOnly) {
        held.current.set(change.id, change.position);
        if (change.dragging) {
          writeTimer.current ??= setTimeout(writeHeld, DRAG_WRITE_MS);
        } else {
          // Dropped (or moved with the arrow keys): written now, and the document rules again.
          writeHeld();
          held.current.delete(change.id);
        }
      } else if (change.type === 'select') {
        selecting = true;
        if (change.selected) chosen.add(change.id);
        else chosen.delete(change.id);
      }
    }
    if (selecting) store.select({ components: diagram.components.map((c) => c.id).filter((id) => chosen.has(id)) });
  };

  const onEdgesChange = (changes: EdgeChange<FlowEdgeType>[]) => {
    for (const change of changes) {
      if (change.type !== 'select') continue;
      if (change.selected) store.select({ edge: change.id });
      else if (store.getSnapshot().selection.edge === change.id) store.select({ edge: null });
    }
  };

  const onDrop = (event: DragEvent) => {
    const kind = event.dataTransfer.getData(KIND_DRAG_TYPE);
    if (!kind || readOnly) return;
    event.preventDefault();
    const at = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
    let id = '';
    store.change(() => {
      id = addComponent(store.doc, {
        type: kind,
        name: newName(catalog, kind, diagram.components),
        x: Math.round(at.x - NODE_WIDTH / 2),
        y: Math.round(at.y - NODE_HEIGHT / 2),
      });
    });
    store.select({ components: [id], edge: null });
  };

  return (
    <div
      className="sim-canvas"
      onDragOver={(event) => {
        if (readOnly || !event.dataTransfer.types.includes(KIND_DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDrop={onDrop}
      onPointerMove={(event) => store.publish({ pointer: flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }) })}
      onPointerLeave={() => store.publish({ pointer: null })}
    >
      <ReactFlow<ComponentNodeType, FlowEdgeType>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={({ source, target }) => store.change(() => addEdge(store.doc, source, target))}
        onDelete={({ nodes: gone, edges: cut }) => {
          store.change(() => {
            deleteEdges(store.doc, cut.map((e) => e.id));
            deleteComponents(store.doc, gone.map((n) => n.id));
          });
          store.select({ components: [], edge: null });
        }}
        onInit={() => store.publish({ viewport: viewCentre(flowStore.getState()) })}
        onMove={() => store.publish({ viewport: viewCentre(flowStore.getState()) })}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        deleteKeyCode={readOnly ? null : ['Backspace', 'Delete']}
        minZoom={0.1}
      >
        <Background gap={24} />
        <Controls showInteractive={false} />
        <MiniMap pannable zoomable />
        <Cursors />
      </ReactFlow>
      {diagram.components.length === 0 && <TemplateChooser readOnly={readOnly} />}
    </div>
  );
}
