import { useCallback, useEffect, useState } from 'react';
import { api, describeError, type ServerStats as Stats } from '../api/client';

const REFRESH_MS = 10_000;

export function ServerStats() {
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    api.stats().then(
      (next) => {
        setStats(next);
        setError(null);
      },
      (e) => setError(describeError(e, 'Could not load the statistics')),
    );
  }, []);
  useEffect(() => {
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  const figures: [string, number | undefined][] = [
    ['Users', stats?.users],
    ['Documents', stats?.documents],
    ['Open documents', stats?.rooms_loaded],
    ['Connections', stats?.connections],
  ];
  return (
    <section className="card" aria-labelledby="stats-title">
      <h2 id="stats-title">Server</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <dl className="stats">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value ?? '…'}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
