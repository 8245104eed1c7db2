import { BaseEdge, EdgeLabelRenderer, getBezierPath, type Edge, type EdgeProps } from '@xyflow/react';
import type { SimEdge } from './diagram';
import { rate } from './format';
import { useSim } from './store';

export interface EdgeData extends Record<string, unknown> {
  edge: SimEdge;
}

export type FlowEdgeType = Edge<EdgeData, 'flow'>;

/** Seconds for the dashes to travel one period at a rate: faster traffic, faster flow. */
const flowSeconds = (perSecond: number) => Math.max(0.15, Math.min(3, 6 / Math.sqrt(perSecond)));

/** An edge; while a run goes, dashes flow along it as fast as its traffic, labelled with it. */
export function EdgeView(props: EdgeProps<FlowEdgeType>) {
  const { id, data, markerEnd, selected } = props;
  const [{ frame }] = useSim();
  const [path, labelX, labelY] = getBezierPath(props);
  const metrics = frame?.edges[id];
  const cut = frame?.failures.some((f) => f.kind === 'cut' && f.target === id) ?? false;
  const flowing = frame?.run.state === 'running' && metrics !== undefined && metrics.rate > 0 && !cut;
  const kinds = data?.edge.kinds ?? 'all';
  const label = [kinds === 'all' ? null : `${kinds}s`, metrics ? rate(metrics.rate) : null].filter(Boolean).join(' · ');
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        className={cut ? 'sim-edge-cut' : metrics && metrics.errors > 0 ? 'sim-edge-failing' : undefined}
      />
      {flowing && <path d={path} fill="none" className="sim-edge-flow" style={{ animationDuration: `${flowSeconds(metrics.rate)}s` }} />}
      {(label || cut) && (
        <EdgeLabelRenderer>
          <div
            className={`sim-edge-label${selected ? ' selected' : ''}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid="sim-edge-label"
          >
            {cut ? 'cut' : label}
            {metrics && metrics.errors > 0 && <span className="error"> · {rate(metrics.errors)} err</span>}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}
