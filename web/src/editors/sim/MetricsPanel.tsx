import { Chart } from './Chart';
import { clock, ms, percent, rate } from './format';
import { useSim } from './store';

/** Events shown, newest first. */
const EVENTS_SHOWN = 30;

/** What the run says: its bottlenecks, each request type's rate, success and latency, the
 *  selected component's metrics over simulated time, the load sweep, and what happened. */
export function MetricsPanel() {
  const [{ frame, diagram, selection, series, seriesVersion, sweep, run, events }, store] = useSim();
  const name = (id: string | null) => (id ? (diagram.components.find((c) => c.id === id)?.name ?? id) : '');
  const selected = selection.components.length === 1 ? selection.components[0] : null;
  const history = selected && series.runId === run?.id ? series.components.get(selected) : undefined;
  const slo = diagram.scenario.sloMs;
  return (
    <section className="sim-section sim-metrics" data-testid="sim-metrics">
      <h3>Metrics</h3>
      {!frame && <p className="muted small">Run the diagram to see throughput, latency and where it struggles.</p>}
      {frame && (
        <>
          {frame.bottlenecks.length > 0 ? (
            <ul className="sim-list sim-bottlenecks">
              {frame.bottlenecks.map((b, i) => (
                <li key={`${b.component}-${i}`} data-testid="sim-bottleneck" data-component-id={b.component}>
                  <button type="button" className="quiet" onClick={() => store.select({ components: [b.component], edge: null })}>
                    {b.message}
                  </button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted small" data-testid="sim-no-bottleneck">
              No bottleneck right now.
            </p>
          )}
          {Object.keys(frame.requests).length > 0 && (
            <table className="table sim-requests">
              <thead>
                <tr>
                  <th>Requests</th>
                  <th className="number-cell">Rate</th>
                  <th className="number-cell">OK</th>
                  <th className="number-cell">p50</th>
                  <th className="number-cell">p99</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(frame.requests).map(([kind, r]) => (
                  <tr key={kind} data-testid="sim-request" data-kind={kind}>
                    <td>{kind}</td>
                    <td className="number-cell">{rate(r.rate)}</td>
                    <td
                      className={`number-cell${r.success !== null && r.success < 0.99 ? ' error' : ''}`}
                      data-testid="sim-request-success"
                      data-value={r.success ?? ''}
                    >
                      {percent(r.success)}
                    </td>
                    <td className="number-cell">{ms(r.p50)}</td>
                    <td className={`number-cell${r.p99 !== null && r.p99 > slo ? ' error' : ''}`}>{ms(r.p99)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {history && (
        <div className="sim-charts" data-testid="sim-charts">
          <h4>{name(selected)}</h4>
          <Chart title="Throughput (req/s)" t={series.t} values={history.throughput} version={seriesVersion} color="#0090ff" />
          <Chart title="p99 latency (ms)" t={series.t} values={history.p99} version={seriesVersion} color="#8e4ec6" />
          <Chart title="Utilisation (%)" t={series.t} values={history.utilization} version={seriesVersion} color="#f76b15" />
          <Chart title="Queue" t={series.t} values={history.queue} version={seriesVersion} color="#30a46c" />
        </div>
      )}
      {sweep && (
        <details className="sim-sweep" open>
          <summary>
            Load sweep: holds {rate(sweep.sustainedRate)} within p99 {ms(sweep.sloMs)}
          </summary>
          {sweep.breaksFirst && <p className="small">What breaks first: {sweep.breaksFirst}</p>}
          <table className="table">
            <thead>
              <tr>
                <th className="number-cell">Load</th>
                <th className="number-cell">p99</th>
                <th className="number-cell">OK</th>
              </tr>
            </thead>
            <tbody>
              {sweep.steps.map((step) => (
                <tr key={step.rate}>
                  <td className="number-cell">{rate(step.rate)}</td>
                  <td className={`number-cell${step.p99Ms > sweep.sloMs ? ' error' : ''}`}>{ms(step.p99Ms)}</td>
                  <td className="number-cell">{percent(step.success)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {events.length > 0 && (
        <>
          <h4>Events</h4>
          <ol className="sim-events">
            {events
              .slice(-EVENTS_SHOWN)
              .reverse()
              .map((event, i) => (
                <li key={`${event.t}-${i}`} data-testid="sim-event">
                  <time>{clock(event.t)}</time> {event.component && <strong>{name(event.component)}</strong>} {event.message}
                </li>
              ))}
          </ol>
        </>
      )}
    </section>
  );
}
