import { useState } from 'react';
import type { SimFailure } from '../../api/client';
import type { Diagram } from './diagram';
import { useSim } from './store';

const WHAT: Record<SimFailure['kind'], string> = {
  kill: 'Down',
  killInstance: 'One instance lost',
  slow: 'Slow',
  errors: 'Failing',
  cut: 'Cut',
  zone: 'Zone down',
};

function describe(failure: SimFailure, diagram: Diagram): string {
  const component = diagram.components.find((c) => c.id === failure.target);
  const edge = diagram.edges.find((e) => e.id === failure.target);
  const name = (id: string) => diagram.components.find((c) => c.id === id)?.name ?? id;
  const target = component ? component.name : edge ? `${name(edge.from)} → ${name(edge.to)}` : failure.target;
  const factor =
    failure.kind === 'slow' && failure.factor !== null
      ? ` ×${failure.factor}`
      : failure.kind === 'errors' && failure.factor !== null
        ? ` ${Math.round(failure.factor * 100)} %`
        : '';
  return `${WHAT[failure.kind]}${factor}: ${target}`;
}

/** Breaking things during a run: the selected component or edge, or a whole zone; the active
 *  failures, each with Heal. */
export function FailurePanel({ readOnly }: { readOnly: boolean }) {
  const [{ run, frame, diagram, selection }, store] = useSim();
  const [zone, setZone] = useState('');
  const live = run?.state === 'running' || run?.state === 'paused';
  const disabled = readOnly || !live;
  const component = selection.components.length === 1 ? diagram.components.find((c) => c.id === selection.components[0]) : undefined;
  const edge = diagram.edges.find((e) => e.id === selection.edge);
  const zones = [...new Set(diagram.components.map((c) => c.params.zone).filter((z): z is string => typeof z === 'string' && z !== ''))];
  const failures = live && frame?.run.id === run.id ? frame.failures : [];
  return (
    <section className="sim-section" data-testid="sim-failures">
      <h3>Failures</h3>
      {!live && <p className="muted small">Start a run to break things and watch what happens.</p>}
      {component && (
        <div className="sim-actions">
          <button type="button" disabled={disabled} data-testid="sim-kill" onClick={() => store.fail('kill', component.id)}>
            Kill
          </button>
          <button type="button" disabled={disabled} data-testid="sim-kill-instance" onClick={() => store.fail('killInstance', component.id)}>
            Kill one instance
          </button>
          <button type="button" disabled={disabled} data-testid="sim-slow" onClick={() => store.fail('slow', component.id, 5)}>
            Slow ×5
          </button>
          <button type="button" disabled={disabled} data-testid="sim-errors" onClick={() => store.fail('errors', component.id, 0.5)}>
            Errors 50 %
          </button>
        </div>
      )}
      {edge && (
        <div className="sim-actions">
          <button type="button" disabled={disabled} data-testid="sim-cut" onClick={() => store.fail('cut', edge.id)}>
            Cut this edge
          </button>
        </div>
      )}
      {zones.length > 0 && (
        <div className="sim-actions">
          <select value={zone} aria-label="Zone" disabled={disabled} onChange={(e) => setZone(e.target.value)}>
            <option value="">Zone…</option>
            {zones.map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
          <button type="button" disabled={disabled || !zone} data-testid="sim-zone" onClick={() => store.fail('zone', zone)}>
            Fail the zone
          </button>
        </div>
      )}
      {failures.length > 0 && (
        <ul className="sim-list">
          {failures.map((failure) => (
            <li key={failure.id} data-testid="sim-failure">
              <span>{describe(failure, diagram)}</span>
              <button type="button" className="quiet" disabled={disabled} data-testid="sim-heal" onClick={() => store.heal(failure.id)}>
                Heal
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
