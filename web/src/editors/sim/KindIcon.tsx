/** Line drawings of each kind, in the current text colour; unknown kinds get a plain box. */
const SHAPES: Record<string, string[]> = {
  client: ['M4 5h16v10H4z', 'M9 19h6', 'M12 15v4'],
  dns: ['M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z', 'M3 12h18', 'M12 3c3 3 3 15 0 18', 'M12 3c-3 3-3 15 0 18'],
  cdn: ['M7 18a4 4 0 0 1 0-8a6 6 0 0 1 11 2a3 3 0 0 1 0 6z'],
  loadBalancer: ['M12 4v6', 'M12 10l-7 8', 'M12 10v8', 'M12 10l7 8', 'M10 4h4'],
  gateway: ['M4 20V8l8-4l8 4v12', 'M9 20v-7h6v7'],
  service: ['M4 5h16v5H4z', 'M4 14h16v5H4z', 'M7 7.5h.01', 'M7 16.5h.01'],
  cache: ['M13 3L5 14h6l-1 7l8-11h-6z'],
  database: ['M5 6c0-3 14-3 14 0v12c0 3-14 3-14 0z', 'M5 6c0 3 14 3 14 0', 'M5 12c0 3 14 3 14 0'],
  queue: ['M3 8h4v8H3z', 'M10 8h4v8h-4z', 'M17 8h4v8h-4z'],
  workers: ['M12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8z', 'M12 2v3', 'M12 19v3', 'M2 12h3', 'M19 12h3', 'M5 5l2 2', 'M17 17l2 2', 'M5 19l2-2', 'M17 7l2-2'],
  storage: ['M4 7h16v12H4z', 'M3 4h18v3H3z', 'M10 11h4'],
  externalApi: ['M14 4h6v6', 'M20 4l-9 9', 'M18 14v6H4V6h6'],
};

export function KindIcon({ kind }: { kind: string }) {
  return (
    <svg className="sim-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      {(SHAPES[kind] ?? ['M5 5h14v14H5z']).map((d) => (
        <path key={d} d={d} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
      ))}
    </svg>
  );
}
