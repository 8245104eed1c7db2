import { useState } from 'react';
import type { SimRunState } from '../../api/client';
import { setScenario } from './diagram';
import { clock, ms, rate } from './format';
import { NumberField } from './NumberField';
import { useSim } from './store';

const STATES: Record<SimRunState | 'idle', string> = {
  idle: 'Not run yet',
  running: 'Running',
  paused: 'Paused',
  finished: 'Finished',
  stopped: 'Stopped',
  failed: 'Failed',
};

/** Running the diagram: start, pause, stop, speed, the simulated clock, the latency objective and
 *  the load sweep. Viewers watch: the controls are theirs to see, not to use. */
export function RunBar({ readOnly }: { readOnly: boolean }) {
  const [{ run, diagram, sweep, sweeping, problem }, store] = useSim();
  const [speed, setSpeed] = useState(1);
  const active = run?.state === 'running' || run?.state === 'paused';
  const empty = diagram.components.length === 0;
  const state = run?.state ?? 'idle';
  return (
    <div className="sim-runbar">
      <button
        type="button"
        className="primary"
        disabled={readOnly || active || empty}
        data-testid="sim-run"
        onClick={() => store.start(speed)}
      >
        Run
      </button>
      {run?.state === 'paused' ? (
        <button type="button" disabled={readOnly} data-testid="sim-resume" onClick={() => store.control('resume')}>
          Resume
        </button>
      ) : (
        <button type="button" disabled={readOnly || run?.state !== 'running'} data-testid="sim-pause" onClick={() => store.control('pause')}>
          Pause
        </button>
      )}
      <button type="button" disabled={readOnly || !active} data-testid="sim-stop" onClick={() => store.control('stop')}>
        Stop
      </button>
      <select
        aria-label="Speed"
        value={active ? run.speed : speed}
        disabled={readOnly}
        data-testid="sim-speed"
        onChange={(event) => {
          const next = Number(event.target.value);
          setSpeed(next);
          if (active) store.control('speed', next);
        }}
      >
        <option value={1}>1×</option>
        <option value={10}>10×</option>
        <option value={0} title="As fast as the server can">Max</option>
      </select>
      <span className={`sim-state sim-state-${state}`} data-testid="sim-state" data-state={state}>
        {STATES[state]}
      </span>
      {run && (
        <span className="sim-clock" data-testid="sim-clock" title="Simulated time">
          {clock(run.simTime)} / {clock(run.durationS)}
        </span>
      )}
      <label className="sim-inline" title="The latency objective: the 99th percentile a design must stay under">
        SLO p99
        <NumberField
          value={diagram.scenario.sloMs}
          min={1}
          disabled={readOnly}
          testId="sim-slo"
          label="Latency objective in milliseconds"
          onChange={(sloMs) => store.change(() => setScenario(store.doc, { sloMs }))}
        />
        ms
      </label>
      <label className="sim-inline" title="Simulated seconds a run lasts">
        for
        <NumberField
          value={diagram.scenario.durationS}
          min={1}
          integer
          disabled={readOnly}
          testId="sim-duration"
          label="Run length in simulated seconds"
          onChange={(durationS) => store.change(() => setScenario(store.doc, { durationS }))}
        />
        s
      </label>
      <button
        type="button"
        disabled={readOnly || sweeping || empty}
        title="Runs the design at rising load until it misses the objective"
        data-testid="sim-sweep"
        onClick={() => store.sweep()}
      >
        {sweeping ? 'Finding what breaks…' : 'What breaks first?'}
      </button>
      {sweep && !sweeping && (
        <span className="sim-sweep-result" data-testid="sim-sweep-result">
          Holds {rate(sweep.sustainedRate)} within p99 {ms(sweep.sloMs)}
        </span>
      )}
      {(problem || run?.problem) && (
        <span className="error" role="alert" data-testid="sim-problem">
          {problem ?? run?.problem}
        </span>
      )}
    </div>
  );
}
