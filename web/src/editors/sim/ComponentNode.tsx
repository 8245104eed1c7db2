import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import type { SimComponentMetrics } from '../../api/client';
import { kindLabel } from './catalog';
import type { SimComponent } from './diagram';
import { ms, percent, rate } from './format';
import { KindIcon } from './KindIcon';
import { useSim } from './store';

export interface ComponentData extends Record<string, unknown> {
  component: SimComponent;
  readOnly: boolean;
  /** The open comment thread on this component, if any, and whether it is the active one. */
  thread: string | null;
  threadActive: boolean;
  onThreadClick: (threadId: string) => void;
}

export type ComponentNodeType = Node<ComponentData, 'component'>;

/** Busier than this (busy slots over slots) shows as a warning. */
const BUSY = 0.85;

function condition(metrics: SimComponentMetrics | undefined, bottleneck: boolean): string {
  if (!metrics) return '';
  if (metrics.state === 'down') return 'down';
  if (bottleneck || metrics.utilization > BUSY || metrics.state !== 'up') return 'busy';
  return 'up';
}

/** A component on the canvas: what it is, and while a run has metrics, how it is doing. Others
 *  who selected it are shown by an outline in their colour. */
export function ComponentNode({ id, data, selected }: NodeProps<ComponentNodeType>) {
  const [{ catalog, frame, collaborators }] = useSim();
  const { component, readOnly, thread, threadActive, onThreadClick } = data;
  const metrics = frame?.components[id];
  const bottleneck = frame?.bottlenecks.some((b) => b.component === id) ?? false;
  const state = condition(metrics, bottleneck);
  const watchers = collaborators.filter((c) => c.selected.includes(id));
  return (
    <div
      className={`sim-node${selected ? ' sim-node-selected' : ''}${state ? ` sim-node-${state}` : ''}`}
      style={watchers.length > 0 ? { boxShadow: `0 0 0 3px ${watchers[0].color}` } : undefined}
      data-testid="sim-node"
      data-component-id={id}
      data-kind={component.type}
      data-state={metrics?.state ?? ''}
    >
      <Handle type="target" position={Position.Left} isConnectable={!readOnly} />
      <div className="sim-node-head">
        <KindIcon kind={component.type} />
        <div className="sim-node-title">
          <span className="sim-node-name" data-testid="sim-node-name">
            {component.name || kindLabel(catalog, component.type)}
          </span>
          <span className="sim-node-kind">{kindLabel(catalog, component.type)}</span>
        </div>
        {thread && (
          <button
            type="button"
            className={`sim-comment-mark nodrag${threadActive ? ' active' : ''}`}
            title="Open the comment"
            aria-label="Open the comment"
            data-testid="sim-comment-mark"
            onClick={(event) => {
              event.stopPropagation();
              onThreadClick(thread);
            }}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M2 3h12v8H7l-3 3v-3H2z" fill="currentColor" />
            </svg>
          </button>
        )}
      </div>
      {metrics && (
        <div className="sim-node-metrics">
          <span data-testid="sim-node-throughput" data-value={metrics.throughput} title="Throughput">
            {rate(metrics.throughput)}
          </span>
          <span data-testid="sim-node-p99" data-value={metrics.p99 ?? ''} title="99th percentile latency">
            p99 {ms(metrics.p99)}
          </span>
          {metrics.queue > 0 && <span title="Waiting in line">q {Math.round(metrics.queue)}</span>}
          <span
            data-testid="sim-node-errors"
            data-value={metrics.errors}
            className={metrics.errors > 0 ? 'sim-node-errors' : 'muted'}
            title="Errors per second"
          >
            {rate(metrics.errors)} err
          </span>
          <span
            className="sim-node-utilization"
            data-testid="sim-node-utilization"
            data-value={metrics.utilization}
            title={`${percent(metrics.utilization)} busy, ${metrics.instances} instance${metrics.instances === 1 ? '' : 's'}`}
          >
            <span style={{ width: `${Math.min(100, Math.max(0, metrics.utilization * 100))}%` }} />
          </span>
        </div>
      )}
      {watchers.length > 0 && (
        <span className="sim-node-watchers" style={{ background: watchers[0].color }}>
          {watchers.map((w) => w.name).join(', ')}
        </span>
      )}
      <Handle type="source" position={Position.Right} isConnectable={!readOnly} />
    </div>
  );
}
